package org.mspsdk.constraint;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * Jakarta Bean Validation constraint on {@link org.mspsdk.model.SafeguardingRecord}: the record keeps the rules
 * of {@code org.mspsdk.validation}. The record type carries it twice: in the default group (profile
 * {@code IN_PROGRESS}) and in the group {@link SacComplete} (profile {@code SAC_COMPLETE}). Each error finding
 * of the built-in validator becomes one constraint violation with the same path, and a message (and message
 * template) {@code "<rule id>: <message>"}.
 *
 * <p>The constraint names no validator class, so that the model does not depend on the validation package
 * (which depends on the model). The validator,
 * {@code org.mspsdk.validation.jakarta.SafeguardingRecordConstraintValidator}, is registered through
 * {@code META-INF/services/jakarta.validation.ConstraintValidator}, which Hibernate Validator reads.
 *
 * <pre>{@code
 * Set<ConstraintViolation<SafeguardingRecord>> v = validator.validate(record);                   // in progress
 * Set<ConstraintViolation<SafeguardingRecord>> sac = validator.validate(record,
 *         ValidSafeguardingRecord.SacComplete.class);                                             // SAC complete
 * }</pre>
 */
// the Bean Validation API is optional (requires static): a caller without it never loads these types
@SuppressWarnings("exports")
@Documented
@Constraint(validatedBy = {})
@Target(TYPE)
@Retention(RUNTIME)
@Repeatable(ValidSafeguardingRecord.List.class)
public @interface ValidSafeguardingRecord {

    /** @return the default message (not used: every violation carries its finding's message) */
    String message() default "the safeguarding record breaks one or more MSP validation rules";

    /** @return the groups; {@link SacComplete} selects the {@code SAC_COMPLETE} profile */
    Class<?>[] groups() default {};

    /** @return the payload */
    Class<? extends Payload>[] payload() default {};

    /** Validation group selecting the {@code SAC_COMPLETE} profile (in-progress rules plus SAC completeness). */
    interface SacComplete {
    }

    /** Holds several {@link ValidSafeguardingRecord} declarations. */
    @Documented
    @Target(TYPE)
    @Retention(RUNTIME)
    @interface List {
        /** @return the declarations */
        ValidSafeguardingRecord[] value();
    }
}
