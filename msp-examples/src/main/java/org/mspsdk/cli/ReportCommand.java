package org.mspsdk.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.mspsdk.report.BoardReport;
import org.mspsdk.report.ReportData;
import org.mspsdk.report.ReportSettings;
import org.mspsdk.report.ReportTally;
import org.mspsdk.returns.Grouping;
import org.mspsdk.returns.ReportingYear;
import org.mspsdk.returns.SacSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code msp report}: the board report, one self-contained HTML page (inline CSS and SVG, no script, nothing
 * loaded from elsewhere, printable on A4) with the MSP measures of a reporting year, trends across years and
 * quarters, and the board breakdowns; disclosure control is on unless {@code --no-disclosure-control}.
 */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = "Write the board report: one self-contained HTML page of MSP measures, trends and breakdowns.")
final class ReportCommand implements Callable<Integer> {

    @Mixin
    InputOptions input;

    @Mixin
    YearOption year;

    @Option(names = "--years", paramLabel = "FIRST-LAST", converter = YearsConverter.class,
            description = "Show trends across these reporting years, for example 2023-2025 (2023-24 to 2025-26); "
                    + "the last is the report's year unless --year says otherwise. At most "
                    + ReportSettings.MAX_YEARS + " years.")
    YearRange years;

    @Option(names = "--by", split = ",", paramLabel = "organisation,raised-by,risk-type,quarter",
            converter = MeasuresCommand.ByConverter.class, defaultValue = "organisation,risk-type,quarter",
            description = "Board breakdowns to show (default ${DEFAULT-VALUE}); quarter gives the quarter-by-quarter "
                    + "section.")
    List<MeasuresCommand.By> by;

    @Option(names = "--no-disclosure-control", description = "Show exact figures, for an internal audience only "
            + "(by default counts of 0-4 are shown as [c], others rounded to the nearest 5; the rule is on the page).")
    boolean noDisclosureControl;

    @Option(names = "--title", paramLabel = "TEXT", description = "The page title (default: Making Safeguarding "
            + "Personal: board report YYYY-YY).")
    String title;

    @Option(names = "--out", paramLabel = "FILE", description = "Write the page to this file (it appears complete "
            + "or not at all); without it, the page goes to standard output.")
    Path out;

    @ParentCommand
    Msp root;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        ReportSettings settings = settings();
        ReportTally tally = settings.newTally();
        RecordInput.Totals read = new RecordInput(input.codec(), root.stdin, err, root.progress())
                .readAll(input.files, input.format, (file, line, record) -> tally.add(record));
        if (read.unusable()) {
            if (out != null) {
                err.printf("msp: nothing written to %s: an input was unusable%n", TerminalText.escape(out.toString()));
            }
            return Msp.UNUSABLE;
        }
        ReportData data = tally.result();
        String page = BoardReport.html(data);
        if (out == null) {
            spec.commandLine().getOut().flush();
            OutputStream stdout = root.stdout;
            stdout.write(page.getBytes(StandardCharsets.UTF_8));
            stdout.flush();
        } else {
            try (AtomicOutput files = AtomicOutput.forFile(out)) {
                try (Writer w = files.writer(out.getFileName().toString())) {
                    w.write(page);
                }
                files.commit();
            }
            err.printf("msp: wrote the board report for %s (%s read; disclosure control %s) to %s%n",
                    settings.year().label(), Plural.count(data.current().recordsRead(), "record"),
                    settings.disclosureControl() ? "on" : "off", TerminalText.escape(out.toString()));
        }
        if (read.badLines() > 0) {
            err.printf("msp: %s could not be read or processed and %s not counted%n",
                    Plural.count(read.badLines(), "document"), read.badLines() == 1 ? "was" : "were");
            return Msp.FINDINGS;
        }
        return Msp.OK;
    }

    private ReportSettings settings() {
        ReportingYear reportYear = year.year != null ? year.year()
                : years != null ? ReportingYear.of(years.last()) : year.year();
        ReportingYear first = reportYear;
        if (years != null) {
            if (reportYear.startYear() < years.first() || reportYear.startYear() > years.last()) {
                throw new ParameterException(spec.commandLine(), "--year " + reportYear.label() + " is outside --years "
                        + years.first() + "-" + years.last() + "; expected the report's year to be one of the years "
                        + "shown");
            }
            first = ReportingYear.of(years.first());
        }
        List<Grouping> groupings = new ArrayList<>();
        for (MeasuresCommand.By b : by) {
            groupings.add(MeasuresCommand.grouping(b));
        }
        SacSettings sac = SacSettings.of(reportYear).withGroupings(groupings.toArray(Grouping[]::new));
        ReportSettings settings = ReportSettings.of(sac).withTrendFrom(first)
                .withDisclosureControl(!noDisclosureControl);
        if (title != null) {
            if (title.isBlank()) {
                throw new ParameterException(spec.commandLine(), "--title must not be blank");
            }
            settings = settings.withTitle(title);
        }
        return settings;
    }

    /** The first and last start years of a range of reporting years. */
    record YearRange(int first, int last) {
    }

    /** Reads {@code 2023-2025}: the first and last start years of a range of reporting years. */
    static final class YearsConverter implements ITypeConverter<YearRange> {
        @Override
        public YearRange convert(String value) {
            String[] parts = value.split("-", -1);
            int first;
            int last;
            try {
                if (parts.length != 2 || parts[0].length() != 4 || parts[1].length() != 4) {
                    throw new NumberFormatException();
                }
                first = Integer.parseInt(parts[0]);
                last = Integer.parseInt(parts[1]);
            } catch (NumberFormatException e) {
                throw new TypeConversionException("'" + TerminalText.escape(value) + "' is not valid; expected the "
                        + "first and last years as FIRST-LAST, for example 2023-2025");
            }
            if (first > last) {
                throw new TypeConversionException("'" + TerminalText.escape(value) + "' is not valid; the first year "
                        + "must not be after the last, as in 2023-2025");
            }
            if (last - first + 1 > ReportSettings.MAX_YEARS) {
                throw new TypeConversionException("'" + TerminalText.escape(value) + "' is not valid; a report covers "
                        + "at most " + ReportSettings.MAX_YEARS + " years");
            }
            if (first < 1900 || last > 9998) {
                throw new TypeConversionException("'" + TerminalText.escape(value) + "' is not valid; expected "
                        + "four-digit years between 1900 and 9998");
            }
            return new YearRange(first, last);
        }
    }
}
