package org.milex.search;

/**
 * The ranking's weights, each with the value chosen on the judged queries (docs/relevance.md). A system property
 * {@code milex.tuning.<name>} overrides one for a tuning run ({@code java -Dmilex.tuning.title=4 -jar milex.jar
 * eval search …}); nothing else reads them.
 */
final class Tuning {

    private Tuning() {
    }

    static float weight(String name, float chosen) {
        String v = System.getProperty("milex.tuning." + name);
        return v == null ? chosen : Float.parseFloat(v);
    }
}
