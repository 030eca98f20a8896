/**
 * Spring Boot 4 auto-configuration for the MSP SDK: a vendor adds {@code org.mspsdk:msp-spring-boot-starter} and a
 * controller taking {@code @Valid @RequestBody SafeguardingRecord} reads the MSP wire format, runs the MSP rules,
 * and answers bad input with an RFC 9457 problem (400) that lists rule ids, severities, paths and JSON Pointers,
 * never a value from the record.
 *
 * <p>{@link org.mspsdk.spring.MspAutoConfiguration} registers the {@link org.mspsdk.json.MspModule} in Spring's
 * Jackson 3 mapper (strict or tolerant: {@code msp.json.mode}), an {@link org.mspsdk.instrument.InstrumentCatalogue}
 * (the built-in instruments unless the application defines its own), a {@link org.mspsdk.validation.Validator} on
 * Spring's {@link java.time.Clock} when there is one, and a Bean Validation set-up in which the
 * {@code @ValidSafeguardingRecord} constraint uses that catalogue and clock and Spring never reads the rejected value
 * of an MSP violation ({@link org.mspsdk.spring.MspValidatorFactoryBean}).
 * {@link org.mspsdk.spring.MspProblemsAutoConfiguration} adds {@link org.mspsdk.spring.MspProblemExceptionResolver}
 * to Spring MVC. Every bean backs off when the application defines its own.
 */
package org.mspsdk.spring;
