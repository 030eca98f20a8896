/**
 * The bridge to Jakarta Bean Validation: the validator of {@link org.mspsdk.constraint.ValidSafeguardingRecord},
 * registered through {@code META-INF/services/jakarta.validation.ConstraintValidator}, so that {@code @Valid}
 * on a {@link org.mspsdk.model.SafeguardingRecord} (for example in a Spring controller) reports the same rule
 * ids and paths as {@link org.mspsdk.validation.Validator}. Needs {@code jakarta.validation-api} (an optional
 * dependency of msp-core) and a provider such as Hibernate Validator at run time.
 */
package org.mspsdk.validation.jakarta;
