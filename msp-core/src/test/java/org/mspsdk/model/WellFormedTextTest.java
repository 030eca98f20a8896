package org.mspsdk.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.mspsdk.MspException;
import org.mspsdk.instrument.AnswerOption;
import org.mspsdk.instrument.AnswerScale;
import org.mspsdk.instrument.Instrument;
import org.mspsdk.instrument.InstrumentItem;
import org.mspsdk.vocabulary.ConcernSource;
import org.mspsdk.vocabulary.OrganisationRole;
import org.mspsdk.vocabulary.OrganisationType;
import org.mspsdk.vocabulary.RecordingStage;

/**
 * Text in the model is valid Unicode: every constructor that takes text refuses an unpaired surrogate (issue 17,
 * finding 1) with an {@code INVALID_VALUE} exception naming the field path and what was expected, never the
 * value; well-formed text, supplementary characters included, is accepted unchanged.
 */
class WellFormedTextTest {

    private static final LocalDate DAY = LocalDate.of(2025, 6, 2);

    /** A text field of the model: its path in the message and how to build a value holding the given text. */
    record Field(String path, Function<String, Object> build) {
        @Override
        public String toString() {
            return path;
        }
    }

    private static SafeguardingRecord.Builder minimal() {
        return SafeguardingRecord.builder().recordId("R-1").adult(AdultAtRisk.builder("P-1").build())
                .concern(Concern.received(DAY, ConcernSource.SELF));
    }

    private static Voice adult() {
        return Voice.adult();
    }

    static List<Field> fields() {
        List<Field> f = new ArrayList<>();
        f.add(new Field("recordId", t -> minimal().recordId(t).build()));
        f.add(new Field("adult.personId", t -> AdultAtRisk.builder(t).build()));
        f.add(new Field("notes", t -> minimal().notes(t).build()));
        f.add(new Field("extensions", t -> minimal().extensions(Map.of("/future", "\"" + t + "\"")).build()));
        f.add(new Field("extensions", t -> minimal().extensions(Map.of("/" + t, "1")).build()));
        f.add(new Field("organisations[].code", t -> OrganisationInvolvement.of(t, OrganisationType.LOCAL_AUTHORITY,
                OrganisationRole.LEAD_COUNCIL)));
        f.add(new Field("organisations[].name", t -> OrganisationInvolvement.of("E08000001", t,
                OrganisationType.LOCAL_AUTHORITY, List.of(OrganisationRole.LEAD_COUNCIL))));
        f.add(new Field("desiredOutcomes[].id", t -> new DesiredOutcome(t, "Words", adult(), DAY,
                RecordingStage.ENQUIRY_START, Optional.empty())));
        f.add(new Field("desiredOutcomes[].wording", t -> new DesiredOutcome("do-1", t, adult(), DAY,
                RecordingStage.ENQUIRY_START, Optional.empty())));
        f.add(new Field("negotiatedOutcomes[].id", t -> NegotiatedOutcome.agreed(t, List.of("do-1"),
                OutcomeRevision.of(DAY, "Words"))));
        f.add(new Field("negotiatedOutcomes[].desiredOutcomeIds[]", t -> NegotiatedOutcome.agreed("no-1",
                List.of("do-1", t), OutcomeRevision.of(DAY, "Words"))));
        f.add(new Field("negotiatedOutcomes[].revisions[].wording", t -> OutcomeRevision.of(DAY, t)));
        f.add(new Field("questionnaires[].instrumentId", t -> QuestionnaireResponse.completed(t, "1.0", adult(), DAY,
                List.of())));
        f.add(new Field("questionnaires[].instrumentVersion", t -> QuestionnaireResponse.completed("i", t, adult(),
                DAY, List.of())));
        f.add(new Field("answers[].linkId", t -> ItemAnswer.coded(t, "yes")));
        f.add(new Field("answers[].code", t -> ItemAnswer.coded("item", t)));
        f.add(new Field("answers[].text", t -> ItemAnswer.text("item", t)));
        // instrument definitions (a local catalogue) go through the same check
        f.add(new Field("instrument.id", t -> new Instrument(t, "1", "Title", RecordingStage.ENQUIRY_START,
                List.of())));
        f.add(new Field("item.adultWording", t -> new InstrumentItem("i", t, "Their words", Optional.empty())));
        f.add(new Field("answerOption.label", t -> new AnswerOption("yes", t)));
        f.add(new Field("answerScale.id", t -> new AnswerScale(t, List.of(new AnswerOption("yes", "Yes")))));
        return f;
    }

    /** Unpaired surrogates in every position a string can hold one. */
    static final List<String> BROKEN = List.of(
            "REC-\ud800-x", // finding 1: a lone high surrogate
            "LA-\udc00", // finding 1: a lone low surrogate
            "SAME-\ud800", "SAME-\udfff", // finding 1: both would be encoded as SAME-?
            "\udc00\ud800", // a pair in the wrong order
            "\ud83d", // a high surrogate at the very end
            "ok\ud83d\ude00\ude00"); // a valid pair followed by a stray low surrogate

    /** Well-formed text that must be kept exactly. */
    static final List<String> FINE = List.of("SAME-?", "SAME-\ud83d\ude00", "SAME-\u00e9", "\ud800\udc00",
            "\udbff\udfff", "Ordinary words");

    @ParameterizedTest(name = "{0} refuses unpaired surrogates")
    @MethodSource("fields")
    void everyTextFieldRefusesAnUnpairedSurrogateNamingThePathNotTheValue(Field field) {
        for (String broken : BROKEN) {
            MspException e = catchThrowableOfType(MspException.class, () -> field.build().apply("Zq" + broken));
            assertThat(e).as("%s holding an unpaired surrogate", field).isNotNull();
            assertThat(e.kind()).isEqualTo(MspException.Kind.INVALID_VALUE);
            assertThat(e.getMessage()).startsWith(field.path() + " is not valid Unicode text")
                    .contains("unpaired surrogate", "expected well-formed Unicode text")
                    .doesNotContain("Zq").doesNotContain(broken);
        }
    }

    @ParameterizedTest(name = "{0} keeps well-formed text")
    @MethodSource("fields")
    void everyTextFieldAcceptsWellFormedTextIncludingSupplementaryCharacters(Field field) {
        for (String fine : FINE) {
            assertThatCode(() -> field.build().apply(fine)).as("%s holding well-formed text", field)
                    .doesNotThrowAnyException();
        }
    }

    @Test
    void theRecordIdAndLeadCouncilCodeOfFinding1CannotBeBuilt() {
        assertThat(catchThrowableOfType(MspException.class, () -> minimal().recordId("REC-\ud800-x").build())
                .getMessage()).startsWith("recordId is not valid Unicode text");
        assertThat(catchThrowableOfType(MspException.class, () -> OrganisationInvolvement.of("LA-\udc00",
                OrganisationType.LOCAL_AUTHORITY, OrganisationRole.LEAD_COUNCIL)).getMessage())
                .startsWith("organisations[].code is not valid Unicode text");
    }

    @Test
    void wellFormedTextIsKeptExactly() {
        SafeguardingRecord r = minimal().recordId("R-\ud83d\ude00").notes("line one\nline two").build();
        assertThat(r.recordId()).isEqualTo("R-\ud83d\ude00");
        assertThat(r.notes()).contains("line one\nline two");
    }
}
