package org.mspsdk.returns;

import org.mspsdk.vocabulary.OutcomeAchievement;
import org.mspsdk.vocabulary.Population;

import org.mspsdk.vocabulary.SacTable;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mspsdk.returns.Fixtures.concludedS42;
import static org.mspsdk.returns.Fixtures.d;
import static org.mspsdk.returns.Fixtures.expressed;
import static org.mspsdk.returns.Fixtures.expressedBy;
import static org.mspsdk.returns.Fixtures.notAsked;
import static org.mspsdk.returns.Fixtures.person;
import static org.mspsdk.returns.Fixtures.record;
import static org.mspsdk.returns.Fixtures.s42;
import static org.mspsdk.returns.Fixtures.tally;
import static org.mspsdk.returns.Fixtures.withEnquiry;
import static org.mspsdk.vocabulary.OutcomeAchievement.FULLY_ACHIEVED;
import static org.mspsdk.vocabulary.OutcomeAchievement.NOT_ACHIEVED;
import static org.mspsdk.vocabulary.OutcomeAchievement.PARTIALLY_ACHIEVED;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mspsdk.instrument.Instruments;
import org.mspsdk.model.ItemAnswer;
import org.mspsdk.model.OrganisationInvolvement;
import org.mspsdk.model.PersonalOutcomes;
import org.mspsdk.model.QuestionnaireResponse;
import org.mspsdk.model.RiskItem;
import org.mspsdk.model.SafeguardingRecord;
import org.mspsdk.model.Voice;
import org.mspsdk.vocabulary.LocationOfRisk;
import org.mspsdk.vocabulary.NotOfferedReason;
import org.mspsdk.vocabulary.OrganisationRole;
import org.mspsdk.vocabulary.OrganisationType;
import org.mspsdk.vocabulary.RepresentativeRole;
import org.mspsdk.vocabulary.SafetyRating;
import org.mspsdk.vocabulary.SourceOfRisk;
import org.mspsdk.vocabulary.TypeOfRisk;

class MeasuresAndBoardsTest {

    private static final String PART_2 = Instruments.MY_SAFEGUARDING_EXPERIENCE_PART_2.id();
    private static final String V = Instruments.MY_SAFEGUARDING_EXPERIENCE_PART_2.version();

    @Test
    void sectorOutcomesMeasureCountsDistinctPeopleWhoDefinedOutcomesAndWhoseOutcomesWereMet() {
        SacReturn r = tally(
                withEnquiry("R1", person("P1").build(), "2025-05-01", concludedS42("2025-05-01", "2025-06-01").build(),
                        expressed(FULLY_ACHIEVED, FULLY_ACHIEVED)),
                withEnquiry("R2", person("P2").build(), "2025-05-01", concludedS42("2025-05-01", "2025-06-01").build(),
                        expressedBy(Voice.representative(RepresentativeRole.FAMILY_MEMBER), null, NOT_ACHIEVED,
                                NOT_ACHIEVED)),
                withEnquiry("R3", person("P3").build(), "2025-05-01", s42("2025-05-01").build(),
                        expressedBy(Voice.bestInterestsDecision(), null)),
                Fixtures.concernOnly("R4", "P4", "2025-05-01"),
                withEnquiry("R5", person("P5").build(), "2025-05-01", concludedS42("2025-05-01", "2025-06-01").build(),
                        notAsked()),
                withEnquiry("R6", person("P5").build(), "2025-09-01", concludedS42("2025-09-01", "2025-10-01").build(),
                        expressed(PARTIALLY_ACHIEVED, PARTIALLY_ACHIEVED)),
                // concern before the year: not in the measure
                withEnquiry("R7", person("P7").build(), "2025-03-01", concludedS42("2025-04-01", "2025-06-01").build(),
                        expressed(FULLY_ACHIEVED, FULLY_ACHIEVED)));

        MspMeasures.SectorOutcomesMeasure m = r.measures().sectorOutcomes();
        assertThat(m).isEqualTo(new MspMeasures.SectorOutcomesMeasure(5, 4, 2, 1, 1, 3, 2));
        assertThat(m.definedOutcomesPercent().getAsDouble()).isEqualTo(80.0);
        assertThat(m.fullyOrPartlyMetPercent().getAsDouble()).isEqualTo(50.0);
    }

    @Test
    void outcomesMetAtThePointOfConcernWithNoEnquiryCountInTheSectorMeasureButNotInSg4a() {
        SacReturn r = tally(
                Fixtures.record("R1", person("P1").build(), "2025-05-01")
                        .outcomes(expressed(null, PARTIALLY_ACHIEVED)).build(),
                Fixtures.record("R2", person("P2").build(), "2025-05-01")
                        .outcomes(expressed(null)).build());

        assertThat(r.measures().sectorOutcomes())
                .isEqualTo(new MspMeasures.SectorOutcomesMeasure(2, 2, 2, 0, 0, 1, 1));
        assertThat(r.total(Population.CONCLUDED_S42, OutcomeAchievement.class)).isZero();
    }

    private static QuestionnaireResponse part2(ItemAnswer... answers) {
        return QuestionnaireResponse.completed(PART_2, V, Voice.adult(), d("2026-03-31"), List.of(answers));
    }

    private static SafeguardingRecord withPart2AndSafety(String id, String concluded, QuestionnaireResponse q,
            SafetyRating start, SafetyRating end) {
        PersonalOutcomes o = notAsked().toBuilder().feelingSafeAtStart(start).feelingSafeAtEnd(end).build();
        SafeguardingRecord r = withEnquiry(id, person("P-" + id).build(), "2025-05-01",
                concludedS42("2025-05-01", concluded).build(), o);
        return q == null ? r : r.toBuilder().addQuestionnaire(q).build();
    }

    @Test
    void experienceResultsGiveTheDistributionOfAnswersPerPart2Item() {
        SafeguardingRecord x = withPart2AndSafety("X", "2025-08-01", part2(
                ItemAnswer.coded("listened-to", "yes-completely"), ItemAnswer.coded("informed", "no"),
                ItemAnswer.coded("happy-with-handling", "bogus")), null, null);
        SafeguardingRecord y = record("Y", person("PY").build(), "2025-06-01")
                .addQuestionnaire(part2(ItemAnswer.coded("listened-to", "yes-completely"),
                        ItemAnswer.coded("informed", "yes-to-some-extent"))).build();
        SafeguardingRecord z = withPart2AndSafety("Z", "2025-08-01",
                QuestionnaireResponse.notOffered(PART_2, V, d("2025-08-01"), NotOfferedReason.DECLINED), null, null);
        SafeguardingRecord w = withPart2AndSafety("W", "2026-04-02", part2(
                ItemAnswer.coded("listened-to", "no")), null, null);

        MspMeasures m = tally(x, y, z, w).measures();

        assertThat(m.part2Completed()).isEqualTo(2);
        assertThat(m.part2NotOffered()).isEqualTo(1);
        Map<String, Map<String, Long>> byItem = new LinkedHashMap<>();
        m.experience().forEach(e -> byItem.put(e.linkId(), e.counts()));
        assertThat(byItem.keySet()).containsExactly("listened-to", "informed", "feel-safer", "happy-with-handling");
        assertThat(byItem.get("listened-to")).containsExactly(Map.entry("yes-completely", 2L),
                Map.entry("yes-to-some-extent", 0L), Map.entry("no", 0L), Map.entry("dont-know", 0L),
                Map.entry("not-answered", 0L));
        assertThat(byItem.get("informed")).containsExactly(Map.entry("yes-completely", 0L),
                Map.entry("yes-to-some-extent", 1L), Map.entry("no", 1L), Map.entry("dont-know", 0L),
                Map.entry("not-answered", 0L));
        assertThat(byItem.get("feel-safer")).containsEntry("not-answered", 2L);
        assertThat(byItem.get("happy-with-handling")).containsEntry("not-answered", 1L);
        assertThat(m.experience().get(3).total()).isEqualTo(1);
        assertThat(tally(x, y, z, w).dataQuality().sampleIds(DataQualityIssue.EXPERIENCE_ANSWER_NOT_ON_SCALE))
                .containsExactly("X");
    }

    @Test
    void feelingSafeChangeComparesStartAndEndScores() {
        MspMeasures.FeelingSafeChange c = tally(
                withPart2AndSafety("A", "2025-08-01", null, SafetyRating.UNSAFE, SafetyRating.SAFE),
                withPart2AndSafety("B", "2025-08-01", null, SafetyRating.SAFE, SafetyRating.SAFE),
                withPart2AndSafety("C", "2025-08-01", null, SafetyRating.VERY_SAFE, SafetyRating.UNSAFE),
                withPart2AndSafety("D", "2025-08-01", null, SafetyRating.UNSAFE, null))
                .measures().feelingSafe();

        assertThat(c.pairs()).isEqualTo(3);
        assertThat(c.improved()).isEqualTo(1);
        assertThat(c.same()).isEqualTo(1);
        assertThat(c.worse()).isEqualTo(1);
        assertThat(c.totalChange()).isEqualTo(-1);
        assertThat(c.meanChange().getAsDouble()).isEqualTo(-1.0 / 3);
        assertThat(c.byChange()).containsEntry(2, 1L).containsEntry(0, 1L).containsEntry(-3, 1L).containsEntry(4, 0L);
        assertThat(c.unpaired()).isEqualTo(1);
    }

    private static Map<BoardMeasure, Long> counts(Object... measureThenValue) {
        Map<BoardMeasure, Long> m = new EnumMap<>(BoardMeasure.class);
        for (BoardMeasure b : BoardMeasure.values()) {
            m.put(b, 0L);
        }
        for (int i = 0; i < measureThenValue.length; i += 2) {
            m.put((BoardMeasure) measureThenValue[i], ((Number) measureThenValue[i + 1]).longValue());
        }
        return m;
    }

    @Test
    void boardBreakdownsGroupByOrganisationTypeOfRiskQuarterAndCallerKey() {
        SafeguardingRecord b1 = withEnquiry("B1", person("P1").build(), "2025-05-01",
                concludedS42("2025-05-02", "2025-07-15").riskItems(List.of(
                        RiskItem.of(TypeOfRisk.PHYSICAL, LocationOfRisk.OWN_HOME, SourceOfRisk.KNOWN),
                        RiskItem.of(TypeOfRisk.NEGLECT, LocationOfRisk.OWN_HOME, SourceOfRisk.KNOWN))).build(),
                expressed(FULLY_ACHIEVED, FULLY_ACHIEVED)).toBuilder()
                .addOrganisation(OrganisationInvolvement.of("RXX01", OrganisationType.NHS_TRUST,
                        OrganisationRole.CONTRIBUTED)).build();
        SafeguardingRecord b2 = Fixtures.concernOnly("B2", "P2", "2025-10-01");
        SafeguardingRecord b3 = withEnquiry("B3", "P3", "2026-01-10", s42("2026-01-11").build());
        Map<String, String> teams = Map.of("B1", "North", "B2", "South");
        SacSettings settings = SacSettings.of(Fixtures.YEAR).withGroupings(Grouping.byQuarter(),
                Grouping.byOrganisation(), Grouping.byOrganisationWithRole(OrganisationRole.CONTRIBUTED),
                Grouping.byTypeOfRisk(), Grouping.byKey("team", rec -> teams.get(rec.recordId())));

        SacReturn r = tally(settings, b1, b2, b3);

        BoardBreakdown q = r.breakdown("quarter");
        assertThat(q.groups().keySet()).containsExactly("2025-26 Q1", "2025-26 Q2", "2025-26 Q3", "2025-26 Q4");
        assertThat(q.groups().get("2025-26 Q1")).isEqualTo(counts(BoardMeasure.CONCERNS, 1, BoardMeasure.S42_COMMENCED, 1));
        assertThat(q.groups().get("2025-26 Q2")).isEqualTo(counts(BoardMeasure.S42_CONCLUDED, 1,
                BoardMeasure.OUTCOMES_EXPRESSED, 1, BoardMeasure.FULLY_ACHIEVED, 1));
        assertThat(q.groups().get("2025-26 Q3")).isEqualTo(counts(BoardMeasure.CONCERNS, 1));
        assertThat(q.groups().get("2025-26 Q4")).isEqualTo(counts(BoardMeasure.CONCERNS, 1, BoardMeasure.S42_COMMENCED, 1));

        BoardBreakdown org = r.breakdown("organisation");
        assertThat(org.groups().keySet()).containsExactly("E08000099", "RXX01");
        assertThat(org.groups().get("E08000099")).isEqualTo(counts(BoardMeasure.CONCERNS, 3,
                BoardMeasure.S42_COMMENCED, 2, BoardMeasure.S42_CONCLUDED, 1, BoardMeasure.OUTCOMES_EXPRESSED, 1,
                BoardMeasure.FULLY_ACHIEVED, 1));
        // credit by role (issue 12): the trust only contributed to the enquiry, so it is credited with the enquiry's
        // commencement, not with the concern, the conclusion or the person's outcomes (before: every event)
        assertThat(org.groups().get("RXX01")).isEqualTo(counts(BoardMeasure.S42_COMMENCED, 1));
        BoardBreakdown contributed = r.breakdown("organisation-contributed");
        assertThat(contributed.groups().keySet()).containsExactly("Not recorded", "RXX01");

        BoardBreakdown type = r.breakdown("type-of-risk");
        assertThat(type.groups().keySet()).containsExactly("Neglect and Acts of Omission", "Not recorded",
                "Physical Abuse");
        assertThat(type.groups().get("Neglect and Acts of Omission")).isEqualTo(counts(BoardMeasure.CONCERNS, 2,
                BoardMeasure.S42_COMMENCED, 2, BoardMeasure.S42_CONCLUDED, 1, BoardMeasure.OUTCOMES_EXPRESSED, 1,
                BoardMeasure.FULLY_ACHIEVED, 1));
        assertThat(type.groups().get("Not recorded")).isEqualTo(counts(BoardMeasure.CONCERNS, 1));

        BoardBreakdown team = r.breakdown("team");
        assertThat(team.count("North", BoardMeasure.FULLY_ACHIEVED)).isEqualTo(1);
        assertThat(team.groups().get("South")).isEqualTo(counts(BoardMeasure.CONCERNS, 1));
        assertThat(team.groups().get("Not recorded")).isEqualTo(counts(BoardMeasure.CONCERNS, 1,
                BoardMeasure.S42_COMMENCED, 1));
        assertThat(r.dataQuality().sampleIds(DataQualityIssue.GROUPING_KEY_NOT_RECORDED)).containsExactly("B3");
    }
}
