package org.mspsdk.model;

import static org.mspsdk.internal.Checks.list;
import static org.mspsdk.internal.Checks.optional;
import static org.mspsdk.internal.Checks.optionalCode;
import static org.mspsdk.internal.Checks.required;
import static org.mspsdk.internal.Checks.requiredText;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.mspsdk.vocabulary.NotOfferedReason;
import org.mspsdk.vocabulary.QuestionnaireStatus;

/**
 * A response to an experience questionnaire: which instrument version, whether it was completed or not
 * offered (with the reason), who answered (the adult, or a representative with role), when, and the answers.
 *
 * <pre>{@code
 * Instrument part2 = Instruments.MY_SAFEGUARDING_EXPERIENCE_PART_2;
 * QuestionnaireResponse done = QuestionnaireResponse.completed(part2.id(), part2.version(), Voice.adult(),
 *         closure, List.of(ItemAnswer.coded("listened-to", "yes-completely")));
 * QuestionnaireResponse skipped = QuestionnaireResponse.notOffered(part2.id(), part2.version(), closure,
 *         NotOfferedReason.NOT_ETHICALLY_APPROPRIATE);
 * }</pre>
 *
 * @param instrumentId      the instrument answered
 * @param instrumentVersion the instrument version answered
 * @param status            completed or not offered
 * @param respondent        who answered, when completed
 * @param date              when it was answered (or the decision not to offer it was made)
 * @param notOfferedReason  why it was not offered
 * @param answers           the answers, when completed
 * @param recordedBy        the code of the organisation that collected it (an organisation on the record); empty
 *                          means the organisation whose record this is ({@link SafeguardingRecord#recorder()})
 */
public record QuestionnaireResponse(
        String instrumentId,
        String instrumentVersion,
        QuestionnaireStatus status,
        Optional<Voice> respondent,
        Optional<LocalDate> date,
        Optional<NotOfferedReason> notOfferedReason,
        List<ItemAnswer> answers,
        Optional<String> recordedBy) {

    /** Checks the parts and copies the answers. */
    public QuestionnaireResponse {
        requiredText(instrumentId, "questionnaires[].instrumentId");
        requiredText(instrumentVersion, "questionnaires[].instrumentVersion");
        required(status, "questionnaires[].status");
        respondent = optional(respondent);
        date = optional(date);
        notOfferedReason = optional(notOfferedReason);
        answers = list(answers, "questionnaires[].answers");
        recordedBy = optionalCode(recordedBy, "questionnaires[].recordedBy");
    }

    /**
     * A response collected by the organisation whose record it is.
     *
     * @param instrumentId      the instrument answered
     * @param instrumentVersion the instrument version answered
     * @param status            completed or not offered
     * @param respondent        who answered, when completed
     * @param date              when
     * @param notOfferedReason  why it was not offered
     * @param answers           the answers, when completed
     */
    public QuestionnaireResponse(String instrumentId, String instrumentVersion, QuestionnaireStatus status,
            Optional<Voice> respondent, Optional<LocalDate> date, Optional<NotOfferedReason> notOfferedReason,
            List<ItemAnswer> answers) {
        this(instrumentId, instrumentVersion, status, respondent, date, notOfferedReason, answers, Optional.empty());
    }

    /**
     * @param organisationCode the code of the organisation that recorded it, or null for the record's own
     * @return a copy attributed to that organisation
     */
    public QuestionnaireResponse withRecordedBy(String organisationCode) {
        return new QuestionnaireResponse(instrumentId, instrumentVersion, status, respondent, date, notOfferedReason, answers,
                Optional.ofNullable(organisationCode));
    }

    /**
     * @param instrumentId      the instrument id
     * @param instrumentVersion the instrument version
     * @param respondent        who answered
     * @param date              when
     * @param answers           the answers
     * @return a completed response
     */
    public static QuestionnaireResponse completed(String instrumentId, String instrumentVersion, Voice respondent,
            LocalDate date, List<ItemAnswer> answers) {
        return new QuestionnaireResponse(instrumentId, instrumentVersion, QuestionnaireStatus.COMPLETED,
                Optional.of(respondent), Optional.of(date), Optional.empty(), answers);
    }

    /**
     * @param instrumentId      the instrument id
     * @param instrumentVersion the instrument version
     * @param date              when the decision was made
     * @param reason            why it was not offered
     * @return a not-offered response
     */
    public static QuestionnaireResponse notOffered(String instrumentId, String instrumentVersion, LocalDate date,
            NotOfferedReason reason) {
        return new QuestionnaireResponse(instrumentId, instrumentVersion, QuestionnaireStatus.NOT_OFFERED,
                Optional.empty(), Optional.of(date), Optional.of(reason), List.of());
    }

    /**
     * @param linkId an item id
     * @return the answer to it
     */
    public Optional<ItemAnswer> answer(String linkId) {
        return answers.stream().filter(a -> a.linkId().equals(linkId)).findFirst();
    }
}
