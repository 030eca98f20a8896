package org.mspsdk.report;

import java.util.ArrayList;
import java.util.List;

/**
 * Vertical columns of one measure over time (years, quarters) or over a scale (a change of -4 to +4), with each
 * value written above its column and no axis to read: small enough to set several side by side as small
 * multiples, each with the same 0 to 100 scale when they are percentages.
 */
final class Columns {

    /**
     * One column.
     *
     * @param label what the column is (a year, a quarter)
     * @param value its figure
     * @param style its fill
     */
    record Column(String label, Figure value, Palette style) {
    }

    /** Width of a small multiple (two side by side on A4). */
    static final double SMALL = 330;
    private static final double HEIGHT = 170;
    private static final double TOP = 22;
    private static final double BOTTOM = 34;

    private Columns() {
    }

    /**
     * @param id      the chart's id
     * @param title   its title
     * @param columns the columns
     * @param percent whether the values are percentages (drawn on a 0 to 100 scale)
     * @param width   the drawing's width
     * @return the SVG
     */
    static String draw(String id, String title, List<Column> columns, boolean percent, double width) {
        double max = percent ? 100 : columns.stream().mapToDouble(c -> c.value().value()).max().orElse(0);
        Html svg = Svg.open(id, width, HEIGHT, title, describe(columns, percent));
        double plot = HEIGHT - TOP - BOTTOM;
        double slot = width / Math.max(1, columns.size());
        double colWidth = Math.min(56, slot * 0.66);
        double base = HEIGHT - BOTTOM;
        for (int i = 0; i < columns.size(); i++) {
            Column c = columns.get(i);
            double h = max <= 0 ? 0 : Math.max(0, c.value().value()) * plot / max;
            double x = i * slot + (slot - colWidth) / 2;
            Svg.rect(svg, c.style(), x, base - h, colWidth, h);
            Svg.label(svg, i * slot + slot / 2, base - h - 6, c.value().text(), "middle", "#1a1a1a", null, true);
            List<String> lines = Svg.wrap(c.label(), Math.max(6, (int) (slot / (Svg.FONT * 0.56))));
            for (int l = 0; l < lines.size(); l++) {
                Svg.label(svg, i * slot + slot / 2, base + 15 + l * 13, lines.get(l), "middle", "#1a1a1a", null,
                        false);
            }
        }
        svg.empty("line", "x1", "0", "x2", Svg.n(width), "y1", Svg.n(base), "y2", Svg.n(base), "stroke", "#1a1a1a",
                "stroke-width", "1");
        svg.close("svg");
        return svg.toString();
    }

    /** @return the text alternative: every column's value, first to last */
    static String describe(List<Column> columns, boolean percent) {
        List<String> parts = new ArrayList<>();
        for (Column c : columns) {
            parts.add(c.label() + " " + c.value().text());
        }
        String trend = "";
        if (columns.size() > 1 && columns.get(0).value().shownValue()
                && columns.get(columns.size() - 1).value().shownValue()) {
            double first = columns.get(0).value().value();
            double last = columns.get(columns.size() - 1).value().value();
            trend = last > first ? " Higher at the end than at the start." : last < first
                    ? " Lower at the end than at the start." : " The same at the end as at the start.";
        }
        return "Column chart" + (percent ? " of percentages" : "") + ": " + String.join("; ", parts) + "." + trend;
    }
}
