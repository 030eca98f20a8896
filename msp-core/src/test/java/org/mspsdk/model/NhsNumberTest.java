package org.mspsdk.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mspsdk.MspException;

class NhsNumberTest {

    @ParameterizedTest
    @ValueSource(strings = {"9434765919", "9434765870", "4010232137", "943 476 5919", "943-476-5919"})
    void acceptsNumbersWithAValidModulus11CheckDigit(String text) {
        assertThat(NhsNumber.isValid(text)).isTrue();
        assertThat(NhsNumber.of(text).value()).hasSize(10).containsOnlyDigits();
    }

    @ParameterizedTest
    @ValueSource(strings = {"9434765918", "1234567890", "4010232138"})
    void rejectsAWrongCheckDigitWithoutEchoingTheNumber(String text) {
        assertThat(NhsNumber.isValid(text)).isFalse();
        assertThatThrownBy(() -> NhsNumber.of(text))
                .isInstanceOf(MspException.class)
                .hasMessageContaining("Modulus 11")
                .hasMessageNotContaining(text)
                .satisfies(e -> assertThat(((MspException) e).kind()).isEqualTo(MspException.Kind.INVALID_VALUE));
    }

    @ParameterizedTest
    @ValueSource(strings = {"943476591", "94347659190", "94347659X9", ""})
    void rejectsAnythingButTenDigits(String text) {
        assertThat(NhsNumber.isValid(text)).isFalse();
        assertThatThrownBy(() -> NhsNumber.of(text)).isInstanceOf(MspException.class)
                .hasMessageContaining("exactly 10 digits");
    }

    @Test
    void aCheckValueOfTenMeansNoValidNumberHasThosePrefixDigits() {
        assertThat(NhsNumber.checkDigitFor("100000001")).isEqualTo(-1);
        assertThat(NhsNumber.checkDigitFor("943476591")).isEqualTo(9);
        for (int d = 0; d <= 9; d++) {
            assertThat(NhsNumber.isValid("100000001" + d)).isFalse();
        }
    }

    @Test
    void toStringNeverShowsTheNumber() {
        assertThat(NhsNumber.of("9434765919").toString()).doesNotContain("9434765919").contains("redacted");
    }
}
