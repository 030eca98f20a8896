package org.mspsdk.report;

import java.util.ArrayList;
import java.util.List;
import org.mspsdk.returns.SacCell;
import org.mspsdk.returns.SacReturn;

/**
 * SG4a of the Safeguarding Adults Collection: for section 42 enquiries concluded in the year, whether the person
 * was asked about the outcomes they wanted, and, where they expressed outcomes, whether they were achieved.
 */
final class Sg4aSection implements Section {

    @Override
    public String id() {
        return "sg4a";
    }

    @Override
    public String heading(ReportData data) {
        return "Were people asked what they wanted? (SG4a)";
    }

    @Override
    public void write(Page page) {
        SacReturn sac = page.current();
        page.definition("SG4a of the Safeguarding Adults Collection: for each section 42 enquiry concluded in the "
                + "year, whether the person (or their representative) was asked what outcomes they wanted; and, of "
                + "the enquiries where outcomes were expressed, whether they were fully, partially or not "
                + "achieved.");
        block(page, sac, Measures.ASKED, "Asked about desired outcomes", "section 42 enquiries concluded");
        block(page, sac, Measures.ACHIEVED, "Outcomes achieved", "enquiries where outcomes were expressed");
    }

    private static void block(Page page, SacReturn sac, String category, String name, String whole) {
        Figures f = page.figures();
        List<SacCell> cells = Measures.sg4a(sac, category);
        long total = Measures.sum(cells);
        List<String> totalSources = Measures.sources(cells);
        Figure n = f.count(sac.year(), total, totalSources.toArray(String[]::new));
        List<String> categories = new ArrayList<>();
        List<Figure> shares = new ArrayList<>();
        List<Grid.Row> rows = new ArrayList<>();
        for (SacCell c : cells) {
            categories.add(c.subcategory());
            Figure share = f.percent(sac.year(), c.value(), total, List.of(Sources.cell(c)), totalSources);
            shares.add(share);
            rows.add(new Grid.Row(c.subcategory(), List.of(f.count(sac.year(), c.value(), Sources.cell(c)), share)));
        }
        rows.add(new Grid.Row("All " + whole, List.of(n, Figure.BLANK)));
        String title = name + ", " + sac.year().label();
        page.subheading(name);
        page.chart(title + " (share of the " + n.text() + " " + whole + ")",
                ShareBars.draw(page.chartId(), title, categories, List.of(new ShareBars.Row(name, n, shares))),
                new Grid("Figures: " + title, name, List.of("Enquiries", "Share"), rows));
    }
}
