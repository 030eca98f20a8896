package org.mspsdk.schema;

import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes JSON the way the files under {@code schema/} and {@code conformance/} are laid out: two-space indents,
 * one array element per line, {@code "name": value}, a final line break.
 */
final class PrettyJson {

    static final JsonMapper MAPPER = JsonMapper.builder().build();

    private PrettyJson() {
    }

    static String write(JsonNode node) {
        DefaultIndenter indent = new DefaultIndenter("  ", "\n");
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter(Separators.createDefaultInstance()
                .withObjectNameValueSpacing(Separators.Spacing.AFTER)
                .withObjectEmptySeparator("").withArrayEmptySeparator(""))
                .withArrayIndenter(indent).withObjectIndenter(indent);
        return MAPPER.writer().with(printer).writeValueAsString(node) + "\n";
    }
}
