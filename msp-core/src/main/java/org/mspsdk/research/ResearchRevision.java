package org.mspsdk.research;

import static org.mspsdk.internal.Checks.optional;
import static org.mspsdk.internal.Checks.requiredText;

import java.util.Optional;
import org.mspsdk.vocabulary.NegotiationChangeReason;

/**
 * One revision of a negotiated outcome, without its wording.
 *
 * @param agreedIn the period it was agreed in
 * @param reason   the reason for a change from the person's words
 * @param recordedBy the code of the organisation that recorded it, as in {@link ResearchRecord#organisations()};
 *                 empty when the source left it to the record's own organisation
 */
public record ResearchRevision(String agreedIn, Optional<NegotiationChangeReason> reason,
        Optional<String> recordedBy) {

    /** Checks the parts. */
    public ResearchRevision {
        requiredText(agreedIn, "revisions[].agreedIn");
        reason = optional(reason);
        recordedBy = optional(recordedBy);
    }

    /**
     * A revision recorded by the record's own organisation.
     *
     * @param agreedIn the period it was agreed in
     * @param reason   the reason for a change
     */
    public ResearchRevision(String agreedIn, Optional<NegotiationChangeReason> reason) {
        this(agreedIn, reason, Optional.empty());
    }
}
