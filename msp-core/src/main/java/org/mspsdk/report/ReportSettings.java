package org.mspsdk.report;

import java.util.Objects;
import org.mspsdk.MspException;
import org.mspsdk.returns.Grouping;
import org.mspsdk.returns.ReportingYear;
import org.mspsdk.returns.SacSettings;

/**
 * What a board report shows: the reporting year and how it is counted ({@link SacSettings}: roll-up rule, board
 * groupings, experience instrument), the first year of the trend, whether disclosure control applies, and the
 * page title. Immutable; the {@code with...} methods return copies.
 *
 * <pre>{@code
 * ReportSettings settings = ReportSettings.of(ReportingYear.of(2025))
 *         .withTrendFrom(ReportingYear.of(2023))
 *         .withTitle("Safeguarding Adults Board: Making Safeguarding Personal 2025-26");
 * ReportSettings internal = settings.withDisclosureControl(false);   // exact figures, for an internal audience
 * }</pre>
 *
 * @param sac               how the report's year is counted; its groupings are the board breakdowns shown
 * @param firstYear         the first year of the trend (equal to the report's year for no trend)
 * @param disclosureControl whether small numbers are suppressed and counts rounded ({@link Figures}); on by
 *                          default
 * @param title             the page title
 */
public record ReportSettings(SacSettings sac, ReportingYear firstYear, boolean disclosureControl, String title) {

    /** The most years one report covers (one tally per year is kept in memory). */
    public static final int MAX_YEARS = 10;

    /** Checks the parts. */
    public ReportSettings {
        Objects.requireNonNull(sac, "sac");
        Objects.requireNonNull(firstYear, "firstYear");
        Objects.requireNonNull(title, "title");
        if (firstYear.compareTo(sac.year()) > 0) {
            throw new MspException(MspException.Kind.INVALID_VALUE, "report.firstYear " + firstYear.label()
                    + " is after the report's year " + sac.year().label() + "; expected it on or before");
        }
        if (sac.year().startYear() - firstYear.startYear() + 1 > MAX_YEARS) {
            throw new MspException(MspException.Kind.INVALID_VALUE, "report.firstYear: a report covers at most "
                    + MAX_YEARS + " years, but " + firstYear.label() + " to " + sac.year().label() + " is "
                    + (sac.year().startYear() - firstYear.startYear() + 1));
        }
        if (title.isBlank()) {
            throw new MspException(MspException.Kind.MISSING_PART, "report.title is required but was blank");
        }
    }

    /**
     * The defaults for a year: breakdowns by organisation, type of risk and quarter, no trend, disclosure control
     * on, the title "Making Safeguarding Personal: board report YYYY-YY".
     *
     * @param year the reporting year
     * @return the settings
     */
    public static ReportSettings of(ReportingYear year) {
        return of(SacSettings.of(year).withGroupings(Grouping.byOrganisation(), Grouping.byTypeOfRisk(),
                Grouping.byQuarter()));
    }

    /**
     * @param sac how the report's year is counted, with the board groupings to show
     * @return settings with no trend, disclosure control on and the default title
     */
    public static ReportSettings of(SacSettings sac) {
        return new ReportSettings(sac, sac.year(), true, defaultTitle(sac.year()));
    }

    /** @return the report's reporting year */
    public ReportingYear year() {
        return sac.year();
    }

    /** @param first the first year of the trend @return a copy */
    public ReportSettings withTrendFrom(ReportingYear first) {
        return new ReportSettings(sac, first, disclosureControl, title);
    }

    /** @param on whether to apply disclosure control @return a copy */
    public ReportSettings withDisclosureControl(boolean on) {
        return new ReportSettings(sac, firstYear, on, title);
    }

    /** @param text the page title @return a copy */
    public ReportSettings withTitle(String text) {
        return new ReportSettings(sac, firstYear, disclosureControl, text);
    }

    /**
     * @param year a year of the trend
     * @return how that year is counted: the report's settings without its groupings (only the report's year has
     *     breakdowns)
     */
    SacSettings sacFor(ReportingYear year) {
        if (year.equals(sac.year())) {
            return sac;
        }
        return new SacSettings(year, sac.rollUp(), java.util.List.of(), sac.experienceInstrument(),
                sac.experienceItems(), sac.dataQualitySampleSize());
    }

    /** @return a new, empty tally for these settings */
    public ReportTally newTally() {
        return new ReportTally(this);
    }

    private static String defaultTitle(ReportingYear year) {
        return "Making Safeguarding Personal: board report " + year.label();
    }
}
