package org.mspsdk.validation;

import java.time.Clock;
import java.util.List;
import org.mspsdk.model.SafeguardingRecord;
import org.mspsdk.vocabulary.OutcomeAchievement;

/** Test fixtures of this package, for the tests of sub-packages. */
public final class ValidationFixtures {

    private ValidationFixtures() {
    }

    /** @return the fixed test clock */
    public static Clock clock() {
        return Fixtures.CLOCK;
    }

    /** @param profile the profile @return a validator with the fixed clock */
    public static Validator validator(Profile profile) {
        return Fixtures.validator(profile);
    }

    /** @return every record on which a rule case fires */
    public static List<SafeguardingRecord> firingRecords() {
        return RuleCasesTest.cases().stream().map(c -> c.fires().get()).toList();
    }

    /** @return the canary record (many errors) */
    public static SafeguardingRecord canaryRecord() {
        return CanaryTest.canaryRecord();
    }

    /** @return a record whose only finding is a warning */
    public static SafeguardingRecord withWarningOnly() {
        return Fixtures.outcomes(Fixtures.valid(), o -> o.enquiryAchievement(OutcomeAchievement.FULLY_ACHIEVED));
    }
}
