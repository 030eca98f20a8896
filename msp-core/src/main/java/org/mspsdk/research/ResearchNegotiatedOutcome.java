package org.mspsdk.research;

import static org.mspsdk.internal.Checks.list;
import static org.mspsdk.internal.Checks.optional;
import static org.mspsdk.internal.Checks.requiredText;

import java.util.List;
import java.util.Optional;

/**
 * A negotiated outcome without its wording: its links to desired outcomes, its revision history (when and why
 * it changed) and its achievement.
 *
 * @param id                a record-local id ({@code n1}, {@code n2}, ... in source order)
 * @param desiredOutcomeIds the record-local ids of the desired outcomes it came from
 * @param revisions         the revisions, oldest first, without wording
 * @param achievement       how far it was achieved
 */
public record ResearchNegotiatedOutcome(String id, List<String> desiredOutcomeIds, List<ResearchRevision> revisions,
        Optional<ResearchAchievement> achievement) {

    /** Checks the parts. */
    public ResearchNegotiatedOutcome {
        requiredText(id, "negotiatedOutcomes[].id");
        desiredOutcomeIds = list(desiredOutcomeIds, "negotiatedOutcomes[].desiredOutcomeIds");
        revisions = list(revisions, "negotiatedOutcomes[].revisions");
        achievement = optional(achievement);
    }
}
