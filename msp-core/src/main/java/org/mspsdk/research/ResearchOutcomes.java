package org.mspsdk.research;

import static org.mspsdk.internal.Checks.list;
import static org.mspsdk.internal.Checks.optional;

import java.util.List;
import java.util.Optional;
import org.mspsdk.vocabulary.AskedAboutOutcomes;
import org.mspsdk.vocabulary.OutcomeAchievement;
import org.mspsdk.vocabulary.SafetyRating;

/**
 * The MSP part of the research form: everything of {@link org.mspsdk.model.PersonalOutcomes} except wording.
 *
 * @param asked              SG4a: asked about desired outcomes
 * @param desiredOutcomes    the desired outcomes, without wording
 * @param negotiatedOutcomes the negotiated outcomes, without wording
 * @param enquiryAchievement SG4a: the enquiry-level achievement
 * @param feelingSafeAtStart how safe the person felt at the start
 * @param feelingSafeAtEnd   how safe the person felt at the end
 */
public record ResearchOutcomes(
        Optional<AskedAboutOutcomes> asked,
        List<ResearchDesiredOutcome> desiredOutcomes,
        List<ResearchNegotiatedOutcome> negotiatedOutcomes,
        Optional<OutcomeAchievement> enquiryAchievement,
        Optional<SafetyRating> feelingSafeAtStart,
        Optional<SafetyRating> feelingSafeAtEnd) {

    /** Normalises and copies the parts. */
    public ResearchOutcomes {
        asked = optional(asked);
        desiredOutcomes = list(desiredOutcomes, "outcomes.desiredOutcomes");
        negotiatedOutcomes = list(negotiatedOutcomes, "outcomes.negotiatedOutcomes");
        enquiryAchievement = optional(enquiryAchievement);
        feelingSafeAtStart = optional(feelingSafeAtStart);
        feelingSafeAtEnd = optional(feelingSafeAtEnd);
    }
}
