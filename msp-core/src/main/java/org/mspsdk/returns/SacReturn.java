package org.mspsdk.returns;

import org.mspsdk.vocabulary.SacTable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.mspsdk.MspException;

/**
 * The result of a {@link SacTally}: the SAC table cells (exact counts, in the published long layout), the MSP
 * measures, the board breakdowns and the data-quality report. Immutable. Writers for CSV and JSON live in the
 * wire-format module ({@code org.mspsdk.returns.io}); disclosure control is applied only there, on request.
 *
 * <pre>{@code
 * SacReturn sac = records.stream().collect(SacTally.collector(SacSettings.of(ReportingYear.of(2025))));
 * long fully = sac.value(SacTable.SG4A, SacCell.CONCLUDED_SECTION_42_ENQUIRIES, "Outcomes Achieved",
 *         "Fully Achieved");
 * List<PublishedRow> rows = sac.publishedRows(council, ExportOptions.defaults());
 * }</pre>
 *
 * @param year         the reporting year
 * @param recordsRead  how many records were read
 * @param cells        every SAC cell, zeros included, in table order
 * @param measures     the MSP measures
 * @param breakdowns   the board breakdowns by grouping name, in settings order
 * @param dataQuality  the data-quality report
 */
public record SacReturn(ReportingYear year, long recordsRead, List<SacCell> cells, MspMeasures measures,
        Map<String, BoardBreakdown> breakdowns, DataQualityReport dataQuality) {

    /** Checks and copies. */
    public SacReturn {
        Objects.requireNonNull(year, "year");
        cells = List.copyOf(cells);
        Objects.requireNonNull(measures, "measures");
        breakdowns = Collections.unmodifiableMap(new LinkedHashMap<>(breakdowns));
        Objects.requireNonNull(dataQuality, "dataQuality");
    }

    /**
     * @param table a table
     * @return its cells, in order
     */
    public List<SacCell> cells(SacTable table) {
        return cells.stream().filter(c -> c.table() == table).toList();
    }

    /**
     * @param table       the table
     * @param enquiryType the ENQUIRY_TYPE
     * @param category    the CATEGORY
     * @param subcategory the SUBCATEGORY
     * @return the exact value of that cell
     * @throws MspException of kind {@code INVALID_VALUE} when the return has no such cell
     */
    public long value(SacTable table, String enquiryType, String category, String subcategory) {
        for (SacCell c : cells) {
            if (c.table() == table && c.enquiryType().equals(enquiryType) && c.category().equals(category)
                    && c.subcategory().equals(subcategory)) {
                return c.value();
            }
        }
        throw new MspException(MspException.Kind.INVALID_VALUE, "no cell " + table.reference() + " / " + enquiryType
                + " / " + category + " / " + subcategory + " in the return");
    }

    /**
     * @param grouping a grouping name given in the settings
     * @return its breakdown
     * @throws MspException of kind {@code INVALID_VALUE} when no grouping has that name
     */
    public BoardBreakdown breakdown(String grouping) {
        BoardBreakdown b = breakdowns.get(grouping);
        if (b == null) {
            throw new MspException(MspException.Kind.INVALID_VALUE, "no breakdown named '" + grouping
                    + "': expected one of " + breakdowns.keySet());
        }
        return b;
    }

    /**
     * The cells as rows of the published SAC layout, with the council's geography columns, and disclosure
     * control applied when the options ask for it.
     *
     * @param council the council's geography columns
     * @param options export options
     * @return the rows, in table order
     */
    public List<PublishedRow> publishedRows(CouncilMetadata council, ExportOptions options) {
        Objects.requireNonNull(council, "council");
        Objects.requireNonNull(options, "options");
        List<String> values = options.disclosureControl() ? DisclosureControl.apply(cells)
                : cells.stream().map(c -> Long.toString(c.value())).toList();
        List<PublishedRow> rows = new ArrayList<>(cells.size());
        for (int i = 0; i < cells.size(); i++) {
            SacCell c = cells.get(i);
            rows.add(new PublishedRow(council, c.table().reference(), c.enquiryType(), c.category(), c.subcategory(),
                    values.get(i)));
        }
        return rows;
    }

    @Override
    public String toString() {
        return "SacReturn[" + year.label() + ", records=" + recordsRead + ", cells=" + cells.size() + ", breakdowns="
                + breakdowns.keySet() + ", " + dataQuality + "]";
    }
}
