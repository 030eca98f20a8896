package org.mspsdk.report;

import java.util.List;

/**
 * One figure on the page: the text shown, the value a chart draws (the shown value, so a chart never reveals
 * what disclosure control hides), and where it comes from, as data attributes for tests and for anyone tracing
 * a figure back to {@code msp measures} or {@code msp sac} output.
 *
 * @param text       the text shown, for example {@code 1,447}, {@code 49.9%}, {@code [c]}
 * @param value      what a chart draws: the shown count or percentage, 0 when suppressed or not available
 * @param shownValue whether {@code value} is a shown number (false for {@code [c]} and {@code [x]})
 * @param attributes data attributes (name, value pairs) naming the figure's sources
 */
record Figure(String text, double value, boolean shownValue, List<String> attributes) {

    /** An empty table cell: nothing to show there. */
    static final Figure BLANK = new Figure("", 0, false, List.of());

    Figure {
        attributes = List.copyOf(attributes);
    }

    /** @return the attributes as an array, for {@link Html#open} */
    String[] attributeArray() {
        return attributes.toArray(String[]::new);
    }

    /** @return the attributes with one more pair */
    String[] attributeArray(String name, String value) {
        String[] a = attributes.toArray(new String[attributes.size() + 2]);
        a[a.length - 2] = name;
        a[a.length - 1] = value;
        return a;
    }
}
