package org.mspsdk.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mspsdk.model.Achievement;
import org.mspsdk.model.NegotiatedOutcome;
import org.mspsdk.model.OutcomeRevision;
import org.mspsdk.vocabulary.AchievementJudge;
import org.mspsdk.vocabulary.NegotiationChangeReason;
import org.mspsdk.vocabulary.OutcomeAchievement;

/** Rows with the same negotiated-outcome id are its revisions, oldest first, in the file's order. */
class NegotiatedRevisionsTest {

    static final String MAPPING = """
            msp-mapping: 1
            sources: {cases: cases.csv, agreed: agreed.csv}
            record:
              source: cases
              key: Ref
              fields:
                recordId: Ref
                adult.personId: Person
                concern.receivedOn: Received
                concern.raisedBy: {constant: family}
              lists:
                outcomes.negotiatedOutcomes:
                  - source: agreed
                    key: Ref
                    fields:
                      id: Outcome
                      desiredOutcomeIds: For
                      revisions.agreedOn: Agreed
                      revisions.wording: Wording
                      revisions.reason: Reason
                      achievement.level: Achieved
                      achievement.judgedBy: Judge
                      achievement.ratedOn: Rated
            """;

    @Test
    void threeRowsOfOneOutcomeAreItsThreeRevisionsWithTheRatingOfTheRowThatHasOne(@TempDir Path dir)
            throws Exception {
        Fixture f = new Fixture(dir)
                .file("cases.csv", "Ref,Person,Received\nR1,P1,2025-06-02\n")
                .file("agreed.csv", """
                        Ref,Outcome,For,Agreed,Wording,Reason,Achieved,Judge,Rated
                        R1,N1,D1,2025-06-03,Stop the visits,,,,
                        R1,N2,D2,2025-06-03,Keep the dog,,fully-achieved,adult,2025-08-01
                        R1,N1,,2025-06-20,Visits only with a worker present,risk-to-others,,,
                        R1,N1,D3,2025-07-01,Visits on Sundays with a worker,person-changed-mind,partially-achieved,adult,2025-08-01
                        """)
                .run(MAPPING);
        assertThat(f.issues).isEmpty();
        assertThat(f.records.get(0).outcomes().negotiatedOutcomes()).containsExactly(
                new NegotiatedOutcome("N1", List.of("D1", "D3"), List.of(
                        OutcomeRevision.of(LocalDate.of(2025, 6, 3), "Stop the visits"),
                        OutcomeRevision.changed(LocalDate.of(2025, 6, 20), "Visits only with a worker present",
                                NegotiationChangeReason.RISK_TO_OTHERS),
                        OutcomeRevision.changed(LocalDate.of(2025, 7, 1), "Visits on Sundays with a worker",
                                NegotiationChangeReason.PERSON_CHANGED_MIND)),
                        java.util.Optional.of(new Achievement(OutcomeAchievement.PARTIALLY_ACHIEVED,
                                AchievementJudge.ADULT, LocalDate.of(2025, 8, 1)))),
                NegotiatedOutcome.agreed("N2", List.of("D2"), OutcomeRevision.of(LocalDate.of(2025, 6, 3),
                        "Keep the dog")).withAchievement(new Achievement(OutcomeAchievement.FULLY_ACHIEVED,
                                AchievementJudge.ADULT, LocalDate.of(2025, 8, 1))));
    }

    @Test
    void aLaterRowWithoutItsWordingIsReportedAndTheRecordNotMade(@TempDir Path dir) throws Exception {
        Fixture f = new Fixture(dir)
                .file("cases.csv", "Ref,Person,Received\nR1,P1,2025-06-02\n")
                .file("agreed.csv", "Ref,Outcome,For,Agreed,Wording,Reason,Achieved,Judge,Rated\n"
                        + "R1,N1,D1,2025-06-03,Stop the visits,,,,\nR1,N1,,2025-06-20,,other,,,\n")
                .run(MAPPING);
        assertThat(f.records).isEmpty();
        assertThat(f.issues).extracting(ImportIssue::describe).containsExactly("agreed.csv: row 3, column Wording: "
                + "row outcomes.negotiatedOutcomes[].revisions[].wording (required): expected a value: the record "
                + "cannot be made without it");
    }
}
