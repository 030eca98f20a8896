package org.mspsdk.returns;

import java.time.LocalDate;
import java.time.Month;
import java.util.Objects;
import org.mspsdk.MspException;

/**
 * A SAC reporting year: 1 April to 31 March. {@code ReportingYear.of(2025)} is 1 April 2025 to 31 March 2026,
 * labelled {@code 2025-26}.
 *
 * <pre>{@code
 * ReportingYear year = ReportingYear.of(2025);
 * year.label();                               // "2025-26"
 * year.contains(LocalDate.of(2026, 3, 31));   // true
 * year.contains(LocalDate.of(2026, 4, 1));    // false
 * year.quarterOf(LocalDate.of(2025, 7, 1));   // 2 (Q1 = April to June)
 * }</pre>
 *
 * @param startYear the calendar year in which the reporting year starts (on 1 April)
 */
public record ReportingYear(int startYear) implements Comparable<ReportingYear> {

    /** Checks the year is a plausible four-digit year. */
    public ReportingYear {
        if (startYear < 1900 || startYear > 9998) {
            throw new MspException(MspException.Kind.INVALID_VALUE,
                    "reportingYear.startYear must be a four-digit year between 1900 and 9998");
        }
    }

    /**
     * @param startYear the calendar year in which the reporting year starts
     * @return the reporting year from 1 April of {@code startYear} to 31 March of the next year
     */
    public static ReportingYear of(int startYear) {
        return new ReportingYear(startYear);
    }

    /**
     * @param date a date
     * @return the reporting year that contains it
     */
    public static ReportingYear containing(LocalDate date) {
        Objects.requireNonNull(date, "date");
        return new ReportingYear(date.getMonthValue() >= Month.APRIL.getValue() ? date.getYear() : date.getYear() - 1);
    }

    /** @return 1 April of the start year */
    public LocalDate firstDay() {
        return LocalDate.of(startYear, Month.APRIL, 1);
    }

    /** @return 31 March of the following year */
    public LocalDate lastDay() {
        return LocalDate.of(startYear + 1, Month.MARCH, 31);
    }

    /** @return the label, for example {@code 2025-26} */
    public String label() {
        return startYear + "-" + String.format(java.util.Locale.ROOT, "%02d", (startYear + 1) % 100);
    }

    /**
     * @param date a date (null is never contained)
     * @return true when the date is on or after 1 April and on or before 31 March
     */
    public boolean contains(LocalDate date) {
        return date != null && !date.isBefore(firstDay()) && !date.isAfter(lastDay());
    }

    /**
     * @param date a date inside this year
     * @return the quarter, 1 (April to June) to 4 (January to March)
     * @throws MspException of kind {@code INVALID_VALUE} when the date is outside the year
     */
    public int quarterOf(LocalDate date) {
        if (!contains(date)) {
            throw new MspException(MspException.Kind.INVALID_VALUE,
                    "date is outside reporting year " + label() + " (expected 1 April to 31 March)");
        }
        int monthsSinceApril = (date.getMonthValue() - Month.APRIL.getValue() + 12) % 12;
        return monthsSinceApril / 3 + 1;
    }

    /**
     * @param date a date inside this year
     * @return the quarter label, for example {@code 2025-26 Q2}
     */
    public String quarterLabel(LocalDate date) {
        return label() + " Q" + quarterOf(date);
    }

    @Override
    public int compareTo(ReportingYear other) {
        return Integer.compare(startYear, other.startYear);
    }

    @Override
    public String toString() {
        return label();
    }
}
