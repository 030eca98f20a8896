package org.mspsdk.returns;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.mspsdk.vocabulary.SacTable;

/**
 * Publication disclosure control, as an export step only (never in storage or in the submitted return), exactly
 * as NHS England's publication code does it (NHSDigital/ASC-Safeguarding-Adults, {@code publication_outputs/}):
 * <ul>
 *   <li><b>The published CSV</b> ({@link ExportOptions#disclosureControl()}): every count of 0 to 4, zero
 *       included, is {@value #SUPPRESSED}; other counts are rounded to the nearest 5 (7 becomes 5, 8 becomes 10;
 *       a whole number is never exactly half-way); a missing figure is {@value #NOT_AVAILABLE}. No other rule:
 *       a block of zeros is a block of {@value #SUPPRESSED}.</li>
 *   <li><b>The Excel data tables' SG4a rule</b> ({@link ExportOptions#excelSg4aRule()}): SG4a's "asked" block
 *       and its "achieved" block are each shown as {@value #NOT_AVAILABLE} throughout when all their exact cells
 *       are zero. No other table has this rule.</li>
 *   <li><b>The Power BI files</b> ({@link #powerBi(long)}): counts under 5 become 0, then everything is rounded
 *       to the nearest 5; no markers.</li>
 * </ul>
 * Percentages are computed from the unrounded figures and shown as whole numbers.
 *
 * <pre>{@code
 * DisclosureControl.cell(4);      // "[c]"
 * DisclosureControl.cell(8);      // "10"
 * DisclosureControl.powerBi(4);   // 0
 * }</pre>
 */
public final class DisclosureControl {

    /** Shown for a suppressed small count. */
    public static final String SUPPRESSED = "[c]";
    /** Shown for a missing figure (and, under the Excel SG4a rule, for every cell of an all-zero SG4a block). */
    public static final String NOT_AVAILABLE = "[x]";

    private DisclosureControl() {
    }

    /**
     * @param value an exact count
     * @return {@value #SUPPRESSED} for 0-4, else the count rounded to the nearest 5
     */
    public static String cell(long value) {
        if (value < 0) {
            throw new IllegalArgumentException("a count cannot be negative");
        }
        if (value < 5) {
            return SUPPRESSED;
        }
        return Long.toString(round5(value));
    }

    /**
     * The Power BI files' rounding: counts under 5 become 0, others are rounded to the nearest 5.
     *
     * @param value an exact count
     * @return the rounded count
     */
    public static long powerBi(long value) {
        if (value < 0) {
            throw new IllegalArgumentException("a count cannot be negative");
        }
        return value < 5 ? 0 : round5(value);
    }

    /** The publication's {@code my_round5}: the nearer multiple of 5 (a whole number is never half-way). */
    private static long round5(long value) {
        long lower = value / 5 * 5;
        return value - lower < lower + 5 - value ? lower : lower + 5;
    }

    /**
     * The published CSV's rule for one cell.
     *
     * @param cell an exact cell
     * @return {@value #NOT_AVAILABLE} when missing, else {@link #cell(long)}
     */
    public static String cell(SacCell cell) {
        return cell.missing() ? NOT_AVAILABLE : cell(cell.value());
    }

    /**
     * The published CSV's disclosure control applied to the cells of a return, cell by cell.
     *
     * @param cells exact cells
     * @return the shown values, in the same order
     */
    public static List<String> apply(List<SacCell> cells) {
        return apply(cells, ExportOptions.defaults().withDisclosureControl(true));
    }

    /**
     * The values shown for the cells of a return under the export options: exact figures (a missing one empty),
     * or the published CSV's disclosure control, and with or without the Excel SG4a rule.
     *
     * @param cells   exact cells
     * @param options the export options
     * @return the shown values, in the same order
     */
    public static List<String> apply(List<SacCell> cells, ExportOptions options) {
        Map<String, Boolean> sg4aBlockHasNonZero = new HashMap<>();
        if (options.excelSg4aRule()) {
            for (SacCell c : cells) {
                if (c.table() == SacTable.SG4A) {
                    sg4aBlockHasNonZero.merge(c.blockKey(), c.missing() || c.value() != 0, Boolean::logicalOr);
                }
            }
        }
        List<String> out = new ArrayList<>(cells.size());
        for (SacCell c : cells) {
            if (Boolean.FALSE.equals(sg4aBlockHasNonZero.get(c.blockKey()))) {
                out.add(NOT_AVAILABLE);
            } else if (options.disclosureControl()) {
                out.add(cell(c));
            } else {
                out.add(c.missing() ? "" : Long.toString(c.value()));
            }
        }
        return out;
    }

    /**
     * A percentage computed from unrounded figures, shown as a whole number.
     *
     * @param percent a percentage from exact counts (empty when the denominator was zero)
     * @return the whole-number percentage, or {@value #NOT_AVAILABLE} when empty
     */
    public static String percent(OptionalDouble percent) {
        return percent.isPresent() ? Long.toString(Math.round(percent.getAsDouble())) : NOT_AVAILABLE;
    }
}
