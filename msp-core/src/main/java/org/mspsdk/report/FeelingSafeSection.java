package org.mspsdk.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.mspsdk.returns.MspMeasures;
import org.mspsdk.returns.ReportingYear;

/** "How safe do you feel", start to end: better, the same or worse, and by how many steps of the scale. */
final class FeelingSafeSection implements Section {

    @Override
    public String id() {
        return "feeling-safe";
    }

    @Override
    public String heading(ReportData data) {
        return "Did people feel safer?";
    }

    @Override
    public void write(Page page) {
        MspMeasures.FeelingSafeChange c = page.current().measures().feelingSafe();
        Figures f = page.figures();
        ReportingYear y = page.year();
        String fs = Sources.FEELING_SAFE;
        page.definition("The change in the person's answer to \u201chow safe do you feel?\u201d (from very unsafe, "
                + "1, to very safe, 5) between the start and the end, for records closed in the year with both "
                + "answers.");
        Figure pairs = f.count(y, c.pairs(), fs + "pairs");
        List<String> names = List.of("Safer", "The same", "Less safe");
        long[] counts = {c.improved(), c.same(), c.worse()};
        String[] fields = {"improved", "same", "worse"};
        List<Figure> shares = new ArrayList<>();
        List<Grid.Row> rows = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            Figure share = f.percent(y, counts[i], c.pairs(), fs + fields[i], fs + "pairs");
            shares.add(share);
            rows.add(new Grid.Row(names.get(i), List.of(f.count(y, counts[i], fs + fields[i]), share)));
        }
        rows.add(new Grid.Row("Asked at the start and the end", List.of(pairs, Figure.BLANK)));
        String title = "Feeling safe at the end compared with the start, " + y.label();
        page.chart(title + " (share of the " + pairs.text() + " people asked both times)",
                ShareBars.draw(page.chartId(), title, names, List.of(new ShareBars.Row("Feeling safe", pairs,
                        shares))),
                new Grid("Figures: " + title, "At the end", List.of("People", "Share"), rows));
        page.paragraph("On average the answer moved by ", f.mean(y, c.meanChange(), c.pairs(), fs + "meanChange",
                fs + "pairs"), " steps of the five-step scale. ", f.count(y, c.unpaired(), fs + "unpaired"),
                " records had only one of the two answers and are not counted here.");
        List<Columns.Column> columns = new ArrayList<>();
        List<Grid.Row> steps = new ArrayList<>();
        for (Map.Entry<Integer, Long> e : c.byChange().entrySet()) {
            int change = e.getKey();
            String label = change == 0 ? "0" : Figures.signed(change).replace(".00", "");
            String key = (change > 0 ? "+" : "") + change;
            Figure count = f.count(y, e.getValue(), fs + "byChange/" + key);
            columns.add(new Columns.Column(label, count, change > 0 ? Palette.SOLID : change == 0 ? Palette.CROSS
                    : Palette.DOTS));
            steps.add(new Grid.Row(label, List.of(count)));
        }
        String stepsTitle = "Change in steps of the scale, " + y.label();
        page.chart(stepsTitle + " (number of people; below 0 less safe, above 0 safer)",
                Columns.draw(page.chartId(), stepsTitle, columns, false, Svg.WIDTH),
                new Grid("Figures: " + stepsTitle, "Change", List.of("People"), steps));
    }
}
