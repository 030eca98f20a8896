package org.mspsdk.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.mspsdk.imports.Coverage;
import org.mspsdk.imports.ImportSummary;
import org.mspsdk.imports.Importer;
import org.mspsdk.imports.Mapping;
import org.mspsdk.imports.MappingException;
import org.mspsdk.imports.SourceException;
import org.mspsdk.json.JsonLinesWriter;
import org.mspsdk.json.MspJson;
import org.mspsdk.validation.Finding;
import org.mspsdk.validation.Profile;
import org.mspsdk.validation.Validator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code msp import}: maps a council's CSV files or workbook onto records with a mapping file, writes them as JSON
 * Lines, and reports on standard error every cell that could not be mapped, every row that could not become a
 * record and every validation finding, located by file, sheet, row and column; never the content of a free-text
 * cell. Exit 0 when everything mapped and validated, 1 when anything did not, 2 when the mapping or a source is
 * unusable. With {@code --check} it writes no record: it prints the mapping's {@link Coverage} (text, or JSON with
 * {@code --json}) and exits 0 when every cell would map, 1 when some would not.
 */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Map CSV files or an .xlsx workbook onto records with a mapping file (exit 0 clean, "
                + "1 cells, rows or records with problems, 2 unusable mapping or source); with --check, report "
                + "what the mapping covers and write nothing.")
final class ImportCommand implements Callable<Integer> {

    static {
        quietPoi();
    }

    /**
     * Apache POI logs through the Log4j API; the tool has no Log4j provider, so keep it silent rather than let it
     * print its "no logging provider" notice (or anything of a workbook) on standard error.
     */
    static void quietPoi() {
        if (System.getProperty("log4j2.loggerContextFactory") == null) {
            System.setProperty("log4j2.loggerContextFactory",
                    "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
            System.setProperty("org.apache.logging.log4j.simplelog.level", "OFF");
        }
    }

    @Option(names = "--mapping", required = true, paramLabel = "M.yaml", description = "The mapping file "
            + "(docs/import/MAPPING.md).")
    Path mapping;

    @Option(names = "--out", paramLabel = "FILE", description = "Write the records (with --check, the report) here (default: standard output).")
    Path out;

    @Option(names = "--profile", defaultValue = "in-progress", paramLabel = "in-progress|sac",
            converter = ValidateCommand.ProfileConverter.class,
            description = "The validation profile each record is checked with (default in-progress).")
    Profile profile;

    @Option(names = "--today", paramLabel = "YYYY-MM-DD",
            description = "The date rules about the future are checked against (default: today).")
    LocalDate today;

    @Option(names = "--check", description = "Write nothing: print a coverage report (SDK fields no column "
            + "feeds and the SAC tables they starve, local values with no mapping with counts, cells that would not "
            + "map, unused columns) on standard output; exit 0 when every cell would map, 1 when not.")
    boolean check;

    @Option(names = "--json", description = "With --check: the coverage report as JSON.")
    boolean json;

    @Parameters(arity = "1..*", paramLabel = "SOURCES", description = "The CSV files and workbooks the mapping names.")
    List<Path> sources;

    @ParentCommand
    Msp root;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        Mapping m;
        try {
            m = Mapping.read(mapping);
        } catch (NoSuchFileException e) {
            err.printf("%s: unusable: no such file%n", mapping.getFileName());
            return Msp.UNUSABLE;
        } catch (MappingException e) {
            err.println(e.getMessage());
            return Msp.UNUSABLE;
        }
        if (json && !check) {
            err.println("msp import: --json needs --check");
            return Msp.UNUSABLE;
        }
        if (check) {
            return check(m, err);
        }
        Validator validator = Validator.builder().profile(profile).clock(ValidateCommand.clock(today)).build();
        Importer importer = Importer.builder(m).validator(validator).build();
        long[] findings = new long[2];
        ImportSummary summary;
        try (OutputStream target = out == null ? new NonClosing(root.stdout) : Files.newOutputStream(out);
                JsonLinesWriter writer = MspJson.strict().writeLines(target)) {
            summary = importer.run(sources, imported -> {
                writer.write(imported.record());
                for (Finding f : imported.validation().orElseThrow().findings()) {
                    findings[f.severity() == org.mspsdk.validation.Severity.ERROR ? 0 : 1]++;
                    err.printf("%s%s: row %d: %s %s %s: %s%n", imported.file(), imported.sheet().map(s -> " [" + s
                            + "]").orElse(""), imported.row(), f.severity(), f.ruleId(), f.path(), f.message());
                }
            }, issue -> err.println(issue.describe()));
        } catch (MappingException | SourceException e) {
            err.println(e.getMessage());
            return Msp.UNUSABLE;
        }
        err.println(String.format(Locale.ROOT, "%,d rows read: %,d records written, %,d rows not made into records, "
                + "%,d cells not mapped, %,d child rows without a record; validation (%s profile): %,d records "
                + "with errors, %,d errors, %,d warnings", summary.rowsRead(), summary.records(), summary.rowsRefused(),
                summary.cellIssues(), summary.orphanRows(), ValidateCommand.ProfileConverter.name(profile),
                summary.recordsWithErrors(), findings[0], findings[1]));
        if (summary.sourceFailed()) {
            return Msp.UNUSABLE;
        }
        return summary.isClean() ? Msp.OK : Msp.FINDINGS;
    }

    private int check(Mapping m, PrintWriter err) throws IOException {
        Coverage coverage;
        try {
            coverage = Importer.builder(m).build().check(sources);
        } catch (MappingException | SourceException e) {
            err.println(e.getMessage());
            return Msp.UNUSABLE;
        }
        String report = json ? coverage.toJson() : coverage.toText();
        OutputStream target = out == null ? root.stdout : Files.newOutputStream(out);
        try {
            target.write(report.getBytes(StandardCharsets.UTF_8));
            target.flush();
        } finally {
            if (out != null) {
                target.close();
            }
        }
        return coverage.allCellsMap() ? Msp.OK : Msp.FINDINGS;
    }

    /** Standard output stays open after the writer closes. */
    private static final class NonClosing extends java.io.FilterOutputStream {
        NonClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
