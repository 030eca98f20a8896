package org.mspsdk.returns;

import org.mspsdk.vocabulary.AgeBand;

import org.mspsdk.vocabulary.Population;

import org.mspsdk.vocabulary.SacTable;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mspsdk.returns.Fixtures.CONCLUDED;
import static org.mspsdk.returns.Fixtures.S42;
import static org.mspsdk.returns.Fixtures.column;
import static org.mspsdk.returns.Fixtures.concernOnly;
import static org.mspsdk.returns.Fixtures.concludedS42;
import static org.mspsdk.returns.Fixtures.d;
import static org.mspsdk.returns.Fixtures.expressed;
import static org.mspsdk.returns.Fixtures.notAsked;
import static org.mspsdk.returns.Fixtures.person;
import static org.mspsdk.returns.Fixtures.s42;
import static org.mspsdk.returns.Fixtures.sum;
import static org.mspsdk.returns.Fixtures.tally;
import static org.mspsdk.returns.Fixtures.withEnquiry;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mspsdk.model.AdultAtRisk;
import org.mspsdk.model.Enquiry;
import org.mspsdk.model.MentalCapacity;
import org.mspsdk.model.PersonalOutcomes;
import org.mspsdk.model.RiskItem;
import org.mspsdk.model.SafeguardingRecord;
import org.mspsdk.model.S42Criteria;
import org.mspsdk.vocabulary.AskedAboutOutcomes;
import org.mspsdk.vocabulary.CapacityAnswer;
import org.mspsdk.vocabulary.EnquiryResult;
import org.mspsdk.vocabulary.EnquiryType;
import org.mspsdk.vocabulary.Gender;
import org.mspsdk.vocabulary.LocationOfRisk;
import org.mspsdk.vocabulary.OutcomeAchievement;
import org.mspsdk.vocabulary.PrimarySupportReason;
import org.mspsdk.vocabulary.RiskOutcome;
import org.mspsdk.vocabulary.SourceOfRisk;
import org.mspsdk.vocabulary.TypeOfRisk;

/** One hand-built fixture per counting rule of MSP-DOMAIN section 5; the expected figures are worked by hand. */
class SacCountingRulesTest {

    private static Map<String, Long> expected(Object... labelThenValue) {
        Map<String, Long> m = new LinkedHashMap<>();
        for (int i = 0; i < labelThenValue.length; i += 2) {
            m.put((String) labelThenValue[i], ((Number) labelThenValue[i + 1]).longValue());
        }
        return m;
    }

    @Test
    void countsOnlyEventsFrom1AprilTo31MarchInclusive() {
        SacReturn r = tally(
                concernOnly("R1", "P1", "2025-03-31"),                                   // concern before the year
                concernOnly("R2", "P2", "2025-04-01"),                                   // first day: counted
                withEnquiry("R3", "P3", "2026-03-31", s42("2026-03-31").build()),        // last day: counted
                concernOnly("R4", "P4", "2026-04-01"),                                   // after the year
                withEnquiry("R5", "P5", "2025-03-20",                                     // commenced before,
                        concludedS42("2025-03-31", "2025-04-01").build()),                // concluded first day
                withEnquiry("R6", "P6", "2026-03-01",                                     // commenced in year,
                        concludedS42("2026-03-10", "2026-04-01").build()),                // concluded after
                withEnquiry("R7", "P7", "2025-03-01", Enquiry.builder(EnquiryType.OTHER, d("2025-04-01"))
                        .s42Criteria(new S42Criteria(true, true, false))
                        .addRiskItem(RiskItem.of(TypeOfRisk.SELF_NEGLECT, LocationOfRisk.OWN_HOME, SourceOfRisk.KNOWN))
                        .concludedOn(d("2026-03-31")).result(EnquiryResult.NO_RISK_ACTION).build()));

        assertThat(column(r, SacTable.SG1F, Population.SAFEGUARDING_CONCERNS.enquiryType(), "Total"))
                .isEqualTo(expected("Total Number of Safeguarding Concerns", 3));          // R2, R3, R6
        assertThat(column(r, SacTable.SG1F, S42, "Total"))
                .isEqualTo(expected("Total Number of Section 42 Safeguarding Enquiries", 2)); // R3, R6
        assertThat(column(r, SacTable.SG1F, Population.OTHER_ENQUIRIES.enquiryType(), "Total"))
                .isEqualTo(expected("Total Number of Other Safeguarding Enquiries", 1));   // R7
        assertThat(r.total(Population.CONCLUDED_S42, EnquiryResult.class)).isEqualTo(1);                  // R5
        assertThat(r.count(Population.CONCLUDED_OTHER, EnquiryResult.NO_RISK_ACTION)).isEqualTo(1);         // R7
        assertThat(sum(r, SacTable.SG3A, CONCLUDED, "Lacked Capacity")).isEqualTo(1);                       // R5
        assertThat(r.total(Population.CONCLUDED_S42, AskedAboutOutcomes.class)).isEqualTo(1);             // R5
        assertThat(sum(r, SacTable.SG1B, S42, "Gender")).isEqualTo(2);                                      // P3, P6
    }

    @Test
    void ageIsTakenOnTheLastDayOfTheYearOrAtDeathIfEarlier() {
        SacReturn r = tally(
                // 64 on 31 March 2026 (65 the next day)
                withEnquiry("A", person("PA").dateOfBirth(d("1961-04-01")).build(), "2025-05-01",
                        s42("2025-05-02").build(), notAsked()),
                // 65 on 31 March 2026 (birthday that day)
                withEnquiry("B", person("PB").dateOfBirth(d("1961-03-31")).build(), "2025-05-01",
                        s42("2025-05-02").build(), notAsked()),
                // died at 74 on 1 December 2025; would have been 75 on 31 March 2026
                withEnquiry("C", person("PC").dateOfBirth(d("1951-01-01")).dateOfDeath(d("2025-12-01")).build(),
                        "2025-05-01", s42("2025-05-02").build(), notAsked()),
                // only an age: 70 at the concern, so 70 or 71 on 31 March 2026: band 65-74 either way
                withEnquiry("D", person("PD").dateOfBirth(null).ageAtConcern(70).build(), "2025-06-01",
                        s42("2025-06-02").build(), notAsked()),
                // only an age: 64 at the concern, so 64 or 65: the band is ambiguous
                withEnquiry("E", person("PE").dateOfBirth(null).ageAtConcern(64).build(), "2025-06-01",
                        s42("2025-06-02").build(), notAsked()),
                // no age at all
                withEnquiry("F", person("PF").dateOfBirth(null).build(), "2025-06-01",
                        s42("2025-06-02").build(), notAsked()));

        assertThat(column(r, SacTable.SG1A, S42, "Age band")).isEqualTo(expected(
                "18-64", 1, "65-74", 3, "75-84", 0, "85-94", 0, "95+", 0, "Age unknown", 2));
        assertThat(r.dataQuality().sampleIds(DataQualityIssue.AGE_AMBIGUOUS)).containsExactly("E");
        assertThat(r.dataQuality().sampleIds(DataQualityIssue.AGE_NOT_RECORDED)).containsExactly("F");
    }

    @Test
    void aPersonWithSeveralEnquiriesCountsOnceInSg1aToSg1cButOncePerSupportReasonInSg1d() {
        AdultAtRisk physical = person("P").primarySupportReason(PrimarySupportReason.PHYSICAL).build();
        AdultAtRisk mental = person("P").primarySupportReason(PrimarySupportReason.MENTAL_HEALTH).build();
        SacReturn r = tally(
                withEnquiry("R1", physical, "2025-05-01", s42("2025-05-02").build(), notAsked()),
                withEnquiry("R2", physical, "2025-08-01", s42("2025-08-02").build(), notAsked()),
                withEnquiry("R3", mental, "2025-11-01", s42("2025-11-02").build(), notAsked()),
                withEnquiry("R4", person("Q").build(), "2025-05-01", s42("2025-05-02").build(), notAsked()));

        assertThat(r.total(Population.S42_ENQUIRIES)).isEqualTo(4);
        assertThat(column(r, SacTable.SG1B, S42, "Gender")).isEqualTo(expected("Male", 0, "Female", 2, "Not Known", 0));
        assertThat(r.total(Population.S42_ENQUIRIES, AgeBand.class)).isEqualTo(2);
        assertThat(sum(r, SacTable.SG1C, S42, "Ethnicity")).isEqualTo(2);
        assertThat(column(r, SacTable.SG1D, S42, "Primary Support Reason")).isEqualTo(expected(
                "Physical Support", 2, "Sensory Support", 0, "Support with Memory and Cognition", 0,
                "Learning Disability Support", 0, "Mental Health Support", 1, "Social Support", 0,
                "No Support Reason", 0, "Not Known", 0));
    }

    @Test
    void whenAPersonsRecordsDisagreeTheLatestEventWinsWhateverTheOrder() {
        SafeguardingRecord early = withEnquiry("R1", person("P").gender(Gender.MALE).build(), "2025-05-01",
                s42("2025-05-02").build(), notAsked());
        SafeguardingRecord late = withEnquiry("R2", person("P").gender(Gender.FEMALE).build(), "2025-09-01",
                s42("2025-09-02").build(), notAsked());
        Map<String, Long> femaleOnly = expected("Male", 0, "Female", 1, "Not Known", 0);
        assertThat(column(tally(early, late), SacTable.SG1B, S42, "Gender")).isEqualTo(femaleOnly);
        assertThat(column(tally(late, early), SacTable.SG1B, S42, "Gender")).isEqualTo(femaleOnly);
    }

    @Test
    void theSameSourceTypeTwiceInOneEnquiryCountsOnce() {
        Enquiry first = concludedS42("2025-05-01", "2025-07-01").riskItems(java.util.List.of(
                RiskItem.of(TypeOfRisk.PHYSICAL, LocationOfRisk.OWN_HOME, SourceOfRisk.KNOWN),
                RiskItem.of(TypeOfRisk.PHYSICAL, LocationOfRisk.CARE_HOME_RESIDENTIAL, SourceOfRisk.KNOWN),
                RiskItem.of(TypeOfRisk.FINANCIAL_MATERIAL, LocationOfRisk.OWN_HOME, SourceOfRisk.KNOWN),
                RiskItem.of(TypeOfRisk.NEGLECT, LocationOfRisk.OWN_HOME, SourceOfRisk.SERVICE_PROVIDER))).build();
        Enquiry second = concludedS42("2025-06-01", "2025-08-01").riskItems(java.util.List.of(
                RiskItem.of(TypeOfRisk.PHYSICAL, LocationOfRisk.OWN_HOME, SourceOfRisk.KNOWN))).build();
        SacReturn r = tally(withEnquiry("R1", "P1", "2025-05-01", first),
                withEnquiry("R2", "P2", "2025-06-01", second));

        assertThat(column(r, SacTable.SG2A, CONCLUDED, "Physical Abuse")).isEqualTo(expected(
                "Service Provider", 0, "Other - Known to individual", 2, "Other - Unknown to individual", 0));
        assertThat(column(r, SacTable.SG2A, CONCLUDED, "Financial or Material Abuse")).isEqualTo(expected(
                "Service Provider", 0, "Other - Known to individual", 1, "Other - Unknown to individual", 0));
        assertThat(column(r, SacTable.SG2A, CONCLUDED, "Neglect and Acts of Omission")).isEqualTo(expected(
                "Service Provider", 1, "Other - Known to individual", 0, "Other - Unknown to individual", 0));
        assertThat(sum(r, SacTable.SG2A, CONCLUDED, "Sexual Abuse")).isZero();
        assertThat(column(r, SacTable.SG2B, CONCLUDED, "Own Home")).isEqualTo(expected(
                "Service Provider", 1, "Other - Known to individual", 2, "Other - Unknown to individual", 0));
        assertThat(column(r, SacTable.SG2B, CONCLUDED, "Care Home - Residential")).isEqualTo(expected(
                "Service Provider", 0, "Other - Known to individual", 1, "Other - Unknown to individual", 0));
        // two concluded enquiries, but the SG2a cells add up to 4: one per distinct (type, source) pair
        assertThat(r.total(SacTable.SG2A, Population.CONCLUDED_S42)).isEqualTo(4);
    }

    @Test
    void riskItemsWithoutSourceOrLocationAreLeftOutAndReported() {
        Enquiry e = concludedS42("2025-05-01", "2025-07-01").riskItems(java.util.List.of(
                new RiskItem(TypeOfRisk.SEXUAL, java.util.Optional.of(LocationOfRisk.OWN_HOME), java.util.Optional.empty()),
                new RiskItem(TypeOfRisk.PHYSICAL, java.util.Optional.empty(), java.util.Optional.of(SourceOfRisk.UNKNOWN))))
                .build();
        Enquiry none = concludedS42("2025-05-01", "2025-07-01").riskItems(java.util.List.of()).build();
        SacReturn r = tally(withEnquiry("R1", "P1", "2025-05-01", e), withEnquiry("R2", "P2", "2025-05-01", none));

        assertThat(sum(r, SacTable.SG2A, CONCLUDED, "Sexual Abuse")).isZero();
        assertThat(r.count(Population.CONCLUDED_S42, TypeOfRisk.PHYSICAL, SourceOfRisk.UNKNOWN)).isEqualTo(1);
        assertThat(r.cells(SacTable.SG2B).stream().mapToLong(SacCell::value).sum()).isZero();
        assertThat(r.dataQuality().sampleIds(DataQualityIssue.RISK_SOURCE_NOT_RECORDED)).containsExactly("R1");
        assertThat(r.dataQuality().sampleIds(DataQualityIssue.RISK_LOCATION_NOT_RECORDED)).containsExactly("R1");
        assertThat(r.dataQuality().sampleIds(DataQualityIssue.NO_RISK_ITEMS)).containsExactly("R2");
    }

    @Test
    void sg2cHasOneResultPerEnquiryAndSg2eOnlyWhereARiskWasIdentified() {
        SacReturn r = tally(
                withEnquiry("R1", "P1", "2025-05-01", concludedS42("2025-05-01", "2025-06-01")
                        .result(EnquiryResult.RISK_IDENTIFIED_ACTION).riskOutcome(RiskOutcome.REDUCED).build()),
                withEnquiry("R2", "P2", "2025-05-01", concludedS42("2025-05-01", "2025-06-01")
                        .result(EnquiryResult.RISK_IDENTIFIED_NO_ACTION).riskOutcome(RiskOutcome.REMAINED).build()),
                withEnquiry("R3", "P3", "2025-05-01", concludedS42("2025-05-01", "2025-06-01")
                        .result(EnquiryResult.INCONCLUSIVE_ACTION).riskOutcome(RiskOutcome.REMOVED).build()),
                withEnquiry("R4", "P4", "2025-05-01", concludedS42("2025-05-01", "2025-06-01")
                        .result(EnquiryResult.RISK_IDENTIFIED_ACTION).build()),
                withEnquiry("R5", "P5", "2025-05-01", concludedS42("2025-05-01", "2025-06-01")
                        .result(null).build()));

        assertThat(column(r, SacTable.SG2C, CONCLUDED, "Action Taken and Result")).isEqualTo(expected(
                "Risk identified and action taken", 2,
                "Risk identified and no action taken", 1,
                "Risk - Assessment inconclusive and action taken", 1,
                "Risk - Assessment inconclusive and no action taken", 0,
                "No risk identified and action taken", 0,
                "No risk identified and no action taken", 0,
                "Enquiry ceased at individual's request and no action taken", 0));
        assertThat(column(r, SacTable.SG2E, CONCLUDED, "Risk Outcome")).isEqualTo(expected(
                "Risk remained", 1, "Risk reduced", 1, "Risk removed", 0));
        assertThat(r.dataQuality().sampleIds(DataQualityIssue.RISK_OUTCOME_WITHOUT_IDENTIFIED_RISK))
                .containsExactly("R3");
        assertThat(r.dataQuality().sampleIds(DataQualityIssue.RISK_OUTCOME_NOT_RECORDED)).containsExactly("R4");
        assertThat(r.dataQuality().sampleIds(DataQualityIssue.RESULT_NOT_RECORDED)).containsExactly("R5");
    }

    @Test
    void sg3aCountsEachConcludedS42EnquiryOnceWithTheSupportSubset() {
        SacReturn r = tally(
                withEnquiry("R1", "P1", "2025-05-01", concludedS42("2025-05-01", "2025-06-01")
                        .mentalCapacity(MentalCapacity.lacked(true)).build()),
                withEnquiry("R2", "P2", "2025-05-01", concludedS42("2025-05-01", "2025-06-01")
                        .mentalCapacity(MentalCapacity.lacked(false)).build()),
                withEnquiry("R3", "P3", "2025-05-01", concludedS42("2025-05-01", "2025-06-01")
                        .mentalCapacity(MentalCapacity.of(CapacityAnswer.LACKED)).build()),
                withEnquiry("R4", "P4", "2025-05-01", concludedS42("2025-05-01", "2025-06-01").build()),
                withEnquiry("R5", "P5", "2025-05-01", concludedS42("2025-05-01", "2025-06-01")
                        .mentalCapacity(null).build()),
                withEnquiry("R6", "P6", "2025-05-01", concludedS42("2025-05-01", "2025-06-01")
                        .mentalCapacity(MentalCapacity.of(CapacityAnswer.DONT_KNOW)).build()));

        assertThat(column(r, SacTable.SG3A, CONCLUDED, "Lacked Capacity")).isEqualTo(expected(
                "Yes, they lacked capacity", 3, "No, they did not lack capacity", 1, "Don't know", 1,
                "Not recorded", 1));
        assertThat(column(r, SacTable.SG3A, CONCLUDED, "Support"))
                .isEqualTo(expected(SacTable.Sg3aSupport.SUPPORTED.label(), 1));
        assertThat(r.dataQuality().sampleIds(DataQualityIssue.CAPACITY_NOT_RECORDED)).containsExactly("R5");
        assertThat(r.dataQuality().sampleIds(DataQualityIssue.CAPACITY_SUPPORT_NOT_RECORDED)).containsExactly("R3");
    }

    @Test
    void sg4aCountsAchievementOnlyAmongAskedAndExpressed() {
        PersonalOutcomes notExpressedButRated = PersonalOutcomes.builder()
                .asked(AskedAboutOutcomes.ASKED_NOT_EXPRESSED)
                .enquiryAchievement(OutcomeAchievement.PARTIALLY_ACHIEVED).build();
        AdultAtRisk a = person("P").build();
        SacReturn r = tally(
                withEnquiry("E1", a, "2025-05-01", concludedS42("2025-05-01", "2025-06-01").build(),
                        expressed(OutcomeAchievement.FULLY_ACHIEVED, OutcomeAchievement.FULLY_ACHIEVED)),
                withEnquiry("E2", a, "2025-05-01", concludedS42("2025-05-01", "2025-06-01").build(),
                        notExpressedButRated),
                withEnquiry("E3", a, "2025-05-01", concludedS42("2025-05-01", "2025-06-01").build(), notAsked()),
                withEnquiry("E4", a, "2025-05-01", concludedS42("2025-05-01", "2025-06-01").build(),
                        PersonalOutcomes.none()),
                withEnquiry("E5", a, "2025-05-01", concludedS42("2025-05-01", "2025-06-01").build(),
                        expressed(null, (OutcomeAchievement) null)),
                // open enquiry: not in SG4a at all
                withEnquiry("E6", a, "2025-05-01", s42("2025-05-01").build(),
                        expressed(OutcomeAchievement.NOT_ACHIEVED, OutcomeAchievement.NOT_ACHIEVED)));

        assertThat(column(r, SacTable.SG4A, CONCLUDED, "Asked about Desired Outcomes")).isEqualTo(expected(
                "Yes they were asked and outcomes were expressed", 2,
                "Yes they were asked but no outcomes were expressed", 1,
                "No", 1, "Don't Know", 0, "Not Recorded", 1));
        assertThat(column(r, SacTable.SG4A, CONCLUDED, "Outcomes Achieved")).isEqualTo(expected(
                "Fully Achieved", 1, "Partially Achieved", 0, "Not Achieved", 0));
        assertThat(r.dataQuality().sampleIds(DataQualityIssue.ACHIEVEMENT_WITHOUT_OUTCOMES_EXPRESSED))
                .containsExactly("E2");
        assertThat(r.dataQuality().sampleIds(DataQualityIssue.ASKED_NOT_RECORDED)).containsExactly("E4");
        assertThat(r.dataQuality().sampleIds(DataQualityIssue.ACHIEVEMENT_NOT_RECORDED)).containsExactly("E5");
    }

    @Test
    void missingDemographicsAreCountedAsNotKnownAndReported() {
        AdultAtRisk bare = AdultAtRisk.builder("P").dateOfBirth(d("1950-06-01")).build();
        SacReturn r = tally(withEnquiry("R1", bare, "2025-05-01", s42("2025-05-02").build(), notAsked()));

        assertThat(r.count(Population.S42_ENQUIRIES, Gender.NOT_KNOWN)).isEqualTo(1);
        assertThat(r.value(SacTable.SG1C, S42, "Ethnicity", "Undeclared / Not Known")).isEqualTo(1);
        assertThat(r.count(Population.S42_ENQUIRIES, PrimarySupportReason.NOT_KNOWN)).isEqualTo(1);
        assertThat(r.total(Population.S42_ENQUIRIES, SacTable.Sg1eFlag.class)).isZero();
        for (DataQualityIssue issue : new DataQualityIssue[] {DataQualityIssue.GENDER_NOT_RECORDED,
            DataQualityIssue.ETHNICITY_NOT_RECORDED, DataQualityIssue.SUPPORT_REASON_NOT_RECORDED,
            DataQualityIssue.DISABILITY_FLAGS_NOT_RECORDED}) {
            // the record is in two populations (concern and s42) but is reported once per issue
            assertThat(r.dataQuality().count(issue)).as(issue.code()).isEqualTo(1);
            assertThat(r.dataQuality().sampleIds(issue)).as(issue.code()).containsExactly("R1");
        }
    }

    @Test
    void theDataQualityReportKeepsExactCountsAndABoundedSampleOfTheSmallestIds() {
        SacSettings settings = SacSettings.of(Fixtures.YEAR).withDataQualitySampleSize(2);
        SacReturn r = tally(settings,
                withEnquiry("R5", "P5", "2025-05-01", concludedS42("2025-05-01", "2025-06-01").mentalCapacity(null).build()),
                withEnquiry("R3", "P3", "2025-05-01", concludedS42("2025-05-01", "2025-06-01").mentalCapacity(null).build()),
                withEnquiry("R4", "P4", "2025-05-01", concludedS42("2025-05-01", "2025-06-01").mentalCapacity(null).build()),
                withEnquiry("R1", "P1", "2025-05-01", concludedS42("2025-05-01", "2025-06-01").mentalCapacity(null).build()),
                withEnquiry("R2", "P2", "2025-05-01", concludedS42("2025-05-01", "2025-06-01").mentalCapacity(null).build()));

        assertThat(r.dataQuality().count(DataQualityIssue.CAPACITY_NOT_RECORDED)).isEqualTo(5);
        assertThat(r.dataQuality().sampleIds(DataQualityIssue.CAPACITY_NOT_RECORDED)).containsExactly("R1", "R2");
    }
}
