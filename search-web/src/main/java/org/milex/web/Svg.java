package org.milex.web;

import java.util.List;
import org.jsoup.nodes.Element;

/** Small helpers for the charts and the map, drawn on the server as SVG inside the page. */
final class Svg {

    /** Fourteen colours that stay apart for the common colour-vision deficiencies (Tol's "muted" and "light" sets). */
    static final List<String> PALETTE = List.of("#332288", "#88CCEE", "#44AA99", "#117733", "#999933", "#DDCC77", "#CC6677",
            "#882255", "#AA4499", "#77AADD", "#EE8866", "#EEDD88", "#FFAABB", "#BBCC33");

    private Svg() {
    }

    static Element svg(Element parent, double width, double height, String label) {
        return parent.appendElement("svg").attr("xmlns", "http://www.w3.org/2000/svg")
                .attr("viewBox", "0 0 " + fmt(width) + " " + fmt(height)).attr("role", "img").attr("aria-label", label);
    }

    static Element rect(Element parent, double x, double y, double w, double h, String fill) {
        return parent.appendElement("rect").attr("x", fmt(x)).attr("y", fmt(y)).attr("width", fmt(w)).attr("height", fmt(h)).attr("fill", fill);
    }

    static Element text(Element parent, double x, double y, String text, String anchor) {
        return parent.appendElement("text").attr("x", fmt(x)).attr("y", fmt(y)).attr("text-anchor", anchor).text(text);
    }

    /** A small square of colour for a legend, as SVG: the policy forbids inline styles. */
    static void swatch(Element parent, String colour) {
        Element svg = parent.appendElement("svg").addClass("swatch").attr("xmlns", "http://www.w3.org/2000/svg")
                .attr("viewBox", "0 0 10 10").attr("width", "12").attr("height", "12").attr("aria-hidden", "true");
        svg.appendElement("rect").attr("width", "10").attr("height", "10").attr("fill", colour).attr("stroke", "#888").attr("stroke-width", "0.5");
    }

    static String colour(int i) {
        return PALETTE.get(i % PALETTE.size());
    }

    static String fmt(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.format(java.util.Locale.ROOT, "%.1f", v);
    }
}
