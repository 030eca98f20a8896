package org.mspsdk.vocabulary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mspsdk.MspException;

class CodeListTest {

    /** list id -> (code -> label), read from the hand-transcribed fixture of MSP-DOMAIN.md section 3. */
    private static Map<String, Map<String, String>> fixture() throws IOException {
        Map<String, Map<String, String>> lists = new LinkedHashMap<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(Objects.requireNonNull(
                CodeListTest.class.getResourceAsStream("code-lists.tsv")), StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split("\t");
                lists.computeIfAbsent(cells[0], k -> new LinkedHashMap<>()).put(cells[1], cells[2]);
            }
        }
        return lists;
    }

    @Test
    void everySacListHasExactlyTheCodesAndLabelsOfTheDomainReferenceInOrder() throws IOException {
        Map<String, Map<String, String>> expected = fixture();
        Map<String, Map<String, String>> actual = Vocabulary.all().stream()
                .filter(CodeList::isSacDefined)
                .collect(Collectors.toMap(CodeList::id, CodeList::codeToLabel, (a, b) -> a, LinkedHashMap::new));
        assertThat(actual.keySet()).containsExactlyInAnyOrderElementsOf(expected.keySet());
        expected.forEach((id, codes) -> assertThat(actual.get(id)).as(id).containsExactlyEntriesOf(codes));
    }

    @Test
    void sdkListsNamedInTheDomainReferenceHaveTheirCodes() {
        assertThat(NegotiationChangeReason.LIST.codes()).containsExactly("unrealistic-or-impossible",
                "mutually-exclusive", "risk-to-others", "person-changed-mind", "family-disagreement",
                "legal-constraint", "other");
        assertThat(NotOfferedReason.LIST.codes()).containsExactly("danger", "further-abuse-or-harm",
                "not-ethically-appropriate", "declined", "could-not-be-contacted", "other");
        assertThat(ActionWithoutConsentReason.LIST.codes()).hasSize(5);
        assertThat(RepresentativeRole.LIST.codes()).contains("family-member", "friend", "unpaid-carer",
                "independent-advocate", "imca", "attorney", "deputy", "best-interests-decision-maker", "other");
    }

    @Test
    void everyListCarriesItsGuidanceVersion() {
        for (CodeList<?> list : Vocabulary.all()) {
            String expected = list.isSacDefined() ? "2025-26" : Vocabulary.SDK_VOCABULARY_VERSION;
            assertThat(list.guidanceVersion()).as(list.id()).isEqualTo(expected);
        }
    }

    @Test
    void listIdsAreUniqueAndEachEnumIsRegistered() {
        assertThat(Vocabulary.all()).extracting(CodeList::id).doesNotHaveDuplicates();
        assertThat(Vocabulary.of(TypeOfRisk.class)).isSameAs(TypeOfRisk.LIST);
        assertThat(Vocabulary.find("sg4a-asked")).containsSame(AskedAboutOutcomes.LIST);
    }

    @Test
    void theAccessorsOfACodeReadItsOneEntry() {
        assertThat(TypeOfRisk.NEGLECT.entry())
                .isEqualTo(new CodeEntry("neglect", "Neglect and Acts of Omission", "Neglect"));
        assertThat(TypeOfRisk.NEGLECT.code()).isEqualTo("neglect");
        assertThat(TypeOfRisk.NEGLECT.label()).isEqualTo("Neglect and Acts of Omission");
        assertThat(TypeOfRisk.NEGLECT.aliases()).containsExactly("Neglect");
        assertThat(Gender.MALE.aliases()).isEmpty();
        assertThatThrownBy(() -> TypeOfRisk.NEGLECT.aliases().add("x"))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void sacListsNameTheirTablesAndWriteThemAsTheirReferences() {
        assertThat(TypeOfRisk.LIST.sacTables()).containsExactly(SacTable.SG2A);
        assertThat(TypeOfRisk.LIST.sacTable()).contains("SG2a");
        assertThat(SourceOfRisk.LIST.sacTables()).containsExactly(SacTable.SG2A, SacTable.SG2B);
        assertThat(SourceOfRisk.LIST.sacTable()).contains("SG2a/SG2b");
        assertThat(OutcomeCategory.LIST.sacTables()).isEmpty();
        assertThat(OutcomeCategory.LIST.sacTable()).isEmpty();
        for (CodeList<?> list : Vocabulary.all()) {
            assertThat(list.isSacDefined()).as(list.id()).isEqualTo(!list.sacTables().isEmpty());
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Yes, they were asked and outcomes were expressed|asked-expressed",
        "yes they were asked but no outcomes were expressed|asked-not-expressed",
        "Don't know|dont-know",
        "DONT KNOW|dont-know",
        "Not recorded|not-recorded",
    })
    void askedLabelLookupToleratesCaseAndPunctuation(String label, String code) {
        assertThat(AskedAboutOutcomes.LIST.fromLabel(label).code()).isEqualTo(code);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "In the Community|community",
        "in the community (excluding community services)|community",
        "Community Service|community-service",
        "In a community service|community-service",
        "care home nursing|care-home-nursing",
        "Care Home – Residential|care-home-residential",
    })
    void locationLabelLookupAcceptsTheSacSpellingVariants(String label, String code) {
        assertThat(LocationOfRisk.LIST.fromLabel(label).code()).isEqualTo(code);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Risk Assessment inconclusive and action taken|inconclusive-action",
        "Enquiry ceased at individuals request and no action taken|ceased-at-request",
        "self neglect|self-neglect",
        "neglect|neglect",
    })
    void otherSpellingVariantsAreAccepted(String label, String code) {
        Code found = code.contains("inconclusive") || code.contains("ceased")
                ? EnquiryResult.LIST.parse(label) : TypeOfRisk.LIST.parse(label);
        assertThat(found.code()).isEqualTo(code);
    }

    @Test
    void parseAcceptsTheCodeAsWellAsTheLabel() {
        assertThat(TypeOfRisk.LIST.parse("financial-material")).isEqualTo(TypeOfRisk.FINANCIAL_MATERIAL);
        assertThat(TypeOfRisk.LIST.parse("Financial or Material Abuse")).isEqualTo(TypeOfRisk.FINANCIAL_MATERIAL);
    }

    @Test
    void unknownLabelIsAnErrorNamingTheListAndTheValue() {
        assertThatThrownBy(() -> TypeOfRisk.LIST.parse("Cyber Abuse"))
                .isInstanceOf(MspException.class)
                .satisfies(e -> assertThat(((MspException) e).kind()).isEqualTo(MspException.Kind.UNKNOWN_CODE))
                .hasMessageContaining("sg2a-type-of-risk")
                .hasMessageContaining("'Cyber Abuse'")
                .hasMessageContaining("physical");
    }

    @Test
    void codesAreMatchedExactlyNotTolerantly() {
        assertThat(TypeOfRisk.LIST.findByCode("Neglect")).isEmpty();
        assertThatThrownBy(() -> TypeOfRisk.LIST.fromCode("NEGLECT")).isInstanceOf(MspException.class)
                .hasMessageContaining("expected a code of");
    }

    @Test
    void unknownValueIsNeverMappedToOther() {
        assertThat(LocationOfRisk.LIST.findByLabel("Somewhere else")).isEmpty();
        assertThat(ConcernSource.LIST.findByLabel("Neighbour")).isEmpty();
    }

    @Test
    void nullIsRejectedClearly() {
        assertThatThrownBy(() -> Gender.LIST.parse(null)).isInstanceOf(MspException.class)
                .hasMessageContaining("null").hasMessageContaining("sg1b-gender");
    }

    @Test
    void ageBandsFollowTheSacBoundaries() {
        assertThat(AgeBand.of(18)).isEqualTo(AgeBand.AGE_18_64);
        assertThat(AgeBand.of(64)).isEqualTo(AgeBand.AGE_18_64);
        assertThat(AgeBand.of(65)).isEqualTo(AgeBand.AGE_65_74);
        assertThat(AgeBand.of(84)).isEqualTo(AgeBand.AGE_75_84);
        assertThat(AgeBand.of(94)).isEqualTo(AgeBand.AGE_85_94);
        assertThat(AgeBand.of(95)).isEqualTo(AgeBand.AGE_95_PLUS);
        assertThatThrownBy(() -> AgeBand.of(17)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void riskIdentifiedResultsAreExactlyTheTwoThatTakeARiskOutcome() {
        assertThat(EnquiryResult.LIST.entries().stream().filter(EnquiryResult::isRiskIdentified))
                .containsExactly(EnquiryResult.RISK_IDENTIFIED_ACTION, EnquiryResult.RISK_IDENTIFIED_NO_ACTION);
    }
}
