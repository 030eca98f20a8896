package org.mspsdk.model;

import java.util.List;
import org.mspsdk.vocabulary.OutcomeAchievement;

/**
 * How several per-outcome achievement ratings become the one enquiry-level answer SG4a asks for. Replaceable:
 * a council that agrees a different rule passes its own to {@code SacSettings.withRollUp(RollUpRule)} in the returns package (and the validator checks recorded answers against the same rule).
 *
 * <pre>{@code
 * RollUpRule rule = RollUpRule.SAC_DEFAULT;
 * rule.rollUp(List.of(FULLY_ACHIEVED, NOT_ACHIEVED)); // PARTIALLY_ACHIEVED
 * }</pre>
 */
@FunctionalInterface
public interface RollUpRule {

    /**
     * The default rule (MSP-DOMAIN section 5, following the CLD "review outcomes achieved" rule): every outcome
     * fully achieved gives Fully; otherwise at least one fully or partially achieved gives Partially; otherwise
     * Not achieved.
     */
    RollUpRule SAC_DEFAULT = ratings -> {
        // loops, not streams: the validator and the SAC tally call this for every concluded enquiry
        boolean allFully = true;
        boolean anyMet = false;
        for (OutcomeAchievement r : ratings) {
            allFully &= r == OutcomeAchievement.FULLY_ACHIEVED;
            anyMet |= r == OutcomeAchievement.FULLY_ACHIEVED || r == OutcomeAchievement.PARTIALLY_ACHIEVED;
        }
        if (allFully) {
            return OutcomeAchievement.FULLY_ACHIEVED;
        }
        return anyMet ? OutcomeAchievement.PARTIALLY_ACHIEVED : OutcomeAchievement.NOT_ACHIEVED;
    };

    /**
     * @param ratings the per-outcome ratings of one enquiry, never empty, no nulls
     * @return the enquiry-level answer
     */
    OutcomeAchievement rollUp(List<OutcomeAchievement> ratings);
}
