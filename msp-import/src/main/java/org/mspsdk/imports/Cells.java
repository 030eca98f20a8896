package org.mspsdk.imports;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Reading one cell's text as a boolean, a whole number or a date. Nothing is guessed. */
final class Cells {

    // serial 1 of the 1900 system is 1 January 1900; serial 0 of the 1904 system is 1 January 1904
    private static final LocalDate EPOCH_1900 = LocalDate.of(1899, 12, 31);
    private static final LocalDate EPOCH_1904 = LocalDate.of(1904, 1, 1);
    // 31 December 9999 in the 1900 system, the last date Excel shows
    private static final double MAX_SERIAL = 2_958_465;


    private Cells() {
    }

    /** @return true for true/yes, false for false/no (any case); anything else is not a boolean */
    static Optional<Boolean> parseBoolean(String s) {
        return switch (s.trim().toLowerCase(Locale.ROOT)) {
            case "true", "yes" -> Optional.of(Boolean.TRUE);
            case "false", "no" -> Optional.of(Boolean.FALSE);
            default -> Optional.empty();
        };
    }

    static Optional<Integer> parseInteger(String s) {
        String t = s.trim();
        if (t.isEmpty() || t.length() > 9 || !t.chars().allMatch(Character::isDigit)) {
            return Optional.empty();
        }
        return Optional.of(Integer.parseInt(t));
    }

    static Optional<LocalDate> parseDate(String s, List<DateTimeFormatter> formats) {
        String t = s.trim();
        for (DateTimeFormatter f : formats) {
            try {
                return Optional.of(LocalDate.parse(t, f));
            } catch (DateTimeParseException e) {
                // try the next format
            }
        }
        return Optional.empty();
    }

    /**
     * Reads a workbook's date serial number (a numeric cell). In the 1900 system day 1 is 1 January 1900 and,
     * as in Excel, serial 60 is the 29 February 1900 that never was (read, like Excel's neighbours do, as 1 March);
     * in the 1904 system day 0 is 1 January 1904. A time of day (the fraction) is not part of a date and is
     * dropped.
     *
     * @param serial   the cell's number as text
     * @param date1904 whether the workbook uses the 1904 date system
     * @return the date, or empty when it is not a plausible Excel date (before day 1 of the 1900 system or day 0
     *         of the 1904 system, or after 31 December 9999)
     */
    static Optional<LocalDate> excelDate(String serial, boolean date1904) {
        try {
            double d = Double.parseDouble(serial.trim());
            if (!(d >= (date1904 ? 0 : 1) && d <= MAX_SERIAL)) {
                return Optional.empty();
            }
            long days = (long) Math.floor(d);
            if (date1904) {
                LocalDate date = EPOCH_1904.plusDays(days);
                return date.getYear() > 9999 ? Optional.empty() : Optional.of(date);
            }
            // Excel counts 1900 as a leap year: from serial 61 (1 March 1900) on, its count is one day ahead
            return Optional.of(days < 61 ? EPOCH_1900.plusDays(days) : EPOCH_1900.plusDays(days - 1));
        } catch (NumberFormatException | DateTimeException e) {
            return Optional.empty();
        }
    }
}
