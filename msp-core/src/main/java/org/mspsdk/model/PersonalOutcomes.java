package org.mspsdk.model;

import static org.mspsdk.internal.Checks.list;
import static org.mspsdk.internal.Checks.optional;
import static org.mspsdk.internal.Checks.required;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.mspsdk.vocabulary.AskedAboutOutcomes;
import org.mspsdk.vocabulary.OutcomeAchievement;
import org.mspsdk.vocabulary.SafetyRating;

/**
 * The Making Safeguarding Personal part of a record: whether the person was asked what they wanted (SG4a),
 * what they wanted in their own words, what was negotiated, how far it was achieved, and how safe they felt
 * at the start and at the end. It belongs to the record, not to the enquiry, because desired outcomes can be
 * asked about and met at the point of concern even when no enquiry follows.
 *
 * <pre>{@code
 * PersonalOutcomes o = PersonalOutcomes.builder()
 *         .asked(AskedAboutOutcomes.ASKED_EXPRESSED)
 *         .addDesiredOutcome(desired)
 *         .addNegotiatedOutcome(negotiated)
 *         .enquiryAchievement(OutcomeAchievement.FULLY_ACHIEVED)
 *         .build();
 * }</pre>
 *
 * @param asked              the SG4a answer: was the person (or representative) asked, and did they express outcomes
 * @param desiredOutcomes    the desired outcomes, in the person's words
 * @param negotiatedOutcomes the negotiated outcomes with their histories
 * @param enquiryAchievement the SG4a enquiry-level achievement, once concluded
 * @param feelingSafeAtStart "how safe do you feel?" at the start
 * @param feelingSafeAtEnd   "how safe do you feel?" at the end
 */
public record PersonalOutcomes(
        Optional<AskedAboutOutcomes> asked,
        List<DesiredOutcome> desiredOutcomes,
        List<NegotiatedOutcome> negotiatedOutcomes,
        Optional<OutcomeAchievement> enquiryAchievement,
        Optional<SafetyRating> feelingSafeAtStart,
        Optional<SafetyRating> feelingSafeAtEnd) {

    /** Normalises optionals and copies the lists. */
    public PersonalOutcomes {
        asked = optional(asked);
        desiredOutcomes = list(desiredOutcomes, "outcomes.desiredOutcomes");
        negotiatedOutcomes = list(negotiatedOutcomes, "outcomes.negotiatedOutcomes");
        enquiryAchievement = optional(enquiryAchievement);
        feelingSafeAtStart = optional(feelingSafeAtStart);
        feelingSafeAtEnd = optional(feelingSafeAtEnd);
    }

    /** @return nothing recorded yet */
    public static PersonalOutcomes none() {
        return builder().build();
    }

    /** @return a builder */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder holding this value's parts */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.asked = asked.orElse(null);
        b.desiredOutcomes.addAll(desiredOutcomes);
        b.negotiatedOutcomes.addAll(negotiatedOutcomes);
        b.enquiryAchievement = enquiryAchievement.orElse(null);
        b.feelingSafeAtStart = feelingSafeAtStart.orElse(null);
        b.feelingSafeAtEnd = feelingSafeAtEnd.orElse(null);
        return b;
    }

    /**
     * @param id a negotiated outcome id
     * @return the negotiated outcome with that id
     */
    public Optional<NegotiatedOutcome> negotiatedOutcome(String id) {
        return negotiatedOutcomes.stream().filter(n -> n.id().equals(id)).findFirst();
    }

    /** Builds {@link PersonalOutcomes}. */
    public static final class Builder {
        private AskedAboutOutcomes asked;
        private final List<DesiredOutcome> desiredOutcomes = new ArrayList<>();
        private final List<NegotiatedOutcome> negotiatedOutcomes = new ArrayList<>();
        private OutcomeAchievement enquiryAchievement;
        private SafetyRating feelingSafeAtStart;
        private SafetyRating feelingSafeAtEnd;

        private Builder() {
        }

        /** @param v the SG4a asked answer @return this */
        public Builder asked(AskedAboutOutcomes v) {
            this.asked = v;
            return this;
        }

        /** @param v a desired outcome to add @return this */
        public Builder addDesiredOutcome(DesiredOutcome v) {
            desiredOutcomes.add(required(v, "outcomes.desiredOutcomes[]"));
            return this;
        }

        /** @param v the desired outcomes, replacing any added @return this */
        public Builder desiredOutcomes(List<DesiredOutcome> v) {
            desiredOutcomes.clear();
            desiredOutcomes.addAll(list(v, "outcomes.desiredOutcomes"));
            return this;
        }

        /** @param v a negotiated outcome to add @return this */
        public Builder addNegotiatedOutcome(NegotiatedOutcome v) {
            negotiatedOutcomes.add(required(v, "outcomes.negotiatedOutcomes[]"));
            return this;
        }

        /** @param v the negotiated outcomes, replacing any added @return this */
        public Builder negotiatedOutcomes(List<NegotiatedOutcome> v) {
            negotiatedOutcomes.clear();
            negotiatedOutcomes.addAll(list(v, "outcomes.negotiatedOutcomes"));
            return this;
        }

        /**
         * Replaces the negotiated outcome with the same id (for example after {@link NegotiatedOutcome#revise}).
         *
         * @param v the new version
         * @return this
         */
        public Builder replaceNegotiatedOutcome(NegotiatedOutcome v) {
            required(v, "outcomes.negotiatedOutcomes[]");
            negotiatedOutcomes.replaceAll(n -> n.id().equals(v.id()) ? v : n);
            return this;
        }

        /** @param v the enquiry-level achievement @return this */
        public Builder enquiryAchievement(OutcomeAchievement v) {
            this.enquiryAchievement = v;
            return this;
        }

        /** @param v how safe the person felt at the start @return this */
        public Builder feelingSafeAtStart(SafetyRating v) {
            this.feelingSafeAtStart = v;
            return this;
        }

        /** @param v how safe the person felt at the end @return this */
        public Builder feelingSafeAtEnd(SafetyRating v) {
            this.feelingSafeAtEnd = v;
            return this;
        }

        /** @return the MSP part */
        public PersonalOutcomes build() {
            return new PersonalOutcomes(Optional.ofNullable(asked), desiredOutcomes, negotiatedOutcomes,
                    Optional.ofNullable(enquiryAchievement), Optional.ofNullable(feelingSafeAtStart),
                    Optional.ofNullable(feelingSafeAtEnd));
        }
    }
}
