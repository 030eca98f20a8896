package org.mspsdk.validation;

import static org.mspsdk.validation.Profile.IN_PROGRESS;
import static org.mspsdk.validation.Severity.ERROR;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.mspsdk.instrument.Instrument;
import org.mspsdk.instrument.InstrumentItem;
import org.mspsdk.model.ItemAnswer;
import org.mspsdk.model.QuestionnaireResponse;
import org.mspsdk.vocabulary.QuestionnaireStatus;
import org.mspsdk.vocabulary.VoiceType;

/**
 * Rules MSP-QST: experience questionnaire responses, checked against the validator's instrument catalogue. An adult
 * respondent naming a representative role is reported under MSP-OUT-016 ({@link OutcomeRules#OUT_016}).
 */
final class QuestionnaireRules {

    static final Rule QST_001 = new Rule("MSP-QST-001", ERROR, IN_PROGRESS,
            "A questionnaire response names an instrument id and version present in the validator's instrument "
                    + "catalogue.",
            "Answers only mean something against the definition of the items and scales they answer.",
            "questionnaires[].instrumentId, questionnaires[].instrumentVersion");
    static final Rule QST_002 = new Rule("MSP-QST-002", ERROR, IN_PROGRESS,
            "A questionnaire that was not offered gives the reason.",
            "Part 2 is offered to everyone unless there is good reason not to; the reason is the audit trail.",
            "questionnaires[].notOfferedReason");
    static final Rule QST_003 = new Rule("MSP-QST-003", ERROR, IN_PROGRESS,
            "A completed response names its respondent and has no not-offered reason; a not-offered response has no "
                    + "respondent and no answers.",
            "The status decides which parts make sense.",
            "questionnaires[].respondent, questionnaires[].notOfferedReason, questionnaires[].answers");
    static final Rule QST_004 = new Rule("MSP-QST-004", ERROR, IN_PROGRESS,
            "A questionnaire answered by someone other than the adult names their role.",
            "Views given on the person's behalf (relative, carer, advocate, IMCA) are reported separately.",
            "questionnaires[].respondent.representativeRole");
    static final Rule QST_005 = new Rule("MSP-QST-005", ERROR, IN_PROGRESS,
            "A closing questionnaire (an instrument asked at closure, such as Part 2) is dated on or after the "
                    + "enquiry's conclusion; on a record without an enquiry, only once the concern is decided as "
                    + "no-enquiry, and on or after it was received.",
            "Part 2 asks about the whole experience, at closure or within eight weeks of it.",
            "questionnaires[].date");
    static final Rule QST_006 = new Rule("MSP-QST-006", ERROR, IN_PROGRESS,
            "A questionnaire response has a date.",
            "The date places the response in the journey and in a reporting year.", "questionnaires[].date");
    static final Rule QST_007 = new Rule("MSP-QST-007", ERROR, IN_PROGRESS,
            "Every answer refers to an item of the instrument, and each item is answered at most once.",
            "An answer to an unknown or repeated item cannot be counted.", "questionnaires[].answers[].linkId");
    static final Rule QST_008 = new Rule("MSP-QST-008", ERROR, IN_PROGRESS,
            "An answer to a scaled item is a code of the item's scale and has no text; an answer to a free-text item "
                    + "has text and no code.",
            "Answer distributions are counted per code of the scale.",
            "questionnaires[].answers[].code, questionnaires[].answers[].text");

    static final RuleArea AREA = new RuleArea("QST", "Experience questionnaires (QST)",
            List.of(QST_001, QST_002, QST_003, QST_004, QST_005, QST_006, QST_007, QST_008),
            QuestionnaireRules::check);

    private QuestionnaireRules() {
    }

    private static void check(RecordCheck c) {
        List<QuestionnaireResponse> qs = c.record.questionnaires();
        for (int i = 0; i < qs.size(); i++) {
            QuestionnaireResponse q = qs.get(i);
            String p = "questionnaires[" + i + "]";
            if (q.date().isEmpty()) {
                c.add(QST_006, p + ".date", "expected the date the questionnaire was answered or not offered");
            }
            statusAndRespondent(c, q, p);
            Optional<Instrument> found = c.instruments.find(q.instrumentId(), q.instrumentVersion());
            if (found.isEmpty()) {
                boolean idKnown = c.instruments.instruments().stream().anyMatch(x -> x.id().equals(q.instrumentId()));
                c.add(QST_001, p + (idKnown ? ".instrumentVersion" : ".instrumentId"), idKnown
                        ? "this version of the instrument is not in the instrument catalogue"
                        : "the instrument is not in the instrument catalogue");
                continue;
            }
            Instrument instrument = found.get();
            if (instrument.isClosing()) {
                if (c.closedOn.isEmpty()) {
                    c.add(QST_005, p + ".date", "a closing questionnaire is recorded only once the enquiry is "
                            + "concluded (or, with no enquiry, once the concern is decided as no-enquiry)");
                } else if (q.date().isPresent() && q.date().get().isBefore(c.closedOn.get())) {
                    c.add(QST_005, p + ".date", "expected a date on or after " + (c.enquiry.isPresent()
                            ? "the enquiry's conclusion date" : "the date the concern was received"));
                }
            }
            answers(c, q, instrument, p);
        }
    }

    private static void statusAndRespondent(RecordCheck c, QuestionnaireResponse q, String p) {
        if (q.status() == QuestionnaireStatus.NOT_OFFERED) {
            if (q.notOfferedReason().isEmpty()) {
                c.add(QST_002, p + ".notOfferedReason", "expected the reason the questionnaire was not offered");
            }
            if (q.respondent().isPresent()) {
                c.add(QST_003, p + ".respondent", "a questionnaire that was not offered has no respondent");
            }
            if (!q.answers().isEmpty()) {
                c.add(QST_003, p + ".answers", "a questionnaire that was not offered has no answers");
            }
        } else {
            if (q.respondent().isEmpty()) {
                c.add(QST_003, p + ".respondent", "expected who answered the completed questionnaire");
            }
            if (q.notOfferedReason().isPresent()) {
                c.add(QST_003, p + ".notOfferedReason", "a completed questionnaire has no not-offered reason");
            }
        }
        q.respondent().ifPresent(v -> {
            if (v.type() != VoiceType.ADULT && v.representativeRole().isEmpty()) {
                c.add(QST_004, p + ".respondent.representativeRole",
                        "expected the role of the person who answered on the adult's behalf");
            }
            if (v.type() == VoiceType.ADULT && v.representativeRole().isPresent()) {
                c.add(OutcomeRules.OUT_016, p + ".respondent.representativeRole",
                        "the adult's own voice names no representative role");
            }
        });
    }

    /** @return the path of one field of answer j (built only for a finding) */
    private static String answerPath(String p, int j, String field) {
        return p + ".answers[" + j + "]." + field;
    }

    private static void answers(RecordCheck c, QuestionnaireResponse q, Instrument instrument, String p) {
        Set<String> answered = new HashSet<>();
        for (int j = 0; j < q.answers().size(); j++) {
            ItemAnswer a = q.answers().get(j);
            Optional<InstrumentItem> item = instrument.item(a.linkId());
            if (item.isEmpty()) {
                c.add(QST_007, answerPath(p, j, "linkId"), "expected the id of an item of the instrument; the "
                        + "instrument has no such item");
                continue;
            }
            if (!answered.add(a.linkId())) {
                c.add(QST_007, answerPath(p, j, "linkId"), "this item is already answered earlier in the response");
            }
            if (item.get().isFreeText()) {
                if (a.code().isPresent()) {
                    c.add(QST_008, answerPath(p, j, "code"), "the item is free text: expected text, not a code");
                }
                if (a.text().isEmpty()) {
                    c.add(QST_008, answerPath(p, j, "text"), "the item is free text: expected a text answer");
                }
            } else {
                if (a.text().isPresent()) {
                    c.add(QST_008, answerPath(p, j, "text"), "the item has an answer scale: expected a code, not text");
                }
                if (a.code().isEmpty()) {
                    c.add(QST_008, answerPath(p, j, "code"), "the item has an answer scale: expected a code of scale "
                            + item.get().scale().get().id());
                } else if (item.get().scale().get().option(a.code().get()).isEmpty()) {
                    c.add(QST_008, answerPath(p, j, "code"), "expected one of the codes of scale "
                            + item.get().scale().get().id() + ": " + String.join(", ", item.get().scale().get().codes()));
                }
            }
        }
    }
}
