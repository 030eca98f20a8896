package org.mspsdk.cli;

import java.util.List;
import org.mspsdk.json.MspJson;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The input options shared by every command that reads records. */
final class InputOptions {

    @Parameters(arity = "1..*", paramLabel = "FILE",
            description = "Record files: .json (one document) or JSON Lines (.jsonl, .ndjson, anything else); "
                    + "- reads JSON Lines from standard input.")
    List<String> files;

    @Option(names = "--format", defaultValue = "AUTO", paramLabel = "auto|json|jsonl",
            converter = FormatConverter.class,
            description = "Input format: auto (by file name; standard input is JSON Lines), json or jsonl.")
    RecordInput.Format format;

    @Option(names = "--tolerant", description = "Tolerant decoding: keep unknown fields (newer documents) "
            + "instead of rejecting them.")
    boolean tolerant;

    MspJson codec() {
        return tolerant ? MspJson.tolerant() : MspJson.strict();
    }

    /** Accepts the format in any case. */
    static final class FormatConverter implements picocli.CommandLine.ITypeConverter<RecordInput.Format> {
        @Override
        public RecordInput.Format convert(String value) {
            return OutputFormat.Converter.parse(value, RecordInput.Format.class, List.of("auto", "json", "jsonl"));
        }
    }
}
