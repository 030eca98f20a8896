package org.mspsdk.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.mspsdk.schema.SchemaFinding;
import org.mspsdk.schema.SchemaValidator;

/**
 * No value of the document ever appears in a decode message or a schema finding (canary strings). Property
 * names do appear, as part of the JSON Pointer path, by design.
 */
class PersonalDataTest {

    private static final String CANARY = "CANARY7731";

    private static String example() throws IOException {
        return Files.readString(Path.of("..", "schema", "examples", "concluded-s42-enquiry.json"),
                StandardCharsets.UTF_8);
    }

    private static List<String> hostileVariants(String doc) {
        return List.of(
                doc.replace("\"female\"", "\"" + CANARY + "\""),                          // unknown code
                doc.replace("\"1941-05-02\"", "\"" + CANARY + "\""),                      // bad date
                doc.replace("\"9434765919\"", "\"" + CANARY + "\""),                      // bad NHS number
                doc.replace("\"EX-R-0001\"", "\"EX-R-0001\", \"unknownField\": \"" + CANARY + "\""), // unknown field
                doc.replace("\"EX-R-0001\"", CANARY),                                      // unquoted token
                doc.replace("\"EX-R-0001\"", "'" + CANARY + "'"),                          // single quotes
                doc + CANARY,                                                              // trailing garbage
                doc.replace("\"mspVersion\": \"1.0\"", "\"mspVersion\": \"" + CANARY + "\""),
                doc.replace("\"s42\"", "\"" + CANARY + "\""),
                doc.replace("\"EX-R-0001\"", "[\"" + CANARY + "\"]"),
                doc.replace("\"EX-P-1042\"", "\"" + CANARY + "\", \"personId\": \"" + CANARY + "\""));
    }

    @Test
    void decodeMessagesNeverRepeatDocumentValues() throws IOException {
        for (String doc : hostileVariants(example())) {
            for (MspJson json : List.of(MspJson.strict(), MspJson.tolerant())) {
                MspDecodeException e = catchThrowableOfType(MspDecodeException.class, () -> json.read(doc));
                if (e == null && !json.options().isStrict()) {
                    continue; // tolerant mode keeps an unknown field
                }
                assertThat(e).as(doc.substring(Math.max(0, doc.indexOf(CANARY) - 40))).isNotNull();
                assertThat(e.getMessage()).doesNotContain(CANARY);
                assertThat(e.expected()).doesNotContain(CANARY);
                assertThat(e.getCause()).isNull();
            }
        }
    }

    @Test
    void schemaFindingsNeverRepeatDocumentValues() throws IOException {
        for (String doc : hostileVariants(example())) {
            List<SchemaFinding> findings = SchemaValidator.forRecords().validate(doc);
            assertThat(findings).isNotEmpty();
            assertThat(findings).allSatisfy(f -> assertThat(f.message()).doesNotContain(CANARY));
        }
    }
}
