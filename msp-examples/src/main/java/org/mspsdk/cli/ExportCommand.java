package org.mspsdk.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.mspsdk.MspException;
import org.mspsdk.research.ResearchRecord;
import org.mspsdk.research.DateGranularity;
import org.mspsdk.research.Deidentifier;
import org.mspsdk.research.PseudonymKey;
import org.mspsdk.research.io.ResearchCsv;
import org.mspsdk.research.io.ResearchJsonLines;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code msp export}: a de-identified research export: keyed pseudonyms (HMAC-SHA-256) for person and record
 * ids, free text and NHS numbers removed, dates coarsened, as JSON Lines valid under the research schema and
 * flat CSV tables. The key comes from a file or an environment variable and is never printed or written.
 *
 * <p>A record that cannot be de-identified is reported with its file and line and the others are still
 * written. The files appear only when the export is complete ({@link AtomicOutput}): an unusable input or a
 * failure while writing leaves the folder as it was.
 */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Write a de-identified research export (research.jsonl and CSV tables) into a folder.")
final class ExportCommand implements Callable<Integer> {

    /** Where the pseudonym key comes from: exactly one. */
    static final class KeySource {
        @Option(names = "--key-file", paramLabel = "FILE", description = "Read the pseudonym key from this file "
                + "(at least 32 bytes).")
        Path file;

        @Option(names = "--key-env", paramLabel = "NAME", description = "Read the pseudonym key from this "
                + "environment variable.")
        String env;
    }

    /** The JSON Lines file of the export. */
    static final String RESEARCH_JSONL = "research.jsonl";

    @Mixin
    InputOptions input;

    @ArgGroup(exclusive = true, multiplicity = "1")
    KeySource key;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "The folder to write into.")
    Path outDir;

    @Option(names = "--dates", defaultValue = "month", paramLabel = "month|reporting-year",
            converter = DatesConverter.class,
            description = "Coarsen dates to the month (default) or the reporting year.")
    DateGranularity dates;

    @Option(names = "--keep-provider-codes", description = "Keep the codes of organisations that are not public "
            + "bodies (care providers, housing, voluntary); by default they are pseudonymised.")
    boolean keepProviderCodes;

    @ParentCommand
    Msp root;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        PseudonymKey pseudonymKey = key.file != null ? PseudonymKey.fromFile(key.file)
                : PseudonymKey.fromEnvironment(key.env);
        Deidentifier deidentifier = Deidentifier.builder(pseudonymKey).dates(dates)
                .pseudonymiseProviders(!keepProviderCodes).build();
        RecordInput reader = new RecordInput(input.codec(), root.stdin, err, root.progress());
        RecordInput.Totals read;
        long[] written = new long[1];
        List<Path> files;
        try (AtomicOutput output = AtomicOutput.intoFolder(outDir)) {
            Writer jsonl = output.writer(RESEARCH_JSONL);
            Map<ResearchCsv.Table, Writer> tables = new EnumMap<>(ResearchCsv.Table.class);
            for (ResearchCsv.Table t : ResearchCsv.Table.values()) {
                tables.put(t, output.writer(t.fileName()));
            }
            try (ResearchCsv csv = ResearchCsv.to(tables)) {
                read = reader.readAll(input.files, input.format, (file, line, record) -> {
                    // everything of one record is made before anything of it is written, so a record that
                    // cannot be exported is reported (by the reader) and leaves no trace in any file
                    ResearchRecord research;
                    String json;
                    try {
                        research = deidentifier.deidentify(record);
                        json = ResearchJsonLines.toJson(research);
                    } catch (MspException e) {
                        throw e;
                    } catch (RuntimeException e) {
                        throw new MspException(MspException.Kind.INVALID_RECORD, "the record could not be "
                                + "de-identified (" + e.getClass().getSimpleName() + "); run with --debug");
                    }
                    write(jsonl, json);
                    try {
                        csv.write(research);
                    } catch (RuntimeException e) {
                        // the CSV files may hold part of this record: the export stops and writes nothing
                        throw new MspException(MspException.Kind.IO, "writing the research CSV tables failed at "
                                + TerminalText.escape(file) + ":" + line + " (" + e.getClass().getSimpleName()
                                + "); nothing was written");
                    }
                    written[0]++;
                });
            }
            if (read.unusable()) {
                err.printf("msp: nothing written to %s: an input was unusable%n", TerminalText.escape(outDir.toString()));
                return Msp.UNUSABLE;
            }
            output.commit();
            files = output.targets();
        }
        err.printf("msp: wrote %s to %s (%s)%n", Plural.count(written[0], "de-identified record"),
                TerminalText.escape(outDir.toString()), files.stream().map(p -> p.getFileName().toString())
                        .map(TerminalText::escape).collect(Collectors.joining(", ")));
        return read.badLines() > 0 ? Msp.FINDINGS : Msp.OK;
    }

    private static void write(Writer out, String line) {
        try {
            out.write(line);
            out.write('\n');
        } catch (IOException e) {
            throw AtomicOutput.failure("cannot write " + RESEARCH_JSONL, e);
        }
    }

    /** Reads {@code month} or {@code reporting-year}. */
    static final class DatesConverter implements picocli.CommandLine.ITypeConverter<DateGranularity> {
        @Override
        public DateGranularity convert(String value) {
            return java.util.Arrays.stream(DateGranularity.values()).filter(g -> g.code().equals(value)).findFirst()
                    .orElseThrow(() -> OutputFormat.Converter.invalid(value, List.of("month", "reporting-year")));
        }
    }
}
