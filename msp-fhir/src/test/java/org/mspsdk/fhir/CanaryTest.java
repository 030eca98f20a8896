package org.mspsdk.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Goal;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.Reference;
import org.junit.jupiter.api.Test;
import org.mspsdk.model.DesiredOutcome;
import org.mspsdk.model.ItemAnswer;
import org.mspsdk.model.NegotiatedOutcome;
import org.mspsdk.model.OutcomeRevision;
import org.mspsdk.model.SafeguardingRecord;
import org.mspsdk.vocabulary.NegotiationChangeReason;

/**
 * Canary strings in every free-text field appear in the Bundle only where the mapping puts the person's words
 * ({@code Goal.description.text}, a previous revision's {@code wording}, a questionnaire answer's
 * {@code valueString}), never in an error message, a {@code toString()} or anything printed or logged while
 * mapping; the practitioner notes, which the mapping does not carry, appear nowhere.
 */
class CanaryTest {

    static final String DESIRED = "CANARY-DESIRED-7f3a";
    static final String FIRST_AGREED = "CANARY-FIRST-AGREED-91c2";
    static final String NOW_AGREED = "CANARY-NOW-AGREED-5d0e";
    static final String ANSWER = "CANARY-ANSWER-c41b";
    static final String NOTES = "CANARY-NOTES-88aa";
    static final Pattern ANY = Pattern.compile("CANARY-[A-Z-]+-[0-9a-f]{4}");

    static SafeguardingRecord withCanaries() {
        SafeguardingRecord r = Fixtures.example("concluded-s42-enquiry.json");
        DesiredOutcome d = r.outcomes().desiredOutcomes().get(0);
        DesiredOutcome d1 = new DesiredOutcome(d.id(), "I want " + DESIRED + " back.", d.expressedBy(), d.expressedOn(),
                d.stage(), d.category());
        NegotiatedOutcome n = r.outcomes().negotiatedOutcomes().get(1);
        NegotiatedOutcome n1 = new NegotiatedOutcome(n.id(), n.desiredOutcomeIds(), List.of(
                OutcomeRevision.of(LocalDate.of(2025, 6, 10), FIRST_AGREED),
                OutcomeRevision.changed(LocalDate.of(2025, 7, 1), NOW_AGREED, NegotiationChangeReason.RISK_TO_OTHERS)),
                n.achievement());
        var q = r.questionnaires().get(0);
        List<ItemAnswer> answers = new ArrayList<>(q.answers());
        answers.set(4, ItemAnswer.text("reflection", ANSWER));
        var q1 = new org.mspsdk.model.QuestionnaireResponse(q.instrumentId(), q.instrumentVersion(), q.status(),
                q.respondent(), q.date(), q.notOfferedReason(), answers);
        return r.toBuilder().notes(NOTES)
                .outcomes(r.outcomes().toBuilder().desiredOutcomes(List.of(d1, r.outcomes().desiredOutcomes().get(1)))
                        .negotiatedOutcomes(List.of(r.outcomes().negotiatedOutcomes().get(0), n1)).build())
                .questionnaires(List.of(q1)).build();
    }

    private static List<String> canaries(String text) {
        List<String> found = new ArrayList<>();
        Matcher m = ANY.matcher(text);
        while (m.find()) {
            found.add(m.group());
        }
        return found;
    }

    @Test
    void thePersonsWordsAppearOnlyWhereTheMappingPutsThemAndTheNotesNowhere() {
        SafeguardingRecord r = withCanaries();
        Bundle b = Fixtures.FHIR.toBundle(r);
        String json = MspFhir.context().newJsonParser().encodeResourceToString(b);
        assertThat(canaries(json)).containsExactlyInAnyOrder(DESIRED, FIRST_AGREED, NOW_AGREED, ANSWER);
        List<String> placed = new ArrayList<>();
        for (Bundle.BundleEntryComponent e : b.getEntry()) {
            if (e.getResource() instanceof Goal g) {
                placed.addAll(canaries(g.getDescription().getText()));
                g.getExtensionsByUrl(MspExtension.PREVIOUS_REVISION.url()).forEach(x -> placed.addAll(
                        canaries(x.getExtensionString(MspExtension.REVISION_WORDING))));
            }
            if (e.getResource() instanceof QuestionnaireResponse q) {
                q.getItem().forEach(i -> i.getAnswer().stream().filter(a -> a.hasValueStringType())
                        .forEach(a -> placed.addAll(canaries(a.getValueStringType().getValue()))));
            }
        }
        assertThat(placed).containsExactlyInAnyOrder(DESIRED, FIRST_AGREED, NOW_AGREED, ANSWER);
        assertThat(Fixtures.FHIR.fromBundle(b)).isEqualTo(MspFhir.carried(r));
    }

    @Test
    void noErrorMessageOrPrintedLineCarriesTheWords() {
        SafeguardingRecord r = withCanaries();
        List<String> messages = new ArrayList<>();
        String printed = capture(() -> {
            String json = Fixtures.FHIR.toJson(r);
            Fixtures.FHIR.fromJson(json);
            // break the Bundle in the resources that hold the words
            for (int k = 0; k < 6; k++) {
                Bundle b = MspFhir.parseBundle(json);
                for (Bundle.BundleEntryComponent e : b.getEntry()) {
                    if (e.getResource() instanceof Goal g && k == 0) {
                        g.setSubject(new Reference("urn:uuid:00000000-0000-3000-8000-000000000000"));
                    } else if (e.getResource() instanceof Goal g && k == 1) {
                        g.setStatusDateElement(null);
                        g.getExtensionByUrl(MspExtension.RECORDING_STAGE.url());
                        g.getExtension().removeIf(x -> x.getUrl().equals(MspExtension.RECORDING_STAGE.url()));
                    } else if (e.getResource() instanceof Goal g && k == 2) {
                        g.getExtensionsByUrl(MspExtension.PREVIOUS_REVISION.url()).forEach(x -> x.getExtension()
                                .removeIf(p -> p.getUrl().equals(MspExtension.REVISION_AGREED_ON)));
                    } else if (e.getResource() instanceof QuestionnaireResponse q && k == 3) {
                        q.getItem().get(4).addAnswer().setValue(new org.hl7.fhir.r4.model.StringType(ANSWER));
                    } else if (e.getResource() instanceof QuestionnaireResponse q && k == 4) {
                        q.getItem().get(4).setLinkId(ANSWER);
                        q.setStatus(QuestionnaireResponse.QuestionnaireResponseStatus.INPROGRESS);
                    } else if (e.getResource() instanceof Goal g && k == 5) {
                        g.getIdentifierFirstRep().setValue(DESIRED);
                        g.getIdentifierFirstRep().setSystem(FhirUrls.NEGOTIATED_OUTCOME_ID);
                        g.addIdentifier().setSystem(FhirUrls.NEGOTIATED_OUTCOME_ID).setValue(NOW_AGREED);
                    }
                }
                try {
                    Fixtures.FHIR.fromBundle(b);
                    messages.add("read without error: case " + k);
                } catch (FhirMappingException e) {
                    messages.add(e.getMessage());
                    messages.add(e.toString());
                }
            }
            String bad = json.replace(ANSWER, ANSWER + "\",\"valueDate\":\"" + ANSWER);
            try {
                Fixtures.FHIR.fromJson(bad);
            } catch (FhirMappingException e) {
                messages.add(e.getMessage());
            }
        });
        assertThat(messages).hasSize(13).noneMatch(m -> m.startsWith("read without error"));
        assertThat(canaries(String.join("\n", messages))).isEmpty();
        assertThat(canaries(printed)).isEmpty();
        assertThat(canaries(r.toString() + Fixtures.FHIR.toBundle(r).toString())).isEmpty();
    }

    /** Runs the action with standard output and error (where slf4j-simple logs) captured. */
    private static String capture(Runnable action) {
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        PrintStream capture = new PrintStream(buffer, true, StandardCharsets.UTF_8);
        System.setOut(capture);
        System.setErr(capture);
        try {
            action.run();
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
        return buffer.toString(StandardCharsets.UTF_8);
    }

}
