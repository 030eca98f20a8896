package org.mspsdk.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.mspsdk.returns.DataQualityReport;
import org.mspsdk.returns.ExportOptions;
import org.mspsdk.returns.SacReturn;
import org.mspsdk.returns.SacSettings;
import org.mspsdk.returns.SacTally;
import org.mspsdk.returns.io.SacCsv;
import org.mspsdk.returns.io.SacJson;
import org.mspsdk.vocabulary.Population;
import org.mspsdk.vocabulary.SacTable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code msp sac}: the Safeguarding Adults Collection return for a reporting year, streamed from JSON Lines in
 * constant memory per record (memory grows only with distinct people). Tables go to standard output as text,
 * the published CSV layout or JSON; {@code --out} writes every output file into a folder.
 */
@Command(name = "sac", mixinStandardHelpOptions = true,
        description = "Build the SAC return (SG1a-SG4a) for a reporting year from record files, counting each "
                + "journey once, then the person, single-organisation and partnership levels.",
        footer = Levels.HOW_RECORDS_ARE_LINKED)
final class SacCommand implements Callable<Integer> {

    @Mixin
    InputOptions input;

    @Mixin
    YearOption year;

    @Mixin
    CouncilOptions council;

    @Option(names = OutputFormat.OPTION, defaultValue = "text", paramLabel = "text|csv|json",
            converter = OutputFormat.Converter.class,
            description = "Standard output: text tables (default), csv (the published SAC layout) or json. With "
                    + "--out, standard output has only what this option asks for (nothing when it is not given).")
    OutputFormat output;

    @Option(names = "--out", paramLabel = "DIR", description = "Write sac-published.csv, one CSV per table, "
            + "data-quality.csv and sac.json into this folder (created if missing); each file appears complete or "
            + "not at all.")
    Path outDir;

    @Option(names = "--disclosure-control", description = "Publication disclosure control: 0-4 as [c], others "
            + "rounded to the nearest 5, all-zero blocks as [x] (off by default; record ids are then left out).")
    boolean disclosureControl;

    @Option(names = "--data-quality", description = "Print the whole data-quality report with sample record ids.")
    boolean dataQuality;

    @ParentCommand
    Msp root;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (dataQuality && (output != OutputFormat.TEXT || disclosureControl)) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--data-quality lists record ids: "
                    + "use it with --output text and without --disclosure-control (--out writes data-quality.csv)");
        }
        SacTally tally = SacSettings.of(year.year()).newTally();
        RecordInput.Totals read = new RecordInput(input.codec(), root.stdin, err, root.progress())
                .readAll(input.files, input.format, (file, line, record) -> tally.add(record));
        long badLines = read.badLines();
        if (read.unusable()) {
            return Msp.UNUSABLE;
        }
        SacReturn sac = tally.result();
        ExportOptions options = ExportOptions.defaults().withDisclosureControl(disclosureControl);
        // with --out, the files hold the return; standard output has it only when --output asks for it
        if (outDir == null || spec.commandLine().getParseResult().hasMatchedOption(OutputFormat.OPTION)) {
            switch (output) {
                case CSV -> SacCsv.writePublished(sac, council.metadata(), options, out);
                case JSON -> {
                    SacJson.write(sac, Optional.of(council.metadata()), options, out);
                    out.println();
                }
                default -> printText(out, sac, options);
            }
        }
        if (dataQuality) {
            printDataQuality(out, sac.dataQuality());
        }
        if (outDir != null) {
            List<Path> files = writeFolder(sac, options);
            err.printf("msp: wrote the return for %s (%s) to %s: %s%n", sac.year().label(),
                    Plural.count(sac.recordsRead(), "record") + " read", TerminalText.escape(outDir.toString()),
                    Plural.count(files.size(), "file"));
            for (Path f : files) {
                err.printf("  %s%n", TerminalText.escape(f.getFileName().toString()));
            }
        }
        if (badLines > 0) {
            err.printf("msp: %s could not be read or processed and %s not counted%n",
                    Plural.count(badLines, "document"), badLines == 1 ? "was" : "were");
            return Msp.FINDINGS;
        }
        return Msp.OK;
    }

    private void printText(PrintWriter out, SacReturn sac, ExportOptions options) {
        out.printf("Safeguarding Adults Collection %s (%s to %s), %s read%n%n", sac.year().label(),
                sac.year().firstDay(), sac.year().lastDay(), Plural.count(sac.recordsRead(), "record"));
        for (SacTable table : SacTable.values()) {
            for (Population population : table.shape().populations()) {
                Tables.printTable(out, sac, table, population, options);
                out.println();
            }
        }
        if (!options.disclosureControl()) {
            Tables.printDataQuality(out, sac.dataQuality(), Integer.MAX_VALUE);
            out.println();
            Levels.print(out, sac, true);
        }
    }

    private static void printDataQuality(PrintWriter out, DataQualityReport dq) {
        out.println();
        out.println("Data quality (record ids, sorted, at most " + dq.sampleSize() + " per issue)");
        for (DataQualityReport.Entry e : dq.entries()) {
            out.printf("  %s %,d: %s%n", TerminalText.escape(e.issue().code()), e.count(),
                    e.sampleIds().stream().map(TerminalText::escape).collect(Collectors.joining(", ")));
        }
    }

    /** Writes every file of the return into the folder, each complete or not at all; returns the files. */
    private List<Path> writeFolder(SacReturn sac, ExportOptions options) {
        try (AtomicOutput files = AtomicOutput.intoFolder(outDir)) {
            try (Writer w = files.writer("sac-published.csv")) {
                SacCsv.writePublished(sac, council.metadata(), options, w);
            }
            for (SacTable table : SacTable.values()) {
                try (Writer w = files.writer(table.reference() + ".csv")) {
                    SacCsv.writeTable(sac, table, options, w);
                }
            }
            if (!options.disclosureControl()) {
                try (Writer w = files.writer("data-quality.csv")) {
                    SacCsv.writeDataQuality(sac.dataQuality(), w);
                }
            }
            try (Writer w = files.writer("sac.json")) {
                SacJson.write(sac, Optional.of(council.metadata()), options, w);
            }
            files.commit();
            return files.targets();
        } catch (IOException e) {
            throw AtomicOutput.failure("cannot write into " + outDir, e);
        }
    }
}
