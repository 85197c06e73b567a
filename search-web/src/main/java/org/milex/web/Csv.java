package org.milex.web;

import java.util.List;

/** CSV as RFC 4180 writes it (comma, CRLF, fields quoted when they hold a comma, quote or line break). */
final class Csv {

    private final StringBuilder out = new StringBuilder();

    Csv(List<String> header) {
        row(header);
    }

    Csv row(List<?> values) {
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            Object v = values.get(i);
            String s = v == null ? "" : v instanceof List<?> l ? String.join(";", l.stream().map(String::valueOf).toList()) : String.valueOf(v);
            if (s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0) {
                out.append('"').append(s.replace("\"", "\"\"")).append('"');
            } else {
                out.append(s);
            }
        }
        out.append("\r\n");
        return this;
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
