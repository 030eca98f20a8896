package org.mspsdk.research;

import java.time.LocalDate;
import java.time.YearMonth;

/** Reporting-year and period arithmetic (1 April to 31 March). */
final class ReportingYears {

    private ReportingYears() {
    }

    /** @return the first calendar year of the reporting year containing the date */
    static int startYear(LocalDate date) {
        return date.getMonthValue() >= 4 ? date.getYear() : date.getYear() - 1;
    }

    /** @return the reporting year containing the date, for example {@code 2025-26} */
    static String of(LocalDate date) {
        int start = startYear(date);
        return start + "-" + String.format("%02d", (start + 1) % 100);
    }

    /** @return the last day (31 March) of the reporting year containing the date */
    static LocalDate lastDay(LocalDate date) {
        return LocalDate.of(startYear(date) + 1, 3, 31);
    }

    /** @return the period of the date at the granularity */
    static String period(LocalDate date, DateGranularity granularity) {
        return granularity == DateGranularity.MONTH ? YearMonth.from(date).toString() : of(date);
    }
}
