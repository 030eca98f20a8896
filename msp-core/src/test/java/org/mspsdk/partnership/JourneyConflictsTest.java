package org.mspsdk.partnership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mspsdk.MspException;
import org.mspsdk.model.SafeguardingRecord;
import org.mspsdk.returns.DataQualityIssue;
import org.mspsdk.returns.ReportingYear;
import org.mspsdk.returns.SacReturn;
import org.mspsdk.returns.SacSettings;
import org.mspsdk.returns.SacTally;
import org.mspsdk.testing.ConflictingJourneys;
import org.mspsdk.testing.JourneyRecords;
import org.mspsdk.validation.RuleCatalogue;
import org.mspsdk.validation.Severity;
import org.mspsdk.vocabulary.Population;

/** Records of one journey that disagree: findings with rule ids, record ids and paths; nothing silently dropped. */
class JourneyConflictsTest {

    private static final Map<String, List<SafeguardingRecord>> CASES = ConflictingJourneys.all();

    private static List<JourneyFinding> findings(String conflict) {
        List<MergedJourney> merged = Partnership.mergeAll(CASES.get(conflict));
        assertThat(merged).hasSize(1);
        return merged.get(0).findings();
    }

    private static SacReturn sac(String conflict) {
        SacTally t = SacSettings.of(ReportingYear.of(2025)).newTally();
        CASES.get(conflict).forEach(t::add);
        return t.result();
    }

    @Test
    void twoLeadCouncilsArePointedAtTheSecondOnesCode() {
        assertThat(findings("two lead councils")).extracting(JourneyFinding::ruleId, JourneyFinding::recordId,
                JourneyFinding::path, JourneyFinding::severity)
                .containsExactly(tuple("MSP-JNY-004", "H-1", "organisations[0].code", Severity.ERROR));
    }

    @Test
    void aSecondLeadRecordIsFoundAndBothAreCountedAndReported() {
        assertThat(findings("two lead council records")).extracting(JourneyFinding::ruleId, JourneyFinding::recordId,
                JourneyFinding::path).containsExactly(tuple("MSP-JNY-005", "C-2", "recordedBy"));
        SacReturn sac = sac("two lead council records");
        // the return cannot tell which is right: both lead records counted, the journey reported
        assertThat(sac.total(Population.SAFEGUARDING_CONCERNS)).isEqualTo(2);
        assertThat(sac.dataQuality().count(DataQualityIssue.SEVERAL_LEAD_RECORDS)).isEqualTo(1);
        assertThat(sac.partnership().journeys().severalLeadRecords()).isEqualTo(1);
    }

    @Test
    void enquiriesThatDisagreeWithTheLeadCouncilsAreFindings() {
        assertThat(findings("enquiry type")).extracting(JourneyFinding::ruleId, JourneyFinding::recordId,
                JourneyFinding::path).containsExactly(tuple("MSP-JNY-006", "P-1", "enquiry.type"));
        assertThat(findings("enquiry result")).extracting(JourneyFinding::ruleId, JourneyFinding::recordId,
                JourneyFinding::path).containsExactly(tuple("MSP-JNY-007", "P-1", "enquiry.result"));
        assertThat(findings("NHS number")).extracting(JourneyFinding::ruleId, JourneyFinding::recordId,
                JourneyFinding::path).containsExactly(tuple("MSP-JNY-008", "H-1", "adult.nhsNumber"));
        assertThat(findings("concern outcome")).extracting(JourneyFinding::ruleId, JourneyFinding::path,
                JourneyFinding::severity).containsExactly(tuple("MSP-JNY-009", "concern.outcome", Severity.WARNING));
        // the lead council's answer is what the SAC counts: one concern, one s42 enquiry, whatever the partner says
        SacReturn sac = sac("enquiry result");
        assertThat(sac.total(Population.SAFEGUARDING_CONCERNS)).isEqualTo(1);
        assertThat(sac.total(Population.S42_ENQUIRIES)).isEqualTo(1);
    }

    @Test
    void partnerRecordsWithoutTheLeadCouncilsAreReportedNotCounted() {
        MergedJourney m = Partnership.mergeAll(CASES.get("no lead record")).get(0);
        assertThat(m.merged()).isEmpty();
        assertThat(m.journey().records()).hasSize(2);
        assertThat(m.findings()).extracting(JourneyFinding::ruleId, JourneyFinding::recordId, JourneyFinding::path)
                .containsExactly(tuple("MSP-JNY-010", "H-1", "episodeId"), tuple("MSP-JNY-010", "P-1", "episodeId"));
        SacReturn sac = sac("no lead record");
        assertThat(sac.total(Population.SAFEGUARDING_CONCERNS)).isZero();
        assertThat(sac.dataQuality().count(DataQualityIssue.PARTNER_RECORD_WITHOUT_LEAD_RECORD)).isEqualTo(2);
        assertThat(sac.dataQuality().sampleIds(DataQualityIssue.PARTNER_RECORD_WITHOUT_LEAD_RECORD))
                .containsExactly("H-1", "P-1");
        assertThat(sac.partnership().journeys().journeys()).isZero();
        assertThat(sac.partnership().journeys().partnerRecordsWithoutLead()).isEqualTo(2);

        assertThat(findings("partner record not linked")).extracting(JourneyFinding::ruleId, JourneyFinding::path)
                .containsExactly(tuple("MSP-JNY-003", "episodeId"));
        SacReturn unlinked = sac("partner record not linked");
        assertThat(unlinked.dataQuality().sampleIds(DataQualityIssue.PARTNER_RECORD_NOT_LINKED))
                .containsExactly("H-1");
    }

    @Test
    void aPartnerRecordBeforeItsLeadRecordIsNotReportedOnceTheLeadRecordArrives() {
        SacTally t = SacSettings.of(ReportingYear.of(2025)).newTally();
        t.add(JourneyRecords.hospital());
        t.add(JourneyRecords.council());
        assertThat(t.result().dataQuality().isEmpty()).isTrue();
    }

    @Test
    void everyJourneyRuleIsInTheCatalogueAndFindingsCarryNoPersonalData() {
        for (String id : List.of("MSP-JNY-003", "MSP-JNY-004", "MSP-JNY-005", "MSP-JNY-006", "MSP-JNY-007",
                "MSP-JNY-008", "MSP-JNY-009", "MSP-JNY-010")) {
            assertThat(RuleCatalogue.find(id)).as(id).isPresent();
        }
        for (List<SafeguardingRecord> journey : CASES.values()) {
            for (MergedJourney m : Partnership.mergeAll(journey)) {
                for (JourneyFinding f : m.findings()) {
                    assertThat(f.finding().message()).doesNotContain("P-1042", "943", "9434765919",
                            JourneyRecords.EPISODE, "C-1", "H-1", "P-1", "I want");
                    assertThat(f.toString()).doesNotContain(f.recordId());
                    assertThat(RuleCatalogue.find(f.ruleId()).orElseThrow().severity()).isEqualTo(f.severity());
                }
            }
        }
    }

    @Test
    void theStreamingFormGroupsAdjacentRecordsAndRefusesAJourneyThatComesBack() {
        List<SafeguardingRecord> records = List.of(JourneyRecords.hospital(), JourneyRecords.council(),
                JourneyRecords.careProvider(), CASES.get("partner record not linked").get(0));
        Iterator<Journey> it = Partnership.adjacent(records.iterator());
        assertThat(it.next().records()).hasSize(3);
        assertThat(it.next().episodeId()).isEmpty();
        assertThat(it.hasNext()).isFalse();

        Iterator<Journey> broken = Partnership.adjacent(List.of(JourneyRecords.hospital(),
                CASES.get("partner record not linked").get(0), JourneyRecords.council()).iterator());
        broken.next();
        broken.next();
        assertThatThrownBy(broken::next).isInstanceOf(MspException.class)
                .hasMessageContaining("sort the input by episodeId").hasMessageNotContaining(JourneyRecords.EPISODE)
                .hasMessageNotContaining("C-1");
    }
}
