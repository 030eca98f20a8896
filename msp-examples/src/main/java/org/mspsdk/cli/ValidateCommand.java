package org.mspsdk.cli;

import java.io.PrintWriter;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.concurrent.Callable;
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
 * or JSON Lines with {@code --json}), located by file and line and named by rule id and path; record ids and
 * free text are never printed. Exit 0 when every record is valid, 1 when any record has an error (or a JSON
 * Lines line could not be decoded), 2 when an input is unusable.
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

    @Option(names = "--json", description = "Write findings as JSON Lines instead of text.")
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
        Validator validator = Validator.builder().profile(profile).clock(clock(today)).build();
        JsonMapper mapper = JsonMapper.builder().build();
        long[] totals = new long[4]; // records, with errors, errors, warnings
        RecordInput reader = new RecordInput(input.codec(), root.stdin, err, Progress.forTerminal(err));
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
                    if (json) {
                        out.println(findingJson(mapper, file, line, f));
                    } else {
                        out.printf("%s:%d: %s %s %s: %s%n", file, line, f.severity(), f.ruleId(), f.path(),
                                f.message());
                    }
                }
            }
        });
        long badLines = read.badLines();
        String summary = String.format(Locale.ROOT,
                "%,d records checked (%s profile): %,d with errors, %,d errors, %,d warnings%s", totals[0],
                ProfileConverter.name(profile), totals[1], totals[2], totals[3],
                badLines > 0 ? String.format(Locale.ROOT, "; %,d lines could not be read", badLines) : "");
        if (json) {
            err.println(summary);
        } else {
            out.println(summary);
        }
        if (read.unusable()) {
            return Msp.UNUSABLE;
        }
        return totals[1] > 0 || badLines > 0 ? Msp.FINDINGS : Msp.OK;
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
                    throw new picocli.CommandLine.TypeConversionException("expected in-progress or sac");
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

    private static String findingJson(JsonMapper mapper, String file, long line, Finding f) {
        java.io.StringWriter w = new java.io.StringWriter();
        try (JsonGenerator g = mapper.createGenerator(w)) {
            g.writeStartObject();
            g.writeStringProperty("file", file);
            g.writeNumberProperty("line", line);
            g.writeStringProperty("ruleId", f.ruleId());
            g.writeStringProperty("severity", f.severity().name());
            g.writeStringProperty("path", f.path());
            g.writeStringProperty("pointer", f.jsonPointer());
            g.writeStringProperty("message", f.message());
            g.writeEndObject();
        }
        return w.toString();
    }
}
