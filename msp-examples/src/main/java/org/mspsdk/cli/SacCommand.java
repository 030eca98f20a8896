package org.mspsdk.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.mspsdk.model.SarRegister;
import org.mspsdk.returns.DataQualityReport;
import org.mspsdk.returns.ReturnCheck;
import org.mspsdk.returns.ExportOptions;
import org.mspsdk.returns.SacReturn;
import org.mspsdk.returns.SacSettings;
import org.mspsdk.returns.SacTally;
import org.mspsdk.returns.io.SacCsv;
import org.mspsdk.returns.io.SacJson;
import org.mspsdk.returns.io.SarJson;
import org.mspsdk.returns.xlsx.SacWorkbook;
import org.mspsdk.validation.Finding;
import org.mspsdk.validation.Profile;
import org.mspsdk.validation.Validator;
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
        description = "Build the SAC return (SG1a-SG5b) for a reporting year from record files, counting each "
                + "journey once, then the person, single-organisation and partnership levels; records that break "
                + "an ERROR rule checked at every save (dates out of order, two lead councils...) are listed, not "
                + "counted; answers the SAC profile asks for but a record lacks count as Not Recorded.",
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
            + "data-quality.csv, sac.json, sac.xlsx and sac-power-bi.csv into this folder (created if missing), the "
            + "same files with or without --disclosure-control; each file appears complete or not at all.")
    Path outDir;

    @Option(names = "--disclosure-control", description = "Publication disclosure control, as NHS England's "
            + "published CSV: 0-4 as [c], others rounded to the nearest 5, a missing figure as [x] (off by "
            + "default; record ids and exact check figures are then left out).")
    boolean disclosureControl;

    @Option(names = "--excel-sg4a-rule", description = "Also the Excel data tables' rule: SG4a's asked block and "
            + "its achieved block shown as [x] when all their cells are zero.")
    boolean excelSg4aRule;

    @Option(names = "--sar-register", paramLabel = "FILE", description = "The board's register of Safeguarding "
            + "Adults Reviews (JSON, schema sar-register.json) for SG5a and SG5b; without it they are missing.")
    Path sarRegister;

    @Option(names = "--fy-key", defaultValue = "", paramLabel = "KEY", description = "FY Key of the Power BI "
            + "layout (sac-power-bi.csv); empty by default.")
    String fyKey;

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
        SacSettings settings = SacSettings.of(year.year());
        if (sarRegister != null) {
            Optional<SarRegister> register = readRegister(err);
            if (register.isEmpty()) {
                return Msp.UNUSABLE;
            }
            settings = settings.withReviews(register.get());
        }
        SacTally tally = settings.newTally();
        // each record is checked with the rules that hold at every save (dates in order, one lead council...): one
        // that breaks such an ERROR rule is not counted but listed in the data-quality report by id with its rule
        // ids. The SAC profile's completeness rules (no SG4a answer, no capacity, no result) do not leave a record
        // out: the return counts those answers as Not Recorded, and the data-quality report names the records
        Validator validator = Validator.builder().profile(Profile.IN_PROGRESS).build();
        long[] excluded = new long[1];
        RecordInput.Totals read = new RecordInput(input.codec(), root.stdin, err, root.progress())
                .readAll(input.files, input.format, (file, line, record) -> {
                    List<String> errors = validator.validate(record).errors().stream().map(Finding::ruleId)
                            .distinct().toList();
                    if (errors.isEmpty()) {
                        tally.add(record);
                    } else {
                        tally.exclude(record.recordId(), errors);
                        excluded[0]++;
                    }
                });
        long badLines = read.badLines();
        if (read.unusable()) {
            return Msp.UNUSABLE;
        }
        SacReturn sac = tally.result();
        ExportOptions options = new ExportOptions(disclosureControl, excelSg4aRule);
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
        warnings(err, sac);
        if (excluded[0] > 0) {
            err.printf("msp: %s %s an ERROR rule checked at every save and %s not counted (see the data-quality"
                    + " report: --data-quality, or data-quality.csv with --out)%n", Plural.count(excluded[0], "record"),
                    excluded[0] == 1 ? "breaks" : "break", excluded[0] == 1 ? "was" : "were");
        }
        if (badLines > 0) {
            err.printf("msp: %s could not be read or processed and %s not counted%n",
                    Plural.count(badLines, "document"), badLines == 1 ? "was" : "were");
        }
        return badLines > 0 || excluded[0] > 0 ? Msp.FINDINGS : Msp.OK;
    }

    /** Warns when nothing falls in the year, when council columns are missing, and when a check fails. */
    private void warnings(PrintWriter err, SacReturn sac) {
        boolean empty = sac.total(Population.SAFEGUARDING_CONCERNS) == 0 && sac.total(Population.S42_ENQUIRIES) == 0
                && sac.total(Population.OTHER_ENQUIRIES) == 0 && sac.concludedS42Enquiries().orElse(0) == 0
                && sac.total(SacTable.SG2C, Population.CONCLUDED_OTHER) == 0;
        if (empty && sac.recordsRead() > 0) {
            err.printf("msp: warning: no record has a concern received, an enquiry commenced or an enquiry concluded"
                    + " in %s (%s to %s): every count is zero; check --year%n", sac.year().label(),
                    sac.year().firstDay(), sac.year().lastDay());
        }
        boolean published = outDir != null || output == OutputFormat.CSV || output == OutputFormat.JSON;
        if (published && council.metadata().laCode().isEmpty()) {
            err.println("msp: warning: no --la-code: LA_CODE is empty (the publication's LA_CODE is the council's CASSR"
                    + " code), so the published layout cannot be joined with the national publication");
        }
        for (ReturnCheck check : sac.checks()) {
            if (!check.passed()) {
                err.printf("msp: warning: %s %s%n", check.rule().id(),
                        TerminalText.escape(check.message(!disclosureControl)));
            }
        }
    }

    /** @return the register, or empty when it cannot be read or breaks a rule (reported on standard error) */
    private Optional<SarRegister> readRegister(PrintWriter err) throws IOException {
        SarRegister register;
        try {
            register = SarJson.read(java.nio.file.Files.readString(sarRegister));
        } catch (org.mspsdk.MspException e) {
            err.printf("msp: %s is not a register of reviews: %s%n", TerminalText.escape(sarRegister.toString()),
                    TerminalText.escape(e.getMessage()));
            return Optional.empty();
        } catch (java.nio.charset.MalformedInputException e) {
            err.printf("msp: %s is not UTF-8 text%n", TerminalText.escape(sarRegister.toString()));
            return Optional.empty();
        }
        List<Finding> errors = Validator.of(Profile.SAC_COMPLETE).validate(register).errors();
        for (Finding f : errors) {
            err.printf("msp: %s: %s %s: %s%n", TerminalText.escape(sarRegister.getFileName().toString()), f.ruleId(),
                    f.path(), f.message());
        }
        return errors.isEmpty() ? Optional.of(register) : Optional.empty();
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
        for (DataQualityReport.Exclusion x : dq.exclusions()) {
            out.printf("  not-counted %s %,d: %s%n", x.ruleId(), x.count(),
                    x.sampleIds().stream().map(TerminalText::escape).collect(Collectors.joining(", ")));
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
            try (Writer w = files.writer("data-quality.csv")) {
                SacCsv.writeDataQuality(sac, options, w);
            }
            try (Writer w = files.writer("sac.json")) {
                SacJson.write(sac, Optional.of(council.metadata()), options, w);
            }
            try (java.io.OutputStream o = files.stream("sac.xlsx")) {
                SacWorkbook.write(sac, options, o);
            }
            try (Writer w = files.writer("sac-power-bi.csv")) {
                SacCsv.writePowerBi(sac, council.metadata(), fyKey, w);
            }
            files.commit();
            return files.targets();
        } catch (IOException e) {
            throw AtomicOutput.failure("cannot write into " + outDir, e);
        }
    }
}
