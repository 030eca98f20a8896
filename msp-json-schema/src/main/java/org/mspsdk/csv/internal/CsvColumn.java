package org.mspsdk.csv.internal;

import java.util.Objects;

/**
 * One column of a CSV file the SDK writes: its header name and where its values come from.
 *
 * @param name   the header name
 * @param source where the values come from, which decides whether the formula guard applies
 */
public record CsvColumn(String name, Source source) {

    /** Where a column's values come from. */
    public enum Source {
        /**
         * From a record, a value a caller built (a grouping key, a cell of a hand-made return) or a command-line
         * option: written through the spreadsheet formula guard.
         */
        DATA,
        /** Written by the SDK itself (a code, an SDK label, a number, a boolean): written as is. */
        SDK
    }

    /** Checks the parts. */
    public CsvColumn {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(source, "source");
    }

    /**
     * @param name the header name
     * @return a column of record or option data (guarded)
     */
    public static CsvColumn data(String name) {
        return new CsvColumn(name, Source.DATA);
    }

    /**
     * @param name the header name
     * @return a column the SDK fills itself (written as is)
     */
    public static CsvColumn sdk(String name) {
        return new CsvColumn(name, Source.SDK);
    }

    /** @return whether the formula guard applies to this column's cells */
    public boolean guarded() {
        return source == Source.DATA;
    }
}
