package org.mspsdk.returns.io;

import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.mspsdk.MspException;
import org.mspsdk.json.internal.SafeText;
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
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.SequenceWriter;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvSchema;

/**
 * CSV writers for a {@link SacReturn}. The caller's {@link Writer} is flushed but never closed.
 *
 * <pre>{@code
 * try (Writer out = Files.newBufferedWriter(Path.of("sac-2025-26.csv"))) {
 *     SacCsv.writePublished(sacReturn, council, ExportOptions.defaults(), out);
 * }
 * }</pre>
 */
public final class SacCsv {

    private static final CsvMapper MAPPER = CsvMapper.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();

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
        List<List<String>> rows = new ArrayList<>();
        for (PublishedRow row : sac.publishedRows(council, options)) {
            rows.add(row.values());
        }
        write(PublishedRow.COLUMNS, rows, out);
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
        List<String> header = new ArrayList<>(crossTab ? List.of("ENQUIRY_TYPE", table.title().toUpperCase(
                java.util.Locale.ROOT).replace(' ', '_')) : List.of("CATEGORY", "SUBCATEGORY"));
        header.addAll(columns);
        List<List<String>> rows = new ArrayList<>();
        grid.forEach((key, values) -> {
            List<String> row = new ArrayList<>(key);
            for (String col : columns) {
                row.add(values.getOrDefault(col, ""));
            }
            rows.add(row);
        });
        write(header, rows, out);
    }

    /**
     * Writes a board breakdown: one row per group, one column per {@link BoardMeasure} code.
     *
     * @param breakdown the breakdown
     * @param options   export options (with disclosure control each count is suppressed or rounded)
     * @param out       where to write
     */
    public static void writeBreakdown(BoardBreakdown breakdown, ExportOptions options, Writer out) {
        List<String> header = new ArrayList<>();
        header.add("GROUP");
        for (BoardMeasure m : BoardMeasure.values()) {
            header.add(m.code());
        }
        List<List<String>> rows = new ArrayList<>();
        breakdown.groups().forEach((key, counts) -> {
            List<String> row = new ArrayList<>();
            row.add(SafeText.spreadsheetCell(key));
            for (BoardMeasure m : BoardMeasure.values()) {
                row.add(count(counts.get(m), options));
            }
            rows.add(row);
        });
        write(header, rows, out);
    }

    /**
     * Writes the data-quality report: one row per issue, with the sampled record ids separated by spaces. It holds
     * record ids: it is for the council's own data-quality work, not for publication.
     *
     * @param report the report
     * @param out    where to write
     */
    public static void writeDataQuality(DataQualityReport report, Writer out) {
        List<List<String>> rows = new ArrayList<>();
        for (DataQualityReport.Entry e : report.entries()) {
            rows.add(List.of(e.issue().code(), e.issue().affects(), e.issue().description(), Long.toString(e.count()),
                    String.join(" ", e.sampleIds().stream().map(SafeText::spreadsheetCell).toList())));
        }
        write(List.of("ISSUE", "AFFECTS", "DESCRIPTION", "COUNT", "SAMPLE_RECORD_IDS"), rows, out);
    }

    static String count(long value, ExportOptions options) {
        return options.disclosureControl() ? DisclosureControl.cell(value) : Long.toString(value);
    }

    private static List<String> shownValues(List<SacCell> cells, ExportOptions options) {
        return options.disclosureControl() ? DisclosureControl.apply(cells)
                : cells.stream().map(c -> Long.toString(c.value())).toList();
    }

    private static void write(List<String> header, List<List<String>> rows, Writer out) {
        Objects.requireNonNull(out, "out");
        CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true);
        header.forEach(schema::addColumn);
        try (SequenceWriter seq = MAPPER.writer(schema.build()).writeValues(out)) {
            for (List<String> row : rows) {
                seq.write(row);
            }
        } catch (JacksonException e) {
            throw new MspException(MspException.Kind.ENCODE, "could not write the SAC CSV: "
                    + e.getClass().getSimpleName(), e);
        }
        try {
            out.flush();
        } catch (java.io.IOException e) {
            throw new MspException(MspException.Kind.IO, "could not flush the SAC CSV output", e);
        }
    }
}
