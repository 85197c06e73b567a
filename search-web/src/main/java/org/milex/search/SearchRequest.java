package org.milex.search;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.milex.indexer.classify.Country;
import org.milex.indexer.classify.InstrumentType;
import org.milex.indexer.classify.Topic;
import org.milex.indexer.index.Schema;

/**
 * A search as users state it: a query, facet filters, a year range, a sort and a page. {@link #parse}
 * checks every parameter and says exactly what is wrong with a bad one.
 *
 * @param filters facet dimension ({@code country}, {@code type}, {@code topic}, {@code language}) to the values
 *                chosen; values within a dimension are alternatives, dimensions combine
 */
public record SearchRequest(String q, Map<String, List<String>> filters, Integer from, Integer to, String sort, int page, int size,
                            boolean expand, boolean snippets) {

    public static final int MAX_SIZE = 100;
    public static final int DEFAULT_SIZE = 10;
    /** Deepest result reachable by paging, as in most search engines: beyond it, refine the query. */
    public static final int MAX_WINDOW = 10_000;
    public static final List<String> SORTS = List.of("relevance", "date", "oldest");
    /** Request parameter for each filterable facet dimension. */
    public static final Map<String, String> FILTER_PARAMS = Map.of(
            "country", Schema.COUNTRY, "type", Schema.TYPE, "topic", Schema.TOPIC, "lang", Schema.LANGUAGE, "status", Schema.STATUS);
    public static final List<String> STATUSES = List.of("in-force", "partly-amended", "repealed", "not-in-force", "non-binding");

    /** The longest query accepted, in characters: a long paragraph, more than any citation or question. */
    public static final int MAX_QUERY = 1000;
    /** The most values one filter takes: every state and more, never thousands. */
    public static final int MAX_VALUES = 64;

    public static SearchRequest parse(Map<String, List<String>> params) {
        String q = single(params, "q");
        if (q != null && q.length() > MAX_QUERY) {
            throw new BadRequest("the query is " + q.length() + " characters long; " + MAX_QUERY + " at the most");
        }
        if (q != null && q.indexOf('\0') >= 0) {
            throw new BadRequest("the query holds a NUL character; remove it");
        }
        Map<String, List<String>> filters = new LinkedHashMap<>();
        for (String param : List.of("country", "type", "topic", "lang", "status")) {
            List<String> values = new ArrayList<>();
            for (String raw : params.getOrDefault(param, List.of())) {
                for (String v : raw.split(",")) {
                    if (!v.isBlank()) {
                        values.add(check(param, v.strip()));
                    }
                }
            }
            if (values.size() > MAX_VALUES) {
                throw new BadRequest("'" + param + "' is given " + values.size() + " values; " + MAX_VALUES + " at the most");
            }
            if (!values.isEmpty()) {
                filters.put(FILTER_PARAMS.get(param), values.stream().distinct().toList());
            }
        }
        Integer from = year(params, "from");
        Integer to = year(params, "to");
        if (from != null && to != null && from > to) {
            throw new BadRequest("'from' (" + from + ") is after 'to' (" + to + ")");
        }
        String sort = single(params, "sort");
        if (sort == null || sort.isBlank()) {
            // Without a query every document is equally relevant: newest first is the useful order.
            sort = q == null || q.isBlank() ? "date" : "relevance";
        } else if (!SORTS.contains(sort)) {
            throw new BadRequest("'sort' must be 'relevance', 'date' (newest first) or 'oldest', not '" + sort + "'");
        }
        String expandParam = single(params, "expand");
        if (expandParam != null && !expandParam.equals("true") && !expandParam.equals("false")) {
            throw new BadRequest("'expand' must be true or false; got '" + expandParam + "'");
        }
        String snippetsParam = single(params, "snippets");
        if (snippetsParam != null && !snippetsParam.equals("true") && !snippetsParam.equals("false")) {
            throw new BadRequest("'snippets' must be true or false; got '" + snippetsParam + "'");
        }
        int page = integer(params, "page", 1);
        if (page < 1) {
            throw new BadRequest("'page' counts from 1; got " + page);
        }
        int size = integer(params, "size", DEFAULT_SIZE);
        if (size < 1 || size > MAX_SIZE) {
            throw new BadRequest("'size' must be between 1 and " + MAX_SIZE + "; got " + size);
        }
        if ((long) page * size > MAX_WINDOW) {
            throw new BadRequest("results beyond the first " + MAX_WINDOW + " cannot be paged to (page " + page
                    + " × size " + size + "); narrow the search with filters instead");
        }
        return new SearchRequest(q == null ? "" : q.strip(), filters, from, to, sort, page, size, !"false".equals(expandParam),
                !"false".equals(snippetsParam));
    }

    /** A copy for another page. */
    public SearchRequest withPage(int p) {
        return new SearchRequest(q, filters, from, to, sort, p, size, expand, snippets);
    }

    private static String check(String param, String value) {
        switch (param) {
            case "country" -> {
                String code = value.toUpperCase(Locale.ROOT);
                if (!Country.isCode(code)) {
                    throw new BadRequest("unknown country '" + value + "': use an ISO 3166-1 alpha-2 code of an OAS member state (e.g. AR, MX, US) or INT");
                }
                return code;
            }
            case "type" -> {
                if (InstrumentType.byId(value).isEmpty()) {
                    throw new BadRequest("unknown type '" + value + "': one of " + ids(InstrumentType.values()));
                }
                return value;
            }
            case "status" -> {
                if (!STATUSES.contains(value)) {
                    throw new BadRequest("unknown status '" + value + "': one of " + String.join(", ", STATUSES));
                }
                return value;
            }
            case "topic" -> {
                if (Topic.byId(value).isEmpty()) {
                    throw new BadRequest("unknown topic '" + value + "': one of " + ids(Topic.values()));
                }
                return value;
            }
            default -> {
                String lang = value.toLowerCase(Locale.ROOT);
                if (!Schema.LANGUAGES.contains(lang)) {
                    throw new BadRequest("unknown lang '" + value + "': one of es, en, pt, fr, other");
                }
                return lang;
            }
        }
    }

    private static String ids(Object[] values) {
        List<String> ids = new ArrayList<>();
        for (Object v : values) {
            ids.add(v instanceof Topic t ? t.id() : ((InstrumentType) v).id());
        }
        return String.join(", ", ids);
    }

    private static String single(Map<String, List<String>> params, String name) {
        List<String> values = params.getOrDefault(name, List.of());
        if (values.size() > 1) {
            throw new BadRequest("'" + name + "' given " + values.size() + " times; give it once");
        }
        return values.isEmpty() ? null : values.get(0);
    }

    private static int integer(Map<String, List<String>> params, String name, int fallback) {
        String v = single(params, name);
        if (v == null || v.isBlank()) {
            return fallback;
        }
        try {
            return Integer.parseInt(v.strip());
        } catch (NumberFormatException e) {
            throw new BadRequest("'" + name + "' must be a whole number; got '" + v + "'");
        }
    }

    private static Integer year(Map<String, List<String>> params, String name) {
        String v = single(params, name);
        if (v == null || v.isBlank()) {
            return null;
        }
        if (!v.strip().matches("\\d{4}")) {
            throw new BadRequest("'" + name + "' must be a year (four digits, e.g. 2004); got '" + v + "'");
        }
        return Integer.parseInt(v.strip());
    }
}
