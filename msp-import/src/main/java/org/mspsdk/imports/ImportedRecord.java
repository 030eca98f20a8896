package org.mspsdk.imports;

import java.util.Optional;
import org.mspsdk.model.SafeguardingRecord;
import org.mspsdk.validation.ValidationReport;

/**
 * A record the import made, where it came from, and (when the importer has a validator) its validation report.
 *
 * @param record     the record
 * @param file       the file of its row
 * @param sheet      the sheet, for a workbook
 * @param row        its row number
 * @param validation the validation report, when the importer validates
 */
public record ImportedRecord(SafeguardingRecord record, String file, Optional<String> sheet, long row,
        Optional<ValidationReport> validation) {

    @Override
    public String toString() {
        return "ImportedRecord[" + file + sheet.map(s -> " [" + s + "]").orElse("") + ", row " + row + ", "
                + record + "]";
    }
}
