package org.mspsdk.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.mspsdk.model.SafeguardingRecord;
import org.mspsdk.synthetic.SyntheticDataGenerator;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 17, finding 12: what tolerant pass-through keeps, as documented on {@link DecodeOptions}: every value (strings
 * character for character, numbers as their literal, members of unknown objects in their order); not the form
 * (whitespace, string escapes) and not the place of an unknown property among the known ones.
 */
class PassThroughTest {

    private static final String DOC = MspJson.strict().write(new SyntheticDataGenerator(9).next());

    private static String newer() {
        String version = "\"mspVersion\":\"1.0\"";
        String recordId = "\"recordId\":";
        // unknown properties before and between known ones, with numbers and escapes in several forms
        return DOC.replace(version, "\"zeta\" : 1e5 ,\n " + version + ",\"alpha\":\"\\u00e9\\/\"")
                .replace(recordId, "\"mid\":{\"y\":-0,\"x\":[1.10, 2E-3, 10000000000000000000]}," + recordId);
    }

    @Test
    void everyUnknownValueIsKeptWithItsNumberLiteralsAndMemberOrder() {
        SafeguardingRecord r = MspJson.tolerant().read(newer());
        assertThat(r.extensions()).containsExactly(
                Map.entry("/zeta", "1e5"),
                Map.entry("/alpha", "\"é/\""),
                Map.entry("/mid", "{\"y\":-0,\"x\":[1.10,2E-3,10000000000000000000]}"));
    }

    @Test
    void theWrittenDocumentIsTheSameJsonValueWithUnknownPropertiesAfterTheKnownOnes() {
        String input = newer();
        String written = MspJson.strict().write(MspJson.tolerant().read(input));
        assertThat(written).isEqualTo(DOC.substring(0, DOC.length() - 1)
                + ",\"zeta\":1e5,\"alpha\":\"é/\",\"mid\":{\"y\":-0,\"x\":[1.10,2E-3,10000000000000000000]}}");
        JsonMapper exact = JsonMapper.builder().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();
        assertThat(exact.readTree(written)).isEqualTo(exact.readTree(input));
    }

    @Test
    void writingAndReadingAgainIsAFixedPoint() {
        String once = MspJson.strict().write(MspJson.tolerant().read(newer()));
        String twice = MspJson.strict().write(MspJson.tolerant().read(once));
        assertThat(twice).isEqualTo(once);
    }
}
