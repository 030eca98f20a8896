package org.mspsdk.csv.internal;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The columns of one CSV file the SDK writes: fixed columns, then optionally a repeated column (one per key
 * found in the data, such as one count column per enquiry type of a SAC table grid), whose source applies to each
 * of them.
 *
 * @param id       what the file is, for example {@code records.csv} or {@code sac-published}
 * @param columns  the fixed columns, in order
 * @param repeated the column repeated after them, with a descriptive name, if the file has one
 * @param quoting  when a cell is quoted (a file keeps the quoting it has always had)
 */
public record CsvLayout(String id, List<CsvColumn> columns, Optional<CsvColumn> repeated, Quoting quoting) {

    /** When a cell is put in double quotes; either way a cell that needs quotes gets them. */
    public enum Quoting {
        /** Only cells that need it (a comma, a quote, a line break, leading or trailing space). */
        MINIMAL,
        /**
         * Jackson CSV's default: also any text longer than 24 characters or holding a character below {@code -}
         * (such as a space): the published SAC files have always been written so.
         */
        CAUTIOUS
    }

    /** Checks and copies. */
    public CsvLayout {
        Objects.requireNonNull(id, "id");
        columns = List.copyOf(columns);
        Objects.requireNonNull(repeated, "repeated");
        Objects.requireNonNull(quoting, "quoting");
        if (columns.stream().map(CsvColumn::name).distinct().count() != columns.size()) {
            throw new IllegalArgumentException(id + " declares a column twice");
        }
    }

    /**
     * @param id      what the file is
     * @param columns its columns
     * @return a layout with only fixed columns
     */
    public static CsvLayout of(String id, CsvColumn... columns) {
        return new CsvLayout(id, List.of(columns), Optional.empty(), Quoting.MINIMAL);
    }

    /**
     * @param repeated the column repeated after the fixed ones
     * @return this layout with it
     */
    public CsvLayout thenRepeated(CsvColumn repeated) {
        return new CsvLayout(id, columns, Optional.of(repeated), quoting);
    }

    /**
     * @param quoting when a cell is quoted
     * @return this layout with it
     */
    public CsvLayout quoted(Quoting quoting) {
        return new CsvLayout(id, columns, repeated, quoting);
    }

    /** @return the fixed column names, in order */
    public List<String> names() {
        return columns.stream().map(CsvColumn::name).toList();
    }
}
