package org.mspsdk.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.node.StringNode;

/**
 * The single-file schema {@code schema/safeguarding-record.bundled.json} is the record schema with the definitions
 * of {@code defs.json} inlined: generated from the two files, and this test fails when it is stale.
 */
class BundledSchemaTest {

    static final Path FILE = Path.of("..", "schema", MspSchemas.RECORD_BUNDLED);
    static final String REGENERATE = "./mvnw -B -pl msp-json-schema -am verify -Dtest=BundledSchemaTest "
            + "-Dsurefire.failIfNoSpecifiedTests=false -Dmsp.regenerateDocs=true";

    /** @return the bundled schema built from the two schema files */
    static ObjectNode bundle() {
        ObjectNode record = (ObjectNode) PrettyJson.MAPPER.readTree(MspSchemas.text(MspSchemas.RECORD));
        JsonNode defs = PrettyJson.MAPPER.readTree(MspSchemas.text(MspSchemas.DEFS)).get("$defs");
        ObjectNode out = PrettyJson.MAPPER.createObjectNode();
        for (Map.Entry<String, JsonNode> e : record.properties()) {
            switch (e.getKey()) {
                case "$id" -> out.put("$id", MspSchemas.id(MspSchemas.RECORD_BUNDLED));
                case "title" -> {
                    out.set("title", e.getValue());
                    out.put("$comment", "Generated from " + MspSchemas.RECORD + " and " + MspSchemas.DEFS
                            + " by BundledSchemaTest: do not edit by hand. Regenerate with " + REGENERATE);
                }
                case "description" -> out.put("description", e.getValue().asString() + " This is the "
                        + "single-file form: the same schema as " + MspSchemas.RECORD + ", with the definitions of "
                        + MspSchemas.DEFS + " under $defs.");
                default -> out.set(e.getKey(), inline(e.getValue()));
            }
        }
        out.set("$defs", defs.deepCopy());
        return out;
    }

    /** @return a copy with every reference into defs.json made a reference into this document */
    private static JsonNode inline(JsonNode node) {
        if (node.isObject()) {
            ObjectNode copy = PrettyJson.MAPPER.createObjectNode();
            for (Map.Entry<String, JsonNode> e : node.properties()) {
                if (e.getKey().equals("$ref") && e.getValue().asString().startsWith(MspSchemas.DEFS + "#")) {
                    copy.set("$ref", StringNode.valueOf(e.getValue().asString().substring(MspSchemas.DEFS.length())));
                } else {
                    copy.set(e.getKey(), inline(e.getValue()));
                }
            }
            return copy;
        }
        if (node.isArray()) {
            var copy = PrettyJson.MAPPER.createArrayNode();
            node.forEach(n -> copy.add(inline(n)));
            return copy;
        }
        return node;
    }

    @Test
    void theBundledSchemaIsTheTwoFileSchemaInOneFile() throws IOException {
        String expected = PrettyJson.write(bundle());
        if (Boolean.getBoolean("msp.regenerateDocs")) {
            Files.writeString(FILE, expected, StandardCharsets.UTF_8);
        }
        String committed = Files.readString(FILE, StandardCharsets.UTF_8);
        assertThat(PrettyJson.MAPPER.readTree(committed))
                .as("%s is stale: it differs from %s and %s; regenerate it with:%n  %s", FILE, MspSchemas.RECORD,
                        MspSchemas.DEFS, REGENERATE)
                .isEqualTo(bundle());
    }

    @Test
    void theBundledSchemaRefersToNothingOutsideItself() {
        assertThat(MspSchemas.text(MspSchemas.RECORD_BUNDLED)).doesNotContain("\"" + MspSchemas.DEFS + "#");
    }
}
