package org.milex.indexer.extract;

import java.util.regex.Pattern;

/** Normalises extracted text: one space between words, one line per block, no runs of blank lines. */
final class TextCleaner {

    private static final Pattern SPACES = Pattern.compile("[ \\t\\u00a0\\u2000-\\u200a\\u202f\\u205f\\u3000]+");
    private static final Pattern CONTROL = Pattern.compile("[\\x00-\\x08\\x0b\\x0e-\\x1f\\x7f\\ufeff\\u200b]");
    private static final Pattern LINE_EDGES = Pattern.compile("(?m)^ +| +$");
    private static final Pattern BLANK_RUNS = Pattern.compile("\\n{3,}");

    private TextCleaner() {
    }

    static String clean(String text) {
        String s = text.replace("\r\n", "\n").replace('\r', '\n').replace('\f', '\n');
        s = CONTROL.matcher(s).replaceAll("");
        s = SPACES.matcher(s).replaceAll(" ");
        s = LINE_EDGES.matcher(s).replaceAll("");
        s = BLANK_RUNS.matcher(s).replaceAll("\n\n");
        return s.strip();
    }
}
