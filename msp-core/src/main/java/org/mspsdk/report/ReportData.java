package org.mspsdk.report;

import java.util.List;
import java.util.Objects;
import org.mspsdk.MspException;
import org.mspsdk.returns.SacReturn;

/**
 * What a board report is drawn from: its settings and one {@link SacReturn} per reporting year, oldest first,
 * the last being the report's year. Made by a {@link ReportTally}, or by hand from returns already counted.
 *
 * @param settings the report settings
 * @param years    one return per year from {@link ReportSettings#firstYear()} to the report's year, in order
 */
public record ReportData(ReportSettings settings, List<SacReturn> years) {

    /** Checks that there is one return per year, in order. */
    public ReportData {
        Objects.requireNonNull(settings, "settings");
        years = List.copyOf(years);
        int expected = settings.year().startYear() - settings.firstYear().startYear() + 1;
        if (years.size() != expected) {
            throw new MspException(MspException.Kind.INVALID_VALUE, "report.years: expected " + expected
                    + " returns (" + settings.firstYear().label() + " to " + settings.year().label() + ") but got "
                    + years.size());
        }
        for (int i = 0; i < years.size(); i++) {
            int want = settings.firstYear().startYear() + i;
            if (years.get(i).year().startYear() != want) {
                throw new MspException(MspException.Kind.INVALID_VALUE, "report.years[" + i + "]: expected the "
                        + "return of " + org.mspsdk.returns.ReportingYear.of(want).label() + " but got "
                        + years.get(i).year().label());
            }
        }
    }

    /** @return the return of the report's year */
    public SacReturn current() {
        return years.get(years.size() - 1);
    }

    /** @return whether there is more than one year */
    public boolean hasTrend() {
        return years.size() > 1;
    }

    @Override
    public String toString() {
        return "ReportData[" + settings.firstYear().label() + " to " + settings.year().label() + ", disclosure "
                + "control " + (settings.disclosureControl() ? "on" : "off") + "]";
    }
}
