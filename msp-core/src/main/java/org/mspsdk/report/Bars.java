package org.mspsdk.report;

import java.util.ArrayList;
import java.util.List;

/**
 * Horizontal bars of one measure, one per group, with each value written at the bar's end; percentages on a
 * 0 to 100 scale, counts from zero to the largest.
 */
final class Bars {

    /**
     * One bar.
     *
     * @param label what the bar is
     * @param value its figure
     */
    record Bar(String label, Figure value) {
    }

    private static final double BAR_X = 210;
    private static final double BAR_WIDTH = 380;
    private static final double ROW = 26;
    private static final double BAR = 16;

    private Bars() {
    }

    /**
     * @param id      the chart's id
     * @param title   its title
     * @param bars    the bars
     * @param percent whether the values are percentages
     * @return the SVG
     */
    static String draw(String id, String title, List<Bar> bars, boolean percent) {
        double max = percent ? 100 : bars.stream().mapToDouble(b -> b.value().value()).max().orElse(0);
        double height = bars.size() * ROW + 6;
        Html svg = Svg.open(id, Svg.WIDTH, height, title, describe(bars));
        double y = 2;
        for (Bar b : bars) {
            List<String> lines = Svg.wrap(b.label(), 34);
            double first = y + ROW / 2 + 4 - (lines.size() - 1) * 6;
            for (int i = 0; i < lines.size(); i++) {
                Svg.label(svg, 0, first + i * 12, lines.get(i), "start", "#1a1a1a", null, false);
            }
            double w = max <= 0 ? 0 : Math.max(0, b.value().value()) * BAR_WIDTH / max;
            double top = y + (ROW - BAR) / 2;
            Svg.rect(svg, Palette.SOLID, BAR_X, top, w, BAR);
            Svg.label(svg, BAR_X + w + 6, top + BAR / 2 + 4, b.value().text(), "start", "#1a1a1a", null, true);
            y += ROW;
        }
        svg.empty("line", "x1", Svg.n(BAR_X), "x2", Svg.n(BAR_X), "y1", "0", "y2", Svg.n(height), "stroke",
                "#1a1a1a", "stroke-width", "1");
        svg.close("svg");
        return svg.toString();
    }

    /** @return the text alternative: every bar's value, and which is highest */
    static String describe(List<Bar> bars) {
        List<String> parts = new ArrayList<>();
        Bar top = null;
        for (Bar b : bars) {
            parts.add(b.label() + " " + b.value().text());
            if (b.value().shownValue() && (top == null || b.value().value() > top.value().value())) {
                top = b;
            }
        }
        return "Bar chart, one bar per row: " + String.join("; ", parts) + "."
                + (top == null || bars.size() < 3 ? "" : " Highest: " + top.label() + ".");
    }
}
