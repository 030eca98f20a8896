package org.mspsdk.report;

import java.util.ArrayList;
import java.util.List;
import org.mspsdk.returns.DataQualityReport;
import org.mspsdk.returns.ReportingYear;
import org.mspsdk.returns.SacReturn;

/**
 * Data quality: how many records were counted as "not recorded" or left out of a table or measure, and why.
 * Counts only: the record ids of the data-quality report never reach the page.
 */
final class DataQualitySection implements Section {

    @Override
    public String id() {
        return "data-quality";
    }

    @Override
    public String heading(ReportData data) {
        return "How complete are the records?";
    }

    @Override
    public void write(Page page) {
        SacReturn sac = page.current();
        Figures f = page.figures();
        ReportingYear y = page.year();
        Figure read = f.count(y, sac.recordsRead(), Sources.RECORDS_READ);
        page.definition("For each gap in the records, how many of the records read were counted as not recorded "
                + "or left out of a table or measure, and what was done; the lower the better.");
        DataQualityReport dq = sac.dataQuality();
        if (dq.isEmpty()) {
            page.paragraph("No gaps were found in the ", read, " records read.");
            return;
        }
        page.paragraph(read, " records were read.");
        List<Grid.Row> rows = new ArrayList<>();
        for (DataQualityReport.Entry e : dq.entries()) {
            String description = e.issue().description();
            String head = Character.toUpperCase(description.charAt(0)) + description.substring(1) + " ("
                    + e.issue().affects() + ")";
            rows.add(new Grid.Row(head, List.of(f.count(y, e.count(), Sources.dataQuality(e.issue())),
                    f.percent(y, e.count(), sac.recordsRead(), Sources.dataQuality(e.issue()),
                            Sources.RECORDS_READ))));
        }
        new Grid("Gaps in the records, " + y.label(), "Gap (and what it affects)", List.of("Records",
                "Share of records read"), rows).write(page.html());
    }
}
