package org.mspsdk.model;

import static org.mspsdk.internal.Checks.optional;
import static org.mspsdk.internal.Checks.required;

import java.time.LocalDate;
import java.util.Optional;

/**
 * One Safeguarding Adults Review (Care Act 2014 s44) in a board's register: a board-level input to SAC tables
 * SG5a and SG5b, not a person record. It holds no names: only the board's own review id, the dates, whether one
 * or more of the individuals involved died, and how many of them suffered serious harm and died or survived.
 * The return counts a review in the reporting year its {@link #completedOn() completion} falls in.
 *
 * <pre>{@code
 * SafeguardingAdultsReview sar = SafeguardingAdultsReview.completed("SAR-2025-03",
 *         LocalDate.of(2025, 1, 10), LocalDate.of(2025, 11, 4), 1, 0);   // one died, none survived
 * }</pre>
 *
 * <p>The constructor checks only that the parts are present; the rules MSP-SAR-001 to MSP-SAR-005 (validation
 * of a {@link SarRegister}) check the values, so every problem is reported at once.
 *
 * @param reviewId            the board's identifier of the review (not a person's name or id)
 * @param commissionedOn      when the board decided to arrange the review, if recorded
 * @param completedOn         when the review was completed; empty while it is in progress
 * @param oneOrMoreDied       whether one or more of the individuals involved died (SG5a)
 * @param individualsDied     how many individuals involved suffered serious harm and died (SG5b)
 * @param individualsSurvived how many individuals involved suffered serious harm and survived (SG5b)
 */
public record SafeguardingAdultsReview(String reviewId, Optional<LocalDate> commissionedOn,
        Optional<LocalDate> completedOn, boolean oneOrMoreDied, int individualsDied, int individualsSurvived) {

    /** Checks that the parts are present. */
    public SafeguardingAdultsReview {
        required(reviewId, "reviews[].reviewId");
        commissionedOn = optional(commissionedOn);
        completedOn = optional(completedOn);
    }

    /**
     * A completed review whose "one or more died" answer follows from the number who died.
     *
     * @param reviewId            the board's identifier of the review
     * @param commissionedOn      when it was commissioned
     * @param completedOn         when it was completed
     * @param individualsDied     individuals who suffered serious harm and died
     * @param individualsSurvived individuals who suffered serious harm and survived
     * @return the review
     */
    public static SafeguardingAdultsReview completed(String reviewId, LocalDate commissionedOn, LocalDate completedOn,
            int individualsDied, int individualsSurvived) {
        return new SafeguardingAdultsReview(reviewId, Optional.of(commissionedOn), Optional.of(completedOn),
                individualsDied > 0, individualsDied, individualsSurvived);
    }

    /** @return the review without its id (which a board may have built from a name) */
    @Override
    public String toString() {
        return "SafeguardingAdultsReview[reviewId=<redacted>, completed=" + completedOn.isPresent()
                + ", oneOrMoreDied=" + oneOrMoreDied + ", individualsDied=" + individualsDied
                + ", individualsSurvived=" + individualsSurvived + "]";
    }
}
