package org.mspsdk.imports;

import java.nio.charset.Charset;
import java.util.Optional;

/**
 * One source a mapping reads: a CSV file, or a sheet of an {@code .xlsx} workbook.
 *
 * @param name        the source's name in the mapping
 * @param file        the file name it is matched to among the inputs (case-insensitive, directory ignored)
 * @param sheet       the sheet, for a workbook (the first sheet when absent)
 * @param encoding    the text encoding of a CSV file (a UTF-8 byte-order mark is always skipped)
 * @param delimiter   the CSV field delimiter
 * @param headerRow   the 1-based row holding the column names; rows above it are skipped
 * @param mappingPath where it is declared, for messages
 */
record SourceSpec(String name, String file, Optional<String> sheet, Charset encoding, char delimiter, int headerRow,
        String mappingPath) {

    boolean isWorkbook() {
        return file.toLowerCase(java.util.Locale.ROOT).endsWith(".xlsx");
    }
}
