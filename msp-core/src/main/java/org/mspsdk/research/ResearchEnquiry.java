package org.mspsdk.research;

import static org.mspsdk.internal.Checks.list;
import static org.mspsdk.internal.Checks.optional;
import static org.mspsdk.internal.Checks.required;
import static org.mspsdk.internal.Checks.requiredText;

import java.util.List;
import java.util.Optional;
import org.mspsdk.model.Advocacy;
import org.mspsdk.model.Consent;
import org.mspsdk.model.MentalCapacity;
import org.mspsdk.model.RiskItem;
import org.mspsdk.model.S42Criteria;
import org.mspsdk.vocabulary.EnquiryResult;
import org.mspsdk.vocabulary.EnquiryType;
import org.mspsdk.vocabulary.RiskOutcome;

/**
 * The enquiry in the research form: dates as periods plus their reporting years (what the SAC tables select
 * on); every coded part kept as in the source record (those parts hold no personal text).
 *
 * @param type                    s42 or other
 * @param s42Criteria             the three section 42 criteria
 * @param commencedIn             the period the enquiry commenced in
 * @param commencedReportingYear  the reporting year it commenced in
 * @param concludedIn             the period it concluded in, once concluded
 * @param concludedReportingYear  the reporting year it concluded in, once concluded
 * @param riskItems               the risk items (type, location, source)
 * @param result                  SG2c result
 * @param riskOutcome             SG2e risk outcome
 * @param mentalCapacity          SG3a capacity answer and support
 * @param advocacy                the advocacy duty facts
 * @param consent                 consent and action without consent
 */
public record ResearchEnquiry(
        EnquiryType type,
        Optional<S42Criteria> s42Criteria,
        String commencedIn,
        String commencedReportingYear,
        Optional<String> concludedIn,
        Optional<String> concludedReportingYear,
        List<RiskItem> riskItems,
        Optional<EnquiryResult> result,
        Optional<RiskOutcome> riskOutcome,
        Optional<MentalCapacity> mentalCapacity,
        Optional<Advocacy> advocacy,
        Optional<Consent> consent) {

    /** Checks the parts. */
    public ResearchEnquiry {
        required(type, "enquiry.type");
        s42Criteria = optional(s42Criteria);
        requiredText(commencedIn, "enquiry.commencedIn");
        requiredText(commencedReportingYear, "enquiry.commencedReportingYear");
        concludedIn = optional(concludedIn);
        concludedReportingYear = optional(concludedReportingYear);
        riskItems = list(riskItems, "enquiry.riskItems");
        result = optional(result);
        riskOutcome = optional(riskOutcome);
        mentalCapacity = optional(mentalCapacity);
        advocacy = optional(advocacy);
        consent = optional(consent);
    }

    /** @return true when the enquiry has concluded */
    public boolean isConcluded() {
        return concludedReportingYear.isPresent();
    }
}
