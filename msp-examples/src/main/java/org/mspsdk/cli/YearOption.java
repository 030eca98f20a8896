package org.mspsdk.cli;

import java.time.LocalDate;
import org.mspsdk.returns.ReportingYear;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/** {@code --year}: a reporting year, 1 April to 31 March, written {@code 2025} or {@code 2025-26}. */
final class YearOption {

    @Option(names = "--year", paramLabel = "YYYY[-YY]", converter = Converter.class,
            description = "Reporting year (1 April to 31 March), e.g. 2025 or 2025-26 (default: the last complete "
                    + "year).")
    ReportingYear year;

    ReportingYear year() {
        return year != null ? year : ReportingYear.containing(LocalDate.now().minusYears(1));
    }

    /** Parses {@code 2025} or {@code 2025-26}. */
    static final class Converter implements ITypeConverter<ReportingYear> {
        @Override
        public ReportingYear convert(String value) {
            String[] parts = value.split("-", 2);
            try {
                int start = Integer.parseInt(parts[0]);
                if (parts.length == 2 && Integer.parseInt(parts[1]) != (start + 1) % 100) {
                    throw new TypeConversionException("'" + TerminalText.escape(value) + "' is not valid; the second "
                            + "year must follow the first, as in 2025-26");
                }
                return ReportingYear.of(start);
            } catch (NumberFormatException e) {
                throw new TypeConversionException("'" + TerminalText.escape(value) + "' is not valid; expected a "
                        + "year such as 2025 or 2025-26");
            }
        }
    }
}
