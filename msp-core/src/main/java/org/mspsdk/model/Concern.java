package org.mspsdk.model;

import static org.mspsdk.internal.Checks.optional;
import static org.mspsdk.internal.Checks.required;

import java.time.LocalDate;
import java.util.Optional;
import org.mspsdk.vocabulary.ConcernOutcome;
import org.mspsdk.vocabulary.ConcernSource;
import org.mspsdk.vocabulary.NoEnquiryNextStep;

/**
 * A safeguarding concern: received on a date, raised by someone, and (once decided) what became of it.
 *
 * <pre>{@code
 * Concern c = Concern.received(LocalDate.of(2025, 6, 2), ConcernSource.CARE_PROVIDER)
 *         .decided(ConcernOutcome.S42_ENQUIRY);
 * }</pre>
 *
 * @param receivedOn the date the council received the concern
 * @param raisedBy   who raised it
 * @param outcome    what became of it, once decided
 * @param nextStep   the next step, when no enquiry follows
 */
public record Concern(LocalDate receivedOn, ConcernSource raisedBy, Optional<ConcernOutcome> outcome,
        Optional<NoEnquiryNextStep> nextStep) {

    /** Checks the mandatory parts. */
    public Concern {
        required(receivedOn, "concern.receivedOn");
        required(raisedBy, "concern.raisedBy");
        outcome = optional(outcome);
        nextStep = optional(nextStep);
    }

    /**
     * A concern not yet decided.
     *
     * @param receivedOn the date received
     * @param raisedBy   who raised it
     * @return the concern
     */
    public static Concern received(LocalDate receivedOn, ConcernSource raisedBy) {
        return new Concern(receivedOn, raisedBy, Optional.empty(), Optional.empty());
    }

    /**
     * @param decision what became of the concern (an enquiry)
     * @return a copy with the decision
     */
    public Concern decided(ConcernOutcome decision) {
        return new Concern(receivedOn, raisedBy, Optional.of(decision), Optional.empty());
    }

    /**
     * @param step the next step when no enquiry follows
     * @return a copy recording that no enquiry followed, and the next step
     */
    public Concern noEnquiry(NoEnquiryNextStep step) {
        return new Concern(receivedOn, raisedBy, Optional.of(ConcernOutcome.NO_ENQUIRY), Optional.of(step));
    }
}
