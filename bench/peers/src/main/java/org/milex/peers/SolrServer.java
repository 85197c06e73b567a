package org.milex.peers;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.apache.solr.embedded.JettyConfig;
import org.apache.solr.embedded.JettySolrRunner;

/**
 * Solr 9 in a JVM of its own, as the benchmark needs it: one node on 127.0.0.1, port given, a solr home with the
 * core {@code milex} (its conf from this project's resources, written on the first start and kept, with the
 * index, for the next). Runs until killed.
 *
 * <pre>java -Xmx1g -cp target/classes:target/lib/* org.milex.peers.SolrServer --home DIR --port N</pre>
 */
public final class SolrServer {

    /** The solr home as it is in the resources (under /solr/). */
    private static final List<String> HOME = List.of(
            "solr.xml", "milex/core.properties",
            "milex/conf/solrconfig.xml", "milex/conf/managed-schema.xml", "milex/conf/contractions_fr.txt");

    private SolrServer() {
    }

    public static void main(String[] args) throws Exception {
        Path home = null;
        int port = 0;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--home" -> home = Path.of(args[++i]);
                case "--port" -> port = Integer.parseInt(args[++i]);
                default -> throw new IllegalArgumentException("unknown argument " + args[i]);
            }
        }
        if (home == null || port <= 0) {
            System.err.println("usage: SolrServer --home DIR --port N");
            System.exit(2);
        }
        writeHome(home);
        JettySolrRunner solr = new JettySolrRunner(home.toString(),
                JettyConfig.builder().setPort(port).setContext("/solr").stopAtShutdown(true).build());
        solr.start();
        System.out.println("Solr listening on " + solr.getBaseUrl());
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                solr.stop();
            } catch (Exception e) {
                System.err.println("Solr did not stop cleanly: " + e);
            }
        }));
        new CountDownLatch(1).await();
    }

    /** Writes the home's files that are missing; a home from an earlier start keeps its index. */
    private static void writeHome(Path home) throws IOException {
        for (String name : HOME) {
            Path target = home.resolve(name);
            if (Files.exists(target)) {
                continue;
            }
            Files.createDirectories(target.getParent());
            try (InputStream in = SolrServer.class.getResourceAsStream("/solr/" + name)) {
                if (in == null) {
                    throw new IOException("resource /solr/" + name + " is missing from the classpath");
                }
                Files.copy(in, target);
            }
        }
    }
}
