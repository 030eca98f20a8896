package org.mspsdk.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.mspsdk.instrument.InstrumentCatalogue;
import org.mspsdk.json.DecodeOptions;
import org.mspsdk.json.MspDatabindException;
import org.mspsdk.json.MspJson;
import org.mspsdk.json.MspModule;
import org.mspsdk.model.SafeguardingRecord;
import org.mspsdk.validation.Profile;
import org.mspsdk.validation.Validator;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.boot.validation.autoconfigure.ValidationAutoConfiguration;
import org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.FieldError;
import org.springframework.validation.beanvalidation.LocalValidatorFactoryBean;
import tools.jackson.databind.json.JsonMapper;

/** What the auto-configuration registers, what its properties change, and that each bean gives way to the user's. */
class MspAutoConfigurationTest {

    private final ApplicationContextRunner runner = new ApplicationContextRunner().withConfiguration(
            AutoConfigurations.of(MspAutoConfiguration.class, JacksonAutoConfiguration.class,
                    ValidationAutoConfiguration.class));

    static String validDocument() {
        try (InputStream in = MspAutoConfigurationTest.class.getResourceAsStream("sample/valid-record.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void springsJsonMapperReadsAndWritesTheWireFormatStrictly() {
        runner.run(context -> {
            JsonMapper mapper = context.getBean(JsonMapper.class);
            SafeguardingRecord r = mapper.readValue(validDocument(), SafeguardingRecord.class);
            assertThat(mapper.writeValueAsString(r)).isEqualTo(MspJson.strict().write(r));
            String unknown = validDocument().replace("\"notes\":", "\"surname\": \"x\", \"notes\":");
            MspDatabindException e = catchThrowableOfType(MspDatabindException.class,
                    () -> mapper.readValue(unknown, SafeguardingRecord.class));
            assertThat(e.pointer()).isEqualTo("/(unknown-property)");
        });
    }

    @Test
    void tolerantDecodingByProperty() {
        runner.withPropertyValues("msp.json.mode=tolerant").run(context -> {
            assertThat(context.getBean(DecodeOptions.class).isStrict()).isFalse();
            assertThat(context.getBean(MspJson.class).options().isStrict()).isFalse();
            String unknown = validDocument().replace("\"notes\":", "\"surname\": \"x\", \"notes\":");
            SafeguardingRecord r = context.getBean(JsonMapper.class).readValue(unknown, SafeguardingRecord.class);
            assertThat(r.extensions()).containsKey("/surname");
        });
    }

    @Test
    void theValidatorTakesTheProfileFromPropertiesAndTodayFromTheApplicationsClock() {
        Clock fixed = Clock.fixed(Instant.parse("2025-10-01T00:00:00Z"), ZoneOffset.UTC);
        runner.withBean(Clock.class, () -> fixed).withPropertyValues("msp.validation.profile=sac-complete")
                .run(context -> {
                    Validator v = context.getBean(Validator.class);
                    assertThat(v.profile()).isEqualTo(Profile.SAC_COMPLETE);
                    assertThat(v.clock()).isSameAs(fixed);
                    assertThat(v.instruments()).isSameAs(context.getBean(InstrumentCatalogue.class));
                    assertThat(context.getBean(jakarta.validation.Validator.class)).isInstanceOf(
                            MspValidatorFactoryBean.class);
                    assertThat(context.getBean(LocalValidatorFactoryBean.class).getClockProvider().getClock())
                            .isSameAs(fixed);
                });
    }

    @Test
    void withoutAClockBeanTheValidatorUsesTheSystemClock() {
        runner.run(context -> assertThat(context.getBean(Validator.class).clock().getZone())
                .isEqualTo(Clock.systemDefaultZone().getZone()));
    }

    @Test
    void everyBeanGivesWayToTheApplicationsOwn() {
        DecodeOptions options = DecodeOptions.builder().maxArrayItems(5).build();
        MspModule module = new MspModule(options);
        MspJson json = MspJson.of(options);
        InstrumentCatalogue catalogue = InstrumentCatalogue.builtIn();
        Validator validator = Validator.of(Profile.SAC_COMPLETE);
        LocalValidatorFactoryBean beanValidation = new LocalValidatorFactoryBean();
        JsonMapper.Builder builder = JsonMapper.builder();
        runner.withBean(DecodeOptions.class, () -> options).withBean(MspModule.class, () -> module)
                .withBean(MspJson.class, () -> json).withBean(InstrumentCatalogue.class, () -> catalogue)
                .withBean(Validator.class, () -> validator)
                .withBean(LocalValidatorFactoryBean.class, () -> beanValidation)
                .withBean(JsonMapper.Builder.class, () -> builder)
                .run(context -> {
                    assertThat(context.getBean(DecodeOptions.class)).isSameAs(options);
                    assertThat(context.getBean(MspModule.class)).isSameAs(module);
                    assertThat(context.getBean(MspJson.class)).isSameAs(json);
                    assertThat(context.getBean(InstrumentCatalogue.class)).isSameAs(catalogue);
                    assertThat(context.getBean(Validator.class)).isSameAs(validator);
                    assertThat(context.getBean(jakarta.validation.Validator.class)).isSameAs(beanValidation);
                    assertThat(context.getBean(JsonMapper.Builder.class)).isSameAs(builder);
                });
    }

    @Test
    void theProblemResolverIsRegisteredInAServletApplicationUnlessTurnedOffOrReplaced() {
        WebApplicationContextRunner web = new WebApplicationContextRunner().withConfiguration(AutoConfigurations.of(
                MspAutoConfiguration.class, MspProblemsAutoConfiguration.class, JacksonAutoConfiguration.class,
                ValidationAutoConfiguration.class, WebMvcAutoConfiguration.class));
        web.run(context -> assertThat(context).hasSingleBean(MspProblemExceptionResolver.class));
        web.withPropertyValues("msp.problems.enabled=false")
                .run(context -> assertThat(context).doesNotHaveBean(MspProblemExceptionResolver.class));
        MspProblemExceptionResolver own = new MspProblemExceptionResolver();
        web.withBean(MspProblemExceptionResolver.class, () -> own)
                .run(context -> assertThat(context.getBean(MspProblemExceptionResolver.class)).isSameAs(own));
        new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(MspAutoConfiguration.class,
                MspProblemsAutoConfiguration.class)).run(context ->
                        assertThat(context).doesNotHaveBean(MspProblemExceptionResolver.class));
    }

    @Test
    void springReadsTheRejectedValueOfAnMspViolationOnlyWithoutTheStartersValidator() {
        // the leak the issue found: Spring's adapter puts the value at the violation's path into the field error
        String child = validDocument().replace("\"1938-02-17\"", "\"2015-03-09\"");
        SafeguardingRecord record = MspJson.strict().read(child);
        runner.run(context -> {
            FieldError ours = firstFieldError(context.getBean(LocalValidatorFactoryBean.class), record);
            assertThat(ours.getField()).isEqualTo("adult.dateOfBirth");
            assertThat(ours.getDefaultMessage()).startsWith("MSP-PER-002: ");
            assertThat(ours.getRejectedValue()).isNull();
            assertThat(ours.toString()).doesNotContain("2015");
        });
        try (LocalValidatorFactoryBean plain = new LocalValidatorFactoryBean()) {
            plain.afterPropertiesSet();
            assertThat(String.valueOf(firstFieldError(plain, record).getRejectedValue())).contains("2015-03-09");
        }
    }

    private static FieldError firstFieldError(LocalValidatorFactoryBean validator, SafeguardingRecord record) {
        BeanPropertyBindingResult errors = new BeanPropertyBindingResult(record, "record");
        validator.validate(record, errors);
        assertThat(errors.getFieldErrors()).hasSize(1);
        return errors.getFieldErrors().get(0);
    }
}
