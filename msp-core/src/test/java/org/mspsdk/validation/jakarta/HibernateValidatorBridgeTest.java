package org.mspsdk.validation.jakarta;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Valid;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mspsdk.constraint.ValidSafeguardingRecord;
import org.mspsdk.model.SafeguardingRecord;
import org.mspsdk.synthetic.SyntheticDataGenerator;
import org.mspsdk.validation.Finding;
import org.mspsdk.validation.Profile;
import org.mspsdk.validation.ValidationFixtures;
import org.mspsdk.validation.Validator;

/**
 * Hibernate Validator 9.1 with {@code @Valid} / {@code jakarta.validation.Validator.validate} reports, for the
 * same records, exactly the (rule id, path) pairs of the built-in validator's errors.
 */
class HibernateValidatorBridgeTest {

    private static ValidatorFactory factory;
    private static jakarta.validation.Validator bv;

    @BeforeAll
    static void start() {
        Clock clock = ValidationFixtures.clock();
        factory = Validation.byDefaultProvider().configure().clockProvider(() -> clock).buildValidatorFactory();
        bv = factory.getValidator();
    }

    @AfterAll
    static void stop() {
        factory.close();
    }

    /** A request body as a Spring controller would receive it. */
    static final class SaveRequest {
        @Valid
        final SafeguardingRecord record;

        SaveRequest(SafeguardingRecord record) {
            this.record = record;
        }
    }

    private static Set<String> builtIn(SafeguardingRecord r, Profile profile, String prefix) {
        return ValidationFixtures.validator(profile).validate(r).errors().stream()
                .map(f -> f.ruleId() + " @ " + prefix + f.path()).collect(Collectors.toCollection(java.util.TreeSet::new));
    }

    private static <T> Set<String> beanValidation(Set<ConstraintViolation<T>> violations) {
        return violations.stream()
                .map(v -> SafeguardingRecordConstraintValidator.ruleIdOf(v).orElse("?" + v.getMessageTemplate())
                        + " @ " + v.getPropertyPath())
                .collect(Collectors.toCollection(java.util.TreeSet::new));
    }

    @Test
    void sameRuleIdsAndPathsForEveryInvalidRecordOfTheRuleCases() {
        List<SafeguardingRecord> records = ValidationFixtures.firingRecords();
        int withErrors = 0;
        for (SafeguardingRecord r : records) {
            Set<String> expectedInProgress = builtIn(r, Profile.IN_PROGRESS, "");
            Set<String> expectedSac = builtIn(r, Profile.SAC_COMPLETE, "");
            if (!expectedSac.isEmpty()) {
                withErrors++;
            }
            assertThat(beanValidation(bv.validate(r))).isEqualTo(expectedInProgress);
            assertThat(beanValidation(bv.validate(r, ValidSafeguardingRecord.SacComplete.class)))
                    .isEqualTo(expectedSac);
        }
        assertThat(withErrors).isGreaterThan(50);
    }

    @Test
    void validOnANestedRecordPrefixesThePath() {
        SafeguardingRecord r = ValidationFixtures.canaryRecord();
        Set<String> expected = builtIn(r, Profile.IN_PROGRESS, "record.");
        assertThat(expected).contains("MSP-OUT-012 @ record.outcomes.negotiatedOutcomes[0].desiredOutcomeIds[0]",
                "MSP-QST-007 @ record.questionnaires[1].answers[1].linkId");
        assertThat(beanValidation(bv.validate(new SaveRequest(r)))).isEqualTo(expected);
    }

    @Test
    void messagesAreTheFindingMessagesPrefixedWithTheRuleId() {
        SafeguardingRecord r = ValidationFixtures.canaryRecord();
        Set<String> expected = ValidationFixtures.validator(Profile.IN_PROGRESS).validate(r).errors().stream()
                .map(f -> f.ruleId() + ": " + f.message()).collect(Collectors.toSet());
        Set<String> actual = bv.validate(r).stream().map(ConstraintViolation::getMessage).collect(Collectors.toSet());
        assertThat(actual).isEqualTo(expected);
    }

    @Test
    void generatedRecordsAreValidForBeanValidationToo() {
        List<String> failures = new ArrayList<>();
        SyntheticDataGenerator.Settings settings = SyntheticDataGenerator.Settings.defaults();
        Clock asOf = Clock.fixed(settings.asOf().atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
        try (ValidatorFactory f = Validation.byDefaultProvider().configure().clockProvider(() -> asOf)
                .buildValidatorFactory()) {
            jakarta.validation.Validator v = f.getValidator();
            for (long seed = 1; seed <= 10; seed++) {
                for (SafeguardingRecord r : new SyntheticDataGenerator(seed, settings).records(100)) {
                    if (!v.validate(r).isEmpty()) {
                        failures.add("seed " + seed + ": " + beanValidation(v.validate(r)));
                    }
                }
            }
        }
        assertThat(failures).isEmpty();
    }

    @Test
    void warningsAreNotViolations() {
        SafeguardingRecord r = ValidationFixtures.withWarningOnly();
        List<Finding> findings = Validator.builder().clock(ValidationFixtures.clock()).build().validate(r).findings();
        assertThat(findings).extracting(Finding::ruleId).containsExactly("MSP-OUT-008");
        assertThat(bv.validate(r)).isEmpty();
    }

    @Test
    void escapingKeepsInterpolationCharactersLiteral() {
        assertThat(SafeguardingRecordConstraintValidator.escape("a {b} ${c} \\d"))
                .isEqualTo("a \\{b\\} \\$\\{c\\} \\\\d");
    }
}
