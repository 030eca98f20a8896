package org.mspsdk.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Small helpers shared by the charts: numbers for coordinates, text width, label wrapping, a shape, a label. */
final class Svg {

    /** The width of every full-width chart, in SVG units (about the 180 mm text width of an A4 page). */
    static final int WIDTH = 680;
    /** Font size of chart text. */
    static final int FONT = 12;

    private Svg() {
    }

    /** @return a coordinate with at most one decimal place */
    static String n(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : String.format(Locale.ROOT, "%.1f", v);
    }

    /** @return a generous estimate of the width of text at the chart font size */
    static double textWidth(String text) {
        return text.length() * FONT * 0.56;
    }

    /** @return a generous estimate of the width of bold text at the chart font size */
    static double boldWidth(String text) {
        return text.length() * FONT * 0.64;
    }

    /** @return the text in lines of at most {@code max} characters, broken between words, at most two lines */
    static List<String> wrap(String text, int max) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            if (line.length() > 0 && line.length() + 1 + word.length() > max) {
                lines.add(line.toString());
                line.setLength(0);
            }
            if (line.length() > 0) {
                line.append(' ');
            }
            line.append(word);
        }
        lines.add(line.toString());
        if (lines.size() > 2) {
            String second = String.join(" ", lines.subList(1, lines.size()));
            return List.of(lines.get(0), second.length() > max ? second.substring(0, max - 1) + "\u2026" : second);
        }
        return lines;
    }

    /** Opens the {@code <svg>} of a chart, with its text alternative. */
    static Html open(String id, double width, double height, String title, String description) {
        Html svg = new Html();
        svg.open("svg", "viewBox", "0 0 " + n(width) + " " + n(height), "width", "100%", "role", "img",
                "aria-labelledby", id + "-title " + id + "-desc", "class", "chart-svg");
        svg.element("title", title, "id", id + "-title");
        svg.element("desc", description, "id", id + "-desc");
        return svg;
    }

    /** Draws a rectangle in a style. */
    static void rect(Html svg, Palette style, double x, double y, double w, double h) {
        style.draw(svg, x, y, w, h);
    }

    /** Writes a label; {@code halo} paints a band of that colour behind it (null for none). */
    static void label(Html svg, double x, double y, String text, String anchor, String colour, String halo,
            boolean bold) {
        svg.element("text", text, "x", n(x), "y", n(y), "text-anchor", anchor, "fill", colour,
                "font-weight", bold ? "bold" : null, "stroke", halo, "stroke-width", halo == null ? null : "3",
                "paint-order", halo == null ? null : "stroke");
    }

    /** Writes a legend (swatch and name per category) from {@code y}, wrapping; returns the height used. */
    static double legend(Html svg, List<String> names, double y) {
        double x = 0;
        double line = 0;
        for (int i = 0; i < names.size(); i++) {
            double w = 14 + 6 + textWidth(names.get(i)) + 16;
            if (x > 0 && x + w > WIDTH) {
                x = 0;
                line++;
            }
            double top = y + line * 20;
            rect(svg, Palette.nth(i), x, top, 14, 14);
            label(svg, x + 20, top + 11.5, names.get(i), "start", "#1a1a1a", null, false);
            x += w;
        }
        return (line + 1) * 20 + 6;
    }
}
