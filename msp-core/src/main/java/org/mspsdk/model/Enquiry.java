package org.mspsdk.model;

import static org.mspsdk.internal.Checks.list;
import static org.mspsdk.internal.Checks.optional;
import static org.mspsdk.internal.Checks.required;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.mspsdk.vocabulary.EnquiryResult;
import org.mspsdk.vocabulary.EnquiryType;
import org.mspsdk.vocabulary.RiskOutcome;

/**
 * A safeguarding enquiry: section 42 or other, from commencement to conclusion, with the risks it looked
 * into, its result, and the capacity, advocacy and consent facts the SAC and the law ask about.
 *
 * <pre>{@code
 * Enquiry e = Enquiry.builder(EnquiryType.S42, LocalDate.of(2025, 6, 3))
 *         .s42Criteria(S42Criteria.allMet())
 *         .addRiskItem(RiskItem.of(TypeOfRisk.NEGLECT, LocationOfRisk.OWN_HOME, SourceOfRisk.KNOWN))
 *         .concludedOn(LocalDate.of(2025, 8, 20))
 *         .result(EnquiryResult.RISK_IDENTIFIED_ACTION)
 *         .riskOutcome(RiskOutcome.REDUCED)
 *         .build();
 * }</pre>
 *
 * @param type           section 42 or other
 * @param s42Criteria    the three section 42 criteria as assessed
 * @param commencedOn    the date the enquiry commenced
 * @param concludedOn    the date it concluded, once concluded
 * @param riskItems      the risks looked into, each with type, location and source
 * @param result         SG2c action taken and result, once concluded
 * @param riskOutcome    SG2e risk outcome, where a risk was identified
 * @param mentalCapacity SG3a mental capacity
 * @param advocacy       the advocacy-duty facts
 * @param consent        consent and any action without it
 */
public record Enquiry(
        EnquiryType type,
        Optional<S42Criteria> s42Criteria,
        LocalDate commencedOn,
        Optional<LocalDate> concludedOn,
        List<RiskItem> riskItems,
        Optional<EnquiryResult> result,
        Optional<RiskOutcome> riskOutcome,
        Optional<MentalCapacity> mentalCapacity,
        Optional<Advocacy> advocacy,
        Optional<Consent> consent) {

    /** Checks the mandatory parts and copies the lists. */
    public Enquiry {
        required(type, "enquiry.type");
        s42Criteria = optional(s42Criteria);
        required(commencedOn, "enquiry.commencedOn");
        concludedOn = optional(concludedOn);
        riskItems = list(riskItems, "enquiry.riskItems");
        result = optional(result);
        riskOutcome = optional(riskOutcome);
        mentalCapacity = optional(mentalCapacity);
        advocacy = optional(advocacy);
        consent = optional(consent);
    }

    /** @return true once the enquiry has a concluded date */
    public boolean isConcluded() {
        return concludedOn.isPresent();
    }

    /**
     * Starts a builder.
     *
     * @param type        section 42 or other
     * @param commencedOn the commencement date
     * @return a builder
     */
    public static Builder builder(EnquiryType type, LocalDate commencedOn) {
        Builder b = new Builder();
        b.type = type;
        b.commencedOn = commencedOn;
        return b;
    }

    /** @return a builder holding this enquiry's parts */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.type = type;
        b.s42Criteria = s42Criteria.orElse(null);
        b.commencedOn = commencedOn;
        b.concludedOn = concludedOn.orElse(null);
        b.riskItems.addAll(riskItems);
        b.result = result.orElse(null);
        b.riskOutcome = riskOutcome.orElse(null);
        b.mentalCapacity = mentalCapacity.orElse(null);
        b.advocacy = advocacy.orElse(null);
        b.consent = consent.orElse(null);
        return b;
    }

    /** Builds an {@link Enquiry}; setting an optional part to null clears it. */
    public static final class Builder {
        private EnquiryType type;
        private S42Criteria s42Criteria;
        private LocalDate commencedOn;
        private LocalDate concludedOn;
        private final List<RiskItem> riskItems = new ArrayList<>();
        private EnquiryResult result;
        private RiskOutcome riskOutcome;
        private MentalCapacity mentalCapacity;
        private Advocacy advocacy;
        private Consent consent;

        private Builder() {
        }

        /** @param v section 42 or other @return this */
        public Builder type(EnquiryType v) {
            this.type = v;
            return this;
        }

        /** @param v the section 42 criteria @return this */
        public Builder s42Criteria(S42Criteria v) {
            this.s42Criteria = v;
            return this;
        }

        /** @param v the commencement date @return this */
        public Builder commencedOn(LocalDate v) {
            this.commencedOn = v;
            return this;
        }

        /** @param v the conclusion date @return this */
        public Builder concludedOn(LocalDate v) {
            this.concludedOn = v;
            return this;
        }

        /** @param v a risk item to add @return this */
        public Builder addRiskItem(RiskItem v) {
            this.riskItems.add(required(v, "enquiry.riskItems[]"));
            return this;
        }

        /** @param v the risk items, replacing any added @return this */
        public Builder riskItems(List<RiskItem> v) {
            this.riskItems.clear();
            this.riskItems.addAll(list(v, "enquiry.riskItems"));
            return this;
        }

        /** @param v SG2c result @return this */
        public Builder result(EnquiryResult v) {
            this.result = v;
            return this;
        }

        /** @param v SG2e risk outcome @return this */
        public Builder riskOutcome(RiskOutcome v) {
            this.riskOutcome = v;
            return this;
        }

        /** @param v SG3a capacity @return this */
        public Builder mentalCapacity(MentalCapacity v) {
            this.mentalCapacity = v;
            return this;
        }

        /** @param v the advocacy facts @return this */
        public Builder advocacy(Advocacy v) {
            this.advocacy = v;
            return this;
        }

        /** @param v consent @return this */
        public Builder consent(Consent v) {
            this.consent = v;
            return this;
        }

        /**
         * @return the enquiry
         * @throws org.mspsdk.MspException when the type or commencement date is missing
         */
        public Enquiry build() {
            return new Enquiry(type, Optional.ofNullable(s42Criteria), commencedOn, Optional.ofNullable(concludedOn),
                    riskItems, Optional.ofNullable(result), Optional.ofNullable(riskOutcome),
                    Optional.ofNullable(mentalCapacity), Optional.ofNullable(advocacy), Optional.ofNullable(consent));
        }
    }
}
