package org.mspsdk.imports;

/**
 * What one import did.
 *
 * @param rowsRead          rows read from the record source (after the header)
 * @param records           records made
 * @param rowsRefused       rows of the record source that could not become records
 * @param cellIssues        cells that could not be mapped
 * @param orphanRows        child rows whose key matches no record
 * @param recordsWithErrors records whose validation has errors (0 without a validator)
 * @param sourceFailed      whether a source stopped being read (a limit, bad quoting, a broken workbook)
 */
public record ImportSummary(long rowsRead, long records, long rowsRefused, long cellIssues, long orphanRows,
        long recordsWithErrors, boolean sourceFailed) {

    /** @return true when every row became a record, every cell was mapped and nothing failed validation */
    public boolean isClean() {
        return rowsRefused == 0 && cellIssues == 0 && orphanRows == 0 && recordsWithErrors == 0 && !sourceFailed;
    }
}
