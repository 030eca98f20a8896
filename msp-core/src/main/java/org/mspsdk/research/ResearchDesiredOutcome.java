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
 * @param recordedBy  the code of the organisation that recorded it, as in {@link ResearchRecord#organisations()}
 *                    (a keyed pseudonym for a provider when providers are pseudonymised); empty when the source
 *                    left it to the record's own organisation
 */
public record ResearchDesiredOutcome(String id, Voice expressedBy, String expressedIn, RecordingStage stage,
        Optional<OutcomeCategory> category, Optional<String> recordedBy) {

    /** Checks the parts. */
    public ResearchDesiredOutcome {
        requiredText(id, "desiredOutcomes[].id");
        required(expressedBy, "desiredOutcomes[].expressedBy");
        requiredText(expressedIn, "desiredOutcomes[].expressedIn");
        required(stage, "desiredOutcomes[].stage");
        category = optional(category);
        recordedBy = optional(recordedBy);
    }

    /**
     * A desired outcome recorded by the record's own organisation.
     *
     * @param id          a record-local id
     * @param expressedBy who expressed it
     * @param expressedIn the period
     * @param stage       the recording stage
     * @param category    the outcome category
     */
    public ResearchDesiredOutcome(String id, Voice expressedBy, String expressedIn, RecordingStage stage,
            Optional<OutcomeCategory> category) {
        this(id, expressedBy, expressedIn, stage, category, Optional.empty());
    }
}
