package org.mspsdk.validation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.mspsdk.instrument.InstrumentCatalogue;
import org.mspsdk.model.RollUpRule;
import org.mspsdk.model.SafeguardingRecord;

/**
 * Checks a {@link SafeguardingRecord} against the rules of {@link RuleCatalogue} and returns every problem at
 * once as a {@link ValidationReport}. It never throws for invalid data; call {@link ValidationReport#orThrow()}
 * to throw. Immutable and thread-safe.
 *
 * <pre>{@code
 * Validator validator = Validator.builder()
 *         .profile(Profile.SAC_COMPLETE)          // default IN_PROGRESS
 *         .clock(Clock.systemDefaultZone())       // "today" for the no-future-dates rule
 *         .instruments(InstrumentCatalogue.builtIn().with(localPart2))
 *         .build();
 * ValidationReport report = validator.validate(record);
 * if (!report.isValid()) {
 *     report.errors().forEach(f -> System.out.println(f.ruleId() + " " + f.path() + ": " + f.message()));
 * }
 * }</pre>
 */
public final class Validator {

    private final Profile profile;
    private final Clock clock;
    private final InstrumentCatalogue instruments;
    private final RollUpRule rollUp;

    private Validator(Builder b) {
        this.profile = b.profile;
        this.clock = b.clock;
        this.instruments = b.instruments;
        this.rollUp = b.rollUp;
    }

    /** @return a builder with the defaults: {@code IN_PROGRESS}, the system clock, the built-in instruments */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * @param profile the profile
     * @return a validator with that profile, the system default clock and the built-in instruments
     */
    public static Validator of(Profile profile) {
        return builder().profile(profile).build();
    }

    /**
     * Validates one record.
     *
     * @param record the record
     * @return every finding; valid when there is no error
     * @throws NullPointerException when the record is null (a programming error, not invalid data)
     */
    public ValidationReport validate(SafeguardingRecord record) {
        Objects.requireNonNull(record, "record");
        return RecordCheck.run(record, profile, LocalDate.now(clock), instruments, rollUp);
    }

    /**
     * Validates a board's register of Safeguarding Adults Reviews (rules MSP-SAR-*, whatever the profile): paths
     * are relative to the register, for example {@code reviews[1].completedOn}.
     *
     * <pre>{@code
     * ValidationReport report = Validator.of(Profile.SAC_COMPLETE).validate(register);
     * }</pre>
     *
     * @param register the register
     * @return every finding; valid when there is no error
     */
    public ValidationReport validate(org.mspsdk.model.SarRegister register) {
        Objects.requireNonNull(register, "register");
        return new ValidationReport(SarRules.check(register, LocalDate.now(clock)));
    }

    /**
     * Validates a record that replaces an earlier version of itself (a save over a stored record): every rule
     * of {@link #validate(SafeguardingRecord)} on {@code next}, plus rule MSP-OUT-018, which checks that the
     * person's words and the negotiation history were only appended to, never overwritten or removed.
     *
     * <pre>{@code
     * ValidationReport report = validator.validateUpdate(stored, edited);
     * }</pre>
     *
     * @param previous the stored version
     * @param next     the version being saved
     * @return every finding about {@code next}
     */
    public ValidationReport validateUpdate(SafeguardingRecord previous, SafeguardingRecord next) {
        Objects.requireNonNull(previous, "previous");
        Objects.requireNonNull(next, "next");
        List<Finding> findings = new ArrayList<>(validate(next).findings());
        findings.addAll(OutcomeHistoryRules.compare(previous, next));
        return new ValidationReport(findings);
    }

    /** @return the profile */
    public Profile profile() {
        return profile;
    }

    /** @return the clock */
    public Clock clock() {
        return clock;
    }

    /** @return the instrument catalogue questionnaire responses are checked against */
    public InstrumentCatalogue instruments() {
        return instruments;
    }

    /** @return the roll-up rule recorded enquiry-level answers are checked against (MSP-OUT rule on agreement) */
    public RollUpRule rollUp() {
        return rollUp;
    }

    @Override
    public String toString() {
        return "Validator[profile=" + profile + ", clock=" + clock + "]";
    }

    /** Builds a {@link Validator}. */
    public static final class Builder {
        private Profile profile = Profile.IN_PROGRESS;
        private Clock clock = Clock.systemDefaultZone();
        private InstrumentCatalogue instruments = InstrumentCatalogue.builtIn();
        private RollUpRule rollUp = RollUpRule.SAC_DEFAULT;

        private Builder() {
        }

        /** @param v the profile (default {@code IN_PROGRESS}) @return this */
        public Builder profile(Profile v) {
            this.profile = Objects.requireNonNull(v, "profile");
            return this;
        }

        /** @param v the clock giving "today" (default the system clock in the default zone) @return this */
        public Builder clock(Clock v) {
            this.clock = Objects.requireNonNull(v, "clock");
            return this;
        }

        /**
         * @param v the roll-up rule the enquiry-level answer should agree with (default
         *          {@link RollUpRule#SAC_DEFAULT}; use the same rule as the return)
         * @return this
         */
        public Builder rollUp(RollUpRule v) {
            this.rollUp = Objects.requireNonNull(v, "rollUp");
            return this;
        }

        /** @param v the instruments responses may answer (default the built-in ones) @return this */
        public Builder instruments(InstrumentCatalogue v) {
            this.instruments = Objects.requireNonNull(v, "instruments");
            return this;
        }

        /** @return the validator */
        public Validator build() {
            return new Validator(this);
        }
    }
}
