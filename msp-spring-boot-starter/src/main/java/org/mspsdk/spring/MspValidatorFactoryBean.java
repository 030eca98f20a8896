package org.mspsdk.spring;

import jakarta.validation.ConstraintViolation;
import org.jspecify.annotations.Nullable;
import org.mspsdk.constraint.ValidSafeguardingRecord;
import org.springframework.validation.BindingResult;
import org.springframework.validation.beanvalidation.LocalValidatorFactoryBean;

/**
 * Spring's Bean Validation adapter, except that it never reads the rejected value of a violation of
 * {@code @ValidSafeguardingRecord}: the field error's rejected value is {@code null}.
 *
 * <p>Why: the MSP rules are one constraint on the record that reports each finding at its path
 * ({@code adult.dateOfBirth}, {@code outcomes.desiredOutcomes[0].wording}); Spring reads the value at that path
 * into the {@code FieldError}, and from there it reaches the log ({@code rejected value [...]} in the exception's
 * message, logged at WARN by Spring's default exception handling) and error responses
 * ({@code spring.web.error.include-binding-errors=always}). The value is personal data: a date of birth, the
 * person's own words. The rule id, path and message say everything a caller needs. Violations of other
 * constraints keep Spring's behaviour.
 *
 * <p>Spring MVC's method validation reuses this adapter too, so the value is kept out there as well.
 */
public class MspValidatorFactoryBean extends LocalValidatorFactoryBean {

    /** A validator factory bean; configure it like {@link LocalValidatorFactoryBean}. */
    public MspValidatorFactoryBean() {
    }

    @Override
    protected @Nullable Object getRejectedValue(String field, ConstraintViolation<Object> violation,
            BindingResult bindingResult) {
        if (isMspViolation(violation)) {
            return null;
        }
        return super.getRejectedValue(field, violation, bindingResult);
    }

    /**
     * @param violation a constraint violation
     * @return true when it comes from {@code @ValidSafeguardingRecord} (one of the MSP rules)
     */
    static boolean isMspViolation(ConstraintViolation<?> violation) {
        return violation.getConstraintDescriptor() != null
                && violation.getConstraintDescriptor().getAnnotation() instanceof ValidSafeguardingRecord;
    }
}
