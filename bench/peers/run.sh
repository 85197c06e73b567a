#!/usr/bin/env bash
# MILEX side by side with Solr 9.10.1 and OpenSearch 3.6.0, on the same documents and the same searches.
#
#   bench/peers/run.sh --index DIR [--rounds 3] [--work DIR] [--docs FILE --mix FILE] [--skip solr|opensearch]
#
# 1. builds bench/peers (its own Maven project) with the repository's wrapper;
# 2. exports the index's documents and a query mix with milex.jar, unless --docs and --mix name existing files;
# 3. loads the documents into Solr and into OpenSearch, each then stopped, so that their cold start below opens
#    a loaded index as MILEX's does;
# 4. starts MILEX, Solr and OpenSearch again, one after the other, each in its own process on 127.0.0.1 on a
#    free port, and times each one's cold start (process start to its first search answered);
# 5. runs the driver (org.milex.peers.Peers): a check pass, then the timed rounds, and prints the tables;
# 6. stops everything it started, on success, failure or Ctrl-C.
# An engine that cannot be set up is skipped, and the report says so and why.
set -euo pipefail

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
INDEX=""
ROUNDS=3
WORK=/tmp/milex-peers
DOCS=""
MIX=""
SKIP=()
while [ $# -gt 0 ]; do
  case "$1" in
    --index) INDEX=$2; shift 2 ;;
    --rounds) ROUNDS=$2; shift 2 ;;
    --work) WORK=$2; shift 2 ;;
    --docs) DOCS=$2; shift 2 ;;
    --mix) MIX=$2; shift 2 ;;
    --skip) SKIP+=("$2"); shift 2 ;;
    -h|--help) sed -n '2,15p' "$0"; exit 0 ;;
    *) echo "unknown argument: $1 (see --help)" >&2; exit 2 ;;
  esac
done
[ -n "$INDEX" ] && [ -d "$INDEX" ] || { echo "--index DIR: a MILEX index is needed (got '$INDEX')" >&2; exit 2; }
INDEX=$(cd "$INDEX" && pwd)

# every JVM here, the peers' and MILEX's, runs on the same JDK
if [ -z "${JAVA_HOME:-}" ] || ! "$JAVA_HOME/bin/java" -version 2>&1 | grep -q 'version "2[1-9]'; then
  export JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64
fi
export PATH="$JAVA_HOME/bin:$PATH"
MILEX_JAR=${MILEX_JAR:-$ROOT/search-web/target/milex.jar}
# the same heap for the three servers (OpenSearch's own default is 1 GB too)
HEAP=${PEERS_HEAP:-1g}
OS_USER=${PEERS_OS_USER:-milexpeers}

mkdir -p "$WORK"
chmod 755 "$WORK"
WORK=$(cd "$WORK" && pwd)
log() { printf '[peers %s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }

# ---- what was started, and stopping it --------------------------------------------------------------------
PIDS=()            # every server process started (the Java process itself)
declare -A SKIPPED # engine -> why
declare -A PID COLD URL

stop_pid() {  # TERM, then KILL after 60 s; forgotten once stopped, so that a reused pid is never signalled
  local p=$1 i q rest=()
  [ "$p" -gt 0 ] 2>/dev/null || return 0
  if kill -0 "$p" 2>/dev/null; then
    kill -TERM "$p" 2>/dev/null || true
    for i in $(seq 1 600); do kill -0 "$p" 2>/dev/null || break; sleep 0.1; done
    if kill -0 "$p" 2>/dev/null; then log "process $p did not stop in 60 s: killing it"; kill -KILL "$p" 2>/dev/null || true; fi
  fi
  wait "$p" 2>/dev/null || true   # reaps it when it is a child of this script
  for q in "${PIDS[@]}"; do [ "$q" = "$p" ] || rest+=("$q"); done
  PIDS=("${rest[@]}")
}
cleanup() {
  local p
  for p in "${PIDS[@]}"; do stop_pid "$p"; done
}
trap cleanup EXIT
trap 'exit 130' INT TERM

USED_PORTS=" "
free_port() {  # a port nothing listens on and this script has not handed out
  local p
  while :; do
    p=$(( 20000 + RANDOM % 30000 ))
    case "$USED_PORTS" in *" $p "*) continue ;; esac
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null; then USED_PORTS+="$p "; echo "$p"; return; fi
  done
}

now_ms() { date +%s%3N; }

# wait_search NAME URL PID START_MS TIMEOUT_S: until URL answers 2xx; prints the seconds since START_MS
wait_search() {
  local name=$1 url=$2 pid=$3 start=$4 timeout=$5
  while ! curl -sf -o /dev/null --max-time 10 "$url"; do
    if ! kill -0 "$pid" 2>/dev/null; then log "$name exited before answering (see $WORK/$name.log)"; return 1; fi
    if [ $(( $(now_ms) - start )) -gt $(( timeout * 1000 )) ]; then log "$name did not answer in $timeout s"; return 1; fi
    sleep 0.05
  done
  awk -v ms=$(( $(now_ms) - start )) 'BEGIN { printf "%.2f", ms / 1000 }'
}

skipped() { for s in "${SKIP[@]}"; do [ "$s" = "$1" ] && return 0; done; return 1; }

# ---- 1. build ---------------------------------------------------------------------------------------------
log "building bench/peers"
"$ROOT/mvnw" -q -B -f "$HERE/pom.xml" package >"$WORK/build.log" 2>&1 || { tail -40 "$WORK/build.log" >&2; exit 1; }
CP="$HERE/target/classes:$HERE/target/lib/*"

# ---- 2. the documents and the mix -------------------------------------------------------------------------
if [ -n "$DOCS" ] && [ -n "$MIX" ] && [ -s "$DOCS" ] && [ -s "$MIX" ]; then
  log "using $DOCS and $MIX"
else
  [ -f "$MILEX_JAR" ] || { echo "$MILEX_JAR is missing: build MILEX first (./mvnw -q package -DskipTests)" >&2; exit 1; }
  DOCS=${DOCS:-$WORK/docs.jsonl}
  MIX=${MIX:-$WORK/mix.tsv}
  rm -f "$DOCS" "$MIX"   # bench keeps a mix it finds: this one is drawn anew from this index
  log "exporting $INDEX to $DOCS and $MIX"
  java -jar "$MILEX_JAR" bench --index "$INDEX" --mix "$MIX" --export-docs "$DOCS" >"$WORK/export.log" 2>&1 \
    || { tail -20 "$WORK/export.log" >&2; exit 1; }
fi
log "$(wc -l <"$DOCS") documents ($(du -h "$DOCS" | cut -f1)), $(wc -l <"$MIX") searches"

# ---- the servers ------------------------------------------------------------------------------------------
start_milex() {
  local port start
  # a copy: a rebuild of milex.jar during the run must not change the jar under the running server
  cp "$MILEX_JAR" "$WORK/milex.jar"
  port=$(free_port)
  URL[milex]="http://127.0.0.1:$port"
  start=$(now_ms)
  java "-Xmx$HEAP" -jar "$WORK/milex.jar" serve --index "$INDEX" --port "$port" --host 127.0.0.1 >"$WORK/milex.log" 2>&1 &
  PID[milex]=$!
  PIDS+=("${PID[milex]}")
  COLD[milex]=$(wait_search milex "${URL[milex]}/api/search?size=10" "${PID[milex]}" "$start" 180) || return 1
}

SOLR_HOME=$WORK/solr-home
start_solr() {  # start_solr PROBE: PROBE is the path asked until it answers
  local port start
  port=$(free_port)
  URL[solr]="http://127.0.0.1:$port/solr/milex"
  start=$(now_ms)
  java "-Xmx$HEAP" --enable-native-access=ALL-UNNAMED -cp "$CP" org.milex.peers.SolrServer --home "$SOLR_HOME" --port "$port" >>"$WORK/solr.log" 2>&1 &
  PID[solr]=$!
  PIDS+=("${PID[solr]}")
  COLD[solr]=$(wait_search solr "${URL[solr]}/select?q=*:*&rows=10" "${PID[solr]}" "$start" 180) || return 1
}

load_solr() {
  rm -rf "$SOLR_HOME"
  start_solr || return 1
  java -Xmx512m -cp "$CP" org.milex.peers.Load --engine solr --url "${URL[solr]}" --docs "$DOCS" >&2 || return 1
  stop_pid "${PID[solr]}"
}

OS_DIST=$HERE/target/opensearch/opensearch-3.6.0
OS_HOME=$WORK/opensearch-3.6.0
OS_LAUNCHER=0
setup_opensearch() {
  [ -x "$OS_DIST/bin/opensearch" ] || { SKIPPED[opensearch]="the build did not unpack $OS_DIST"; return 1; }
  [ -d "$OS_HOME" ] || cp -r "$OS_DIST" "$OS_HOME"
  rm -rf "$WORK/os-data" "$WORK/os-logs" "$WORK/os-config" "$WORK/os-tmp" "$WORK/os-run"
  mkdir -p "$WORK/os-data" "$WORK/os-logs" "$WORK/os-tmp" "$WORK/os-run"
  cp -r "$OS_HOME/config" "$WORK/os-config"
  # OpenSearch refuses to run as root: as root, it runs as a user of its own, owning its directories
  if [ "$(id -u)" = 0 ]; then
    id -u "$OS_USER" >/dev/null 2>&1 || useradd --system --no-create-home --shell /usr/sbin/nologin "$OS_USER" \
      || { SKIPPED[opensearch]="running as root, and useradd $OS_USER failed"; return 1; }
    chown -R "$OS_USER" "$OS_HOME" "$WORK/os-data" "$WORK/os-logs" "$WORK/os-config" "$WORK/os-tmp" "$WORK/os-run"
  fi
}

start_opensearch() {  # start_opensearch PROBE_PATH
  local port tport start i run=()
  port=$(free_port)
  tport=$(free_port)
  URL[opensearch]="http://127.0.0.1:$port"
  cat >"$WORK/os-config/opensearch.yml" <<EOF
cluster.name: milex-peers
node.name: peers-1
path.data: $WORK/os-data
path.logs: $WORK/os-logs
network.host: 127.0.0.1
http.port: $port
transport.port: $tport
discovery.type: single-node
# without it, the node answers 429 (circuit breaking) to bulk loads of long texts on a 1 GB heap
indices.breaker.total.use_real_memory: false
# a benchmark node: no shard is refused for a full disk
cluster.routing.allocation.disk.threshold_enabled: false
EOF
  [ "$(id -u)" = 0 ] && { chown "$OS_USER" "$WORK/os-config/opensearch.yml"; run=(runuser -u "$OS_USER" --); }
  rm -f "$WORK/os-run/os.pid"
  start=$(now_ms)
  "${run[@]}" env OPENSEARCH_JAVA_HOME="$JAVA_HOME" OPENSEARCH_PATH_CONF="$WORK/os-config" OPENSEARCH_TMPDIR="$WORK/os-tmp" \
    OPENSEARCH_JAVA_OPTS="-Xms$HEAP -Xmx$HEAP" "$OS_HOME/bin/opensearch" -p "$WORK/os-run/os.pid" >>"$WORK/opensearch.log" 2>&1 &
  OS_LAUNCHER=$!
  PIDS+=("$OS_LAUNCHER")
  # the Java process writes its pid file early; its pid is the one measured and stopped
  for i in $(seq 1 600); do [ -s "$WORK/os-run/os.pid" ] && break; kill -0 "$OS_LAUNCHER" 2>/dev/null || break; sleep 0.1; done
  [ -s "$WORK/os-run/os.pid" ] || { SKIPPED[opensearch]="it exited at start: $(grep -m1 -iE 'exception|error' "$WORK/opensearch.log" | cut -c1-300)"; return 1; }
  PID[opensearch]=$(cat "$WORK/os-run/os.pid")
  PIDS=("${PID[opensearch]}" "${PIDS[@]}")
  COLD[opensearch]=$(wait_search opensearch "${URL[opensearch]}$1" "${PID[opensearch]}" "$start" 300) \
    || { SKIPPED[opensearch]="it did not answer: $(grep -m1 -iE 'exception|error' "$WORK/opensearch.log" | cut -c1-300)"; return 1; }
}

load_opensearch() {
  setup_opensearch || return 1
  start_opensearch "/" || return 1
  java -Xmx512m -cp "$CP" org.milex.peers.Load --engine opensearch --url "${URL[opensearch]}" --docs "$DOCS" >&2 \
    || { SKIPPED[opensearch]="loading failed (see above)"; return 1; }
  stop_opensearch
}
stop_opensearch() {  # the Java process, then the runuser that waited for it
  stop_pid "${PID[opensearch]:-0}"
  stop_pid "${OS_LAUNCHER:-0}"
}

# ---- 3. load the peers, one at a time ---------------------------------------------------------------------
ENGINES=(milex)
if skipped solr; then SKIPPED[solr]="--skip solr"
else
  log "loading Solr"
  if load_solr; then ENGINES+=(solr); else SKIPPED[solr]=${SKIPPED[solr]:-"it failed to start or load (see $WORK/solr.log)"}; stop_pid "${PID[solr]:-0}"; fi
fi
if skipped opensearch; then SKIPPED[opensearch]="--skip opensearch"
else
  log "loading OpenSearch"
  if load_opensearch; then ENGINES+=(opensearch); else SKIPPED[opensearch]=${SKIPPED[opensearch]:-"it failed (see $WORK/opensearch.log)"}; stop_opensearch; fi
fi

# ---- 4. start each for the benchmark, one after the other, timing its cold start ---------------------------
log "starting MILEX"
start_milex || { echo "MILEX did not start: see $WORK/milex.log" >&2; exit 1; }
RUN=(milex)
for e in "${ENGINES[@]:1}"; do
  log "starting $e on its loaded index"
  case $e in
    solr) if start_solr; then RUN+=(solr); else SKIPPED[solr]="it did not restart (see $WORK/solr.log)"; stop_pid "${PID[solr]:-0}"; fi ;;
    opensearch) if start_opensearch "/milex/_search?size=10"; then RUN+=(opensearch); else SKIPPED[opensearch]=${SKIPPED[opensearch]:-"it did not restart"}; stop_opensearch; fi ;;
  esac
done

# ---- 5. the driver ----------------------------------------------------------------------------------------
ARGS=(--mix "$MIX" --rounds "$ROUNDS")
for e in "${RUN[@]}"; do ARGS+=(--engine "$e" "${URL[$e]}" "${PID[$e]}" "${COLD[$e]}"); done
for e in "${!SKIPPED[@]}"; do ARGS+=(--skipped "$e: ${SKIPPED[$e]}"); done
log "running the driver: ${RUN[*]}"
java -Xmx512m -cp "$CP" org.milex.peers.Peers "${ARGS[@]}" | tee "$WORK/report.txt"
log "report in $WORK/report.txt; logs in $WORK"
