package org.mspsdk.research;

import static org.mspsdk.internal.Checks.optional;
import static org.mspsdk.internal.Checks.required;
import static org.mspsdk.internal.Checks.requiredText;

import java.util.Optional;

/**
 * One questionnaire answer in the research form: the item, and its code when the code is on the item's scale.
 *
 * @param linkId the item id (from the instrument definition in the catalogue)
 * @param form   what was kept of the answer
 * @param code   the answer code, when {@code form} is {@link AnswerForm#CODED}
 */
public record ResearchAnswer(String linkId, AnswerForm form, Optional<String> code) {

    /** Checks the parts. */
    public ResearchAnswer {
        requiredText(linkId, "answers[].linkId");
        required(form, "answers[].form");
        code = optional(code);
    }
}
