package org.mspsdk.json;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.mspsdk.json.internal.WireNames;
import org.mspsdk.model.ItemAnswer;
import org.mspsdk.model.QuestionnaireResponse;
import org.mspsdk.model.Voice;
import org.mspsdk.vocabulary.NotOfferedReason;
import org.mspsdk.vocabulary.QuestionnaireStatus;

/** Binds one questionnaire response ({@code /questionnaires/i}) and its answers. */
final class QuestionnaireBinder {

    private static final NameTable<WireNames.QuestionnaireResponse> QUESTIONNAIRE =
            NameTable.of(WireNames.QuestionnaireResponse.class);
    private static final NameTable<WireNames.ItemAnswer> ANSWER = NameTable.of(WireNames.ItemAnswer.class);

    private QuestionnaireBinder() {
    }

    static QuestionnaireResponse questionnaire(TokenReader r, Ptr pointer) {
        PropertyWalker<WireNames.QuestionnaireResponse> o = r.object(pointer, QUESTIONNAIRE,
                "a questionnaire response object");
        String instrumentId = null;
        String instrumentVersion = null;
        QuestionnaireStatus status = null;
        Voice respondent = null;
        LocalDate date = null;
        NotOfferedReason reason = null;
        List<ItemAnswer> answers = List.of();
        String recordedBy = null;
        for (WireNames.QuestionnaireResponse n = o.next(); n != null; n = o.next()) {
            Ptr ptr = o.child(n);
            switch (n) {
                case instrumentId -> instrumentId = r.text(ptr, "the instrument id", true);
                case instrumentVersion -> instrumentVersion = r.text(ptr, "the instrument version", true);
                case status -> status = r.code(ptr, QuestionnaireStatus.LIST);
                case respondent -> respondent = OutcomesBinder.voice(r, ptr);
                case date -> date = r.date(ptr);
                case notOfferedReason -> reason = r.code(ptr, NotOfferedReason.LIST);
                case answers -> answers = r.array(ptr, "answer objects", item -> answer(r, item));
                case recordedBy -> recordedBy = r.text(ptr, Wire.ORGANISATION_CODE, true);
                default -> throw new IllegalStateException(n.wireName());
            }
        }
        String id = o.require(WireNames.QuestionnaireResponse.instrumentId, instrumentId);
        String v = o.require(WireNames.QuestionnaireResponse.instrumentVersion, instrumentVersion);
        QuestionnaireStatus s = o.require(WireNames.QuestionnaireResponse.status, status);
        Optional<Voice> who = Optional.ofNullable(respondent);
        Optional<LocalDate> d = Optional.ofNullable(date);
        Optional<NotOfferedReason> nr = Optional.ofNullable(reason);
        List<ItemAnswer> a = answers;
        Optional<String> by = Optional.ofNullable(recordedBy);
        return r.build(pointer, o.start, () -> new QuestionnaireResponse(id, v, s, who, d, nr, a, by));
    }

    private static ItemAnswer answer(TokenReader r, Ptr pointer) {
        PropertyWalker<WireNames.ItemAnswer> o = r.object(pointer, ANSWER, "an answer object");
        String linkId = null;
        String code = null;
        String text = null;
        for (WireNames.ItemAnswer n = o.next(); n != null; n = o.next()) {
            Ptr ptr = o.child(n);
            switch (n) {
                case linkId -> linkId = r.text(ptr, "the item id", true);
                case code -> code = r.text(ptr, "the answer code", false);
                case text -> text = r.text(ptr, "the answer text", false);
                default -> throw new IllegalStateException(n.wireName());
            }
        }
        String l = o.require(WireNames.ItemAnswer.linkId, linkId);
        Optional<String> c = Optional.ofNullable(code);
        Optional<String> t = Optional.ofNullable(text);
        return r.build(pointer, o.start, () -> new ItemAnswer(l, c, t));
    }
}
