package org.mspsdk.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.mspsdk.dictionary.DataDictionary;
import org.mspsdk.dictionary.DataDictionaryHtml;
import org.mspsdk.research.io.DataDictionaryCsv;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code msp dictionary}: the data dictionary generated from the SDK's code lists and model. */
@Command(name = "dictionary", mixinStandardHelpOptions = true,
        description = "Print or write the data dictionary (every field and code, with SAC labels and tables).")
final class DictionaryCommand implements Callable<Integer> {

    @Option(names = "--out", paramLabel = "DIR", description = "Write data-dictionary.html, "
            + "data-dictionary-fields.csv and data-dictionary-codes.csv into this folder.")
    Path outDir;

    @Option(names = "--output", defaultValue = "fields-csv", paramLabel = "html|fields-csv|codes-csv",
            description = "What to print to standard output when --out is not given (default ${DEFAULT-VALUE}).")
    String output;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        DataDictionary dictionary = DataDictionary.generate();
        PrintWriter out = spec.commandLine().getOut();
        if (outDir != null) {
            Files.createDirectories(outDir);
            Files.writeString(outDir.resolve("data-dictionary.html"), DataDictionaryHtml.render(dictionary),
                    StandardCharsets.UTF_8);
            try (Writer w = Files.newBufferedWriter(outDir.resolve("data-dictionary-fields.csv"), StandardCharsets.UTF_8)) {
                DataDictionaryCsv.writeFields(dictionary, w);
            }
            try (Writer w = Files.newBufferedWriter(outDir.resolve("data-dictionary-codes.csv"), StandardCharsets.UTF_8)) {
                DataDictionaryCsv.writeCodes(dictionary, w);
            }
            spec.commandLine().getErr().printf("msp: wrote the data dictionary to %s%n", outDir);
            return Msp.OK;
        }
        switch (output) {
            case "html" -> out.print(DataDictionaryHtml.render(dictionary));
            case "fields-csv" -> DataDictionaryCsv.writeFields(dictionary, out);
            case "codes-csv" -> DataDictionaryCsv.writeCodes(dictionary, out);
            default -> {
                spec.commandLine().getErr().println("msp: --output must be html, fields-csv or codes-csv");
                return Msp.UNUSABLE;
            }
        }
        out.flush();
        return Msp.OK;
    }
}
