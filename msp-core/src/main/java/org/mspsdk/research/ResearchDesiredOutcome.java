package org.mspsdk.research;

import static org.mspsdk.internal.Checks.optional;
import static org.mspsdk.internal.Checks.required;
import static org.mspsdk.internal.Checks.requiredText;

import java.util.Optional;
import org.mspsdk.model.Voice;
import org.mspsdk.vocabulary.OutcomeCategory;
import org.mspsdk.vocabulary.RecordingStage;

/**
 * A desired outcome without its wording.
 *
 * @param id          a record-local id ({@code d1}, {@code d2}, ... in source order), replacing the source id
 * @param expressedBy who expressed it (the adult, a representative with role, a best-interests decision)
 * @param expressedIn the period it was expressed in
 * @param stage       the recording stage
 * @param category    the outcome category
 */
public record ResearchDesiredOutcome(String id, Voice expressedBy, String expressedIn, RecordingStage stage,
        Optional<OutcomeCategory> category) {

    /** Checks the parts. */
    public ResearchDesiredOutcome {
        requiredText(id, "desiredOutcomes[].id");
        required(expressedBy, "desiredOutcomes[].expressedBy");
        requiredText(expressedIn, "desiredOutcomes[].expressedIn");
        required(stage, "desiredOutcomes[].stage");
        category = optional(category);
    }
}
