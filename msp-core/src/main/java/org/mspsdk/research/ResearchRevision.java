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
 */
public record ResearchRevision(String agreedIn, Optional<NegotiationChangeReason> reason) {

    /** Checks the parts. */
    public ResearchRevision {
        requiredText(agreedIn, "revisions[].agreedIn");
        reason = optional(reason);
    }
}
