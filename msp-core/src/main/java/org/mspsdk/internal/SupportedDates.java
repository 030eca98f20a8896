package org.mspsdk.internal;

import java.time.LocalDate;

/**
 * The dates of a safeguarding journey the SDK can handle: from 1 April 1900 to 31 March 9999, the first and last
 * days of the SAC reporting years 1900-01 to 9998-99 ({@code org.mspsdk.returns.ReportingYear} takes four-digit
 * start years 1900 to 9998). Every date the de-identifier or a return turns into a reporting year must be in this
 * range; validation rule MSP-DAT-005 reports one that is not, and the de-identifier refuses it with the same rule
 * id. A date of birth is not a journey date: only its age at a reference date inside the range is computed.
 * Not part of the public API.
 */
public final class SupportedDates {

    /** The first supported date: 1 April 1900, the first day of reporting year 1900-01. */
    public static final LocalDate FIRST = LocalDate.of(1900, 4, 1);
    /** The last supported date: 31 March 9999, the last day of reporting year 9998-99. */
    public static final LocalDate LAST = LocalDate.of(9999, 3, 31);
    /** The range as the rule catalogue and the messages write it. */
    public static final String RANGE = FIRST + " to " + LAST;

    private SupportedDates() {
    }

    /**
     * @param date a date (not null)
     * @return true when it is on or after {@link #FIRST} and on or before {@link #LAST}
     */
    public static boolean contains(LocalDate date) {
        return !date.isBefore(FIRST) && !date.isAfter(LAST);
    }
}
