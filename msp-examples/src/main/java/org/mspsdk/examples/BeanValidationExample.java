package org.mspsdk.examples;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Valid;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.executable.ExecutableValidator;
import java.lang.reflect.Method;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.mspsdk.model.SafeguardingRecord;
import org.mspsdk.validation.jakarta.SafeguardingRecordConstraintValidator;

/**
 * A Spring-style {@code @Valid} check with Jakarta Bean Validation (Hibernate Validator 9 at run time): the
 * MSP rules run when a record arrives as a {@code @Valid} parameter, as they would on a Spring MVC request
 * body, and each violation carries the rule id and the path of the built-in validator. The check here is done
 * by hand with {@link ExecutableValidator}, which is what a framework does for you.
 */
public final class BeanValidationExample {

    /** The kind of controller a vendor writes; a framework validates its {@code @Valid} parameter. */
    public static class CaseController {
        /** Creates the controller. */
        public CaseController() {
        }

        /**
         * @param record the posted record
         * @return a confirmation
         */
        public String save(@Valid SafeguardingRecord record) {
            return "saved";
        }
    }

    /** One violation as the API user sees it. */
    public record Violation(String ruleId, String path, String message) {
    }

    private BeanValidationExample() {
    }

    /**
     * Validates a record as the {@code @Valid} parameter of {@link CaseController#save}.
     *
     * @param record the record
     * @return the violations, ordered by path then rule id (empty when the record is valid)
     */
    public static List<Violation> check(SafeguardingRecord record) {
        try (ValidatorFactory factory = Validation.buildDefaultValidatorFactory()) {
            ExecutableValidator executables = factory.getValidator().forExecutables();
            Method save = CaseController.class.getMethod("save", SafeguardingRecord.class);
            Set<ConstraintViolation<CaseController>> violations =
                    executables.validateParameters(new CaseController(), save, new Object[] {record});
            return violations.stream()
                    .map(v -> new Violation(SafeguardingRecordConstraintValidator.ruleIdOf(v).orElse("?"),
                            v.getPropertyPath().toString(), v.getMessage()))
                    .sorted(Comparator.comparing(Violation::path).thenComparing(Violation::ruleId))
                    .toList();
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException(e);
        }
    }
}
