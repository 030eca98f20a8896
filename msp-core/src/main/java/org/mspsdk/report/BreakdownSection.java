package org.mspsdk.report;

import static org.mspsdk.returns.BoardMeasure.CONCERNS;
import static org.mspsdk.returns.BoardMeasure.FULLY_ACHIEVED;
import static org.mspsdk.returns.BoardMeasure.NOT_ACHIEVED;
import static org.mspsdk.returns.BoardMeasure.OTHER_COMMENCED;
import static org.mspsdk.returns.BoardMeasure.OUTCOMES_EXPRESSED;
import static org.mspsdk.returns.BoardMeasure.PARTIALLY_ACHIEVED;
import static org.mspsdk.returns.BoardMeasure.RISK_IDENTIFIED;
import static org.mspsdk.returns.BoardMeasure.RISK_REDUCED_OR_REMOVED;
import static org.mspsdk.returns.BoardMeasure.S42_COMMENCED;
import static org.mspsdk.returns.BoardMeasure.S42_CONCLUDED;

import java.util.ArrayList;
import java.util.List;
import org.mspsdk.returns.BoardBreakdown;
import org.mspsdk.returns.BoardMeasure;
import org.mspsdk.returns.ReportingYear;

/**
 * The board breakdowns other than by quarter (organisation, type of risk, team, ...): for each group, how often
 * people were asked and expressed outcomes, how far those were achieved, and the other counts.
 */
final class BreakdownSection implements Section {

    @Override
    public String id() {
        return "breakdowns";
    }

    @Override
    public String heading(ReportData data) {
        return "By organisation, type of risk and other groups";
    }

    @Override
    public boolean shows(ReportData data) {
        return data.current().breakdowns().keySet().stream().anyMatch(k -> !k.equals(QuartersSection.QUARTER));
    }

    @Override
    public void write(Page page) {
        page.definition("Each count is of the events of the year for the records in the group; a record can be in "
                + "several groups (two organisations, two types of risk), so groups do not add up to the whole.");
        for (BoardBreakdown b : page.current().breakdowns().values()) {
            if (!b.grouping().equals(QuartersSection.QUARTER)) {
                grouping(page, b);
            }
        }
    }

    /** @return a heading for a grouping's name */
    static String name(String grouping) {
        return switch (grouping) {
            case "organisation" -> "By organisation";
            case "type-of-risk" -> "By type of risk";
            default -> grouping.startsWith("organisation-")
                    ? "By organisation that " + grouping.substring("organisation-".length()).replace('-', ' ')
                    : "By " + grouping.replace('-', ' ');
        };
    }

    private static void grouping(Page page, BoardBreakdown b) {
        Figures f = page.figures();
        ReportingYear y = page.year();
        String name = name(b.grouping());
        page.subheading(name);
        List<String> keys = List.copyOf(b.groups().keySet());
        List<Bars.Bar> asked = new ArrayList<>();
        List<ShareBars.Row> achieved = new ArrayList<>();
        List<Grid.Row> rows = new ArrayList<>();
        List<Grid.Row> others = new ArrayList<>();
        for (String k : keys) {
            Figure expressedShare = Breakdowns.expressedShare(f, y, b, k);
            asked.add(new Bars.Bar(k, expressedShare));
            Figure fully = Breakdowns.share(f, y, b, k, List.of(FULLY_ACHIEVED), OUTCOMES_EXPRESSED);
            Figure partly = Breakdowns.share(f, y, b, k, List.of(PARTIALLY_ACHIEVED), OUTCOMES_EXPRESSED);
            Figure not = Breakdowns.share(f, y, b, k, List.of(NOT_ACHIEVED), OUTCOMES_EXPRESSED);
            Figure expressed = Breakdowns.count(f, y, b, k, OUTCOMES_EXPRESSED);
            achieved.add(new ShareBars.Row(k, expressed, List.of(fully, partly, not)));
            rows.add(new Grid.Row(k, List.of(Breakdowns.count(f, y, b, k, S42_CONCLUDED), expressed, expressedShare,
                    Breakdowns.count(f, y, b, k, FULLY_ACHIEVED), fully,
                    Breakdowns.count(f, y, b, k, PARTIALLY_ACHIEVED), partly,
                    Breakdowns.count(f, y, b, k, NOT_ACHIEVED), not)));
            List<Figure> counts = new ArrayList<>();
            for (BoardMeasure m : List.of(CONCERNS, S42_COMMENCED, OTHER_COMMENCED, RISK_IDENTIFIED,
                    RISK_REDUCED_OR_REMOVED)) {
                counts.add(Breakdowns.count(f, y, b, k, m));
            }
            counts.add(Breakdowns.share(f, y, b, k, List.of(RISK_REDUCED_OR_REMOVED), RISK_IDENTIFIED));
            others.add(new Grid.Row(k, counts));
        }
        String askedTitle = "Asked, and said what they wanted, " + name.toLowerCase(java.util.Locale.UK) + ", "
                + y.label();
        String achievedTitle = "Outcomes achieved where expressed, " + name.toLowerCase(java.util.Locale.UK) + ", "
                + y.label();
        Html html = page.html();
        html.open("figure", "class", "chart").element("figcaption", name + ", " + y.label() + ": were people "
                + "asked, and were their outcomes achieved?");
        html.element("p", askedTitle + " (share of section 42 enquiries concluded)", "class", "multiple-title");
        html.raw(Bars.draw(page.chartId(), askedTitle, asked, true)).nl();
        html.element("p", achievedTitle + " (share of enquiries where outcomes were expressed; n is their number)",
                "class", "multiple-title");
        html.raw(ShareBars.draw(page.chartId(), achievedTitle, List.of("Fully achieved", "Partially achieved",
                "Not achieved"), achieved)).nl();
        new Grid("Figures: section 42 enquiries concluded and their outcomes, " + name.toLowerCase(
                java.util.Locale.UK) + ", " + y.label(), "Group", List.of("Concluded", "Outcomes expressed",
                "% expressed", "Fully achieved", "%", "Partially achieved", "%", "Not achieved", "%"), rows)
                .write(html);
        html.close("figure").nl();
        new Grid("Other counts, " + name.toLowerCase(java.util.Locale.UK) + ", " + y.label(), "Group",
                List.of("Concerns received", "Section 42 enquiries started", "Other enquiries started",
                        "Risk identified", "Risk reduced or removed", "% reduced or removed"), others).write(html);
    }
}
