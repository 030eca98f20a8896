package org.mspsdk.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
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

    /** What goes to standard output. */
    enum Output {
        /** the HTML page. */
        HTML,
        /** the fields table as CSV. */
        FIELDS_CSV,
        /** the codes table as CSV. */
        CODES_CSV
    }

    @Option(names = OutputFormat.OPTION, defaultValue = "fields-csv", paramLabel = "html|fields-csv|codes-csv",
            converter = OutputConverter.class,
            description = "What to print to standard output when --out is not given (default ${DEFAULT-VALUE}).")
    Output output;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        DataDictionary dictionary = DataDictionary.generate();
        PrintWriter out = spec.commandLine().getOut();
        if (outDir != null) {
            try (AtomicOutput files = AtomicOutput.intoFolder(outDir)) {
                try (Writer w = files.writer("data-dictionary.html")) {
                    w.write(DataDictionaryHtml.render(dictionary));
                }
                try (Writer w = files.writer("data-dictionary-fields.csv")) {
                    DataDictionaryCsv.writeFields(dictionary, w);
                }
                try (Writer w = files.writer("data-dictionary-codes.csv")) {
                    DataDictionaryCsv.writeCodes(dictionary, w);
                }
                files.commit();
            }
            spec.commandLine().getErr().printf("msp: wrote the data dictionary to %s%n",
                    TerminalText.escape(outDir.toString()));
            return Msp.OK;
        }
        switch (output) {
            case HTML -> out.print(DataDictionaryHtml.render(dictionary));
            case FIELDS_CSV -> DataDictionaryCsv.writeFields(dictionary, out);
            case CODES_CSV -> DataDictionaryCsv.writeCodes(dictionary, out);
            default -> throw new IllegalStateException(output.name());
        }
        out.flush();
        return Msp.OK;
    }

    /** Reads html, fields-csv or codes-csv in any case. */
    static final class OutputConverter implements picocli.CommandLine.ITypeConverter<Output> {
        @Override
        public Output convert(String value) {
            return OutputFormat.Converter.parse(value, Output.class, java.util.List.of("html", "fields-csv",
                    "codes-csv"));
        }
    }
}
