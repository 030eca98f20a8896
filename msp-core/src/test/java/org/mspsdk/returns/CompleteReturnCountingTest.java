package org.mspsdk.returns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mspsdk.returns.Fixtures.concludedS42;
import static org.mspsdk.returns.Fixtures.d;
import static org.mspsdk.returns.Fixtures.notAsked;
import static org.mspsdk.returns.Fixtures.person;
import static org.mspsdk.returns.Fixtures.tally;
import static org.mspsdk.returns.Fixtures.withEnquiry;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.mspsdk.model.AdultAtRisk;
import org.mspsdk.model.RiskItem;
import org.mspsdk.model.SafeguardingAdultsReview;
import org.mspsdk.model.SafeguardingRecord;
import org.mspsdk.model.SarRegister;
import org.mspsdk.synthetic.SyntheticDataGenerator;
import org.mspsdk.vocabulary.AgeBand;
import org.mspsdk.vocabulary.Gender;
import org.mspsdk.vocabulary.LocationOfRisk;
import org.mspsdk.vocabulary.Population;
import org.mspsdk.vocabulary.SacTable;
import org.mspsdk.vocabulary.SourceOfRisk;
import org.mspsdk.vocabulary.TypeOfRisk;

/** Issue 14: SG1a's exact ages and people with several records, SG2a_b1, SG5a/SG5b, unique generated people. */
class CompleteReturnCountingTest {

    private static final Population S42 = Population.S42_ENQUIRIES;

    /** A person known only by an age at concern. */
    private static AdultAtRisk.Builder agedAtConcern(String id, int age) {
        return AdultAtRisk.builder(id).ageAtConcern(age).gender(Gender.FEMALE);
    }

    private static SafeguardingRecord s42(String recordId, AdultAtRisk adult, String received) {
        return withEnquiry(recordId, adult, received, Fixtures.s42(received).build(), notAsked());
    }

    @Test
    void anAgeAtAConcernReceivedOn31MarchIsExactOnTheLastDayOfTheYear() {
        // 64 at a concern on 31 March 2026 is 64 on 31 March 2026: before issue 14 the candidates 64 and 65
        // straddled the 18-64 / 65-74 edge and the person was counted as Age unknown
        SacReturn sac = tally(s42("R1", agedAtConcern("P1", 64).build(), "2026-03-31"));

        assertThat(sac.count(S42, AgeBand.AGE_18_64)).isEqualTo(1);
        assertThat(sac.count(S42, AgeBand.UNKNOWN)).isZero();
        assertThat(sac.dataQuality().count(DataQualityIssue.AGE_AMBIGUOUS)).isZero();
    }

    @Test
    void anAgeAtConcernOnTheSameMonthAndDayAsTheDeathIsExact() {
        // 74 at a concern on 1 February 2025, died on 1 February 2026: 75 exactly at death (not 75 or 76... nor
        // 74 or 75 across the 65-74 / 75-84 edge)
        AdultAtRisk died = agedAtConcern("P1", 74).dateOfDeath(d("2026-02-01")).build();
        SafeguardingRecord r = withEnquiry("R1", died, "2025-02-01", Fixtures.s42("2025-04-02").build(), notAsked());

        SacReturn sac = tally(r);

        assertThat(sac.count(S42, AgeBand.AGE_75_84)).isEqualTo(1);
        assertThat(sac.dataQuality().count(DataQualityIssue.AGE_AMBIGUOUS)).isZero();
    }

    @Test
    void anAgeAtConcernOnAnotherDayStraddlingABandEdgeIsStillUnknown() {
        // 64 on 1 May 2025: on 31 March 2026 either 64 or 65
        SacReturn sac = tally(s42("R1", agedAtConcern("P1", 64).build(), "2025-05-01"));

        assertThat(sac.count(S42, AgeBand.UNKNOWN)).isEqualTo(1);
        assertThat(sac.dataQuality().count(DataQualityIssue.AGE_AMBIGUOUS)).isEqualTo(1);
    }

    @Test
    void twoRecordsThatEachStraddleAnEdgeTogetherFixTheBand() {
        // record 1: 64 on 1 May 2025 -> 64 or 65 on 31 March 2026; record 2 (later): 64 on 1 Sept 2025 -> 64 or 65
        // as well, so they alone do not fix it; record 3: 65 on 1 June 2025 -> 65 or 66: together only 65 fits
        SacReturn sac = tally(s42("R1", agedAtConcern("P1", 64).build(), "2025-05-01"),
                s42("R2", agedAtConcern("P1", 64).build(), "2025-09-01"),
                s42("R3", agedAtConcern("P1", 65).build(), "2025-06-01"));

        assertThat(sac.count(S42, AgeBand.AGE_65_74)).isEqualTo(1);
        assertThat(sac.count(S42, AgeBand.UNKNOWN)).isZero();
        assertThat(sac.dataQuality().count(DataQualityIssue.AGE_RECORDS_DISAGREE)).isZero();
    }

    @Test
    void anExactAgeOnAnEarlierRecordIsNotOverruledByALaterAmbiguousOne() {
        // the latest record alone (64 or 65) would give Age unknown; the earlier date of birth fixes 18-64
        AdultAtRisk born = AdultAtRisk.builder("P1").dateOfBirth(d("1961-06-01")).gender(Gender.FEMALE).build();
        SacReturn sac = tally(s42("R1", born, "2025-04-10"), s42("R2", agedAtConcern("P1", 64).build(), "2025-09-01"));

        assertThat(sac.count(S42, AgeBand.AGE_18_64)).isEqualTo(1);
        assertThat(sac.total(S42, AgeBand.class)).isEqualTo(1);
    }

    @Test
    void recordsThatContradictEachOtherAreAgeUnknownAndReported() {
        AdultAtRisk young = AdultAtRisk.builder("P1").dateOfBirth(d("1980-01-01")).gender(Gender.FEMALE).build();
        AdultAtRisk old = AdultAtRisk.builder("P1").dateOfBirth(d("1940-01-01")).gender(Gender.MALE).build();

        SacReturn sac = tally(s42("R1", young, "2025-05-01"), s42("R2", old, "2025-09-01"));

        assertThat(sac.count(S42, AgeBand.UNKNOWN)).isEqualTo(1);
        assertThat(sac.dataQuality().count(DataQualityIssue.AGE_RECORDS_DISAGREE)).isEqualTo(1);
        // gender: the latest record counts, and the disagreement is reported
        assertThat(sac.count(S42, Gender.MALE)).isEqualTo(1);
        assertThat(sac.dataQuality().count(DataQualityIssue.GENDER_RECORDS_DISAGREE)).isEqualTo(1);
        assertThat(sac.dataQuality().sampleIds(DataQualityIssue.GENDER_RECORDS_DISAGREE)).isEmpty();
    }

    @Test
    void aPersonWhoseRecordsAgreeIsNotReported() {
        SacReturn sac = tally(s42("R1", person("P1").build(), "2025-05-01"), s42("R2", person("P1").build(),
                "2025-09-01"));

        assertThat(sac.dataQuality().count(DataQualityIssue.AGE_RECORDS_DISAGREE)).isZero();
        assertThat(sac.dataQuality().count(DataQualityIssue.GENDER_RECORDS_DISAGREE)).isZero();
        assertThat(sac.dataQuality().count(DataQualityIssue.ETHNICITY_RECORDS_DISAGREE)).isZero();
    }

    @Test
    void sg2ab1CountsEachEnquiryOncePerDistinctTypeAndLocation() {
        // neglect at home twice (two sources) and neglect in a care home: (neglect, home) once, (neglect, care home)
        // once; SG2a counts (neglect, known) and (neglect, provider) once each
        var enquiry = Fixtures.s42("2025-05-01") // (neglect, own home, known)
                .addRiskItem(RiskItem.of(TypeOfRisk.NEGLECT, LocationOfRisk.OWN_HOME, SourceOfRisk.SERVICE_PROVIDER))
                .addRiskItem(RiskItem.of(TypeOfRisk.NEGLECT, LocationOfRisk.CARE_HOME_NURSING,
                        SourceOfRisk.SERVICE_PROVIDER))
                .concludedOn(d("2025-08-01")).result(org.mspsdk.vocabulary.EnquiryResult.NO_RISK_NO_ACTION)
                .mentalCapacity(org.mspsdk.model.MentalCapacity.of(org.mspsdk.vocabulary.CapacityAnswer.DID_NOT_LACK))
                .build();
        SacReturn sac = tally(withEnquiry("R1", person("P1").build(), "2025-05-01", enquiry, notAsked()));
        Population c = Population.CONCLUDED_S42;

        assertThat(sac.count(c, TypeOfRisk.NEGLECT, LocationOfRisk.OWN_HOME)).isEqualTo(1);
        assertThat(sac.count(c, TypeOfRisk.NEGLECT, LocationOfRisk.CARE_HOME_NURSING)).isEqualTo(1);
        assertThat(sac.total(SacTable.SG2A_B1, c)).isEqualTo(2);
        assertThat(sac.value(SacTable.SG2A_B1, c.enquiryType(), "Neglect and Acts of Omission",
                "In the Community (excluding community services)")).isZero();
    }

    @Test
    void withoutARegisterSg5IsMissingNotZero() {
        SacReturn sac = tally(concludedRecord());

        assertThat(sac.cells(SacTable.SG5A)).hasSize(2).allMatch(SacCell::missing);
        assertThat(sac.cells(SacTable.SG5B)).hasSize(2).allMatch(SacCell::missing);
    }

    @Test
    void sg5CountsTheReviewsCompletedInTheYear() {
        SarRegister register = SarRegister.of(
                SafeguardingAdultsReview.completed("SAR-1", d("2024-11-01"), d("2025-06-30"), 1, 0),
                SafeguardingAdultsReview.completed("SAR-2", d("2025-01-10"), d("2026-03-31"), 2, 1),
                SafeguardingAdultsReview.completed("SAR-3", d("2025-02-01"), d("2025-09-15"), 0, 3),
                SafeguardingAdultsReview.completed("SAR-4", d("2024-01-01"), d("2025-03-31"), 1, 0), // year before
                new SafeguardingAdultsReview("SAR-5", Optional.of(d("2025-05-01")), Optional.empty(), false, 0, 1));
        SacReturn sac = tally(SacSettings.of(Fixtures.YEAR).withReviews(register), concludedRecord());

        assertThat(sac.count(Population.SAFEGUARDING_ADULT_REVIEWS, SacTable.Sg5aReviews.ONE_OR_MORE_DIED))
                .isEqualTo(2);
        assertThat(sac.count(Population.SAFEGUARDING_ADULT_REVIEWS, SacTable.Sg5aReviews.NONE_DIED)).isEqualTo(1);
        assertThat(sac.count(Population.SAR_INDIVIDUALS, SacTable.Sg5bIndividuals.DIED)).isEqualTo(3);
        assertThat(sac.count(Population.SAR_INDIVIDUALS, SacTable.Sg5bIndividuals.SURVIVED)).isEqualTo(4);
    }

    @Test
    void talliesWithTheSameRegisterMergeWithoutCountingItTwice() {
        SarRegister register = SarRegister.of(
                SafeguardingAdultsReview.completed("SAR-1", d("2024-11-01"), d("2025-06-30"), 1, 0));
        SacSettings settings = SacSettings.of(Fixtures.YEAR).withReviews(register);
        SacTally a = settings.newTally().add(concludedRecord());
        SacTally b = settings.newTally().add(s42("R2", person("P2").build(), "2025-06-01"));

        SacReturn merged = a.merge(b).result();

        assertThat(merged.count(Population.SAFEGUARDING_ADULT_REVIEWS, SacTable.Sg5aReviews.ONE_OR_MORE_DIED))
                .isEqualTo(1);
    }

    @Test
    void theGeneratorGivesEveryNewPersonTheirOwnId() {
        // seed 11 gave two different people the same id before issue 14; a person seen again keeps theirs
        SyntheticDataGenerator gen = new SyntheticDataGenerator(11);
        java.util.Map<String, LocalDate> births = new java.util.HashMap<>();
        Set<String> clashes = new HashSet<>();
        for (int i = 0; i < 120_000; i++) {
            AdultAtRisk a = gen.next().adult();
            LocalDate dob = a.dateOfBirth().orElse(LocalDate.MIN);
            LocalDate before = births.putIfAbsent(a.personId(), dob);
            if (before != null && !before.equals(dob)) {
                clashes.add(a.personId());
            }
        }
        assertThat(clashes).isEmpty();
    }

    private static SafeguardingRecord concludedRecord() {
        return withEnquiry("R1", person("P1").build(), "2025-05-01", concludedS42("2025-05-01", "2025-08-01").build(),
                notAsked());
    }
}
