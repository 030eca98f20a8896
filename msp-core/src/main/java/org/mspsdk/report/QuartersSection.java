package org.mspsdk.report;

import java.util.ArrayList;
import java.util.List;
import org.mspsdk.returns.BoardBreakdown;
import org.mspsdk.returns.BoardMeasure;
import org.mspsdk.returns.ReportingYear;

/** The quarters of the report's year, from the board breakdown by quarter. */
final class QuartersSection implements Section {

    /** The name of the quarter grouping. */
    static final String QUARTER = "quarter";

    @Override
    public String id() {
        return "quarters";
    }

    @Override
    public String heading(ReportData data) {
        return "Quarter by quarter, " + data.current().year().label();
    }

    @Override
    public boolean shows(ReportData data) {
        return data.current().breakdowns().containsKey(QUARTER);
    }

    @Override
    public void write(Page page) {
        ReportingYear y = page.year();
        BoardBreakdown b = page.current().breakdown(QUARTER);
        Figures f = page.figures();
        page.definition("Each count is of the events in the quarter: concerns by the date received, enquiries by "
                + "the date started or concluded; outcomes are counted in the quarter the enquiry concluded.");
        List<String> keys = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        for (int q = 1; q <= 4; q++) {
            keys.add(y.label() + " Q" + q);
            labels.add("Q" + q + " " + quarterMonths(q));
        }
        Trend.write(page, "Measures by quarter, " + y.label(), labels, List.of(
                new Trend.Line("Safeguarding concerns received", false, count(f, y, b, keys, BoardMeasure.CONCERNS)),
                new Trend.Line("Section 42 enquiries started", false, count(f, y, b, keys,
                        BoardMeasure.S42_COMMENCED)),
                new Trend.Line("Section 42 enquiries concluded", false, count(f, y, b, keys,
                        BoardMeasure.S42_CONCLUDED)),
                new Trend.Line("Asked, and said what they wanted (%)", true, Trend.each(keys,
                        k -> Breakdowns.expressedShare(f, y, b, k))),
                new Trend.Line("Outcomes fully or partly achieved (%)", true, Trend.each(keys,
                        k -> Breakdowns.achievedShare(f, y, b, k)))));
    }

    private static List<Figure> count(Figures f, ReportingYear y, BoardBreakdown b, List<String> keys,
            BoardMeasure m) {
        return Trend.each(keys, k -> f.count(y, b.count(k, m), Sources.breakdown(b.grouping(), k, m)));
    }

    private static String quarterMonths(int q) {
        return switch (q) {
            case 1 -> "Apr to Jun";
            case 2 -> "Jul to Sep";
            case 3 -> "Oct to Dec";
            default -> "Jan to Mar";
        };
    }
}
