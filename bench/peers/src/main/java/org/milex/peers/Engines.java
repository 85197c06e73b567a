package org.milex.peers;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One search of the mix, as each engine is asked it, with the same work: the page of 10 hits the search asks
 * for, the five facets (country, type, topic, language, year; counted as MILEX counts them, each facet without
 * its own filter, "drill sideways"), and, when there are words, snippets from the five text fields. Words go to
 * the title (boost 2) and the five texts; most of them must match, by MILEX's rule ({@link #MOST_WORDS}).
 */
final class Engines {

    static final int PAGE_SIZE = 10;
    /** All of one or two words, all but one of three or four, three of five or more (Solr's mm syntax, also OpenSearch's). */
    static final String MOST_WORDS = "2<-1 4<3";
    /** The facet values counted per facet, as MILEX does. */
    static final int FACET_VALUES = 200;
    static final List<String> TEXTS = List.of("text_es", "text_en", "text_pt", "text_fr", "text_other");
    /** The search's filter parameters and the field each filters and facets on. */
    static final Map<String, String> FILTERS = Map.of("country", "country", "type", "type", "topic", "topics", "lang", "language");
    /** The facets every engine counts, as the peers name their fields. */
    static final List<String> FACETS = List.of("country", "type", "topics", "language", "year");
    /** What MILEX highlights: two passages of about 240 characters. */
    static final int SNIPPETS = 2;
    static final int SNIPPET_CHARS = 240;
    static final String FIELDS = "id,title,country,type,year,language";

    /** What the check pass compares. */
    record Answer(long total, String topCountry) {
    }

    interface Engine {
        String name();

        /** False for MILEX, which always highlights. */
        boolean snippetsOptional();

        HttpRequest request(Search s, boolean snippets);

        Answer answer(JsonNode response);
    }

    private Engines() {
    }

    /** The most frequent value, ties by value: the engines break ties each their own way. */
    static String top(List<Map.Entry<String, Long>> counts) {
        return counts.stream()
                .max(Comparator.<Map.Entry<String, Long>>comparingLong(Map.Entry::getValue)
                        .thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
                .map(Map.Entry::getKey).orElse(null);
    }

    /** MILEX's own API, as the web page asks it. */
    record Milex(String base) implements Engine {
        public String name() {
            return "MILEX";
        }

        public boolean snippetsOptional() {
            return true;
        }

        public HttpRequest request(Search s, boolean snippets) {
            return Http.get(base + "/api/search?size=" + PAGE_SIZE + (s.params().isEmpty() ? "" : "&" + s.params())
                    + (snippets ? "" : "&snippets=false"));
        }

        public Answer answer(JsonNode r) {
            List<Map.Entry<String, Long>> counts = new ArrayList<>();
            for (JsonNode v : r.path("facets").path("country")) {
                counts.add(Map.entry(v.path("value").asText(), v.path("count").asLong()));
            }
            return new Answer(r.path("total").asLong(), top(counts));
        }
    }

    /** Solr: edismax over title^2 and the texts, filters tagged and left out of their own facet, unified highlighter. */
    record Solr(String base) implements Engine {
        public String name() {
            return "Solr";
        }

        public boolean snippetsOptional() {
            return true;
        }

        public HttpRequest request(Search s, boolean snippets) {
            List<Map.Entry<String, String>> p = new ArrayList<>();
            String q = s.q();
            if (q != null) {
                p.add(Map.entry("defType", "edismax"));
                p.add(Map.entry("q", q));
                p.add(Map.entry("qf", "title^2 " + String.join(" ", TEXTS)));
                p.add(Map.entry("mm", MOST_WORDS));
                // each word on its own across the fields, as MILEX does (and as mm counts them)
                p.add(Map.entry("sow", "true"));
                p.add(Map.entry("tie", "0.1"));
            } else {
                p.add(Map.entry("q", "*:*"));
                p.add(Map.entry("sort", "year desc"));
            }
            s.filters().forEach((field, values) ->
                    p.add(Map.entry("fq", "{!terms f=" + field + " tag=" + field + "}" + String.join(",", values))));
            p.add(Map.entry("start", String.valueOf((s.page() - 1) * PAGE_SIZE)));
            p.add(Map.entry("rows", String.valueOf(PAGE_SIZE)));
            p.add(Map.entry("fl", FIELDS));
            p.add(Map.entry("facet", "true"));
            p.add(Map.entry("facet.limit", String.valueOf(FACET_VALUES)));
            p.add(Map.entry("facet.mincount", "1"));
            for (String f : FACETS) {
                p.add(Map.entry("facet.field", "{!ex=" + f + "}" + f));
            }
            if (snippets && q != null) {
                p.add(Map.entry("hl", "true"));
                p.add(Map.entry("hl.method", "unified"));
                p.add(Map.entry("hl.fl", String.join(",", TEXTS)));
                p.add(Map.entry("hl.snippets", String.valueOf(SNIPPETS)));
                p.add(Map.entry("hl.fragsize", String.valueOf(SNIPPET_CHARS)));
                // Solr's default takes the size as a minimum; "closest to it" (hl.fragsizeIsMinimum=false, as MILEX
                // cuts its passages) made Solr three times slower on texts of several MB: its default is kept
                p.add(Map.entry("hl.requireFieldMatch", "true"));
                // the whole text, as OpenSearch and MILEX look at it (Solr's default stops at 51,200 characters)
                p.add(Map.entry("hl.maxAnalyzedChars", "100000000"));
                p.add(Map.entry("hl.tag.pre", "<mark>"));
                p.add(Map.entry("hl.tag.post", "</mark>"));
            }
            return Http.get(base + "/select?" + Http.query(p));
        }

        public Answer answer(JsonNode r) {
            List<Map.Entry<String, Long>> counts = new ArrayList<>();
            JsonNode country = r.path("facet_counts").path("facet_fields").path("country");
            for (int i = 0; i + 1 < country.size(); i += 2) {
                counts.add(Map.entry(country.get(i).asText(), country.get(i + 1).asLong()));
            }
            return new Answer(r.path("response").path("numFound").asLong(), top(counts));
        }
    }

    /**
     * OpenSearch: simple_query_string over title^2 and the texts with the same minimum_should_match; the filters
     * as a post_filter and in each facet's filter aggregation but its own (drill sideways); unified highlighter.
     */
    record OpenSearch(String base) implements Engine {
        public String name() {
            return "OpenSearch";
        }

        public boolean snippetsOptional() {
            return true;
        }

        public HttpRequest request(Search s, boolean snippets) {
            ObjectNode body = Http.JSON.createObjectNode();
            body.put("from", (s.page() - 1) * PAGE_SIZE);
            body.put("size", PAGE_SIZE);
            // exact totals, as MILEX and Solr count them
            body.put("track_total_hits", true);
            ArrayNode source = body.putArray("_source");
            for (String f : FIELDS.split(",")) {
                source.add(f);
            }
            String q = s.q();
            if (q != null) {
                ObjectNode sqs = body.putObject("query").putObject("simple_query_string");
                sqs.put("query", q);
                ArrayNode fields = sqs.putArray("fields").add("title^2");
                TEXTS.forEach(fields::add);
                sqs.put("default_operator", "or");
                sqs.put("minimum_should_match", MOST_WORDS);
            } else {
                body.putObject("query").putObject("match_all");
                body.putArray("sort").addObject().putObject("year").put("order", "desc").put("missing", "_last");
            }
            Map<String, ObjectNode> filters = new LinkedHashMap<>();
            s.filters().forEach((field, values) -> {
                ObjectNode terms = Http.JSON.createObjectNode();
                ArrayNode vs = terms.putObject("terms").putArray(field);
                values.forEach(vs::add);
                filters.put(field, terms);
            });
            if (!filters.isEmpty()) {
                body.putObject("post_filter").putObject("bool").putArray("filter").addAll(filters.values());
            }
            ObjectNode aggs = body.putObject("aggs");
            for (String f : FACETS) {
                ObjectNode terms = Http.JSON.createObjectNode();
                terms.putObject("terms").put("field", f).put("size", FACET_VALUES);
                if (filters.isEmpty()) {
                    aggs.set(f, terms);
                } else {
                    ObjectNode agg = aggs.putObject(f);
                    ArrayNode others = agg.putObject("filter").putObject("bool").putArray("filter");
                    filters.forEach((field, filter) -> {
                        if (!field.equals(f)) {
                            others.add(filter);
                        }
                    });
                    agg.putObject("aggs").set("v", terms);
                }
            }
            if (snippets && q != null) {
                ObjectNode hl = body.putObject("highlight");
                hl.put("type", "unified");
                hl.put("number_of_fragments", SNIPPETS);
                hl.put("fragment_size", SNIPPET_CHARS);
                hl.put("require_field_match", true);
                hl.putArray("pre_tags").add("<mark>");
                hl.putArray("post_tags").add("</mark>");
                ObjectNode fields = hl.putObject("fields");
                TEXTS.forEach(fields::putObject);
            }
            return Http.postJson(base + "/milex/_search", body);
        }

        public Answer answer(JsonNode r) {
            JsonNode country = r.path("aggregations").path("country");
            JsonNode buckets = country.has("v") ? country.path("v").path("buckets") : country.path("buckets");
            List<Map.Entry<String, Long>> counts = new ArrayList<>();
            for (JsonNode b : buckets) {
                counts.add(Map.entry(b.path("key").asText(), b.path("doc_count").asLong()));
            }
            return new Answer(r.path("hits").path("total").path("value").asLong(), top(counts));
        }
    }
}
