package org.mspsdk.research;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.mspsdk.MspException;
import org.mspsdk.model.AdultAtRisk;
import org.mspsdk.model.ItemAnswer;
import org.mspsdk.model.OrganisationInvolvement;
import org.mspsdk.model.QuestionnaireResponse;
import org.mspsdk.model.SafeguardingRecord;
import org.mspsdk.model.Voice;
import org.mspsdk.synthetic.SyntheticDataGenerator;
import org.mspsdk.testing.CanaryRecords;
import org.mspsdk.vocabulary.AgeBand;
import org.mspsdk.vocabulary.OrganisationRole;
import org.mspsdk.vocabulary.OrganisationType;
import org.mspsdk.vocabulary.OutcomeAchievement;

class DeidentifierTest {

    static final PseudonymKey KEY = PseudonymKey.fromBytes(
            "research-key-for-tests-only-0123456789".getBytes(StandardCharsets.UTF_8));
    static final PseudonymKey OTHER_KEY = PseudonymKey.fromBytes(
            "another-research-key-for-tests-987654321".getBytes(StandardCharsets.UTF_8));

    private final Deidentifier deid = Deidentifier.builder(KEY).build();

    @Test
    void noCanaryAppearsInTheResearchFormOfTheCanaryRecord() {
        String text = deid.deidentify(CanaryRecords.record()).toString();
        for (String canary : CanaryRecords.ALL) {
            assertThat(text).doesNotContain(canary);
        }
        assertThat(text).doesNotContain("CANARY").doesNotContain("Bob");
    }

    @Test
    void theCanaryRecordIsBandedCoarsenedAndListsWhatWasRemoved() {
        ResearchRecord r = deid.deidentify(CanaryRecords.record());
        // born 1938-02-17, enquiry commenced 2025-05-06: age 88 on 31 March 2026
        assertThat(r.person().ageReferenceYear()).isEqualTo("2025-26");
        assertThat(r.person().ageBand()).isEqualTo(AgeBand.AGE_85_94);
        assertThat(r.person().fiveYearAgeBand()).isEqualTo(FiveYearAgeBand.AGE_85_89);
        assertThat(r.concern().receivedIn()).isEqualTo("2025-05");
        assertThat(r.enquiry().orElseThrow().concludedIn()).contains("2025-08");
        assertThat(r.enquiry().orElseThrow().concludedReportingYear()).contains("2025-26");
        assertThat(r.outcomes().desiredOutcomes()).extracting(ResearchDesiredOutcome::id).containsExactly("d1");
        assertThat(r.outcomes().negotiatedOutcomes().get(0).desiredOutcomeIds()).containsExactly("d1");
        assertThat(r.outcomes().negotiatedOutcomes().get(0).revisions()).hasSize(2);
        assertThat(r.outcomes().enquiryAchievement()).contains(OutcomeAchievement.PARTIALLY_ACHIEVED);
        assertThat(r.questionnaires().get(0).answers()).containsExactly(
                new ResearchAnswer("listened-to", AnswerForm.CODED, Optional.of("yes-completely")),
                new ResearchAnswer("reflection", AnswerForm.FREE_TEXT_REMOVED, Optional.empty()));
        assertThat(r.removed()).containsExactly("adult.nhsNumber", "extensions", "notes",
                "outcomes.desiredOutcomes[].wording", "outcomes.negotiatedOutcomes[].revisions[].wording",
                "questionnaires[].answers[].text");
        assertThat(r.organisations()).containsExactly(new ResearchOrganisation("E08000099", false,
                OrganisationType.LOCAL_AUTHORITY, java.util.Set.of(OrganisationRole.LEAD_COUNCIL,
                        OrganisationRole.RECORDED_OUTCOME)));
    }

    @Test
    void reportingYearGranularityWritesEveryPeriodAsAReportingYear() {
        ResearchRecord r = Deidentifier.builder(KEY).dates(DateGranularity.REPORTING_YEAR).build()
                .deidentify(CanaryRecords.record());
        assertThat(r.dateGranularity()).isEqualTo(DateGranularity.REPORTING_YEAR);
        assertThat(r.concern().receivedIn()).isEqualTo("2025-26");
        assertThat(r.enquiry().orElseThrow().commencedIn()).isEqualTo("2025-26");
        assertThat(r.outcomes().negotiatedOutcomes().get(0).achievement().orElseThrow().ratedIn())
                .isEqualTo("2025-26");
    }

    @Test
    void ageIsTakenAtDeathWhenThePersonDiedBeforeTheEndOfTheYear() {
        SafeguardingRecord r = CanaryRecords.record();
        // 64 on 31 March 2026 would be 65 by then: born 1961-03-01; died 2025-12-01 aged 64
        SafeguardingRecord died = r.toBuilder().adult(r.adult().toBuilder().dateOfBirth(LocalDate.of(1961, 3, 1))
                .dateOfDeath(LocalDate.of(2025, 12, 1)).build()).build();
        SafeguardingRecord alive = r.toBuilder().adult(r.adult().toBuilder().dateOfBirth(LocalDate.of(1961, 3, 1))
                .build()).build();
        assertThat(deid.deidentify(died).person().ageBand()).isEqualTo(AgeBand.AGE_18_64);
        assertThat(deid.deidentify(died).person().yearOfDeath()).contains(2025);
        assertThat(deid.deidentify(alive).person().ageBand()).isEqualTo(AgeBand.AGE_65_74);
    }

    @Test
    void anUnknownAgeGivesTheUnknownBands() {
        SafeguardingRecord r = CanaryRecords.record();
        SafeguardingRecord unknown = r.toBuilder().adult(AdultAtRisk.builder("P-9").build()).build();
        ResearchPerson p = deid.deidentify(unknown).person();
        assertThat(p.ageBand()).isEqualTo(AgeBand.UNKNOWN);
        assertThat(p.fiveYearAgeBand()).isEqualTo(FiveYearAgeBand.UNKNOWN);
    }

    @Test
    void anAgeUnder18IsRefusedNamingTheFieldButNotTheValue() {
        SafeguardingRecord r = CanaryRecords.record();
        SafeguardingRecord child = r.toBuilder().adult(r.adult().toBuilder().dateOfBirth(LocalDate.of(2010, 2, 17))
                .build()).build();
        assertThatThrownBy(() -> deid.deidentify(child)).isInstanceOf(MspException.class)
                .hasMessageContaining("adult.dateOfBirth").hasMessageNotContaining("2010")
                .hasMessageNotContaining(CanaryRecords.PERSON_ID);
    }

    @Test
    void providersArePseudonymisedByDefaultAndKeptWhenAskedWhilePublicBodiesAlwaysKeepTheirCode() {
        SafeguardingRecord r = CanaryRecords.record().toBuilder()
                .addOrganisation(OrganisationInvolvement.of("CP-SUNNYSIDE", "Sunnyside Care Home",
                        OrganisationType.CARE_PROVIDER, List.of(OrganisationRole.CONTRIBUTED)))
                .addOrganisation(OrganisationInvolvement.of("RXX01", OrganisationType.NHS_TRUST,
                        OrganisationRole.RAISED_CONCERN))
                .build();
        List<ResearchOrganisation> pseudo = deid.deidentify(r).organisations();
        assertThat(pseudo.get(1).code()).matches("[0-9a-f]{64}").isEqualTo(KEY.pseudonym("organisation", "CP-SUNNYSIDE"));
        assertThat(pseudo.get(1).pseudonymised()).isTrue();
        assertThat(pseudo.get(2).code()).isEqualTo("RXX01");
        assertThat(deid.deidentify(r).toString()).doesNotContain("Sunnyside").doesNotContain("CP-SUNNYSIDE");
        assertThat(deid.deidentify(r).removed()).contains("organisations[].name");
        List<ResearchOrganisation> kept = Deidentifier.builder(KEY).pseudonymiseProviders(false).build()
                .deidentify(r).organisations();
        assertThat(kept.get(1).code()).isEqualTo("CP-SUNNYSIDE");
        assertThat(kept.get(1).pseudonymised()).isFalse();
    }

    @Test
    void answersToAnInstrumentNotInTheCatalogueAreRemovedWithItsIdentity() {
        SafeguardingRecord r = CanaryRecords.record().toBuilder()
                .questionnaires(List.of(QuestionnaireResponse.completed("CANARY-LOCAL-FORM", "1", Voice.adult(),
                        LocalDate.of(2025, 9, 1), List.of(ItemAnswer.coded("CANARY-ITEM", "CANARY-CODE")))))
                .build();
        ResearchRecord out = deid.deidentify(r);
        assertThat(out.toString()).doesNotContain("CANARY");
        ResearchQuestionnaire q = out.questionnaires().get(0);
        assertThat(q.inCatalogue()).isFalse();
        assertThat(q.instrumentId()).isEmpty();
        assertThat(q.answers()).isEmpty();
        assertThat(out.removed()).contains("questionnaires[].answers[]", "questionnaires[].instrumentId");
    }

    @Test
    void aCodeOffTheItemsScaleIsWithheld() {
        SafeguardingRecord r = CanaryRecords.record();
        QuestionnaireResponse q = r.questionnaires().get(0);
        SafeguardingRecord odd = r.toBuilder().questionnaires(List.of(QuestionnaireResponse.completed(
                q.instrumentId(), q.instrumentVersion(), Voice.adult(), LocalDate.of(2025, 9, 1),
                List.of(ItemAnswer.coded("listened-to", "CANARY-not-a-code"))))).build();
        ResearchAnswer a = deid.deidentify(odd).questionnaires().get(0).answers().get(0);
        assertThat(a).isEqualTo(new ResearchAnswer("listened-to", AnswerForm.CODE_WITHHELD, Optional.empty()));
    }

    @Test
    void theSameKeyGivesTheSamePseudonymsInTwoRunsAndADifferentKeyDifferentOnes() {
        List<SafeguardingRecord> records = new SyntheticDataGenerator(7).records(500);
        List<ResearchRecord> first = Deidentifier.builder(KEY).build().deidentifyAll(records);
        List<ResearchRecord> second = Deidentifier.builder(PseudonymKey.fromBytes(
                "research-key-for-tests-only-0123456789".getBytes(StandardCharsets.UTF_8))).build()
                .deidentifyAll(new SyntheticDataGenerator(7).records(500));
        List<ResearchRecord> other = Deidentifier.builder(OTHER_KEY).build().deidentifyAll(records);
        for (int i = 0; i < records.size(); i++) {
            assertThat(second.get(i)).isEqualTo(first.get(i));
            assertThat(other.get(i).recordPseudonym()).isNotEqualTo(first.get(i).recordPseudonym());
            assertThat(other.get(i).person().personPseudonym()).isNotEqualTo(first.get(i).person().personPseudonym());
        }
    }

    @Test
    void recordsOfOnePersonShareOnePseudonymAndDifferentPeopleDoNot() {
        List<SafeguardingRecord> records = new SyntheticDataGenerator(11).records(3_000);
        Map<String, String> personToPseudonym = new HashMap<>();
        Map<String, String> pseudonymToPerson = new HashMap<>();
        int repeats = 0;
        for (SafeguardingRecord r : records) {
            String pseudonym = deid.deidentify(r).person().personPseudonym();
            String previous = personToPseudonym.putIfAbsent(r.adult().personId(), pseudonym);
            if (previous != null) {
                repeats++;
                assertThat(pseudonym).isEqualTo(previous);
            }
            String owner = pseudonymToPerson.putIfAbsent(pseudonym, r.adult().personId());
            assertThat(owner == null ? r.adult().personId() : owner).isEqualTo(r.adult().personId());
        }
        assertThat(repeats).as("the generator gives some people several records").isGreaterThan(100);
    }

    @Test
    void idsThatUtf8WouldEncodeAlikeCannotShareAPseudonym() {
        // issue 17, finding 1: SAME-\ud800, SAME-\udfff and SAME-? were all encoded as "SAME-?" and got one pseudonym
        for (String broken : List.of("SAME-\ud800", "SAME-\udfff")) {
            assertThatThrownBy(() -> AdultAtRisk.builder(broken).build()).isInstanceOf(MspException.class)
                    .hasMessageStartingWith("adult.personId is not valid Unicode text").hasMessageNotContaining("SAME");
            assertThatThrownBy(() -> KEY.pseudonym("person", broken)).isInstanceOf(MspException.class)
                    .hasMessageStartingWith("the person identifier is not valid Unicode text")
                    .hasMessageNotContaining("SAME")
                    .satisfies(e -> assertThat(((MspException) e).kind()).isEqualTo(MspException.Kind.INVALID_VALUE));
        }
        SafeguardingRecord r = CanaryRecords.record();
        List<String> ids = List.of("SAME-?", "SAME-\ufffd", "SAME-\ud83d\ude00", "SAME-\ud800\udc00", "SAME-\u00e9");
        List<String> pseudonyms = ids.stream().map(id -> deid.deidentify(r.toBuilder()
                .adult(r.adult().toBuilder().personId(id).build()).build()).person().personPseudonym()).toList();
        assertThat(pseudonyms).doesNotHaveDuplicates().hasSize(ids.size());
        assertThat(pseudonyms.get(0)).isEqualTo(KEY.pseudonym("person", "SAME-?"));
    }

    @Test
    void toStringOfTheDeidentifierDoesNotShowTheKey() {
        assertThat(deid.toString()).contains("key=redacted").doesNotContain("research-key");
    }
}
