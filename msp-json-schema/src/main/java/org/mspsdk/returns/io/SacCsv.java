package org.mspsdk.returns.io;

import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.mspsdk.csv.internal.CsvLayouts;
import org.mspsdk.csv.internal.CsvTableWriter;
import org.mspsdk.returns.BoardBreakdown;
import org.mspsdk.returns.BoardMeasure;
import org.mspsdk.returns.CouncilMetadata;
import org.mspsdk.returns.DataQualityReport;
import org.mspsdk.returns.DisclosureControl;
import org.mspsdk.returns.ExportOptions;
import org.mspsdk.returns.PublishedRow;
import org.mspsdk.returns.SacCell;
import org.mspsdk.returns.SacReturn;
import org.mspsdk.vocabulary.SacTable;
import org.mspsdk.vocabulary.TableShape;

/**
 * CSV writers for a {@link SacReturn}. The caller's {@link Writer} is flushed but never closed. Every cell that can
 * hold data from a record or an option (the council columns, the cell labels, group keys, record ids) and every
 * header name is written through the spreadsheet formula guard: a value starting with {@code = + - @}, a tab or a
 * carriage return gets a leading apostrophe, so a spreadsheet shows it as text.
 *
 * <pre>{@code
 * try (Writer out = Files.newBufferedWriter(Path.of("sac-2025-26.csv"))) {
 *     SacCsv.writePublished(sacReturn, council, ExportOptions.defaults(), out);
 * }
 * }</pre>
 */
public final class SacCsv {

    private SacCsv() {
    }

    /**
     * Writes every cell in the published SAC layout ({@link PublishedRow#COLUMNS}), with a header row.
     *
     * @param sac     the return
     * @param council the council's geography columns
     * @param options export options (disclosure control)
     * @param out     where to write
     */
    public static void writePublished(SacReturn sac, CouncilMetadata council, ExportOptions options, Writer out) {
        List<PublishedRow> rows = sac.publishedRows(council, options);
        try (CsvTableWriter csv = CsvTableWriter.open(CsvLayouts.SAC_PUBLISHED, out, false)) {
            for (PublishedRow row : rows) {
                csv.row(row.values());
            }
        }
    }

    /**
     * Writes one table as a plain grid, as its {@link SacTable#shape() shape} says. A cross-tabulation (SG2a,
     * SG2b): one row per enquiry type and row key (type or location), one column per column key (source of
     * risk). The other tables: one row per CATEGORY and SUBCATEGORY, one column per ENQUIRY_TYPE present in the
     * table.
     *
     * @param sac     the return
     * @param table   the table
     * @param options export options (disclosure control)
     * @param out     where to write
     */
    public static void writeTable(SacReturn sac, SacTable table, ExportOptions options, Writer out) {
        List<SacCell> all = sac.cells();
        List<String> shown = shownValues(all, options);
        Map<List<String>, Map<String, String>> grid = new LinkedHashMap<>();
        Set<String> columns = new LinkedHashSet<>();
        boolean crossTab = table.shape().kind() == TableShape.Kind.CROSS_TAB;
        for (int i = 0; i < all.size(); i++) {
            SacCell c = all.get(i);
            if (c.table() != table) {
                continue;
            }
            List<String> rowKey = crossTab ? List.of(c.enquiryType(), c.category()) : List.of(c.category(), c.subcategory());
            String column = crossTab ? c.subcategory() : c.enquiryType();
            columns.add(column);
            grid.computeIfAbsent(rowKey, k -> new LinkedHashMap<>()).put(column, shown.get(i));
        }
        try (CsvTableWriter csv = CsvTableWriter.open(CsvLayouts.sacTable(table), List.copyOf(columns), out, false)) {
            grid.forEach((key, values) -> {
                List<String> row = new ArrayList<>(key);
                for (String col : columns) {
                    row.add(values.getOrDefault(col, ""));
                }
                csv.row(row);
            });
        }
    }

    /**
     * Writes a board breakdown: one row per group, one column per {@link BoardMeasure} code.
     *
     * @param breakdown the breakdown
     * @param options   export options (with disclosure control each count is suppressed or rounded)
     * @param out       where to write
     */
    public static void writeBreakdown(BoardBreakdown breakdown, ExportOptions options, Writer out) {
        try (CsvTableWriter csv = CsvTableWriter.open(CsvLayouts.SAC_BREAKDOWN, out, false)) {
            breakdown.groups().forEach((key, counts) -> {
                List<String> row = new ArrayList<>();
                row.add(key);
                for (BoardMeasure m : BoardMeasure.values()) {
                    row.add(count(counts.get(m), options));
                }
                csv.row(row);
            });
        }
    }

    /**
     * Writes the data-quality report: one row per issue, with the sampled record ids separated by spaces. It holds
     * record ids: it is for the council's own data-quality work, not for publication.
     *
     * @param report the report
     * @param out    where to write
     */
    public static void writeDataQuality(DataQualityReport report, Writer out) {
        try (CsvTableWriter csv = CsvTableWriter.open(CsvLayouts.SAC_DATA_QUALITY, out, false)) {
            for (DataQualityReport.Entry e : report.entries()) {
                csv.row(List.of(e.issue().code(), e.issue().affects(), e.issue().description(),
                        Long.toString(e.count()), String.join(" ", e.sampleIds())));
            }
        }
    }

    static String count(long value, ExportOptions options) {
        return options.disclosureControl() ? DisclosureControl.cell(value) : Long.toString(value);
    }

    private static List<String> shownValues(List<SacCell> cells, ExportOptions options) {
        return options.disclosureControl() ? DisclosureControl.apply(cells)
                : cells.stream().map(c -> Long.toString(c.value())).toList();
    }
}
