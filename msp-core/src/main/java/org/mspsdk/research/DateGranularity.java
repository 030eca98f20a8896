package org.mspsdk.research;

import org.mspsdk.vocabulary.Code;
import org.mspsdk.vocabulary.CodeEntry;

/**
 * How finely the research form keeps dates.
 *
 * <p>Codes are stable; labels are the SDK's own wording. Not an SAC list: it is written into each research
 * record so that a reader knows how to read its periods.
 */
public enum DateGranularity implements Code {
    /** Calendar month, {@code YYYY-MM} (the default). */
    MONTH("month", "Calendar month (YYYY-MM)"),
    /** Reporting year, {@code YYYY-YY} (1 April to 31 March). */
    REPORTING_YEAR("reporting-year", "Reporting year (YYYY-YY, 1 April to 31 March)");

    private final CodeEntry entry;

    DateGranularity(String code, String label) {
        this.entry = new CodeEntry(code, label);
    }

    @Override
    public CodeEntry entry() {
        return entry;
    }
}
