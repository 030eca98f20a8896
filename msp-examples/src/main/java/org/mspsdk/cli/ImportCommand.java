package org.mspsdk.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
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
 * {@code --output json}; {@code --json} is its hidden, deprecated alias) and exits 0 when every cell would map, 1
 * when some would not.
 *
 * <p>It follows the CLI's shared conventions ({@code package-info}): {@code --out} is written through
 * {@link AtomicOutput} (the file appears complete or not at all: a source that fails part-way leaves none), every
 * value printed to the terminal goes through {@link TerminalText}, counts through {@link Plural}, and a terminal
 * shows {@link Progress}.
 */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Map CSV files or an .xlsx workbook onto records with a mapping file (exit 0 clean, "
                + "1 cells, rows or records with problems, 2 unusable mapping or source); with --check, report "
                + "what the mapping covers and write nothing.")
final class ImportCommand implements Callable<Integer> {

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

    @Option(names = OutputFormat.OPTION, defaultValue = "text", paramLabel = "text|json",
            converter = OutputFormat.Converter.class,
            description = "With --check: the coverage report as text (default) or JSON.")
    OutputFormat output;

    @Option(names = "--json", hidden = true, description = "Deprecated: use --check --output json.")
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
        OutputFormat.require(spec, output, OutputFormat.TEXT, OutputFormat.JSON);
        boolean asJson = json || output == OutputFormat.JSON;
        Mapping m;
        try {
            m = Mapping.read(mapping);
        } catch (NoSuchFileException e) {
            err.printf("%s: unusable: no such file%n", TerminalText.escape(mapping.getFileName().toString()));
            return Msp.UNUSABLE;
        } catch (MappingException e) {
            err.println(TerminalText.escape(e.getMessage()));
            return Msp.UNUSABLE;
        }
        if (asJson && !check) {
            err.println("msp import: " + (json ? "--json" : OutputFormat.OPTION + " json") + " needs --check");
            return Msp.UNUSABLE;
        }
        if (check) {
            return check(m, err, asJson);
        }
        Validator validator = Validator.builder().profile(profile).clock(ValidateCommand.clock(today)).build();
        Importer importer = Importer.builder(m).validator(validator).build();
        long[] findings = new long[2];
        ImportSummary summary;
        Progress progress = root.progress();
        try (AtomicOutput files = out == null ? null : AtomicOutput.forFile(out)) {
            PrintWriter stdout = spec.commandLine().getOut();
            JsonLinesWriter writer = files == null ? null
                    : MspJson.strict().writeLines(files.stream(out.getFileName().toString()));
            try {
                summary = importer.run(sources, imported -> {
                    if (writer == null) {
                        // through the terminal filter, like everything else printed
                        stdout.print(MspJson.strict().write(imported.record()) + "\n");
                    } else {
                        writer.write(imported.record());
                    }
                    progress.tick();
                    for (Finding f : imported.validation().orElseThrow().findings()) {
                        findings[f.severity() == org.mspsdk.validation.Severity.ERROR ? 0 : 1]++;
                        err.printf("%s%s: row %d: %s %s %s: %s%n", TerminalText.escape(imported.file()),
                                imported.sheet().map(s -> " [" + TerminalText.escape(s) + "]").orElse(""),
                                imported.row(), f.severity(), f.ruleId(), TerminalText.escape(f.path()),
                                TerminalText.escape(f.message()));
                    }
                }, issue -> err.println(TerminalText.escape(issue.describe())));
            } catch (MappingException | SourceException e) {
                err.println(TerminalText.escape(e.getMessage()));
                return Msp.UNUSABLE;
            } finally {
                progress.done();
            }
            stdout.flush();
            if (files != null && !summary.sourceFailed()) {
                writer.close();
                files.commit();
            }
        }
        err.println(summary(summary, findings));
        if (summary.sourceFailed()) {
            if (out != null) {
                err.printf("msp import: %s not written (a source could not be read to the end)%n",
                        TerminalText.escape(out.toString()));
            }
            return Msp.UNUSABLE;
        }
        return summary.isClean() ? Msp.OK : Msp.FINDINGS;
    }

    /** The closing line: every count in words ({@link Plural}). */
    private String summary(ImportSummary s, long[] findings) {
        return Plural.count(s.rowsRead(), "row") + " read: " + Plural.count(s.records(), "record") + " written, "
                + Plural.count(s.rowsRefused(), "row") + " not made into " + (s.rowsRefused() == 1 ? "a record"
                : "records") + ", " + Plural.count(s.cellIssues(), "cell") + " not mapped, "
                + Plural.count(s.orphanRows(), "child row") + " without a record; validation ("
                + ValidateCommand.ProfileConverter.name(profile) + " profile): "
                + Plural.count(s.recordsWithErrors(), "record") + " with errors, "
                + Plural.count(findings[0], "error") + ", " + Plural.count(findings[1], "warning");
    }

    private int check(Mapping m, PrintWriter err, boolean asJson) {
        Coverage coverage;
        try {
            coverage = Importer.builder(m).build().check(sources);
        } catch (MappingException | SourceException e) {
            err.println(TerminalText.escape(e.getMessage()));
            return Msp.UNUSABLE;
        }
        String report = asJson ? coverage.toJson() : coverage.toText();
        if (out == null) {
            // through the terminal filter: a column header or local value holding ESC is shown escaped
            PrintWriter stdout = spec.commandLine().getOut();
            stdout.print(report);
            stdout.flush();
        } else {
            try (AtomicOutput files = AtomicOutput.forFile(out);
                    java.io.Writer w = files.writer(out.getFileName().toString())) {
                w.write(report);
                w.flush();
                files.commit();
            } catch (IOException e) {
                throw AtomicOutput.failure("cannot write " + out, e);
            }
        }
        return coverage.allCellsMap() ? Msp.OK : Msp.FINDINGS;
    }

}
