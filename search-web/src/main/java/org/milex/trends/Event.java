package org.milex.trends;

import java.util.List;

/**
 * One dated event as the trends show it: from the legislative history, or from the ratification matrix
 * ({@code ratified}, {@code signed}). {@code instrument} is the catalog record it concerns, if any.
 */
public record Event(String date, String country, String kind, String instrument, String title, String type, List<String> topics,
                    String gistEn, String gistEs, String source) {

    public int year() {
        return Integer.parseInt(date.substring(0, 4));
    }

    /** The page of the instrument the event concerns; for one the catalog has no record of, a search for its title there. */
    public String url() {
        if (instrument != null) {
            return "/documents/" + enc(instrument);
        }
        return "/?q=" + enc("\"" + title + "\"") + (country == null ? "" : "&country=" + enc(country));
    }

    private static String enc(String s) {
        return java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8);
    }
}
