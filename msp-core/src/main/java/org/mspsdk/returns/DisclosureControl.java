package org.mspsdk.returns;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * Publication disclosure control, as an export step only (never in storage or in the submitted return):
 * counts of 0 to 4 are shown as {@value #SUPPRESSED}; other counts are rounded to the nearest 5 (7 becomes 5,
 * 8 becomes 10; a whole number is never exactly half-way); a block whose cells are all zero is shown as
 * {@value #NOT_AVAILABLE} throughout. Percentages are computed from the unrounded figures and shown as whole
 * numbers.
 *
 * <pre>{@code
 * DisclosureControl.cell(4);   // "[c]"
 * DisclosureControl.cell(8);   // "10"
 * }</pre>
 */
public final class DisclosureControl {

    /** Shown for a suppressed small count. */
    public static final String SUPPRESSED = "[c]";
    /** Shown for every cell of a block whose cells are all zero. */
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
        return Long.toString(Math.round(value / 5.0) * 5);
    }

    /**
     * Applies disclosure control to the cells of a return, block by block ({@link SacCell#blockKey()}).
     *
     * @param cells exact cells
     * @return the shown values, in the same order
     */
    public static List<String> apply(List<SacCell> cells) {
        Map<String, Boolean> blockHasNonZero = new HashMap<>();
        for (SacCell c : cells) {
            blockHasNonZero.merge(c.blockKey(), c.value() != 0, Boolean::logicalOr);
        }
        List<String> out = new ArrayList<>(cells.size());
        for (SacCell c : cells) {
            out.add(blockHasNonZero.get(c.blockKey()) ? cell(c.value()) : NOT_AVAILABLE);
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
