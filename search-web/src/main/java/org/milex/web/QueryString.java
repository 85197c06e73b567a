package org.milex.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The page's query parameters, copied and changed to make the links of facets, sorts and pages. */
final class QueryString {

    private final Map<String, List<String>> params = new LinkedHashMap<>();

    QueryString(Map<String, List<String>> from) {
        from.forEach((k, v) -> params.put(k, new ArrayList<>(v)));
    }

    QueryString copy() {
        return new QueryString(params);
    }

    /** Adds the value if absent, removes it if present (a facet checkbox). */
    QueryString toggle(String name, String value) {
        List<String> values = params.computeIfAbsent(name, k -> new ArrayList<>());
        if (!values.remove(value)) {
            values.add(value);
        }
        return without("page");
    }

    QueryString set(String name, String value) {
        params.put(name, new ArrayList<>(List.of(value)));
        return this;
    }

    QueryString without(String name) {
        params.remove(name);
        return this;
    }

    List<String> values(String name) {
        return List.copyOf(params.getOrDefault(name, List.of()));
    }

    boolean has(String name, String value) {
        return params.getOrDefault(name, List.of()).contains(value);
    }

    String href() {
        return href("/");
    }

    /** A link to another page with these parameters ("/trends?q=trata&country=MX"). */
    String href(String path) {
        StringBuilder sb = new StringBuilder(path).append('?');
        params.forEach((k, values) -> values.forEach(v -> {
            if (!v.isEmpty()) {
                sb.append(enc(k)).append('=').append(enc(v)).append('&');
            }
        }));
        sb.setLength(sb.length() - 1);
        return sb.toString();
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
