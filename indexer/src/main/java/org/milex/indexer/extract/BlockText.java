package org.milex.indexer.extract;

import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Renders a jsoup tree as plain text with one block per line, so that article headings start lines
 * (the document view anchors them, the classifiers read headers line by line).
 */
final class BlockText implements NodeVisitor {

    private final Set<String> blocks;
    private final Set<String> labels;
    private final StringBuilder out = new StringBuilder();
    /** True while the current line holds nothing but labels ("97", "(1)"), so a block may continue it. */
    private boolean lineIsLabels;

    private BlockText(Set<String> blocks, Set<String> labels) {
        this.blocks = blocks;
        this.labels = labels;
    }

    /**
     * @param blocks element names that start and end a line
     * @param labels element names whose text is a number or letter heading the block that follows
     *               ("97", "(1)"): the block stays on the label's line
     */
    static String render(Element root, Set<String> blocks, Set<String> labels) {
        BlockText visitor = new BlockText(blocks, labels);
        NodeTraversor.traverse(visitor, root);
        return TextCleaner.clean(visitor.out.toString());
    }

    @Override
    public void head(Node node, int depth) {
        if (node instanceof TextNode text) {
            String s = text.getWholeText().replace('\u00a0', ' ').replaceAll("\\s+", " ");
            if (!s.isBlank()) {
                lineIsLabels = false;
            }
            out.append(s);
        } else if (node instanceof Element e) {
            String name = e.normalName();
            if (name.equals("br")) {
                newline();
            } else if (blocks.contains(name) && !lineIsLabels) {
                newline();
            }
            if (labels.contains(name)) {
                lineIsLabels = true;
            }
        }
    }

    @Override
    public void tail(Node node, int depth) {
        if (node instanceof Element e) {
            String name = e.normalName();
            if (labels.contains(name)) {
                out.append(' ');
                lineIsLabels = true;
            } else if (blocks.contains(name) && !lineIsLabels) {
                newline();
            }
        }
    }

    private void newline() {
        int len = out.length();
        if (len > 0 && out.charAt(len - 1) != '\n') {
            out.append('\n');
        }
        lineIsLabels = false;
    }
}
