package org.mspsdk.report;

import java.util.ArrayList;
import java.util.List;

/**
 * Horizontal bars divided into shares (a 100% stacked bar per row): how the answers to a question, or the
 * outcomes of a group, divide. Each share is drawn in its own {@link Palette} style with its value written inside
 * when it fits; a legend names the styles; the number each row is out of is written at its end.
 */
final class ShareBars {

    /**
     * One bar.
     *
     * @param label  what the row is
     * @param whole  the number the shares are out of
     * @param shares the percentages, one per category
     */
    record Row(String label, Figure whole, List<Figure> shares) {
        Row {
            shares = List.copyOf(shares);
        }
    }

    private static final double LABEL_WIDTH = 200;
    private static final double BAR_X = 210;
    private static final double BAR_WIDTH = 390;
    private static final double ROW = 34;
    private static final double BAR = 22;

    private ShareBars() {
    }

    /**
     * @param id         the chart's id
     * @param title      its title
     * @param categories the names of the shares, in order
     * @param rows       the bars
     * @return the SVG
     */
    static String draw(String id, String title, List<String> categories, List<Row> rows) {
        double legendHeight = 20 * (1 + estimateLegendLines(categories)) + 6;
        double height = legendHeight + rows.size() * ROW + 4;
        Html svg = Svg.open(id, Svg.WIDTH, height, title, describe(categories, rows));
        Svg.legend(svg, categories, 2);
        double y = legendHeight;
        for (Row r : rows) {
            List<String> lines = Svg.wrap(r.label(), (int) (LABEL_WIDTH / (Svg.FONT * 0.56)));
            double first = y + ROW / 2 + 4 - (lines.size() - 1) * 7;
            for (int i = 0; i < lines.size(); i++) {
                Svg.label(svg, 0, first + i * 14, lines.get(i), "start", "#1a1a1a", null, false);
            }
            double x = BAR_X;
            double top = y + (ROW - BAR) / 2;
            svg.empty("rect", "x", Svg.n(BAR_X), "y", Svg.n(top), "width", Svg.n(BAR_WIDTH), "height",
                    Svg.n(BAR), "fill", "none", "stroke", "#c8c8c8", "stroke-width", "0.8");
            for (int i = 0; i < r.shares().size(); i++) {
                Figure f = r.shares().get(i);
                double w = Math.min(BAR_WIDTH, Math.max(0, f.value()) * BAR_WIDTH / 100.0);
                if (x + w > BAR_X + BAR_WIDTH) {
                    w = BAR_X + BAR_WIDTH - x;
                }
                Palette style = Palette.nth(i);
                Svg.rect(svg, style, x, top, w, BAR);
                double tw = Svg.boldWidth(f.text());
                if (f.shownValue() && w >= tw + 6) {
                    if (style != Palette.SOLID && style != Palette.OUTLINE) {
                        // a plain patch behind the value, so the pattern never runs through the digits
                        svg.empty("rect", "x", Svg.n(x + (w - tw) / 2 - 1), "y", Svg.n(top + 3), "width",
                                Svg.n(tw + 2), "height", Svg.n(BAR - 6), "fill", style.base());
                    }
                    Svg.label(svg, x + w / 2, top + BAR / 2 + 4, f.text(), "middle", style.text(), null, true);
                }
                x += w;
            }
            Svg.label(svg, BAR_X + BAR_WIDTH + 8, y + ROW / 2 + 4, "n = " + r.whole().text(), "start", "#1a1a1a",
                    null, false);
            y += ROW;
        }
        svg.close("svg");
        return svg.toString();
    }

    private static int estimateLegendLines(List<String> names) {
        double x = 0;
        int line = 0;
        for (String name : names) {
            double w = 14 + 6 + Svg.textWidth(name) + 16;
            if (x > 0 && x + w > Svg.WIDTH) {
                x = 0;
                line++;
            }
            x += w;
        }
        return line;
    }

    /** @return the text alternative: every bar's shares in words */
    static String describe(List<String> categories, List<Row> rows) {
        List<String> parts = new ArrayList<>();
        for (Row r : rows) {
            List<String> shares = new ArrayList<>();
            for (int i = 0; i < r.shares().size(); i++) {
                shares.add(categories.get(i) + " " + r.shares().get(i).text());
            }
            parts.add(r.label() + ": " + String.join(", ", shares) + " (out of " + r.whole().text() + ")");
        }
        return "Bar chart of shares, one bar per row. " + String.join(". ", parts) + ".";
    }
}
