package org.mspsdk.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mspsdk.validation.Fixtures.organisation;
import static org.mspsdk.validation.Fixtures.valid;
import static org.mspsdk.validation.Fixtures.validator;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mspsdk.model.OrganisationInvolvement;
import org.mspsdk.model.SafeguardingRecord;

/**
 * Which characters identifiers and free text may hold (MSP-TXT-005, MSP-TXT-006; issue 17, finding 6): every
 * character of each refused range fires, and its printable neighbours do not.
 */
class CharacterRulesTest {

    /** @return the code points from {@code from} to {@code to}, both included */
    private static List<Integer> range(int from, int to) {
        List<Integer> all = new ArrayList<>();
        for (int c = from; c <= to; c++) {
            all.add(c);
        }
        return all;
    }

    private static List<Integer> refusedInIdentifiers() {
        List<Integer> refused = new ArrayList<>(range(0x00, 0x1F));
        refused.addAll(range(0x7F, 0x9F));
        refused.addAll(List.of(0x2028, 0x2029));
        refused.addAll(range(0x202A, 0x202E));
        refused.addAll(range(0x2066, 0x2069));
        return refused;
    }

    private static List<Finding> findings(SafeguardingRecord r, String ruleId) {
        return validator(Profile.IN_PROGRESS).validate(r).findings().stream().filter(f -> f.ruleId().equals(ruleId))
                .toList();
    }

    private static String with(int codePoint) {
        return "E0800" + Character.toString(codePoint) + "0001";
    }

    @Test
    void finding6RecordIdsAndOrganisationCodesHoldingEscBelOrCrDoNotValidate() {
        for (String hostile : List.of("R-1\u001b]0;pwned\u0007", "R-1\u001b[2J", "R-1\rR-2", "R-1\u0007")) {
            SafeguardingRecord r = valid().toBuilder().recordId(hostile).build();
            assertThat(validator(Profile.IN_PROGRESS).validate(r).isValid()).isFalse();
            assertThat(findings(r, "MSP-TXT-005")).extracting(Finding::path).containsExactly("recordId");
            SafeguardingRecord o = organisation(valid(), 0, x -> new OrganisationInvolvement("E0800" + hostile,
                    x.name(), x.type(), x.roles()));
            assertThat(findings(o, "MSP-TXT-005")).extracting(Finding::path).containsExactly("organisations[0].code");
        }
    }

    @Test
    void everyRefusedCharacterInAnIdentifierFiresWithItsKindAndCodePointOnly() {
        for (int c : refusedInIdentifiers()) {
            SafeguardingRecord r = organisation(valid(), 0, o -> new OrganisationInvolvement(with(c), o.name(),
                    o.type(), o.roles()));
            List<Finding> found = findings(r, "MSP-TXT-005");
            assertThat(found).as("U+%04X", c).hasSize(1);
            assertThat(found.get(0).message()).startsWith("expected an identifier or code of printable characters,"
                    + " found a").endsWith(String.format("(U+%04X)", c)).doesNotContain("E0800");
        }
        SafeguardingRecord esc = organisation(valid(), 0, o -> new OrganisationInvolvement(with(0x1B), o.name(),
                o.type(), o.roles()));
        assertThat(findings(esc, "MSP-TXT-005").get(0).message())
                .isEqualTo("expected an identifier or code of printable characters, found a control character (U+001B)");
        SafeguardingRecord rlo = organisation(valid(), 0, o -> new OrganisationInvolvement(with(0x202E), o.name(),
                o.type(), o.roles()));
        assertThat(findings(rlo, "MSP-TXT-005").get(0).message()).isEqualTo("expected an identifier or code of"
                + " printable characters, found a bidirectional formatting character (U+202E)");
    }

    @Test
    void printableNeighboursOfTheRefusedRangesAreFineInIdentifiers() {
        for (int c : List.of(0x20, 0x7E, 0xA0, 0xA1, 0x2027, 0x202F, 0x2065, 0x206A, 0x05D0, 0x1F600)) {
            SafeguardingRecord r = organisation(valid(), 0, o -> new OrganisationInvolvement(with(c), o.name(),
                    o.type(), o.roles()));
            assertThat(findings(r, "MSP-TXT-005")).as("U+%04X", c).isEmpty();
        }
    }

    @Test
    void freeTextMayHoldLineBreaksTabsSeparatorsAndBidiControlsButOtherControlCharactersWarn() {
        for (int c : List.of(0x0A, 0x0D, 0x09, 0x20, 0x2028, 0x2029, 0x202E, 0x2067, 0xA0)) {
            SafeguardingRecord r = valid().toBuilder().notes("Line one" + Character.toString(c) + "line two").build();
            assertThat(findings(r, "MSP-TXT-006")).as("U+%04X", c).isEmpty();
        }
        List<Integer> warned = new ArrayList<>(range(0x00, 0x1F));
        warned.removeAll(List.of(0x0A, 0x0D, 0x09));
        warned.addAll(range(0x7F, 0x9F));
        for (int c : warned) {
            SafeguardingRecord r = valid().toBuilder().notes("Line one" + Character.toString(c) + "line two").build();
            List<Finding> found = findings(r, "MSP-TXT-006");
            assertThat(found).as("U+%04X", c).hasSize(1);
            assertThat(found.get(0).severity()).isEqualTo(Severity.WARNING);
            assertThat(found.get(0).message()).isEqualTo("expected text whose only control characters are line"
                    + " breaks and tabs, found " + String.format("U+%04X", c));
            // a warning: the record stays valid
            assertThat(validator(Profile.IN_PROGRESS).validate(r).isValid()).isTrue();
        }
    }
}
