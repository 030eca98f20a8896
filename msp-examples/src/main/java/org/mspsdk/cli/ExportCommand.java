package org.mspsdk.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
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
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        PseudonymKey pseudonymKey = key.file != null ? PseudonymKey.fromFile(key.file)
                : PseudonymKey.fromEnvironment(key.env);
        Deidentifier deidentifier = Deidentifier.builder(pseudonymKey).dates(dates)
                .pseudonymiseProviders(!keepProviderCodes).build();
        Files.createDirectories(outDir);
        RecordInput reader = new RecordInput(input.codec(), root.stdin, err, Progress.forTerminal(err));
        RecordInput.Totals read;
        long written;
        try (Writer jsonl = Files.newBufferedWriter(outDir.resolve("research.jsonl"), StandardCharsets.UTF_8);
                ResearchJsonLines lines = ResearchJsonLines.to(jsonl);
                ResearchCsv csv = ResearchCsv.toDirectory(outDir)) {
            read = reader.readAll(input.files, input.format, (file, line, record) -> {
                var research = deidentifier.deidentify(record);
                lines.write(research);
                csv.write(research);
            });
            written = lines.written();
        }
        err.printf("msp: wrote %,d de-identified records to %s%n", written, outDir);
        if (read.unusable()) {
            return Msp.UNUSABLE;
        }
        return read.badLines() > 0 ? Msp.FINDINGS : Msp.OK;
    }

    /** Reads {@code month} or {@code reporting-year}. */
    static final class DatesConverter implements picocli.CommandLine.ITypeConverter<DateGranularity> {
        @Override
        public DateGranularity convert(String value) {
            return java.util.Arrays.stream(DateGranularity.values()).filter(g -> g.code().equals(value)).findFirst()
                    .orElseThrow(() -> new picocli.CommandLine.TypeConversionException(
                            "expected month or reporting-year"));
        }
    }
}
