package org.mspsdk.imports;

import java.io.Closeable;
import java.io.IOException;
import java.util.List;
import java.util.Optional;

/** A source opened for reading, one row at a time: a CSV file or one sheet of a workbook. */
interface Table extends Closeable {

    /** @return the file name as the user gave it (no directory) */
    String file();

    /** @return the sheet, for a workbook */
    Optional<String> sheet();

    /** @return the column names of the header row, trimmed */
    List<String> header();

    /** @return whether numbers in date fields count days from 1904 (a workbook saved so), not from 1900 */
    default boolean date1904() {
        return false;
    }

    /**
     * @return the next row, or null at the end
     * @throws SourceException when the source breaks (bad quoting, bad encoding, a limit)
     */
    Row next() throws SourceException;

    @Override
    void close() throws IOException;
}
