package org.mspsdk.returns.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mspsdk.json.MspDecodeException;
import org.mspsdk.model.SafeguardingAdultsReview;
import org.mspsdk.model.SarRegister;
import org.mspsdk.schema.SchemaValidator;

/** The JSON form of a register of Safeguarding Adults Reviews: round trip, schema, strict and private errors. */
class SarJsonTest {

    private static final SarRegister REGISTER = SarRegister.of(
            SafeguardingAdultsReview.completed("SAR-2025-01", LocalDate.of(2024, 12, 2), LocalDate.of(2025, 9, 30), 1,
                    0),
            new SafeguardingAdultsReview("SAR-2025-02", Optional.empty(), Optional.empty(), false, 0, 2));

    @Test
    void writingThenReadingGivesAnEqualRegister() {
        assertThat(SarJson.read(SarJson.write(REGISTER))).isEqualTo(REGISTER);
        assertThat(SarJson.read(SarJson.write(SarRegister.of()))).isEqualTo(SarRegister.of());
    }

    @Test
    void whatIsWrittenIsValidUnderThePublishedSchema() {
        assertThat(SchemaValidator.forSarRegisters().validate(SarJson.write(REGISTER))).isEmpty();
        assertThat(SchemaValidator.forSarRegisters().validate("{\"formatVersion\":\"1.0\",\"reviews\":[{\"reviewId\":"
                + "\"S\",\"oneOrMoreDied\":true,\"individualsDied\":-1,\"individualsSurvived\":0}]}")).isNotEmpty();
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        "{\"formatVersion\":\"2.0\",\"reviews\":[]}|/formatVersion",
        "{\"formatVersion\":\"1.0\"}|/reviews",
        "{\"formatVersion\":\"1.0\",\"reviews\":[{\"reviewId\":\"S\",\"oneOrMoreDied\":\"yes\",\"individualsDied\":1,"
                + "\"individualsSurvived\":0}]}|/reviews/0/oneOrMoreDied",
        "{\"formatVersion\":\"1.0\",\"reviews\":[{\"reviewId\":\"S\",\"oneOrMoreDied\":true,\"individualsDied\":1.5,"
                + "\"individualsSurvived\":0}]}|/reviews/0/individualsDied",
        "{\"formatVersion\":\"1.0\",\"reviews\":[{\"reviewId\":\"S\",\"completedOn\":\"2025-02-30\","
                + "\"oneOrMoreDied\":true,\"individualsDied\":1,\"individualsSurvived\":0}]}|/reviews/0/completedOn",
        "{\"formatVersion\":\"1.0\",\"reviews\":[{\"reviewId\":\"S\",\"oneOrMoreDied\":true,\"individualsDied\":1,"
                + "\"individualsSurvived\":0,\"name\":\"x\"}]}|/reviews/0"})
    void aBadDocumentIsADecodeErrorAtItsPointer(String json, String pointer) {
        assertThatThrownBy(() -> SarJson.read(json)).isInstanceOf(MspDecodeException.class)
                .satisfies(e -> assertThat(((MspDecodeException) e).pointer()).isEqualTo(pointer));
    }

    @Test
    void errorsNeverEchoWhatWasFound() {
        String canary = "Jane-Canary-Smith";
        String json = "{\"formatVersion\":\"1.0\",\"reviews\":[{\"reviewId\":\"" + canary + "\",\"" + canary
                + "\":1,\"oneOrMoreDied\":true,\"individualsDied\":1,\"individualsSurvived\":0}]}";

        assertThatThrownBy(() -> SarJson.read(json)).hasMessageNotContaining(canary);
        assertThatThrownBy(() -> SarJson.read("{\"formatVersion\":\"1.0\",\"reviews\":[{\"reviewId\":\"x\","
                + "\"completedOn\":\"" + canary + "\"}]}")).hasMessageNotContaining(canary);
    }
}
