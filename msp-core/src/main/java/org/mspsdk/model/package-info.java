/**
 * The domain model: immutable records for a {@link org.mspsdk.model.SafeguardingRecord} and its parts (the
 * adult at risk, organisations, the concern, the enquiry with its risk items, capacity, advocacy and consent,
 * the MSP desired and negotiated outcomes with achievement, and questionnaire responses).
 *
 * <p>Values are records; the large aggregates have builders and {@code toBuilder()}; collections are
 * unmodifiable copies with no nulls; optional parts are {@code Optional}. Constructors only check structure
 * (mandatory parts present); the domain rules live in the validation package so that a case in progress can be
 * saved and every problem reported at once. Every {@code toString()} redacts identifiers, dates of birth and
 * free text. The model depends only on the vocabulary, and on the annotation package
 * {@code org.mspsdk.constraint} for the Jakarta Bean Validation constraint that {@code SafeguardingRecord} carries.
 */
package org.mspsdk.model;
