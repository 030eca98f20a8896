package org.mspsdk.model;

import static org.mspsdk.internal.Checks.optional;
import static org.mspsdk.internal.Checks.requiredText;

import java.time.LocalDate;
import java.util.Optional;
import org.mspsdk.vocabulary.Ethnicity;
import org.mspsdk.vocabulary.Gender;
import org.mspsdk.vocabulary.PrimarySupportReason;

/**
 * The adult at risk, as far as the SAC return and linkage of a person's records need: an opaque local id, an
 * optional NHS number, date of birth (or an age where the date is not known), an optional date of death, and
 * the SG1 demographics. Special category personal data: {@link #toString()} shows none of it.
 *
 * <pre>{@code
 * AdultAtRisk adult = AdultAtRisk.builder("P-1042")
 *         .dateOfBirth(LocalDate.of(1941, 5, 2))
 *         .gender(Gender.FEMALE)
 *         .build();
 * }</pre>
 *
 * @param personId                        the opaque local person id (required; identifies the person across records)
 * @param nhsNumber                       the NHS number, if known
 * @param dateOfBirth                     the date of birth, if known
 * @param ageAtConcern                    the age in whole years when the concern was received, where the date of
 *                                        birth is not known
 * @param dateOfDeath                     the date of death, if the person has died
 * @param gender                          SG1b gender, if recorded
 * @param ethnicity                       SG1c ethnicity, if recorded
 * @param primarySupportReason            SG1d primary support reason, if recorded
 * @param autismExcludingAsperger         SG1e: learning, developmental or intellectual disability, autism
 *                                        (excluding Asperger's / high-functioning autism), if recorded
 * @param aspergerOrHighFunctioningAutism SG1e: Asperger's / high-functioning autism, if recorded
 */
public record AdultAtRisk(
        String personId,
        Optional<NhsNumber> nhsNumber,
        Optional<LocalDate> dateOfBirth,
        Optional<Integer> ageAtConcern,
        Optional<LocalDate> dateOfDeath,
        Optional<Gender> gender,
        Optional<Ethnicity> ethnicity,
        Optional<PrimarySupportReason> primarySupportReason,
        Optional<Boolean> autismExcludingAsperger,
        Optional<Boolean> aspergerOrHighFunctioningAutism) {

    /** Checks the mandatory parts and normalises missing optionals to empty. */
    public AdultAtRisk {
        requiredText(personId, "adult.personId");
        nhsNumber = optional(nhsNumber);
        dateOfBirth = optional(dateOfBirth);
        ageAtConcern = optional(ageAtConcern);
        dateOfDeath = optional(dateOfDeath);
        gender = optional(gender);
        ethnicity = optional(ethnicity);
        primarySupportReason = optional(primarySupportReason);
        autismExcludingAsperger = optional(autismExcludingAsperger);
        aspergerOrHighFunctioningAutism = optional(aspergerOrHighFunctioningAutism);
    }

    /**
     * Starts a builder.
     *
     * @param personId the opaque local person id
     * @return a builder
     */
    public static Builder builder(String personId) {
        return new Builder().personId(personId);
    }

    /** @return a builder holding this value's parts */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.personId = personId;
        b.nhsNumber = nhsNumber.orElse(null);
        b.dateOfBirth = dateOfBirth.orElse(null);
        b.ageAtConcern = ageAtConcern.orElse(null);
        b.dateOfDeath = dateOfDeath.orElse(null);
        b.gender = gender.orElse(null);
        b.ethnicity = ethnicity.orElse(null);
        b.primarySupportReason = primarySupportReason.orElse(null);
        b.autismExcludingAsperger = autismExcludingAsperger.orElse(null);
        b.aspergerOrHighFunctioningAutism = aspergerOrHighFunctioningAutism.orElse(null);
        return b;
    }

    @Override
    public String toString() {
        return "AdultAtRisk[personId=redacted, nhsNumber=" + (nhsNumber.isPresent() ? "redacted" : "none")
                + ", dateOfBirth=" + (dateOfBirth.isPresent() ? "redacted" : "none")
                + ", dateOfDeath=" + (dateOfDeath.isPresent() ? "redacted" : "none")
                + ", gender=" + gender.map(Gender::code).orElse("none")
                + ", ethnicity=" + ethnicity.map(Ethnicity::code).orElse("none")
                + ", primarySupportReason=" + primarySupportReason.map(PrimarySupportReason::code).orElse("none")
                + "]";
    }

    /** Builds an {@link AdultAtRisk}; setting a part to null clears it. */
    public static final class Builder {
        private String personId;
        private NhsNumber nhsNumber;
        private LocalDate dateOfBirth;
        private Integer ageAtConcern;
        private LocalDate dateOfDeath;
        private Gender gender;
        private Ethnicity ethnicity;
        private PrimarySupportReason primarySupportReason;
        private Boolean autismExcludingAsperger;
        private Boolean aspergerOrHighFunctioningAutism;

        private Builder() {
        }

        /** @param v the opaque local person id @return this */
        public Builder personId(String v) {
            this.personId = v;
            return this;
        }

        /** @param v the NHS number @return this */
        public Builder nhsNumber(NhsNumber v) {
            this.nhsNumber = v;
            return this;
        }

        /** @param v the date of birth @return this */
        public Builder dateOfBirth(LocalDate v) {
            this.dateOfBirth = v;
            return this;
        }

        /** @param v the age in years at the concern, where the date of birth is unknown @return this */
        public Builder ageAtConcern(Integer v) {
            this.ageAtConcern = v;
            return this;
        }

        /** @param v the date of death @return this */
        public Builder dateOfDeath(LocalDate v) {
            this.dateOfDeath = v;
            return this;
        }

        /** @param v SG1b gender @return this */
        public Builder gender(Gender v) {
            this.gender = v;
            return this;
        }

        /** @param v SG1c ethnicity @return this */
        public Builder ethnicity(Ethnicity v) {
            this.ethnicity = v;
            return this;
        }

        /** @param v SG1d primary support reason @return this */
        public Builder primarySupportReason(PrimarySupportReason v) {
            this.primarySupportReason = v;
            return this;
        }

        /** @param v SG1e autism (excluding Asperger's) flag @return this */
        public Builder autismExcludingAsperger(Boolean v) {
            this.autismExcludingAsperger = v;
            return this;
        }

        /** @param v SG1e Asperger's / high-functioning autism flag @return this */
        public Builder aspergerOrHighFunctioningAutism(Boolean v) {
            this.aspergerOrHighFunctioningAutism = v;
            return this;
        }

        /**
         * @return the adult
         * @throws org.mspsdk.MspException when the person id is missing
         */
        public AdultAtRisk build() {
            return new AdultAtRisk(personId, Optional.ofNullable(nhsNumber), Optional.ofNullable(dateOfBirth),
                    Optional.ofNullable(ageAtConcern), Optional.ofNullable(dateOfDeath), Optional.ofNullable(gender),
                    Optional.ofNullable(ethnicity), Optional.ofNullable(primarySupportReason),
                    Optional.ofNullable(autismExcludingAsperger), Optional.ofNullable(aspergerOrHighFunctioningAutism));
        }
    }
}
