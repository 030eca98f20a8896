package org.mspsdk.validation;

import java.util.List;
import org.mspsdk.vocabulary.OutcomeAchievement;

/**
 * The default roll-up of per-outcome ratings into one enquiry-level answer (MSP-DOMAIN section 5): all fully
 * achieved gives fully; at least one fully or partially achieved gives partially; otherwise not achieved.
 * Kept private to validation so msp-core has no dependency between validation and returns; the returns
 * package has the replaceable version.
 */
final class RollUp {

    private RollUp() {
    }

    /**
     * @param levels at least one rating
     * @return the enquiry-level answer
     */
    static OutcomeAchievement of(List<OutcomeAchievement> levels) {
        if (levels.stream().allMatch(l -> l == OutcomeAchievement.FULLY_ACHIEVED)) {
            return OutcomeAchievement.FULLY_ACHIEVED;
        }
        if (levels.stream().anyMatch(l -> l != OutcomeAchievement.NOT_ACHIEVED)) {
            return OutcomeAchievement.PARTIALLY_ACHIEVED;
        }
        return OutcomeAchievement.NOT_ACHIEVED;
    }
}
