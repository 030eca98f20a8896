package org.mspsdk.cli;

import java.io.BufferedReader;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.mspsdk.MspException;
import org.mspsdk.json.JsonLinesWriter;
import org.mspsdk.json.MspJson;
import org.mspsdk.model.SafeguardingRecord;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code msp fhir import}: NDJSON of FHIR R4 Bundles (or one {@code .json} Bundle) to JSON Lines records, in input
 * order. A Bundle the mapping cannot read is reported as {@code file:line: FHIRPath: problem} (no value quoted)
 * and the others are still written; with {@code --out} the file appears only when complete.
 */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Read FHIR R4 Bundles (NDJSON, one per line) and write the records as JSON Lines.")
final class FhirImportCommand implements Callable<Integer> {

    /** The longest line read, as the record decoder's default document limit. */
    static final int MAX_LINE = 8 * 1024 * 1024;

    @Parameters(arity = "1..*", paramLabel = "FILE",
            description = "Bundle files: NDJSON (one Bundle per line) or .json (one Bundle); - reads NDJSON from "
                    + "standard input.")
    List<String> files;

    @Option(names = {"-o", "--out"}, paramLabel = "FILE", description = "Write to this file instead of standard output.")
    Path outFile;

    @ParentCommand
    FhirCommand parent;

    @Spec
    CommandSpec spec;

    private long written;
    private long bad;
    private boolean unusable;

    @Override
    public Integer call() throws IOException {
        Msp root = parent.root;
        spec.commandLine().getOut().flush();
        if (outFile == null) {
            JsonLinesWriter out = MspJson.strict().writeLines(root.stdout);
            readAll(root, out);
            out.flush();
        } else {
            try (AtomicOutput output = AtomicOutput.forFile(outFile)) {
                OutputStream stream = output.stream(outFile.getFileName().toString());
                JsonLinesWriter out = MspJson.strict().writeLines(stream);
                readAll(root, out);
                out.flush();
                if (unusable) {
                    spec.commandLine().getErr().printf("msp: nothing written to %s: an input was unusable%n",
                            TerminalText.escape(outFile.toString()));
                    return Msp.UNUSABLE;
                }
                out.close();
                output.commit();
            }
            spec.commandLine().getErr().printf("msp: wrote %s to %s%n", Plural.count(written, "record"),
                    TerminalText.escape(outFile.toString()));
        }
        if (unusable) {
            return Msp.UNUSABLE;
        }
        return bad > 0 ? Msp.FINDINGS : Msp.OK;
    }

    private void readAll(Msp root, JsonLinesWriter out) {
        PrintWriter err = spec.commandLine().getErr();
        Progress progress = root.progress();
        for (String name : files) {
            String shown = TerminalText.escape(name);
            boolean single = name.toLowerCase(Locale.ROOT).endsWith(".json");
            long before = written + bad;
            try (InputStream in = "-".equals(name) ? root.stdin : open(name)) {
                if (in == null) {
                    err.printf("%s: unusable: no such file, or a folder%n", shown);
                    unusable = true;
                    continue;
                }
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8
                        .newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)));
                if (single) {
                    String text = readLimited(reader, shown, err);
                    if (text != null) {
                        convert(text, shown, 1, out, err);
                    }
                } else {
                    long lineNo = 0;
                    for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                        lineNo++;
                        if (line.isBlank()) {
                            continue;
                        }
                        if (line.length() > MAX_LINE) {
                            err.printf("%s:%d: not read: the line is longer than the limit of %,d characters%n",
                                    shown, lineNo, MAX_LINE);
                            bad++;
                            continue;
                        }
                        convert(line, shown, lineNo, out, err);
                        progress.tick();
                    }
                }
            } catch (java.nio.charset.CharacterCodingException e) {
                err.printf("%s: unusable: not UTF-8 text%n", shown);
                unusable = true;
            } catch (IOException e) {
                err.printf("%s: unusable: %s%n", shown, TerminalText.escape(Msp.describe(e)));
                unusable = true;
            }
            if (!unusable && written + bad == before) {
                err.printf("%s: unusable: no Bundles (the input is empty)%n", shown);
                unusable = true;
            }
        }
        progress.done();
    }

    private String readLimited(BufferedReader reader, String shown, PrintWriter err) throws IOException {
        char[] buffer = new char[MAX_LINE + 1];
        int n = 0;
        for (int r; n < buffer.length && (r = reader.read(buffer, n, buffer.length - n)) > 0;) {
            n += r;
        }
        if (n > MAX_LINE) {
            err.printf("%s: not read: the document is longer than the limit of %,d characters%n", shown, MAX_LINE);
            bad++;
            return null;
        }
        String text = new String(buffer, 0, n);
        return text.isBlank() ? null : text;
    }

    private void convert(String json, String shown, long line, JsonLinesWriter out, PrintWriter err) {
        SafeguardingRecord record;
        try {
            record = FhirConversion.fromJson(json);
        } catch (MspException e) {
            err.printf("%s:%d: %s%n", shown, line, TerminalText.escape(e.getMessage()));
            bad++;
            return;
        }
        out.write(record);
        written++;
    }

    private static InputStream open(String name) throws IOException {
        Path path = Path.of(name);
        if (Files.isDirectory(path) || !Files.exists(path)) {
            return null;
        }
        return Files.isRegularFile(path) ? Files.newInputStream(path) : new FileInputStream(path.toFile());
    }
}
