package org.mspsdk.instrument;

import static org.mspsdk.internal.Checks.requiredText;

/**
 * One answer on an answer scale.
 *
 * @param code  the stable code stored in responses
 * @param label the wording shown to the person
 */
public record AnswerOption(String code, String label) {

    /** Checks both parts. */
    public AnswerOption {
        requiredText(code, "answerOption.code");
        requiredText(label, "answerOption.label");
    }
}
