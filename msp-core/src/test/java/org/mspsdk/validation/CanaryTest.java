package org.mspsdk.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.mspsdk.validation.Fixtures.*;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;
import org.mspsdk.instrument.Instruments;
import org.mspsdk.model.AdultAtRisk;
import org.mspsdk.model.DesiredOutcome;
import org.mspsdk.model.ItemAnswer;
import org.mspsdk.model.NegotiatedOutcome;
import org.mspsdk.model.NhsNumber;
import org.mspsdk.model.OrganisationInvolvement;
import org.mspsdk.model.OutcomeRevision;
import org.mspsdk.model.QuestionnaireResponse;
import org.mspsdk.model.SafeguardingRecord;
import org.mspsdk.model.Voice;
import org.mspsdk.vocabulary.OrganisationRole;
import org.mspsdk.vocabulary.OrganisationType;
import org.mspsdk.vocabulary.RecordingStage;

/**
 * Distinctive strings in every free-text and identifier field (and a real NHS number and date of birth) of a
 * record that breaks many rules: no finding message or path, no exception message and no log or console
 * output contains any of them.
 */
class CanaryTest {

    private static final String NHS = "9434765919";
    private static final LocalDate DOB = LocalDate.of(1941, 5, 2);
    private static final LocalDate DEATH = LocalDate.of(9999, 12, 31);

    private static String canary(String field) {
        return "Zq" + field + "Canary";
    }

    static SafeguardingRecord canaryRecord() {
        SafeguardingRecord base = valid();
        var p2 = Instruments.MY_SAFEGUARDING_EXPERIENCE_PART_2;
        return base.toBuilder()
                .recordId(canary("RecordId").repeat(7)) // also too long: MSP-TXT-003
                // control characters in identifiers (MSP-TXT-005) and free text (MSP-TXT-006), a date of death
                // beyond the supported range (MSP-DAT-005)
                .adult(AdultAtRisk.builder(canary("PersonId") + "\u001b]0;" + canary("Title") + "\u0007")
                        .nhsNumber(NhsNumber.of(NHS)).dateOfBirth(DOB).dateOfDeath(DEATH).build())
                .organisations(List.of(
                        OrganisationInvolvement.of(canary("OrgCode") + "\r" + canary("Forged"), canary("OrgName")
                                + "\u001b[2J", OrganisationType.LOCAL_AUTHORITY, List.of(OrganisationRole.LEAD_COUNCIL)),
                        OrganisationInvolvement.of(canary("OrgCode") + "\r" + canary("Forged"),
                                canary("OrgName").repeat(20),
                                OrganisationType.NHS_TRUST, List.of())))
                .outcomes(base.outcomes().toBuilder()
                        .desiredOutcomes(List.of(
                                new DesiredOutcome(canary("DesiredId"), canary("DesiredWording"), Voice.adult(),
                                        COMMENCED, RecordingStage.ENQUIRY_START, Optional.empty()),
                                new DesiredOutcome(canary("DesiredId"), canary("DesiredWording2").repeat(200),
                                        Voice.adult(), COMMENCED, RecordingStage.ENQUIRY_START, Optional.empty())))
                        .negotiatedOutcomes(List.of(
                                NegotiatedOutcome.agreed(canary("NegotiatedId"), List.of(canary("DanglingRef")),
                                                OutcomeRevision.of(COMMENCED, canary("RevisionWording")))
                                        .revise(OutcomeRevision.of(RECEIVED, canary("RevisionWording2"))),
                                NegotiatedOutcome.agreed(canary("NegotiatedId"), List.of(canary("DesiredId")),
                                        OutcomeRevision.of(COMMENCED, canary("RevisionWording3")))))
                        .build())
                .questionnaires(List.of(
                        QuestionnaireResponse.completed(canary("InstrumentId"), canary("InstrumentVersion"),
                                Voice.adult(), COMMENCED, List.of(ItemAnswer.text(canary("LinkId"), canary("Text")))),
                        QuestionnaireResponse.completed(p2.id(), p2.version(), Voice.adult(), CONCLUDED, List.of(
                                ItemAnswer.coded("listened-to", canary("AnswerCode")),
                                ItemAnswer.text(canary("UnknownItem"), canary("AnswerText")),
                                ItemAnswer.text("questions", canary("LongAnswer").repeat(400)),
                                ItemAnswer.text("reflection", " "))),
                        QuestionnaireResponse.completed(p2.id(), canary("Version"), Voice.adult(), CONCLUDED,
                                List.of())))
                .notes(canary("Notes") + "\u0007" + canary("AfterBell"))
                .build();
    }

    @Test
    void noPersonalDataInFindingsExceptionsOrLogs() {
        List<String> captured = new ArrayList<>();
        Handler handler = new Handler() {
            @Override
            public void publish(LogRecord r) {
                captured.add(r.getLoggerName() + " " + r.getMessage());
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger root = Logger.getLogger("");
        Level level = root.getLevel();
        root.setLevel(Level.ALL);
        root.addHandler(handler);
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream console = new ByteArrayOutputStream();
        List<String> texts = new ArrayList<>();
        try {
            PrintStream capture = new PrintStream(console, true, StandardCharsets.UTF_8);
            System.setOut(capture);
            System.setErr(capture);
            SafeguardingRecord record = canaryRecord();
            for (Profile profile : Profile.values()) {
                ValidationReport report = validator(profile).validate(record);
                for (Finding f : report.findings()) {
                    texts.add(f.message());
                    texts.add(f.path());
                    texts.add(f.toString());
                }
                texts.add(report.toString());
                ValidationException e = catchThrowableOfType(ValidationException.class, report::orThrow);
                texts.add(e.getMessage());
                texts.add(String.valueOf(e));
            }
            texts.add(record.toString());
        } finally {
            System.setOut(out);
            System.setErr(err);
            root.removeHandler(handler);
            root.setLevel(level);
        }
        texts.add(console.toString(StandardCharsets.UTF_8));
        texts.addAll(captured);

        ValidationReport report = validator(Profile.SAC_COMPLETE).validate(canaryRecord());
        // the record really exercises the rules that look at the canary fields
        assertThat(report.ruleIds()).contains("MSP-TXT-001", "MSP-TXT-002", "MSP-TXT-003", "MSP-ORG-003",
                "MSP-ORG-004", "MSP-OUT-010", "MSP-OUT-012", "MSP-OUT-013", "MSP-OUT-014", "MSP-QST-001",
                "MSP-QST-007", "MSP-QST-008", "MSP-TXT-005", "MSP-TXT-006", "MSP-DAT-005");
        for (String text : texts) {
            assertThat(text).doesNotContainIgnoringCase("canary").doesNotContain(NHS).doesNotContain("943 476")
                    .doesNotContain(DOB.toString()).doesNotContain(DEATH.toString()).doesNotContain("\u001b")
                    .doesNotContain("\u0007");
        }
    }
}
