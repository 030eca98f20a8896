package org.mspsdk.research;

import java.util.List;
import org.mspsdk.vocabulary.Code;

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

    private final String code;
    private final String label;

    DateGranularity(String code, String label) {
        this.code = code;
        this.label = label;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public String label() {
        return label;
    }

    @Override
    public List<String> aliases() {
        return List.of();
    }
}
