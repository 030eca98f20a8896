package org.mspsdk.imports;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.poi.ss.usermodel.DateUtil;

/** Reading one cell's text as a boolean, a whole number or a date. Nothing is guessed. */
final class Cells {

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
     * Reads a workbook's date serial number (a numeric cell) with POI's own conversion.
     *
     * @param serial   the cell's number as text
     * @param date1904 whether the workbook uses the 1904 date system (day 0 is 1 January 1904)
     * @return the date, or empty when it is not a plausible Excel date
     */
    static Optional<LocalDate> excelDate(String serial, boolean date1904) {
        try {
            double d = Double.parseDouble(serial.trim());
            if (!DateUtil.isValidExcelDate(d) || d < 1 || d > 2_958_465) {
                return Optional.empty();
            }
            return Optional.of(DateUtil.getLocalDateTime(d, date1904).toLocalDate());
        } catch (NumberFormatException | DateTimeException e) {
            return Optional.empty();
        }
    }
}
