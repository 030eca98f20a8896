package org.mspsdk.research;

import static org.mspsdk.internal.Checks.optional;
import static org.mspsdk.internal.Checks.required;
import static org.mspsdk.internal.Checks.requiredText;

import java.util.Optional;
import org.mspsdk.vocabulary.ConcernOutcome;
import org.mspsdk.vocabulary.ConcernSource;
import org.mspsdk.vocabulary.NoEnquiryNextStep;

/**
 * The concern in the research form.
 *
 * @param receivedIn            the period the concern was received in (month or reporting year)
 * @param receivedReportingYear the reporting year it was received in
 * @param raisedBy              who raised it
 * @param outcome               what became of it
 * @param nextStep              the next step when no enquiry followed
 */
public record ResearchConcern(String receivedIn, String receivedReportingYear, ConcernSource raisedBy,
        Optional<ConcernOutcome> outcome, Optional<NoEnquiryNextStep> nextStep) {

    /** Checks the parts. */
    public ResearchConcern {
        requiredText(receivedIn, "concern.receivedIn");
        requiredText(receivedReportingYear, "concern.receivedReportingYear");
        required(raisedBy, "concern.raisedBy");
        outcome = optional(outcome);
        nextStep = optional(nextStep);
    }
}
