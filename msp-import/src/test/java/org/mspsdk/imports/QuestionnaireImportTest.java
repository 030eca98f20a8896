package org.mspsdk.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mspsdk.model.ItemAnswer;
import org.mspsdk.model.QuestionnaireResponse;
import org.mspsdk.model.Voice;
import org.mspsdk.vocabulary.NotOfferedReason;
import org.mspsdk.vocabulary.QuestionnaireStatus;
import org.mspsdk.vocabulary.RepresentativeRole;

/** Part 2 responses from a child sheet, one row per response, one column per item. */
class QuestionnaireImportTest {

    static final String MAPPING = """
            msp-mapping: 1
            sources: {cases: cases.csv, part2: part2.csv}
            defaults: {date-formats: [dd/MM/yyyy]}
            record:
              source: cases
              key: Ref
              fields:
                recordId: Ref
                adult.personId: Person
                concern.receivedOn: Received
                concern.raisedBy: {constant: family}
              lists:
                questionnaires:
                  - source: part2
                    key: Ref
                    fields:
                      instrumentId: {constant: my-safeguarding-experience-part-2}
                      instrumentVersion: {constant: "1.0"}
                      status: {column: Offered, values: {Y: completed, N: not-offered}}
                      respondent.type: {column: Who, values: {Self: adult, Rep: representative}}
                      respondent.representativeRole: Role
                      date: Date
                      notOfferedReason: {column: Why not, values: {DEC: declined}}
                    answers:
                      listened-to: {column: Q1, values: {"1": yes-completely, "2": yes-to-some-extent, "3": "no"}}
                      informed: Q2
                      feel-safer: Q3
                      reflection: Comments
                      help-to-recover: Q7
            """;

    @Test
    void aCompletedAndANotOfferedPart2AreMappedWithCodedAndTextAnswers(@TempDir Path dir) throws Exception {
        Fixture f = new Fixture(dir)
                .file("cases.csv", "Ref,Person,Received\nR1,P1,02/06/2025\nR2,P2,03/06/2025\n")
                .file("part2.csv", """
                        Ref,Offered,Who,Role,Date,Why not,Q1,Q2,Q3,Comments,Q7
                        R1,Y,Rep,family-member,01/08/2025,,2,"Yes, completely",dont-know,They were kind,Not sure
                        R2,N,,,04/08/2025,DEC,,,,,
                        """)
                .run(MAPPING);
        assertThat(f.issues).isEmpty();
        assertThat(f.records.get(0).questionnaires()).containsExactly(QuestionnaireResponse.completed(
                "my-safeguarding-experience-part-2", "1.0", Voice.representative(RepresentativeRole.FAMILY_MEMBER),
                LocalDate.of(2025, 8, 1), List.of(
                        ItemAnswer.coded("listened-to", "yes-to-some-extent"),
                        ItemAnswer.coded("informed", "yes-completely"),
                        ItemAnswer.coded("feel-safer", "dont-know"),
                        ItemAnswer.text("reflection", "They were kind"),
                        ItemAnswer.coded("help-to-recover", "not-sure"))));
        assertThat(f.records.get(1).questionnaires()).containsExactly(QuestionnaireResponse.notOffered(
                "my-safeguarding-experience-part-2", "1.0", LocalDate.of(2025, 8, 4), NotOfferedReason.DECLINED));
        assertThat(f.records.get(1).questionnaires().get(0).status()).isEqualTo(QuestionnaireStatus.NOT_OFFERED);
    }

    @Test
    void anUnknownCodedAnswerIsReportedWithItsPlaceAndTheScaleAndNoFreeTextIsQuoted(@TempDir Path dir)
            throws Exception {
        Fixture f = new Fixture(dir)
                .file("cases.csv", "Ref,Person,Received\nR1,P1,02/06/2025\n")
                .file("part2.csv", """
                        Ref,Offered,Who,Role,Date,Why not,Q1,Q2,Q3,Comments,Q7
                        R1,Y,Self,,01/08/2025,,1,Sometimes,no,CANARY-7f3a words,yes
                        """)
                .run(MAPPING);
        assertThat(f.records).isEmpty();
        assertThat(f.issues).first().isEqualTo(new ImportIssue(ImportIssue.Kind.CELL, "part2.csv",
                Optional.empty(), 2, Optional.of("Q2"), "questionnaires[].answers[informed].code",
                "answer-scale:msx-experience", "a code or label of the answer scale 'msx-experience' of item "
                        + "'informed': one of [yes-completely, yes-to-some-extent, no, dont-know]",
                Optional.of("Sometimes")));
        assertThat(f.issues).extracting(ImportIssue::describe).noneMatch(d -> d.contains("CANARY"));
    }

    @Test
    void anAnswerForAnItemTheInstrumentLacksIsAMappingErrorNamingItsPath(@TempDir Path dir) {
        String bad = MAPPING.replace("reflection: Comments", "favourite-colour: Comments");
        assertThatThrownBy(() -> Mapping.parse(bad, "m.yaml")).isInstanceOf(MappingException.class)
                .hasMessageContaining("record.lists.questionnaires[0].answers.favourite-colour")
                .hasMessageContaining("listened-to");
    }

    @Test
    void aValueMapOnAFreeTextAnswerIsAMappingError() {
        String bad = MAPPING.replace("reflection: Comments", "reflection: {column: Comments, values: {a: b}}");
        assertThatThrownBy(() -> Mapping.parse(bad, "m.yaml")).isInstanceOf(MappingException.class)
                .hasMessageContaining("record.lists.questionnaires[0].answers.reflection.values");
    }
}
