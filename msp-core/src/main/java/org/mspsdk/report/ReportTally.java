package org.mspsdk.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.mspsdk.MspException;
import org.mspsdk.model.SafeguardingRecord;
import org.mspsdk.returns.ReportingYear;
import org.mspsdk.returns.SacReturn;
import org.mspsdk.returns.SacTally;

/**
 * Counts records once for every year of a report: one {@link SacTally} per reporting year from
 * {@link ReportSettings#firstYear()} to the report's year, each fed every record (a tally counts only the events
 * of its own year). Memory is that of one tally per year. Not thread-safe: give each thread its own tally and
 * {@link #merge} them.
 *
 * <pre>{@code
 * ReportTally tally = settings.newTally();
 * records.forEach(tally::add);
 * String html = BoardReport.html(tally.result());
 * }</pre>
 */
public final class ReportTally {

    private final ReportSettings settings;
    private final List<SacTally> years = new ArrayList<>();

    ReportTally(ReportSettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
        for (int y = settings.firstYear().startYear(); y <= settings.year().startYear(); y++) {
            years.add(settings.sacFor(ReportingYear.of(y)).newTally());
        }
    }

    /**
     * @param record a record
     * @return this tally
     */
    public ReportTally add(SafeguardingRecord record) {
        Objects.requireNonNull(record, "record");
        for (SacTally t : years) {
            t.add(record);
        }
        return this;
    }

    /**
     * @param other a tally of the same settings (another partition of the records)
     * @return this tally, with the other's counts added
     * @throws MspException of kind {@code INVALID_VALUE} when the settings differ
     */
    public ReportTally merge(ReportTally other) {
        if (!settings.equals(other.settings)) {
            throw new MspException(MspException.Kind.INVALID_VALUE, "cannot merge report tallies of different "
                    + "settings");
        }
        for (int i = 0; i < years.size(); i++) {
            years.get(i).merge(other.years.get(i));
        }
        return this;
    }

    /** @return the returns of every year, oldest first, with the settings */
    public ReportData result() {
        List<SacReturn> returns = new ArrayList<>();
        years.forEach(t -> returns.add(t.result()));
        return new ReportData(settings, returns);
    }

    @Override
    public String toString() {
        return "ReportTally[" + settings.firstYear().label() + " to " + settings.year().label() + "]";
    }
}
