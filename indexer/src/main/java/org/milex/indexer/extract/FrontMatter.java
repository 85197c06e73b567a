package org.milex.indexer.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The YAML front matter of a Markdown file, read as the flat map of keys to text that publishers use it for:
 * plain, single- and double-quoted scalars (with YAML's escapes and line folding, so "Declaraci\xF3n" is
 * "Declaración" and a title broken over two lines is one title), block scalars ({@code |}, {@code >}) and lists
 * (joined with commas). Nested maps are flattened to their leaves' text under the parent key.
 */
final class FrontMatter {

    private static final Pattern KEY = Pattern.compile("^([A-Za-z_][A-Za-z0-9_-]*):(?:\\s+(.*))?$");

    private FrontMatter() {
    }

    static Map<String, String> parse(String yaml) {
        Map<String, String> out = new LinkedHashMap<>();
        String[] lines = yaml.split("\n", -1);
        int i = 0;
        while (i < lines.length) {
            Matcher kv = KEY.matcher(lines[i]);
            if (!kv.matches()) {
                i++;
                continue;
            }
            String key = kv.group(1).toLowerCase();
            String first = kv.group(2) == null ? "" : kv.group(2).strip();
            List<String> more = new ArrayList<>();
            int j = i + 1;
            while (j < lines.length && (lines[j].isEmpty() || lines[j].startsWith(" ") || lines[j].startsWith("\t") || lines[j].startsWith("- "))) {
                more.add(lines[j]);
                j++;
            }
            // trailing blank lines belong to no value
            while (!more.isEmpty() && more.get(more.size() - 1).isBlank()) {
                more.remove(more.size() - 1);
            }
            out.put(key, value(first, more));
            i = j;
        }
        return out;
    }

    private static String value(String first, List<String> more) {
        if (first.startsWith("\"")) {
            return doubleQuoted(join(first, more).substring(1));
        }
        if (first.startsWith("'")) {
            return singleQuoted(join(first, more).substring(1));
        }
        if (first.startsWith("|") || first.startsWith(">")) {
            String sep = first.startsWith("|") ? "\n" : " ";
            return String.join(sep, more.stream().map(String::strip).toList()).strip();
        }
        if (first.isEmpty() && !more.isEmpty()) {
            // a list ("- a", "- b") or a nested map: its leaves' text
            List<String> items = new ArrayList<>();
            for (String l : more) {
                String s = l.strip().replaceFirst("^-\\s*", "").replaceFirst("^[A-Za-z_][A-Za-z0-9_-]*:\\s*", "");
                if (!s.isEmpty()) {
                    items.add(unquoteSimple(s));
                }
            }
            return String.join(", ", items);
        }
        StringBuilder plain = new StringBuilder(first);
        for (String l : more) {
            plain.append(' ').append(l.strip());
        }
        return stripComment(plain.toString()).strip();
    }

    private static String join(String first, List<String> more) {
        StringBuilder sb = new StringBuilder(first);
        for (String l : more) {
            sb.append('\n').append(l);
        }
        return sb.toString();
    }

    /** The body of a double-quoted scalar after its opening quote: escapes decoded, lines folded. */
    static String doubleQuoted(String s) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"') {
                break;
            }
            if (c == '\n') {
                // folding: the break and the next line's indentation become one space (an empty line, a newline)
                int j = i + 1;
                while (j < s.length() && (s.charAt(j) == ' ' || s.charAt(j) == '\t')) {
                    j++;
                }
                trimTrailing(out);
                if (j < s.length() && s.charAt(j) == '\n') {
                    out.append('\n');
                } else {
                    out.append(' ');
                }
                i = j - 1;
                continue;
            }
            if (c != '\\' || i + 1 >= s.length()) {
                out.append(c);
                continue;
            }
            char e = s.charAt(++i);
            switch (e) {
                case '0' -> out.append('\0');
                case 'a' -> out.append('\u0007');
                case 'b' -> out.append('\b');
                case 't', '\t' -> out.append('\t');
                case 'n' -> out.append('\n');
                case 'v' -> out.append('\u000b');
                case 'f' -> out.append('\f');
                case 'r' -> out.append('\r');
                case 'e' -> out.append('\u001b');
                case ' ' -> out.append(' ');
                case '"' -> out.append('"');
                case '/' -> out.append('/');
                case '\\' -> out.append('\\');
                case 'N' -> out.append('\u0085');
                case '_' -> out.append('\u00a0');
                case 'L' -> out.append('\u2028');
                case 'P' -> out.append('\u2029');
                case 'x' -> i = hex(s, i, 2, out);
                case 'u' -> i = hex(s, i, 4, out);
                case 'U' -> i = hex(s, i, 8, out);
                case '\n' -> {
                    // an escaped line break joins the lines with nothing between them
                    while (i + 1 < s.length() && (s.charAt(i + 1) == ' ' || s.charAt(i + 1) == '\t')) {
                        i++;
                    }
                }
                default -> out.append('\\').append(e);
            }
        }
        return out.toString().strip();
    }

    private static int hex(String s, int at, int digits, StringBuilder out) {
        if (at + digits < s.length()) {
            try {
                out.appendCodePoint(Integer.parseInt(s.substring(at + 1, at + 1 + digits), 16));
                return at + digits;
            } catch (NumberFormatException notHex) {
                // fall through: keep the text as written
            }
        }
        out.append('\\').append(s.charAt(at));
        return at;
    }

    private static String singleQuoted(String s) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\'') {
                if (i + 1 < s.length() && s.charAt(i + 1) == '\'') {
                    out.append('\'');
                    i++;
                    continue;
                }
                break;
            }
            out.append(c == '\n' ? ' ' : c);
        }
        return out.toString().replaceAll("\\s+", " ").strip();
    }

    private static String unquoteSimple(String s) {
        if (s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"")) {
            return doubleQuoted(s.substring(1));
        }
        if (s.length() >= 2 && s.startsWith("'") && s.endsWith("'")) {
            return singleQuoted(s.substring(1));
        }
        return s;
    }

    private static String stripComment(String s) {
        int hash = s.indexOf(" #");
        return hash >= 0 ? s.substring(0, hash) : s;
    }

    private static void trimTrailing(StringBuilder sb) {
        while (sb.length() > 0 && (sb.charAt(sb.length() - 1) == ' ' || sb.charAt(sb.length() - 1) == '\t')) {
            sb.setLength(sb.length() - 1);
        }
    }
}
