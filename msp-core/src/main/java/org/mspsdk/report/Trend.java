package org.mspsdk.report;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Small multiples of several measures over the same periods (years, quarters): one column chart per measure,
 * side by side, and one table with a row per measure and a column per period.
 */
final class Trend {

    /**
     * One measure over the periods.
     *
     * @param name    its name
     * @param percent whether it is a percentage
     * @param figures one figure per period
     */
    record Line(String name, boolean percent, List<Figure> figures) {
    }

    private Trend() {
    }

    /**
     * @param page    the page
     * @param caption the figure's caption
     * @param periods the periods' labels
     * @param lines   the measures
     */
    static void write(Page page, String caption, List<String> periods, List<Line> lines) {
        List<String> titles = new ArrayList<>();
        List<String> svgs = new ArrayList<>();
        List<Grid.Row> rows = new ArrayList<>();
        for (Line line : lines) {
            List<Columns.Column> columns = new ArrayList<>();
            for (int i = 0; i < periods.size(); i++) {
                columns.add(new Columns.Column(periods.get(i), line.figures().get(i), Palette.SOLID));
            }
            titles.add(line.name());
            svgs.add(Columns.draw(page.chartId(), line.name(), columns, line.percent(), Columns.SMALL));
            rows.add(new Grid.Row(line.name(), line.figures()));
        }
        page.smallMultiples(caption, titles, svgs, new Grid("Figures: " + caption, "Measure", periods, rows));
    }

    /** @return one figure per item */
    static <T> List<Figure> each(List<T> items, Function<T, Figure> figure) {
        return items.stream().map(figure).toList();
    }
}
