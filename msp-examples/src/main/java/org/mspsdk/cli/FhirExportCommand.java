package org.mspsdk.cli;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code msp fhir export}: records (JSON or JSON Lines) to NDJSON, one FHIR R4 Bundle per line, in input order.
 * A record the mapping cannot express is reported with its file and line and the others are still written;
 * with {@code --out} the file appears only when complete.
 */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Write each record as a FHIR R4 Bundle, one per line (NDJSON).")
final class FhirExportCommand implements Callable<Integer> {

    @Mixin
    InputOptions input;

    @Option(names = {"-o", "--out"}, paramLabel = "FILE", description = "Write to this file instead of standard output.")
    Path outFile;

    @ParentCommand
    FhirCommand parent;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Msp root = parent.root;
        PrintWriter err = spec.commandLine().getErr();
        spec.commandLine().getOut().flush();
        RecordInput reader = new RecordInput(input.codec(), root.stdin, err, root.progress());
        long[] written = new long[1];
        RecordInput.Totals read;
        if (outFile == null) {
            Writer out = new OutputStreamWriter(root.stdout, StandardCharsets.UTF_8);
            read = reader.readAll(input.files, input.format, (file, line, record) -> {
                write(out, FhirConversion.toNdjson(record), "standard output");
                written[0]++;
            });
            flush(out);
        } else {
            try (AtomicOutput output = AtomicOutput.forFile(outFile)) {
                Writer out = output.writer(outFile.getFileName().toString());
                read = reader.readAll(input.files, input.format, (file, line, record) -> {
                    write(out, FhirConversion.toNdjson(record), outFile.getFileName().toString());
                    written[0]++;
                });
                if (read.unusable()) {
                    err.printf("msp: nothing written to %s: an input was unusable%n",
                            TerminalText.escape(outFile.toString()));
                    return Msp.UNUSABLE;
                }
                output.commit();
            }
            err.printf("msp: wrote %s to %s%n", Plural.count(written[0], "Bundle"),
                    TerminalText.escape(outFile.toString()));
        }
        if (read.unusable()) {
            return Msp.UNUSABLE;
        }
        return read.badLines() > 0 ? Msp.FINDINGS : Msp.OK;
    }

    static void write(Writer out, String line, String where) {
        try {
            out.write(line);
            out.write('\n');
        } catch (IOException e) {
            throw AtomicOutput.failure("cannot write " + where, e);
        }
    }

    static void flush(Writer out) {
        try {
            out.flush();
        } catch (IOException e) {
            throw AtomicOutput.failure("cannot write standard output", e);
        }
    }
}
