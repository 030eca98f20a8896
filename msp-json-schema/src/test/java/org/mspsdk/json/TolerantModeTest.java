package org.mspsdk.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.mspsdk.MspException;
import org.mspsdk.model.SafeguardingRecord;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

class TolerantModeTest {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private static ObjectNode example() throws IOException {
        return (ObjectNode) MAPPER.readTree(Files.readString(
                Path.of("..", "schema", "examples", "concluded-s42-enquiry.json"), StandardCharsets.UTF_8));
    }

    /** A document from a future 1.1 writer: new fields at the root, in nested objects and in array items. */
    private static String newerDocument() throws IOException {
        ObjectNode doc = example();
        doc.put("mspVersion", "1.1");
        doc.putObject("futureBlock").put("a", new java.math.BigDecimal("1.10")).putArray("b").add("x").addNull();
        ((ObjectNode) doc.get("adult")).put("preferredLanguage", "cy");
        ((ObjectNode) doc.get("enquiry").get("riskItems").get(1)).put("severity", 3);
        ((ObjectNode) doc.get("outcomes").get("negotiatedOutcomes").get(1).get("revisions").get(1))
                .putNull("approvedBy");
        ((ObjectNode) doc.get("enquiry").get("consent")).put("we/ird~name", true);
        return MAPPER.writeValueAsString(doc);
    }

    @Test
    void aNewerDocumentPassesThroughATolerantReaderUnchanged() throws IOException {
        String newer = newerDocument();
        SafeguardingRecord r = MspJson.tolerant().read(newer);
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("/mspVersion", "\"1.1\"");
        expected.put("/futureBlock", "{\"a\":1.10,\"b\":[\"x\",null]}");
        assertThat(r.extensions()).containsAllEntriesOf(expected)
                .containsEntry("/adult/preferredLanguage", "\"cy\"")
                .containsEntry("/enquiry/riskItems/1/severity", "3")
                .containsEntry("/outcomes/negotiatedOutcomes/1/revisions/1/approvedBy", "null")
                .containsEntry("/enquiry/consent/we~1ird~0name", "true")
                .hasSize(6);
        String written = MspJson.strict().write(r);
        assertThat(MAPPER.readTree(written)).isEqualTo(MAPPER.readTree(newer));
        assertThat(written).contains("1.10");
    }

    @Test
    void theSameNewerDocumentIsRejectedByAStrictReader() throws IOException {
        assertThatThrownBy(() -> MspJson.strict().read(newerDocument()))
                .isInstanceOf(MspDecodeException.class)
                .extracting(e -> ((MspDecodeException) e).pointer()).isEqualTo("/mspVersion");
    }

    @Test
    void tolerantModeReadsNullAsAnAbsentOptional() throws IOException {
        ObjectNode doc = example();
        doc.putNull("notes");
        ((ObjectNode) doc.get("adult")).putNull("gender");
        SafeguardingRecord r = MspJson.tolerant().read(MAPPER.writeValueAsString(doc));
        assertThat(r.notes()).isEmpty();
        assertThat(r.adult().gender()).isEmpty();
        assertThat(r.extensions()).isEmpty();
    }

    @Test
    void theEncoderRefusesAnExtensionNamingAKnownProperty() throws IOException {
        SafeguardingRecord r = MspJson.strict().read(MAPPER.writeValueAsString(example()));
        SafeguardingRecord bad = r.toBuilder().extensions(Map.of("/adult/gender", "\"male\"")).build();
        assertThatThrownBy(() -> MspJson.strict().write(bad)).isInstanceOf(MspException.class)
                .hasMessageContaining("/adult/gender")
                .extracting(e -> ((MspException) e).kind()).isEqualTo(MspException.Kind.ENCODE);
    }

    @Test
    void theEncoderRefusesAnExtensionWhoseParentTheRecordDoesNotHave() throws IOException {
        SafeguardingRecord r = MspJson.strict().read(MAPPER.writeValueAsString(example()));
        SafeguardingRecord bad = r.toBuilder().extensions(Map.of("/enquiry/riskItems/9/x", "1")).build();
        assertThatThrownBy(() -> MspJson.strict().write(bad)).isInstanceOf(MspException.class)
                .hasMessageContaining("name no object of the record");
    }

    @Test
    void theEncoderRefusesAnExtensionThatIsNotOneJsonValue() throws IOException {
        SafeguardingRecord r = MspJson.strict().read(MAPPER.writeValueAsString(example()));
        for (String raw : new String[] {"{", "1 2", "", "nope"}) {
            SafeguardingRecord bad = r.toBuilder().extensions(Map.of("/x", raw)).build();
            assertThatThrownBy(() -> MspJson.strict().write(bad)).as(raw).isInstanceOf(MspException.class)
                    .extracting(e -> ((MspException) e).kind()).isEqualTo(MspException.Kind.ENCODE);
        }
    }

    @Test
    void anEmptyOutcomesObjectWithANewFieldSurvives() throws IOException {
        ObjectNode doc = example();
        doc.remove("outcomes");
        doc.putObject("outcomes").put("newMeasure", "x");
        String text = MAPPER.writeValueAsString(doc);
        SafeguardingRecord r = MspJson.tolerant().read(text);
        JsonNode back = MAPPER.readTree(MspJson.strict().write(r));
        assertThat(back).isEqualTo(MAPPER.readTree(text));
    }
}
