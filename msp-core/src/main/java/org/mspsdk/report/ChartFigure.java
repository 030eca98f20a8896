package org.mspsdk.report;

/**
 * A chart as the page shows it: a {@code <figure>} whose caption names the chart and its denominator, the SVG
 * drawing (with its own text alternative, {@code role="img"}, {@code <title>} and {@code <desc>}), and the
 * table of the figures it draws, so nothing is only in the picture.
 */
final class ChartFigure {

    private ChartFigure() {
    }

    /**
     * @param page    the page
     * @param caption the caption (what is shown, of whom)
     * @param svg     the drawing
     * @param table   its figures
     * @param wide    whether the figure takes the full width (small multiples sit side by side otherwise)
     */
    static void write(Html page, String caption, String svg, Grid table, boolean wide) {
        page.open("figure", "class", wide ? "chart" : "chart small").element("figcaption", caption).raw(svg).nl();
        table.write(page);
        page.close("figure").nl();
    }
}
