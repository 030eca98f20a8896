package org.mspsdk.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.mspsdk.model.DesiredOutcome;
import org.mspsdk.model.QuestionnaireResponse;
import org.mspsdk.model.SafeguardingRecord;
import org.mspsdk.returns.BoardMeasure;
import org.mspsdk.returns.PartnershipMeasures;
import org.mspsdk.returns.ReportingYear;
import org.mspsdk.validation.Finding;
import org.mspsdk.vocabulary.Population;

/**
 * The example journey of {@code schema/examples/journey}: a hospital (RXX01), the council (E08000001) and a care
 * provider (VX123). Expected figures worked out by hand from the three documents.
 */
class PartnershipJourneyTest {

    private static final PartnershipJourney.Result RESULT = PartnershipJourney.run(
            Path.of("..", "schema", "examples", "journey"), ReportingYear.of(2025),
            Clock.fixed(Instant.parse("2026-06-30T00:00:00Z"), ZoneOffset.UTC));

    @Test
    void theThreeDocumentsAreValidAndOnlyTheCouncilsIsTheLeadRecord() {
        assertThat(RESULT.findings()).allSatisfy(f -> assertThat(f).noneMatch(Finding::isError));
        assertThat(RESULT.records()).extracting(SafeguardingRecord::isLeadRecord).containsExactly(false, true, false);
        assertThat(RESULT.records()).extracting(r -> r.recorder().orElseThrow())
                .containsExactly("RXX01", "E08000001", "VX123");
    }

    @Test
    void theJourneyIsOneConcernAndOneSection42Enquiry() {
        assertThat(RESULT.sac().recordsRead()).isEqualTo(3);
        assertThat(RESULT.sac().total(Population.SAFEGUARDING_CONCERNS)).isEqualTo(1);
        assertThat(RESULT.sac().total(Population.S42_ENQUIRIES)).isEqualTo(1);
        assertThat(RESULT.sac().dataQuality().isEmpty()).isTrue();
    }

    @Test
    void eachOrganisationIsCreditedWithWhatItDid() {
        Map<String, Map<BoardMeasure, Long>> board = RESULT.sac().breakdown("organisation").groups();
        // the trust raised the concern, and the council's record attributes do-1 (asked at the point of concern) to
        // it: the concern and "outcomes expressed"
        assertThat(nonZero(board.get("RXX01"))).isEqualTo(Map.of(BoardMeasure.CONCERNS, 1L,
                BoardMeasure.OUTCOMES_EXPRESSED, 1L));
        // the provider contributed to the enquiry and recorded the rating of no-2: the commencement and the
        // enquiry's achievement (partially achieved), not its conclusion
        assertThat(nonZero(board.get("VX123"))).isEqualTo(Map.of(BoardMeasure.S42_COMMENCED, 1L,
                BoardMeasure.PARTIALLY_ACHIEVED, 1L));

        Map<String, PartnershipMeasures.Organisation> orgs = RESULT.sac().partnership().organisations();
        // council: recorded do-2, rated no-1, collected Part 2
        assertThat(orgs.get("E08000001")).isEqualTo(new PartnershipMeasures.Organisation(0, 0, 0, 0, 0, 1, 1, 1));
        // trust: raised the concern, asked at the point of concern (on both records: once), recorded that outcome
        assertThat(orgs.get("RXX01")).isEqualTo(new PartnershipMeasures.Organisation(1, 1, 0, 0, 0, 1, 0, 0));
        // provider: contributed, rated no-2 (on the council's record), collected Part 1 (on its own)
        assertThat(orgs.get("VX123")).isEqualTo(new PartnershipMeasures.Organisation(0, 0, 0, 0, 1, 0, 1, 1));
        // the journey: counted once, with partner records, an s42 enquiry, asked at the point of concern,
        // outcomes expressed, rated and met (fully and partially, on 20 August, after the enquiry commenced on 3 June)
        assertThat(RESULT.sac().partnership().journeys())
                .isEqualTo(new PartnershipMeasures.Journeys(1, 1, 1, 1, 1, 1, 1, 1, 0, 2, 0, 0));
    }

    @Test
    void theMergedCaseAddsThePartnersPartsOnceEachAttributed() {
        assertThat(RESULT.merged().findings()).isEmpty();
        SafeguardingRecord c = RESULT.merged().merged().orElseThrow();
        assertThat(c.recordId()).isEqualTo("EX-R-0042");
        // the hospital's point-of-concern outcome is already on the council's record, attributed to the trust: not
        // added twice
        assertThat(c.outcomes().desiredOutcomes()).extracting(DesiredOutcome::id).containsExactly("do-1", "do-2");
        assertThat(c.outcomes().desiredOutcomes()).extracting(DesiredOutcome::recordedBy)
                .containsExactly(Optional.of("RXX01"), Optional.empty());
        // the provider's Part 1 is added, attributed
        assertThat(c.questionnaires()).extracting(QuestionnaireResponse::recordedBy)
                .containsExactly(Optional.empty(), Optional.of("VX123"));
        assertThat(c.organisations()).extracting(o -> o.code()).containsExactly("E08000001", "RXX01", "VX123");
        assertThat(RESULT.merged().journey().records()).hasSize(3);
    }

    private static Map<BoardMeasure, Long> nonZero(Map<BoardMeasure, Long> m) {
        return m.entrySet().stream().filter(e -> e.getValue() != 0)
                .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    @Test
    void theReadmeBlockCountsTheJourneyOnceAndMergesItWithoutConflict() {
        java.util.List<String> findings = new java.util.ArrayList<>();
        // the trust raised the concern and asked the person at the point of concern
        assertThat(ReadmeExamples.partnership(RESULT.records(), findings)).isEqualTo(1);
        assertThat(findings).singleElement().asString().startsWith("merged: ");
    }
}
