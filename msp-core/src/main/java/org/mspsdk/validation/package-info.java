/**
 * Validation of {@link org.mspsdk.model.SafeguardingRecord}s against the rules of Making Safeguarding
 * Personal and the SAC: a {@link org.mspsdk.validation.Validator} (profile, injected clock, instrument
 * catalogue) returns a {@link org.mspsdk.validation.ValidationReport} of
 * {@link org.mspsdk.validation.Finding}s, each with a stable rule id, a severity, a path and a message free of
 * personal data; it never throws for invalid data. {@link org.mspsdk.validation.RuleCatalogue} holds every
 * rule as data and generates {@code docs/validation-rules.md}. Each rule lives next to its check in the
 * package-private class of its area ({@code PersonRules}, {@code DateRules}, {@code OutcomeRules}...): the rule's
 * id, severity, profile, text and documented paths, the limits its text and check share as named constants, and
 * the check itself; the catalogue lists the areas. The package reads the model, the vocabulary and the
 * instruments; the model never reads it.
 */
package org.mspsdk.validation;
