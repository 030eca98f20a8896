package org.mspsdk.returns.xlsx;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.mspsdk.MspException;
import org.mspsdk.returns.DisclosureControl;
import org.mspsdk.returns.ExportOptions;
import org.mspsdk.returns.SacCell;
import org.mspsdk.returns.SacReturn;
import org.mspsdk.vocabulary.Population;
import org.mspsdk.vocabulary.SacTable;
import org.mspsdk.vocabulary.TableShape;

/**
 * Writes a {@link SacReturn} as an {@code .xlsx} workbook in the SAC table layout: one sheet per table, named by
 * its reference ({@code SG1a} ... {@code SG5b}), values only (no formulas, no styles), so a council can paste each
 * block into the collection's template.
 *
 * <ul>
 *   <li>A one-way table: a header row ({@code SUBCATEGORY}, then one column per population the SAC collects, for
 *       example Safeguarding Concerns, Section 42 Enquiries, Other Enquiries), then one row per label.</li>
 *   <li>SG1f: a header row ({@code SUBCATEGORY}, {@code VALUE}), then one row per total.</li>
 *   <li>A cross-tabulation (SG2a, SG2b, SG2a_b1): one block per population the SAC collects, each a title row
 *       (the population), a header row (the row list's name, then the column labels) and one row per row label,
 *       blocks separated by an empty row.</li>
 * </ul>
 * Only what the collection has is written: no {@code Concluded Other Enquiries}, no SG1a {@code Age unknown};
 * labels are the guidance wording, as the collection's template has them. An exact count is a numeric cell; a
 * missing figure an empty cell; under disclosure control (and the Excel SG4a rule, if asked) a text cell with
 * the shown value ({@code [c]}, {@code [x]}) or a numeric cell with the rounded one.
 *
 * <pre>{@code
 * try (OutputStream out = Files.newOutputStream(Path.of("sac-2025-26.xlsx"))) {
 *     SacWorkbook.write(sac, ExportOptions.defaults(), out);
 * }
 * }</pre>
 *
 * <p>The workbook is written with the JDK alone (a package-private values-only writer): Apache POI and fastexcel
 * each bring a jar without a module name, which the compiler warns about in every module reading this one, and a
 * table of counts needs neither styles nor formulas. The tests read it back with Apache POI, cell by cell. The
 * caller's stream is flushed, not closed.
 */
public final class SacWorkbook {

    private SacWorkbook() {
    }

    /**
     * @param sac     the return
     * @param options export options (disclosure control, the Excel SG4a rule)
     * @param out     where to write the workbook
     * @throws MspException of kind {@code IO} when the output fails
     */
    public static void write(SacReturn sac, ExportOptions options, OutputStream out) {
        Objects.requireNonNull(sac, "sac");
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(out, "out");
        List<SacCell> cells = sac.cells();
        List<String> shown = DisclosureControl.apply(cells, options);
        try {
            XlsxWriter book = new XlsxWriter();
            for (SacTable table : SacTable.values()) {
                XlsxWriter.Sheet sheet = book.sheet(table.reference());
                Map<Population, Map<String, Map<String, String>>> grid = grid(table, cells, shown);
                switch (table.shape().kind()) {
                    case CROSS_TAB -> crossTab(sheet, table, grid);
                    case TOTAL -> totals(sheet, grid);
                    case ONE_WAY -> oneWay(sheet, table, grid);
                }
            }
            book.write(out);
            out.flush();
        } catch (IOException e) {
            throw new MspException(MspException.Kind.IO, "cannot write the SAC workbook ("
                    + e.getClass().getSimpleName() + ")", e);
        }
    }

    /** The shown values of a table: population, then row label, then column label (or SUBCATEGORY), in order. */
    private static Map<Population, Map<String, Map<String, String>>> grid(SacTable table, List<SacCell> cells,
            List<String> shown) {
        Map<Population, Map<String, Map<String, String>>> grid = new LinkedHashMap<>();
        for (Population p : table.shape().populations()) {
            if (!p.published()) {
                continue;
            }
            List<TableShape.Labels> labels = table.shape().labels(p);
            List<java.util.Optional<TableShape.Labels>> published = table.shape().publishedLabels(p);
            Map<String, Map<String, String>> rows = new LinkedHashMap<>();
            for (int i = 0; i < labels.size(); i++) {
                if (published.get(i).isEmpty()) {
                    continue;
                }
                TableShape.Labels l = labels.get(i);
                String value = value(cells, shown, table, p, l);
                rows.computeIfAbsent(l.category(), k -> new LinkedHashMap<>()).put(l.subcategory(), value);
            }
            grid.put(p, rows);
        }
        return grid;
    }

    private static String value(List<SacCell> cells, List<String> shown, SacTable table, Population p,
            TableShape.Labels l) {
        for (int i = 0; i < cells.size(); i++) {
            SacCell c = cells.get(i);
            if (c.table() == table && c.enquiryType().equals(p.enquiryType()) && c.category().equals(l.category())
                    && c.subcategory().equals(l.subcategory())) {
                return shown.get(i);
            }
        }
        throw new MspException(MspException.Kind.INVALID_VALUE, "no cell " + table.reference() + " / "
                + p.enquiryType() + " in the return");
    }

    private static void oneWay(XlsxWriter.Sheet sheet, SacTable table, Map<Population, Map<String, Map<String, String>>> grid) {
        List<Population> populations = new ArrayList<>(grid.keySet());
        sheet.text(0, 0, "SUBCATEGORY");
        for (int c = 0; c < populations.size(); c++) {
            sheet.text(0, c + 1, populations.get(c).enquiryType());
        }
        Set<List<String>> keys = new LinkedHashSet<>();
        grid.values().forEach(rows -> rows.forEach((category, cols) -> cols.keySet()
                .forEach(sub -> keys.add(List.of(category, sub)))));
        int r = 1;
        for (List<String> key : keys) {
            sheet.text(r, 0, key.get(1));
            for (int c = 0; c < populations.size(); c++) {
                String v = grid.get(populations.get(c)).getOrDefault(key.get(0), Map.of()).get(key.get(1));
                value(sheet, r, c + 1, v);
            }
            r++;
        }
    }

    /** SG1f: one row per total (its label, then its value). */
    private static void totals(XlsxWriter.Sheet sheet, Map<Population, Map<String, Map<String, String>>> grid) {
        sheet.text(0, 0, "SUBCATEGORY");
        sheet.text(0, 1, "VALUE");
        int r = 1;
        for (Map<String, Map<String, String>> rows : grid.values()) {
            for (Map<String, String> cols : rows.values()) {
                for (Map.Entry<String, String> e : cols.entrySet()) {
                    sheet.text(r, 0, e.getKey());
                    value(sheet, r, 1, e.getValue());
                    r++;
                }
            }
        }
    }

    private static void crossTab(XlsxWriter.Sheet sheet, SacTable table, Map<Population, Map<String, Map<String, String>>> grid) {
        int r = 0;
        String rowList = table.title();
        for (Map.Entry<Population, Map<String, Map<String, String>>> block : grid.entrySet()) {
            sheet.text(r++, 0, block.getKey().enquiryType());
            sheet.text(r, 0, rowList);
            List<String> columns = new ArrayList<>(block.getValue().values().iterator().next().keySet());
            for (int c = 0; c < columns.size(); c++) {
                sheet.text(r, c + 1, columns.get(c));
            }
            r++;
            for (Map.Entry<String, Map<String, String>> line : block.getValue().entrySet()) {
                sheet.text(r, 0, line.getKey());
                for (int c = 0; c < columns.size(); c++) {
                    value(sheet, r, c + 1, line.getValue().get(columns.get(c)));
                }
                r++;
            }
            r++;
        }
    }

    /** A number as a numeric cell, a marker as text, a missing figure as an empty cell. */
    private static void value(XlsxWriter.Sheet sheet, int row, int col, String shown) {
        if (shown == null || shown.isEmpty()) {
            return;
        } else if (shown.chars().allMatch(Character::isDigit)) {
            sheet.number(row, col, Long.parseLong(shown));
        } else {
            sheet.text(row, col, shown);
        }
    }
}
