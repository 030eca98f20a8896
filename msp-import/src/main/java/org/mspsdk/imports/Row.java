package org.mspsdk.imports;

/**
 * One row of a source: its 1-based row number as a spreadsheet shows it (the header is row 1 unless the source
 * says otherwise) and its cells by column index. A workbook's cells also say whether they held a number, a
 * formula or an error. Never printed: {@link #toString()} shows the row number only.
 */
final class Row {

    static final byte NUMERIC = 1;
    static final byte FORMULA = 2;
    static final byte ERROR = 4;

    private final long number;
    private final String[] cells;
    private final byte[] flags;

    Row(long number, String[] cells, byte[] flags) {
        this.number = number;
        this.cells = cells;
        this.flags = flags;
    }

    long number() {
        return number;
    }

    /** @return the cell's text, or "" when the row has no such cell */
    String cell(int column) {
        return column < cells.length && cells[column] != null ? cells[column] : "";
    }

    boolean has(int column, byte flag) {
        return flags != null && column < flags.length && (flags[column] & flag) != 0;
    }

    int width() {
        return cells.length;
    }

    @Override
    public String toString() {
        return "Row[" + number + "]";
    }
}
