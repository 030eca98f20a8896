package org.mspsdk.report;

import java.util.List;
import org.mspsdk.returns.MspMeasures;
import org.mspsdk.returns.ReportingYear;

/**
 * The sector outcomes measure (LGA 2014): from the people with a concern, to those who defined the outcomes
 * they wanted, to those with an achievement recorded, to those whose outcomes were fully or partly met; and who
 * defined the outcomes (the person, with a representative, through a best-interests decision).
 */
final class SectorOutcomesSection implements Section {

    @Override
    public String id() {
        return "sector-outcomes";
    }

    @Override
    public String heading(ReportData data) {
        return "Did people get the outcomes they wanted?";
    }

    @Override
    public void write(Page page) {
        MspMeasures.SectorOutcomesMeasure s = page.current().measures().sectorOutcomes();
        Figures f = page.figures();
        ReportingYear y = page.year();
        page.definition("The sector outcomes measure (Local Government Association, 2014): of the different people "
                + "with a safeguarding concern received in the year, how many defined the outcomes they wanted, and "
                + "of those, how many had their outcomes fully or partly met on any of their records, as recorded "
                + "when the figures were counted.");
        Figure people = f.count(y, s.peopleWithConcern(), Sources.sector("peopleWithConcern"));
        Figure defined = f.count(y, s.definedOutcomes(), Sources.sector("definedOutcomes"));
        Figure recorded = f.count(y, s.achievementRecorded(), Sources.sector("achievementRecorded"));
        Figure met = f.count(y, s.fullyOrPartlyMet(), Sources.sector("fullyOrPartlyMet"));
        List<Bars.Bar> funnel = List.of(new Bars.Bar("People with a concern", people),
                new Bars.Bar("Defined the outcomes they wanted", defined),
                new Bars.Bar("Achievement recorded", recorded),
                new Bars.Bar("Outcomes fully or partly met", met));
        String title = "From concern to outcomes met, " + y.label();
        page.chart(title + " (number of people)", Bars.draw(page.chartId(), title, funnel, false),
                new Grid("Figures: from concern to outcomes met, " + y.label(), "People", List.of("Number",
                        "Share"), List.of(
                        new Grid.Row("With a concern", List.of(people, Figure.BLANK)),
                        new Grid.Row("Defined the outcomes they wanted (share of people with a concern)",
                                List.of(defined, Measures.definedPercent(f, page.current()))),
                        new Grid.Row("Achievement recorded (share of those who defined outcomes)", List.of(recorded,
                                f.percent(y, s.achievementRecorded(), s.definedOutcomes(),
                                        Sources.sector("achievementRecorded"), Sources.sector("definedOutcomes")))),
                        new Grid.Row("Outcomes fully or partly met (share of those who defined outcomes)",
                                List.of(met, Measures.metPercent(f, page.current()))))));
        page.paragraph("Of the people who defined outcomes and have an achievement recorded, ",
                f.percent(y, s.fullyOrPartlyMet(), s.achievementRecorded(), Sources.sector("fullyOrPartlyMet"),
                        Sources.sector("achievementRecorded")),
                " had them fully or partly met. People whose cases are still open, or whose achievement is not "
                + "recorded, count among those whose outcomes were not met in the headline share.");
        page.subheading("Who defined the outcomes");
        page.definition("Of the people who defined outcomes, the share who did so themselves, with a "
                + "representative, or through a best-interests decision; one person can be counted in more than one "
                + "of these, so the shares can add up to more than 100%.");
        List<Bars.Bar> who = List.of(
                new Bars.Bar("Themselves", share(f, y, s.definedThemselves(), s, "definedThemselves")),
                new Bars.Bar("With a representative", share(f, y, s.definedWithRepresentative(), s,
                        "definedWithRepresentative")),
                new Bars.Bar("Through a best-interests decision", share(f, y, s.definedThroughBestInterests(), s,
                        "definedThroughBestInterests")));
        String whoTitle = "Who defined the outcomes, " + y.label();
        page.chart(whoTitle + " (share of the " + defined.text() + " people who defined outcomes)",
                Bars.draw(page.chartId(), whoTitle, who, true),
                new Grid("Figures: who defined the outcomes, " + y.label(), "Defined", List.of("People", "Share"),
                        List.of(row("Themselves", f, y, s.definedThemselves(), s, "definedThemselves"),
                                row("With a representative", f, y, s.definedWithRepresentative(), s,
                                        "definedWithRepresentative"),
                                row("Through a best-interests decision", f, y, s.definedThroughBestInterests(), s,
                                        "definedThroughBestInterests"))));
    }

    private static Figure share(Figures f, ReportingYear y, long count, MspMeasures.SectorOutcomesMeasure s,
            String field) {
        return f.percent(y, count, s.definedOutcomes(), Sources.sector(field), Sources.sector("definedOutcomes"));
    }

    private static Grid.Row row(String label, Figures f, ReportingYear y, long count,
            MspMeasures.SectorOutcomesMeasure s, String field) {
        return new Grid.Row(label, List.of(f.count(y, count, Sources.sector(field)), share(f, y, count, s, field)));
    }
}
