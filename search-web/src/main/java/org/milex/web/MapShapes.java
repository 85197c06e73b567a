package org.milex.web;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The outlines of the Americas (map/americas.tsv, derived from Natural Earth by tools/map/americas.py): each
 * member state's path and a point for its marker, and other land drawn grey for context.
 */
final class MapShapes {

    /** One shape: {@code code} is a member state's ISO code, or "-" for context. */
    record Shape(String code, String name, String path, double x, double y, boolean small) {
    }

    static final double WIDTH;
    static final double HEIGHT;
    static final List<Shape> SHAPES;
    /** Below this area (in the map's square pixels) a state is too small to click, and gets a marker. */
    private static final double SMALL = 150;
    private static final Pattern POINT = Pattern.compile("(-?\\d+(?:\\.\\d+)?),(-?\\d+(?:\\.\\d+)?)");

    static {
        List<Shape> shapes = new ArrayList<>();
        double w = 1000;
        double h = 900;
        try (var in = MapShapes.class.getResourceAsStream("/map/americas.tsv")) {
            if (in == null) {
                throw new IllegalStateException("map/americas.tsv is missing from the jar");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null) {
                String[] f = line.split("\t", -1);
                if (f[0].equals("#")) {
                    String[] box = f[2].split(" ");
                    w = Double.parseDouble(box[2]);
                    h = Double.parseDouble(box[3]);
                    continue;
                }
                String[] xy = f[3].split(",");
                shapes.add(new Shape(f[0], f[1], f[2], Double.parseDouble(xy[0]), Double.parseDouble(xy[1]), area(f[2]) < SMALL));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        WIDTH = w;
        HEIGHT = h;
        SHAPES = List.copyOf(shapes);
    }

    private MapShapes() {
    }

    /** The area of the bounding boxes of a path's rings, summed: enough to tell an island from a country. */
    private static double area(String path) {
        double sum = 0;
        for (String ring : path.split("M")) {
            if (ring.isBlank()) {
                continue;
            }
            double x0 = Double.MAX_VALUE, x1 = -Double.MAX_VALUE, y0 = Double.MAX_VALUE, y1 = -Double.MAX_VALUE;
            Matcher m = POINT.matcher(ring);
            while (m.find()) {
                double x = Double.parseDouble(m.group(1));
                double y = Double.parseDouble(m.group(2));
                x0 = Math.min(x0, x);
                x1 = Math.max(x1, x);
                y0 = Math.min(y0, y);
                y1 = Math.max(y1, y);
            }
            sum += (x1 - x0) * (y1 - y0);
        }
        return sum;
    }
}
