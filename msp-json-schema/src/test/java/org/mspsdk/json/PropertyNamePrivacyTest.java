package org.mspsdk.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mspsdk.MspException;
import org.mspsdk.model.SafeguardingRecord;
import org.mspsdk.synthetic.SyntheticDataGenerator;

/** Property names that are not plain identifiers are document content: never echoed in a message. */
class PropertyNamePrivacyTest {

    private static final String CANARY_KEY = "Jane Smith 1941-05-02";

    @Test
    void anUnknownPropertyWithAPersonalNameIsReportedWithoutIt() {
        String doc = MspJson.strict().write(new SyntheticDataGenerator(1).next())
                .replaceFirst("\"personId\"", "\"" + CANARY_KEY + "\":1,\"personId\"");
        MspDecodeException e = catchThrowableOfType(MspDecodeException.class, () -> MspJson.strict().read(doc));
        assertThat(e.getMessage()).doesNotContain("Jane").doesNotContain("1941").contains("unknown property");
        assertThat(e.pointer()).isEqualTo("/adult/" + org.mspsdk.json.internal.SafeText.REDACTED_NAME);
    }

    @Test
    void anIdentifierShapedUnknownPropertyIsNotNamedEither() {
        // a plain identifier may still be an id (SYN-P-612578211): only the format's own names are shown
        String doc = MspJson.strict().write(new SyntheticDataGenerator(1).next())
                .replaceFirst("\"personId\"", "\"middleName\":1,\"personId\"");
        MspDecodeException e = catchThrowableOfType(MspDecodeException.class, () -> MspJson.strict().read(doc));
        assertThat(e.pointer()).isEqualTo("/adult/" + org.mspsdk.json.internal.SafeText.UNKNOWN_NAME);
        assertThat(e.getMessage()).doesNotContain("middleName");
    }

    @Test
    void anExtensionKeyWithAPersonalNameIsNotEchoedByTheEncoder() {
        SafeguardingRecord r = new SyntheticDataGenerator(1).next().toBuilder()
                .extensions(Map.of("/" + CANARY_KEY, "not json")).build();
        MspException e = catchThrowableOfType(MspException.class, () -> MspJson.strict().write(r));
        assertThat(e.getMessage()).doesNotContain("Jane").doesNotContain("1941");
    }

    @Test
    void schemaFindingsDoNotEchoAPersonalNameUsedAsAKey() {
        String doc = MspJson.strict().write(new SyntheticDataGenerator(1).next())
                .replaceFirst("\"personId\"", "\"" + CANARY_KEY + "\":1,\"personId\"");
        var findings = org.mspsdk.schema.SchemaValidator.forRecords().validate(doc);
        assertThat(findings).isNotEmpty();
        assertThat(findings.toString()).doesNotContain("Jane").doesNotContain("1941");
    }
}
