package org.mspsdk.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.mspsdk.model.AdultAtRisk;
import org.mspsdk.model.SafeguardingRecord;
import org.mspsdk.schema.MspSchemas;
import org.mspsdk.testing.CanaryRecords;
import org.mspsdk.validation.Finding;
import org.mspsdk.validation.Profile;
import org.mspsdk.validation.Validator;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Ages have two tiers (see {@link Wire#MIN_AGE}): the decoder accepts 0 to 150, and the validator reports an age
 * under 18 with MSP-PER-002 and over 130 with MSP-PER-005; the published schema expresses the rules (18 to 130).
 */
class AgeLimitsTest {

    private static final JsonNode AGE = JsonMapper.builder().build().readTree(MspSchemas.text(MspSchemas.DEFS))
            .get("$defs").get("AdultAtRisk").get("properties").get("ageAtConcern");

    private static SafeguardingRecord aged(int age) {
        return CanaryRecords.record().toBuilder().extensions(Map.of())
                .adult(AdultAtRisk.builder("p-1").ageAtConcern(age).build()).build();
    }

    @Test
    void theSchemaAcceptsExactlyTheAgesTheRulesAccept() {
        assertThat(AGE.get("minimum").asInt()).isEqualTo(18);
        assertThat(AGE.get("maximum").asInt()).isEqualTo(130);
        assertThat(Validator.of(Profile.IN_PROGRESS).validate(aged(18)).ruleIds())
                .doesNotContain("MSP-PER-002", "MSP-PER-005");
        assertThat(Validator.of(Profile.IN_PROGRESS).validate(aged(17)).ruleIds()).contains("MSP-PER-002");
        assertThat(Validator.of(Profile.IN_PROGRESS).validate(aged(131)).ruleIds()).contains("MSP-PER-005");
    }

    @Test
    void theDecoderAcceptsEveryAgeTheSchemaAccepts() {
        assertThat(Wire.MIN_AGE).isLessThanOrEqualTo(AGE.get("minimum").asInt());
        assertThat(Wire.MAX_AGE).isGreaterThanOrEqualTo(AGE.get("maximum").asInt());
    }

    @Test
    void anAgeOf140DecodesAndTheValidatorReportsItAsMspPer005() {
        SafeguardingRecord back = MspJson.strict().read(MspJson.strict().write(aged(140)));
        assertThat(back.adult().ageAtConcern()).contains(140);
        assertThat(Validator.of(Profile.IN_PROGRESS).validate(back).errors())
                .filteredOn(f -> f.ruleId().equals("MSP-PER-005"))
                .extracting(Finding::path).containsExactly("adult.ageAtConcern");
    }

    @Test
    void anAgeOf130DecodesWithoutMspPer005() {
        SafeguardingRecord back = MspJson.strict().read(MspJson.strict().write(aged(130)));
        assertThat(Validator.of(Profile.IN_PROGRESS).validate(back).ruleIds()).doesNotContain("MSP-PER-005");
    }

    @Test
    void anAgeOf151IsADecodeErrorAtItsPointer() {
        String doc = MspJson.strict().write(aged(150));
        assertThat(MspJson.strict().read(doc).adult().ageAtConcern()).contains(150);
        String over = doc.replace("\"ageAtConcern\":150", "\"ageAtConcern\":151");
        assertThat(over).isNotEqualTo(doc);
        assertThatThrownBy(() -> MspJson.strict().read(over))
                .isInstanceOfSatisfying(MspDecodeException.class, e -> {
                    assertThat(e.pointer()).isEqualTo("/adult/ageAtConcern");
                    assertThat(e.expected()).isEqualTo("an integer from 0 to 150");
                });
    }
}
