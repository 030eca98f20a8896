package org.mspsdk.partnership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mspsdk.testing.JourneyRecords.CARE_PROVIDER;
import static org.mspsdk.testing.JourneyRecords.COUNCIL;
import static org.mspsdk.testing.JourneyRecords.HOSPITAL;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.mspsdk.model.DesiredOutcome;
import org.mspsdk.model.QuestionnaireResponse;
import org.mspsdk.model.SafeguardingRecord;
import org.mspsdk.research.Deidentifier;
import org.mspsdk.research.PseudonymKey;
import org.mspsdk.research.ResearchOrganisation;
import org.mspsdk.research.ResearchRecord;
import org.mspsdk.returns.BoardMeasure;
import org.mspsdk.returns.Grouping;
import org.mspsdk.returns.PartnershipMeasures;
import org.mspsdk.returns.ReportingYear;
import org.mspsdk.returns.SacReturn;
import org.mspsdk.returns.SacSettings;
import org.mspsdk.returns.SacTally;
import org.mspsdk.testing.JourneyRecords;
import org.mspsdk.validation.Profile;
import org.mspsdk.validation.Validator;
import org.mspsdk.vocabulary.CapacityAnswer;
import org.mspsdk.vocabulary.EnquiryResult;
import org.mspsdk.vocabulary.Gender;
import org.mspsdk.vocabulary.OrganisationRole;
import org.mspsdk.vocabulary.OutcomeAchievement;
import org.mspsdk.vocabulary.AskedAboutOutcomes;
import org.mspsdk.vocabulary.Population;

/**
 * The journey of {@link JourneyRecords}: a council, a hospital and a care provider record one concern. The
 * expected figures are worked out by hand in the comments, from the three records as written.
 */
class ThreeRecordJourneyTest {

    private static final Clock CLOCK = Clock.fixed(LocalDate.of(2026, 6, 30).atStartOfDay().toInstant(ZoneOffset.UTC),
            ZoneOffset.UTC);
    private static final SacSettings SETTINGS = SacSettings.of(ReportingYear.of(2025))
            .withGroupings(Grouping.byOrganisation());

    private static SacReturn tally(List<SafeguardingRecord> records) {
        SacTally t = SETTINGS.newTally();
        records.forEach(t::add);
        return t.result();
    }

    @Test
    void everyRecordOfTheJourneyIsValid() {
        Validator v = Validator.builder().profile(Profile.IN_PROGRESS).clock(CLOCK).build();
        for (SafeguardingRecord r : JourneyRecords.all()) {
            assertThat(v.validate(r).errors()).as(r.recordId()).isEmpty();
        }
        assertThat(Validator.builder().profile(Profile.SAC_COMPLETE).clock(CLOCK).build()
                .validate(JourneyRecords.council()).errors()).isEmpty();
        assertThat(JourneyRecords.council().isLeadRecord()).isTrue();
        assertThat(JourneyRecords.hospital().isPartnerRecord()).isTrue();
        assertThat(JourneyRecords.careProvider().isPartnerRecord()).isTrue();
    }

    @Test
    void theSacCountsOneConcernAndOneSection42Enquiry() {
        SacReturn sac = tally(JourneyRecords.all());
        // three records read, but only C-1 is the lead council's: H-1 and P-1 are recordedBy a partner
        assertThat(sac.recordsRead()).isEqualTo(3);
        // SG1f: C-1's concern (received 2 June 2025) and its s42 enquiry (commenced 3 June 2025); before linked
        // records the three records counted three concerns
        assertThat(sac.total(Population.SAFEGUARDING_CONCERNS)).isEqualTo(1);
        assertThat(sac.total(Population.S42_ENQUIRIES)).isEqualTo(1);
        assertThat(sac.total(Population.OTHER_ENQUIRIES)).isZero();
        // SG1b: one woman, though each organisation has its own local person id
        assertThat(sac.count(Population.SAFEGUARDING_CONCERNS, Gender.FEMALE)).isEqualTo(1);
        assertThat(sac.count(Population.S42_ENQUIRIES, Gender.FEMALE)).isEqualTo(1);
        // concluded 20 August 2025: SG2c risk identified and action taken, SG3a did not lack capacity, SG4a asked
        // and expressed, partially achieved (C-1's enquiry-level answer)
        assertThat(sac.count(Population.CONCLUDED_S42, EnquiryResult.RISK_IDENTIFIED_ACTION)).isEqualTo(1);
        assertThat(sac.count(Population.CONCLUDED_S42, CapacityAnswer.DID_NOT_LACK)).isEqualTo(1);
        assertThat(sac.count(Population.CONCLUDED_S42, AskedAboutOutcomes.ASKED_EXPRESSED)).isEqualTo(1);
        assertThat(sac.count(Population.CONCLUDED_S42, OutcomeAchievement.PARTIALLY_ACHIEVED)).isEqualTo(1);
        assertThat(sac.total(Population.CONCLUDED_S42, OutcomeAchievement.class)).isEqualTo(1);
        // both partner records are linked to C-1: nothing for the data-quality report about journeys
        assertThat(sac.dataQuality().isEmpty()).isTrue();
    }

    @Test
    void eachOrganisationIsCreditedOnlyForItsRoles() {
        Map<String, Map<BoardMeasure, Long>> org = tally(JourneyRecords.all()).breakdown("organisation").groups();
        // the board counts C-1 only. The council leads it: every event of it
        assertThat(org.get(COUNCIL)).isEqualTo(counts(BoardMeasure.CONCERNS, 1, BoardMeasure.S42_COMMENCED, 1,
                BoardMeasure.S42_CONCLUDED, 1, BoardMeasure.OUTCOMES_EXPRESSED, 1, BoardMeasure.PARTIALLY_ACHIEVED, 1,
                BoardMeasure.RISK_IDENTIFIED, 1, BoardMeasure.RISK_REDUCED_OR_REMOVED, 1));
        // the hospital raised the concern: the concern only
        assertThat(org.get(HOSPITAL)).isEqualTo(counts(BoardMeasure.CONCERNS, 1));
        // the care provider raised the concern and contributed: the concern and the enquiry's commencement; not its
        // conclusion, not "outcomes expressed", not "partially achieved" (before: all of them)
        assertThat(org.get(CARE_PROVIDER)).isEqualTo(counts(BoardMeasure.CONCERNS, 1, BoardMeasure.S42_COMMENCED, 1));
    }

    @Test
    void theOrganisationAndPartnershipLevelsCountTheJourneyOnce() {
        PartnershipMeasures p = tally(JourneyRecords.all()).partnership();
        // one journey (EP-2025-0042): lead record C-1 present, concern received in 2025-26; with partner records;
        // C-1 has an s42 enquiry commenced in the year; H-1's desired outcome was asked at the point of concern;
        // outcomes expressed (C-1 and H-1), an achievement recorded and met partially (C-1), rated on 20 August,
        // after the enquiry commenced on 3 June, so not met before or without an enquiry; two partner records read,
        // none without the lead record; one lead record
        assertThat(p.journeys()).isEqualTo(new PartnershipMeasures.Journeys(1, 1, 1, 1, 1, 1, 1, 1, 0, 2, 0, 0));
        assertThat(p.journeys().askedAtConcernPercent()).hasValue(100.0);
        assertThat(p.organisations().keySet()).containsExactly(CARE_PROVIDER, COUNCIL, HOSPITAL);
        // the council: recorded do-1 and its rating, collected Part 2 (attributed to the record's own organisation)
        assertThat(p.organisations().get(COUNCIL)).isEqualTo(new PartnershipMeasures.Organisation(0, 0, 0, 0, 0, 1, 1,
                1));
        // the hospital: raised the concern (on C-1 and on H-1: once), asked at the point of concern (H-1's
        // point-of-concern outcome), recorded that outcome; outcomes were not met before the enquiry
        assertThat(p.organisations().get(HOSPITAL)).isEqualTo(new PartnershipMeasures.Organisation(1, 1, 0, 0, 0, 1, 0,
                0));
        // the care provider: raised the concern (C-1) but did not ask at the point of concern; contributed (C-1 and
        // P-1: once); collected Part 1 (P-1)
        assertThat(p.organisations().get(CARE_PROVIDER)).isEqualTo(new PartnershipMeasures.Organisation(1, 0, 0, 0, 1,
                0, 0, 1));
    }

    @Test
    void theMergedCaseKeepsEachPartAttributedAndGivesTheSameLevels() {
        List<Journey> journeys = Partnership.group(JourneyRecords.all());
        assertThat(journeys).hasSize(1);
        MergedJourney m = Partnership.merge(journeys.get(0));
        assertThat(m.findings()).isEmpty();
        SafeguardingRecord merged = m.merged().orElseThrow();
        // the lead council's record is the base
        assertThat(merged.recordId()).isEqualTo("C-1");
        assertThat(merged.isLeadRecord()).isTrue();
        assertThat(merged.episodeId()).contains(JourneyRecords.EPISODE);
        // organisations joined by code, roles joined: the provider's "contributed" was on both records
        assertThat(merged.organisations()).extracting(o -> o.code()).containsExactly(COUNCIL, HOSPITAL,
                CARE_PROVIDER);
        assertThat(merged.organisation(CARE_PROVIDER).orElseThrow().roles())
                .containsExactly(OrganisationRole.RAISED_CONCERN, OrganisationRole.CONTRIBUTED);
        // the hospital's desired outcome added, prefixed and attributed; the council's left to the record's own
        List<DesiredOutcome> desired = merged.outcomes().desiredOutcomes();
        assertThat(desired).extracting(DesiredOutcome::id).containsExactly("do-1", HOSPITAL + "/h-1");
        assertThat(desired).extracting(DesiredOutcome::recordedBy).containsExactly(Optional.empty(),
                Optional.of(HOSPITAL));
        // the provider's Part 1 added and attributed
        assertThat(merged.questionnaires()).extracting(QuestionnaireResponse::recordedBy)
                .containsExactly(Optional.empty(), Optional.of(CARE_PROVIDER));
        assertThat(Validator.builder().clock(CLOCK).build().validate(merged).errors()).isEmpty();

        // the partnership and organisation levels from the merged case alone equal those of the three records,
        // but for the partner records themselves (none in the merged case)
        PartnershipMeasures streamed = tally(JourneyRecords.all()).partnership();
        PartnershipMeasures fromCase = tally(List.of(merged)).partnership();
        PartnershipMeasures.Journeys j = streamed.journeys();
        assertThat(fromCase.journeys()).isEqualTo(new PartnershipMeasures.Journeys(j.journeys(), j.linkedJourneys(),
                0, j.s42Enquiries(), j.askedAtConcern(), j.outcomesExpressed(), j.achievementRecorded(),
                j.fullyOrPartlyMet(), j.metBeforeOrWithoutEnquiry(), 0, 0, 0));
        assertThat(fromCase.organisations()).isEqualTo(streamed.organisations());
        // and the SAC of the merged case is the SAC of the journey
        assertThat(tally(List.of(merged)).cells()).isEqualTo(tally(JourneyRecords.all()).cells());
    }

    @Test
    void twoRecordsOfOneOrganisationKeepMergedIdsUnique() {
        SafeguardingRecord h = JourneyRecords.hospital();
        SafeguardingRecord again = h.toBuilder().recordId("H-2").outcomes(h.outcomes().toBuilder()
                .desiredOutcomes(List.of(new DesiredOutcome("h-1", "I want my son told", org.mspsdk.model.Voice.adult(),
                        h.concern().receivedOn(), org.mspsdk.vocabulary.RecordingStage.POINT_OF_CONCERN,
                        Optional.empty()))).build()).build();
        SafeguardingRecord merged = Partnership.merge(Partnership.group(List.of(JourneyRecords.council(), h, again))
                .get(0)).merged().orElseThrow();
        assertThat(merged.outcomes().desiredOutcomes()).extracting(DesiredOutcome::id)
                .containsExactly("do-1", HOSPITAL + "/h-1", HOSPITAL + "#2/h-1");
        assertThat(merged.outcomes().desiredOutcomes()).extracting(DesiredOutcome::recordedBy)
                .containsExactly(Optional.empty(), Optional.of(HOSPITAL), Optional.of(HOSPITAL));
        assertThat(Validator.builder().clock(CLOCK).build().validate(merged).errors()).isEmpty();
    }

    @Test
    void theResearchExportKeepsEveryAttribution() {
        Deidentifier deid = Deidentifier.builder(PseudonymKey.fromBytes("a test key of at least 32 bytes!".getBytes(java.nio.charset.StandardCharsets.US_ASCII))).build();
        ResearchRecord council = deid.deidentify(JourneyRecords.council());
        ResearchRecord hospital = deid.deidentify(JourneyRecords.hospital());
        ResearchRecord provider = deid.deidentify(JourneyRecords.careProvider());
        // the three records stay linked by one episode pseudonym
        assertThat(council.episodePseudonym()).isPresent();
        assertThat(hospital.episodePseudonym()).isEqualTo(council.episodePseudonym());
        assertThat(provider.episodePseudonym()).isEqualTo(council.episodePseudonym());
        // an NHS trust is a public body: its code is kept
        assertThat(council.recordedBy()).isEmpty();
        assertThat(hospital.recordedBy()).contains(HOSPITAL);
        // a care provider's code is pseudonymised, the same way as in the organisations list
        String providerCode = provider.organisations().stream().filter(ResearchOrganisation::pseudonymised)
                .map(ResearchOrganisation::code).findFirst().orElseThrow();
        assertThat(provider.recordedBy()).contains(providerCode);

        ResearchRecord merged = deid.deidentify(Partnership.merge(Partnership.group(JourneyRecords.all()).get(0))
                .merged().orElseThrow());
        assertThat(merged.outcomes().desiredOutcomes()).extracting(d -> d.recordedBy())
                .containsExactly(Optional.empty(), Optional.of(HOSPITAL));
        assertThat(merged.questionnaires()).extracting(q -> q.recordedBy())
                .containsExactly(Optional.empty(), Optional.of(providerCode));
    }

    private static Map<BoardMeasure, Long> counts(Object... pairs) {
        Map<BoardMeasure, Long> m = new EnumMap<>(BoardMeasure.class);
        for (BoardMeasure b : BoardMeasure.values()) {
            m.put(b, 0L);
        }
        for (int i = 0; i < pairs.length; i += 2) {
            m.put((BoardMeasure) pairs[i], ((Integer) pairs[i + 1]).longValue());
        }
        return m;
    }
}
