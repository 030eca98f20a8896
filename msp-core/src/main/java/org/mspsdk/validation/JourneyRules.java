package org.mspsdk.validation;

import static org.mspsdk.validation.Profile.IN_PROGRESS;
import static org.mspsdk.validation.Severity.ERROR;
import static org.mspsdk.validation.Severity.WARNING;

import java.util.List;
import java.util.Optional;
import org.mspsdk.model.DesiredOutcome;
import org.mspsdk.model.Enquiry;
import org.mspsdk.model.NegotiatedOutcome;
import org.mspsdk.model.QuestionnaireResponse;
import org.mspsdk.model.SafeguardingRecord;

/**
 * Rules MSP-JNY: linked records of one safeguarding journey. The first three are checked on each record by the
 * {@link Validator}; the others compare the records of one journey and are checked by the partnership view
 * ({@code org.mspsdk.partnership.Partnership}), which reports them with the record id beside the path.
 */
final class JourneyRules {

    /** The phrase every cross-record rule's "why" ends with. */
    private static final String ACROSS = " Checked across the records of one journey by the partnership view"
            + " (org.mspsdk.partnership), not by Validator.validate.";

    static final Rule JNY_001 = new Rule("MSP-JNY-001", ERROR, IN_PROGRESS,
            "The organisation whose record it is (recordedBy) is one of the record's organisations.",
            "A partner's record is credited to the organisation that kept it; a code naming nobody on the record "
                    + "cannot be credited, checked or shown.",
            "recordedBy");
    static final Rule JNY_002 = new Rule("MSP-JNY-002", ERROR, IN_PROGRESS,
            "The organisation named as having recorded a desired outcome, an outcome revision, an achievement "
                    + "rating, a questionnaire response, a consent decision or the advocacy answers is one of the "
                    + "record's organisations.",
            "Each organisation is credited only with what it did; an attribution naming nobody on the record "
                    + "cannot be credited.",
            "outcomes.desiredOutcomes[].recordedBy, outcomes.negotiatedOutcomes[].revisions[].recordedBy, "
                    + "outcomes.negotiatedOutcomes[].achievement.recordedBy, questionnaires[].recordedBy, "
                    + "enquiry.consent.recordedBy, enquiry.advocacy.recordedBy");
    static final Rule JNY_003 = new Rule("MSP-JNY-003", WARNING, IN_PROGRESS,
            "A partner's record (recordedBy naming an organisation other than the lead council) has an episodeId.",
            "Without the journey's shared reference a partner's record cannot be linked to the lead council's "
                    + "record: the SAC return does not count it and lists it in the data-quality report.",
            "episodeId");
    static final Rule JNY_004 = new Rule("MSP-JNY-004", ERROR, IN_PROGRESS,
            "The records of one journey name the same lead council.",
            "One concern has one council leading it and reporting it to the SAC; two lead councils for one "
                    + "journey mean a wrong reference or a transfer that was not recorded." + ACROSS,
            "organisations[].code");
    static final Rule JNY_005 = new Rule("MSP-JNY-005", ERROR, IN_PROGRESS,
            "A journey has at most one lead council's record.",
            "The lead council's record is the authority the SAC counts; two of them would count one journey "
                    + "twice." + ACROSS,
            "recordedBy");
    static final Rule JNY_006 = new Rule("MSP-JNY-006", ERROR, IN_PROGRESS,
            "A partner's record of the enquiry agrees with the lead council's record on the enquiry type.",
            "A section 42 enquiry and an other enquiry of one concern cannot both be true; the lead council's is "
                    + "counted, the other is reported, never silently resolved." + ACROSS,
            "enquiry.type");
    static final Rule JNY_007 = new Rule("MSP-JNY-007", ERROR, IN_PROGRESS,
            "A partner's record of the enquiry agrees with the lead council's record on its result (action taken "
                    + "and result).",
            "Two different enquiry results for one enquiry cannot both be true; the lead council's is counted, "
                    + "the other is reported." + ACROSS,
            "enquiry.result");
    static final Rule JNY_008 = new Rule("MSP-JNY-008", ERROR, IN_PROGRESS,
            "The records of one journey agree on the adult's NHS number where both give one.",
            "Two NHS numbers mean two people linked by a wrong reference." + ACROSS,
            "adult.nhsNumber");
    static final Rule JNY_009 = new Rule("MSP-JNY-009", WARNING, IN_PROGRESS,
            "A partner's record agrees with the lead council's record on what became of the concern, where both "
                    + "record it.",
            "A partner may not yet know the decision; a different decision is worth a look." + ACROSS,
            "concern.outcome");
    static final Rule JNY_010 = new Rule("MSP-JNY-010", WARNING, IN_PROGRESS,
            "A journey has the lead council's record.",
            "A partner's record without the lead council's record of the same journey is not a council concern: "
                    + "the SAC does not count it and lists it in the data-quality report." + ACROSS,
            "episodeId");

    static final RuleArea AREA = new RuleArea("JNY", "Linked records and journeys (JNY)",
            List.of(JNY_001, JNY_002, JNY_003, JNY_004, JNY_005, JNY_006, JNY_007, JNY_008, JNY_009, JNY_010),
            JourneyRules::check);

    private JourneyRules() {
    }

    private static void check(RecordCheck c) {
        SafeguardingRecord r = c.record;
        if (r.recordedBy().isPresent() && r.organisation(r.recordedBy().get()).isEmpty()) {
            c.add(JNY_001, "recordedBy", "expected the code of one of the record's organisations");
        }
        if (r.isPartnerRecord() && r.episodeId().isEmpty()) {
            c.add(JNY_003, "episodeId", "a partner's record without the journey's episodeId cannot be linked to the "
                    + "lead council's record");
        }
        List<DesiredOutcome> desired = c.outcomes.desiredOutcomes();
        for (int i = 0; i < desired.size(); i++) {
            attribution(c, desired.get(i).recordedBy(), "outcomes.desiredOutcomes[" + i + "].recordedBy");
        }
        List<NegotiatedOutcome> negotiated = c.outcomes.negotiatedOutcomes();
        for (int i = 0; i < negotiated.size(); i++) {
            NegotiatedOutcome n = negotiated.get(i);
            for (int k = 0; k < n.revisions().size(); k++) {
                attribution(c, n.revisions().get(k).recordedBy(),
                        "outcomes.negotiatedOutcomes[" + i + "].revisions[" + k + "].recordedBy");
            }
            if (n.achievement().isPresent()) {
                attribution(c, n.achievement().get().recordedBy(),
                        "outcomes.negotiatedOutcomes[" + i + "].achievement.recordedBy");
            }
        }
        List<QuestionnaireResponse> qs = r.questionnaires();
        for (int i = 0; i < qs.size(); i++) {
            attribution(c, qs.get(i).recordedBy(), "questionnaires[" + i + "].recordedBy");
        }
        if (c.enquiry.isPresent()) {
            Enquiry e = c.enquiry.get();
            e.consent().ifPresent(x -> attribution(c, x.recordedBy(), "enquiry.consent.recordedBy"));
            e.advocacy().ifPresent(x -> attribution(c, x.recordedBy(), "enquiry.advocacy.recordedBy"));
        }
    }

    private static void attribution(RecordCheck c, Optional<String> code, String path) {
        if (code.isPresent() && c.record.organisation(code.get()).isEmpty()) {
            c.add(JNY_002, path, "expected the code of one of the record's organisations");
        }
    }
}
