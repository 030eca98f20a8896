package org.mspsdk.report;

import java.util.List;
import org.mspsdk.returns.SacReturn;
import org.mspsdk.vocabulary.Population;

/** Trends across reporting years: the headline counts and shares of each year, oldest first. */
final class YearsSection implements Section {

    @Override
    public String id() {
        return "years";
    }

    @Override
    public String heading(ReportData data) {
        return "Over the years";
    }

    @Override
    public boolean shows(ReportData data) {
        return data.hasTrend();
    }

    @Override
    public void write(Page page) {
        List<SacReturn> years = page.data().years();
        Figures f = page.figures();
        page.definition("The same measures for each reporting year from " + years.get(0).year().label() + " to "
                + page.year().label() + ", each counted on the events of its own year (1 April to 31 March).");
        List<String> labels = years.stream().map(r -> r.year().label()).toList();
        Trend.write(page, "Measures by reporting year", labels, List.of(
                new Trend.Line("Safeguarding concerns received", false, Trend.each(years,
                        r -> Measures.totalFigure(f, r, Population.SAFEGUARDING_CONCERNS.enquiryType()))),
                new Trend.Line("Section 42 enquiries started", false, Trend.each(years,
                        r -> Measures.totalFigure(f, r, Population.S42_ENQUIRIES.enquiryType()))),
                new Trend.Line("People who said what outcomes they wanted (%)", true, Trend.each(years,
                        r -> Measures.definedPercent(f, r))),
                new Trend.Line("Outcomes fully or partly met (%)", true, Trend.each(years,
                        r -> Measures.metPercent(f, r))),
                new Trend.Line("Asked, and said what they wanted (SG4a, %)", true, Trend.each(years,
                        r -> Measures.askedAndExpressed(f, r))),
                new Trend.Line("Felt safer at the end (%)", true, Trend.each(years,
                        r -> Measures.saferPercent(f, r)))));
    }
}
