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
import org.mspsdk.returns.ReturnCheck;
import org.mspsdk.vocabulary.Population;
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
            issues(csv, report, ExportOptions.defaults());
        }
    }

    /**
     * Writes the whole data-quality output of a return: one row per issue (with sampled record ids), one row per
     * rule for the records left out because they break an ERROR rule ({@code ISSUE} {@code not-counted}, the rule
     * id in {@code AFFECTS}), then one row per consistency check of the return ({@code ISSUE} the rule id,
     * {@code COUNT} 1 when it failed, 0 when it passed). With disclosure control, meant for publication: counts
     * are suppressed or rounded, record ids and the exact figures of the checks are left out; the rows are the
     * same.
     *
     * @param sac     the return
     * @param options export options
     * @param out     where to write
     */
    public static void writeDataQuality(SacReturn sac, ExportOptions options, Writer out) {
        try (CsvTableWriter csv = CsvTableWriter.open(CsvLayouts.SAC_DATA_QUALITY, out, false)) {
            issues(csv, sac.dataQuality(), options);
            for (ReturnCheck check : sac.checks()) {
                csv.row(List.of(check.rule().id(), check.tables().stream().map(SacTable::reference)
                        .collect(java.util.stream.Collectors.joining("/")), check.message(!options.disclosureControl()),
                        check.passed() ? "0" : "1", ""));
            }
        }
    }

    private static void issues(CsvTableWriter csv, DataQualityReport report, ExportOptions options) {
        boolean dc = options.disclosureControl();
        for (DataQualityReport.Entry e : report.entries()) {
            csv.row(List.of(e.issue().code(), e.issue().affects(), e.issue().description(), count(e.count(), options),
                    dc ? "" : String.join(" ", e.sampleIds())));
        }
        for (DataQualityReport.Exclusion x : report.exclusions()) {
            csv.row(List.of("not-counted", x.ruleId(), "breaks ERROR rule " + x.ruleId() + " of the SAC profile: left"
                    + " out of every table", count(x.count(), options), dc ? "" : String.join(" ", x.sampleIds())));
        }
    }

    /**
     * Writes the Power BI long layout of NHS England's publication ({@code FY Key, Year, CASSR Code, Measure,
     * Value}): the SG1f totals, total enquiries, the conversion rate (enquiries per 100 concerns) and the share
     * of section 42 enquiries, with the Power BI rounding (counts under 5 as 0, the rest to the nearest 5;
     * percentages from unrounded counts, whole numbers, half to even as the publication's {@code round(0)}). The
     * CASSR code is the council's LA_CODE, or {@value #ENGLAND_CASSR_CODE} when its GEOGRAPHY is England. The
     * rates per 100,000 adults need population figures and the SG2a type totals need counts per enquiry that the
     * return does not hold: those measures are left out.
     *
     * @param sac     the return
     * @param council the council's columns
     * @param fyKey   the year's key in NHS England's warehouse (empty when unknown)
     * @param out     where to write
     */
    public static void writePowerBi(SacReturn sac, CouncilMetadata council, String fyKey, Writer out) {
        String code = "England".equalsIgnoreCase(council.geography()) ? ENGLAND_CASSR_CODE : council.laCode();
        long concerns = sac.total(Population.SAFEGUARDING_CONCERNS);
        long s42 = sac.total(Population.S42_ENQUIRIES);
        long other = sac.total(Population.OTHER_ENQUIRIES);
        long enquiries = s42 + other;
        Map<String, String> measures = new LinkedHashMap<>();
        measures.put("Total Number of Safeguarding Concerns", Long.toString(DisclosureControl.powerBi(concerns)));
        measures.put("Total Number of Section 42 Safeguarding Enquiries", Long.toString(DisclosureControl.powerBi(s42)));
        measures.put("Total Number of Other Safeguarding Enquiries", Long.toString(DisclosureControl.powerBi(other)));
        measures.put("Total Enquiries", Long.toString(DisclosureControl.powerBi(enquiries)));
        measures.put("Conversion Rate", wholePercent(enquiries, concerns));
        measures.put("Proportion S42", wholePercent(s42, enquiries));
        try (CsvTableWriter csv = CsvTableWriter.open(CsvLayouts.SAC_POWER_BI, out, false)) {
            measures.forEach((measure, value) -> csv.row(List.of(fyKey, sac.year().label(), code, measure, value)));
        }
    }

    /** The CASSR code the publication's Power BI files give England. */
    public static final String ENGLAND_CASSR_CODE = "1010";

    private static String wholePercent(long part, long whole) {
        return whole == 0 ? "" : Long.toString((long) Math.rint(100.0 * part / whole));
    }

    static String count(long value, ExportOptions options) {
        return options.disclosureControl() ? DisclosureControl.cell(value) : Long.toString(value);
    }

    private static List<String> shownValues(List<SacCell> cells, ExportOptions options) {
        return DisclosureControl.apply(cells, options);
    }
}
