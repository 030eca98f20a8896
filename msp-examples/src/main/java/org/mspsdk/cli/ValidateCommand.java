package org.mspsdk.cli;

import java.io.PrintWriter;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.mspsdk.json.MspDecodeException;
import org.mspsdk.validation.Finding;
import org.mspsdk.validation.Profile;
import org.mspsdk.validation.ValidationReport;
import org.mspsdk.validation.Validator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code msp validate}: checks records against the MSP rules. Findings go to standard output (one line each,
 * or JSON Lines with {@code --output json}), located by file and line and named by rule id and path; record ids
 * and free text are never printed.
 *
 * <p>One fault gives one finding and one exit code whatever the input format: a document (a {@code .json} file
 * or one line of JSON Lines) that cannot be decoded into a record is a finding with the rule id
 * {@value #DECODE_RULE}, its JSON Pointer, line and column, counted as a record checked with one error. Exit 0
 * when every record is valid, 1 when any record has an error (decode failures included), 2 when an input is
 * unusable as a whole (see {@link RecordInput}) or the command line is wrong.
 */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Validate records against the MSP rules (exit 0 valid, 1 errors, 2 unusable input).")
final class ValidateCommand implements Callable<Integer> {

    @Mixin
    InputOptions input;

    @Option(names = "--profile", defaultValue = "in-progress", paramLabel = "in-progress|sac",
            converter = ProfileConverter.class, description = "in-progress: what must hold at every save (default); sac: also what a concluded "
                    + "section 42 enquiry needs for the SAC return.")
    Profile profile;

    @Option(names = "--today", paramLabel = "YYYY-MM-DD",
            description = "The date rules about the future are checked against (default: today).")
    LocalDate today;

    /** The rule id of a document that could not be decoded into a record. */
    static final String DECODE_RULE = "MSP-DECODE";

    @Option(names = OutputFormat.OPTION, defaultValue = "text", paramLabel = "text|json",
            converter = OutputFormat.Converter.class,
            description = "Findings as text lines (default) or JSON Lines; the summary goes to standard error "
                    + "with json.")
    OutputFormat output;

    @Option(names = "--json", hidden = true, description = "Deprecated: use --output json.")
    boolean json;

    @Option(names = "--quiet", description = "Print only the summary, not each finding.")
    boolean quiet;

    @ParentCommand
    Msp root;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        OutputFormat.require(spec, output, OutputFormat.TEXT, OutputFormat.JSON);
        boolean asJson = json || output == OutputFormat.JSON;
        Validator validator = Validator.builder().profile(profile).clock(clock(today)).build();
        JsonMapper mapper = JsonMapper.builder().build();
        long[] totals = new long[5]; // records, with errors, errors, warnings, not decoded
        RecordInput.DecodeFailures failures = (file, line, e) -> {
            totals[0]++;
            totals[1]++;
            totals[2]++;
            totals[4]++;
            if (!quiet) {
                long at = e.line() > 0 ? e.line() : line;
                if (asJson) {
                    out.println(json(mapper, file, at, e.column(), DECODE_RULE, "ERROR", "", e.pointer(),
                            decodeMessage(e)));
                } else {
                    out.printf("%s:%s: ERROR %s %s: %s%n", TerminalText.escape(file), RecordInput.position(e, line),
                            DECODE_RULE, TerminalText.escape(e.pointer().isEmpty() ? "(document)" : e.pointer()),
                            TerminalText.escape(decodeMessage(e)));
                }
            }
        };
        RecordInput reader = new RecordInput(input.codec(), root.stdin, err, root.progress(), failures);
        RecordInput.Totals read = reader.readAll(input.files, input.format, (file, line, record) -> {
            ValidationReport report = validator.validate(record);
            totals[0]++;
            if (!report.isValid()) {
                totals[1]++;
            }
            totals[2] += report.errors().size();
            totals[3] += report.warnings().size();
            if (!quiet) {
                for (Finding f : report.findings()) {
                    if (asJson) {
                        out.println(json(mapper, file, line, -1, f.ruleId(), f.severity().name(), f.path(),
                                f.jsonPointer(), f.message()));
                    } else {
                        out.printf("%s:%d: %s %s %s: %s%n", TerminalText.escape(file), line, f.severity(),
                                f.ruleId(), TerminalText.escape(f.path()), TerminalText.escape(f.message()));
                    }
                }
            }
        });
        String summary = String.format(Locale.ROOT, "%s checked (%s profile): %,d with errors, %s, %s%s%s",
                Plural.count(totals[0], "record"), ProfileConverter.name(profile), totals[1],
                Plural.count(totals[2], "error"), Plural.count(totals[3], "warning"),
                totals[4] > 0 ? "; " + Plural.count(totals[4], "document") + " could not be decoded ("
                        + DECODE_RULE + ")" : "",
                read.unusable() ? "; " + Plural.count(read.unusableInputs(), "input") + " unusable, not checked" : "");
        if (asJson) {
            err.println(summary);
        } else {
            out.println(summary);
        }
        if (read.unusable()) {
            return Msp.UNUSABLE;
        }
        return totals[1] > 0 || read.badLines() > 0 ? Msp.FINDINGS : Msp.OK;
    }

    /** The problem and what was expected. */
    private static String decodeMessage(MspDecodeException e) {
        return e.problem() + (e.expected() == null || e.expected().isEmpty() ? "" : "; expected " + e.expected());
    }

    /** Reads {@code in-progress} or {@code sac}. */
    static final class ProfileConverter implements picocli.CommandLine.ITypeConverter<Profile> {
        @Override
        public Profile convert(String value) {
            switch (value.toLowerCase(Locale.ROOT)) {
                case "in-progress":
                    return Profile.IN_PROGRESS;
                case "sac":
                case "sac-complete":
                    return Profile.SAC_COMPLETE;
                default:
                    throw OutputFormat.Converter.invalid(value, java.util.List.of("in-progress", "sac"));
            }
        }

        static String name(Profile p) {
            return p == Profile.IN_PROGRESS ? "in-progress" : "sac";
        }
    }

    static Clock clock(LocalDate today) {
        ZoneId zone = ZoneId.systemDefault();
        return today == null ? Clock.system(zone) : Clock.fixed(today.atStartOfDay(zone).toInstant(), zone);
    }

    /** One finding as one line of JSON; a column of -1 (unknown) is left out. */
    private static String json(JsonMapper mapper, String file, long line, long column, String ruleId, String severity,
            String path, String pointer, String message) {
        java.io.StringWriter w = new java.io.StringWriter();
        try (JsonGenerator g = mapper.createGenerator(w)) {
            g.writeStartObject();
            g.writeStringProperty("file", file);
            g.writeNumberProperty("line", line);
            if (column > 0) {
                g.writeNumberProperty("column", column);
            }
            g.writeStringProperty("ruleId", ruleId);
            g.writeStringProperty("severity", severity);
            g.writeStringProperty("path", path);
            g.writeStringProperty("pointer", pointer);
            g.writeStringProperty("message", message);
            g.writeEndObject();
        }
        return w.toString();
    }
}
