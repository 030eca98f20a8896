package org.mspsdk.research;

import static org.mspsdk.internal.Checks.list;
import static org.mspsdk.internal.Checks.optional;
import static org.mspsdk.internal.Checks.required;

import java.util.List;
import java.util.Optional;
import org.mspsdk.model.Voice;
import org.mspsdk.vocabulary.NotOfferedReason;
import org.mspsdk.vocabulary.QuestionnaireStatus;

/**
 * An experience questionnaire response in the research form. The instrument's id and version and the answers'
 * item ids are kept only when the instrument is in the {@link Deidentifier}'s catalogue (they come from the
 * record, and an unknown instrument's text cannot be vouched for); otherwise they and the answers are removed.
 *
 * @param instrumentId      the instrument id, when in the catalogue
 * @param instrumentVersion the instrument version, when in the catalogue
 * @param inCatalogue       whether the instrument was found in the catalogue
 * @param status            completed or not offered
 * @param respondent        who answered
 * @param answeredIn        the period it was answered (or not offered) in
 * @param notOfferedReason  why it was not offered
 * @param answers           the answers, without free text
 * @param recordedBy        the code of the organisation that collected it, as in
 *                          {@link ResearchRecord#organisations()}; empty when the source left it to the record's own
 *                          organisation
 */
public record ResearchQuestionnaire(
        Optional<String> instrumentId,
        Optional<String> instrumentVersion,
        boolean inCatalogue,
        QuestionnaireStatus status,
        Optional<Voice> respondent,
        Optional<String> answeredIn,
        Optional<NotOfferedReason> notOfferedReason,
        List<ResearchAnswer> answers,
        Optional<String> recordedBy) {

    /** Checks the parts. */
    public ResearchQuestionnaire {
        instrumentId = optional(instrumentId);
        instrumentVersion = optional(instrumentVersion);
        required(status, "questionnaires[].status");
        respondent = optional(respondent);
        answeredIn = optional(answeredIn);
        notOfferedReason = optional(notOfferedReason);
        answers = list(answers, "questionnaires[].answers");
        recordedBy = optional(recordedBy);
    }

    /**
     * A response collected by the record's own organisation.
     *
     * @param instrumentId      the instrument id, when in the catalogue
     * @param instrumentVersion the instrument version, when in the catalogue
     * @param inCatalogue       whether the instrument was found
     * @param status            completed or not offered
     * @param respondent        who answered
     * @param answeredIn        the period
     * @param notOfferedReason  why it was not offered
     * @param answers           the answers
     */
    public ResearchQuestionnaire(Optional<String> instrumentId, Optional<String> instrumentVersion,
            boolean inCatalogue, QuestionnaireStatus status, Optional<Voice> respondent, Optional<String> answeredIn,
            Optional<NotOfferedReason> notOfferedReason, List<ResearchAnswer> answers) {
        this(instrumentId, instrumentVersion, inCatalogue, status, respondent, answeredIn, notOfferedReason, answers,
                Optional.empty());
    }
}
