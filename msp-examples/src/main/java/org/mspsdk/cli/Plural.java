package org.mspsdk.cli;

import java.util.Locale;

/** Counts with their noun in the right number: "1 record", "3,000 records", "0 errors". */
final class Plural {

    private Plural() {
    }

    /**
     * @param n        the count
     * @param singular the noun for one; the plural adds "s"
     * @return the count with thousands separators and the noun
     */
    static String count(long n, String singular) {
        return count(n, singular, singular + "s");
    }

    /**
     * @param n        the count
     * @param singular the noun for one
     * @param plural   the noun for any other number
     * @return the count with thousands separators and the noun
     */
    static String count(long n, String singular, String plural) {
        return String.format(Locale.ROOT, "%,d %s", n, n == 1 ? singular : plural);
    }
}
