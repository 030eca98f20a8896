package org.mspsdk.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import org.mspsdk.returns.DisclosureControl;
import org.mspsdk.returns.ReportingYear;

/**
 * Turns exact counts into the figures shown on the page, in one place: UK number formatting (thousands
 * separated by commas, a percentage with one decimal place, a change with its sign) and, when asked, disclosure
 * control ({@link #RULE}). Percentages and means are always worked out from the exact counts.
 *
 * <p>Each figure carries data attributes naming its sources: {@code data-year} (the start year of the
 * reporting year), {@code data-kind} ({@code count}, {@code percent} or {@code mean}), {@code data-part} and,
 * for a percentage or mean, {@code data-whole}: sources separated by {@code ;}, each a JSON Pointer into the
 * {@code msp measures --output json} document of that year, {@code cell:TABLE|ENQUIRY_TYPE|CATEGORY|SUBCATEGORY}
 * (a cell of {@code msp sac --output json}) or {@code dq:ISSUE} (a data-quality count). A figure of several
 * sources is their sum.
 */
final class Figures {

    /** The disclosure-control rule, as stated on the page. */
    static final String RULE = "Disclosure control is applied to every figure on this page: counts from 0 to 4 "
            + "are shown as [c]; other counts are rounded to the nearest 5; percentages and averages are worked out "
            + "from the exact counts, shown as whole numbers (averages to two decimal places), and shown as [c] "
            + "when the count or the number it is out of is under 5. Charts are drawn from the figures shown.";

    /** The same rule, short, for the key. */
    static final String OFF = "Disclosure control is off: figures are exact, for an internal audience only. Do "
            + "not publish this page.";

    private final boolean disclosureControl;

    Figures(boolean disclosureControl) {
        this.disclosureControl = disclosureControl;
    }

    boolean disclosureControl() {
        return disclosureControl;
    }

    /** @return a count in UK format, for example {@code 12,345} */
    static String uk(long value) {
        return String.format(Locale.UK, "%,d", value);
    }

    /**
     * @param year    the year it belongs to
     * @param value   the exact count
     * @param sources where it comes from (summed)
     * @return the figure
     */
    Figure count(ReportingYear year, long value, String... sources) {
        List<String> a = attributes(year, "count", List.of(sources), List.of());
        if (!disclosureControl) {
            return new Figure(uk(value), value, true, a);
        }
        String shown = DisclosureControl.cell(value);
        if (shown.equals(DisclosureControl.SUPPRESSED)) {
            return new Figure(shown, 0, false, a);
        }
        long rounded = Long.parseLong(shown);
        return new Figure(uk(rounded), rounded, true, a);
    }

    /**
     * @param year   the year it belongs to
     * @param part   the exact numerator
     * @param whole  the exact denominator
     * @param parts  the numerator's sources (summed)
     * @param wholes the denominator's sources (summed)
     * @return the percentage figure
     */
    Figure percent(ReportingYear year, long part, long whole, List<String> parts, List<String> wholes) {
        List<String> a = attributes(year, "percent", parts, wholes);
        if (whole == 0) {
            return new Figure(DisclosureControl.NOT_AVAILABLE, 0, false, a);
        }
        double p = part * 100.0 / whole;
        if (!disclosureControl) {
            return new Figure(String.format(Locale.UK, "%.1f%%", p), p, true, a);
        }
        if (part < 5 || whole < 5) {
            return new Figure(DisclosureControl.SUPPRESSED, 0, false, a);
        }
        long rounded = Math.round(p);
        return new Figure(rounded + "%", rounded, true, a);
    }

    /** A percentage of one source over one source. */
    Figure percent(ReportingYear year, long part, long whole, String partSource, String wholeSource) {
        return percent(year, part, whole, List.of(partSource), List.of(wholeSource));
    }

    /**
     * @param year        the year it belongs to
     * @param mean        the exact mean, empty when there is nothing to average
     * @param count       how many values were averaged
     * @param meanSource  where the mean comes from
     * @param countSource where the count comes from
     * @return the mean, with its sign and two decimal places
     */
    Figure mean(ReportingYear year, OptionalDouble mean, long count, String meanSource, String countSource) {
        List<String> a = attributes(year, "mean", List.of(meanSource), List.of(countSource));
        if (mean.isEmpty() || count == 0) {
            return new Figure(DisclosureControl.NOT_AVAILABLE, 0, false, a);
        }
        if (disclosureControl && count < 5) {
            return new Figure(DisclosureControl.SUPPRESSED, 0, false, a);
        }
        return new Figure(signed(mean.getAsDouble()), mean.getAsDouble(), true, a);
    }

    /** @return a signed number with two decimal places and a true minus sign, for example {@code +1.03} */
    static String signed(double value) {
        return String.format(Locale.UK, "%+.2f", value).replace('-', '\u2212');
    }

    private static List<String> attributes(ReportingYear year, String kind, List<String> parts, List<String> wholes) {
        List<String> a = new ArrayList<>(List.of("data-year", Integer.toString(year.startYear()), "data-kind", kind,
                "data-part", String.join(";", parts)));
        if (!wholes.isEmpty()) {
            a.add("data-whole");
            a.add(String.join(";", wholes));
        }
        return a;
    }
}
