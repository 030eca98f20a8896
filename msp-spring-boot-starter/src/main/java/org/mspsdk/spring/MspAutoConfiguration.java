package org.mspsdk.spring;

import jakarta.validation.ConstraintValidatorFactory;
import jakarta.validation.executable.ExecutableValidator;
import jakarta.validation.spi.ConfigurationState;
import java.time.Clock;
import java.util.List;
import org.mspsdk.instrument.InstrumentCatalogue;
import org.mspsdk.json.DecodeOptions;
import org.mspsdk.json.MspJson;
import org.mspsdk.json.MspModule;
import org.mspsdk.validation.Validator;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.ConfigurableBeanFactory;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnResource;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.boot.validation.MessageInterpolatorFactory;
import org.springframework.boot.validation.autoconfigure.ValidationAutoConfiguration;
import org.springframework.boot.validation.autoconfigure.ValidationConfigurationCustomizer;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Role;
import org.springframework.context.annotation.Scope;
import org.springframework.validation.beanvalidation.LocalValidatorFactoryBean;
import tools.jackson.core.ErrorReportConfiguration;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.json.JsonMapper;

/**
 * The MSP SDK in a Spring Boot application: the wire format in Spring's Jackson mapper, the MSP validator, and
 * Bean Validation that checks records with the application's instruments and clock without Spring ever reading a
 * rejected value. Each bean backs off when the application defines a bean of the same type.
 *
 * <table>
 * <caption>Beans</caption>
 * <tr><th>bean</th><th>what</th></tr>
 * <tr><td>{@link DecodeOptions}</td><td>strict or tolerant ({@code msp.json.mode}), default limits</td></tr>
 * <tr><td>{@link MspModule}</td><td>registered in Spring's {@code JsonMapper}, so {@code @RequestBody
 *     SafeguardingRecord} reads and writes the wire format; bad input is a Jackson exception (400)</td></tr>
 * <tr><td>{@link MspJson}</td><td>the codec with the same options (for storing records, for example)</td></tr>
 * <tr><td>{@link InstrumentCatalogue}</td><td>the built-in instruments; define your own bean to add a council's
 *     local questionnaire</td></tr>
 * <tr><td>{@link Validator}</td><td>profile {@code msp.validation.profile}, Spring's {@link Clock} bean when there is
 *     one, the catalogue above</td></tr>
 * <tr><td>{@code defaultValidator}</td><td>an {@link MspValidatorFactoryBean} in place of Boot's
 *     {@link LocalValidatorFactoryBean}, configured the same way</td></tr>
 * <tr><td>{@code JsonMapper.Builder}</td><td>Boot's builder with its customizers, on a {@link JsonFactory} whose error
 *     messages quote no content ({@code msp.json.redact-parse-errors}, default true): Jackson's message for a body
 *     that is not JSON names the unexpected token ({@code Unrecognized token 'Bob'}), and Spring logs it</td></tr>
 * <tr><td>{@link MspValidationCustomizer}</td><td>gives {@code @ValidSafeguardingRecord} the catalogue, and Bean
 *     Validation the {@link Clock} bean as its {@code ClockProvider}</td></tr>
 * </table>
 */
@AutoConfiguration(before = {JacksonAutoConfiguration.class, ValidationAutoConfiguration.class})
@EnableConfigurationProperties(MspProperties.class)
public final class MspAutoConfiguration {

    MspAutoConfiguration() {
    }

    @Bean
    @ConditionalOnMissingBean
    DecodeOptions mspDecodeOptions(MspProperties properties) {
        return DecodeOptions.builder().mode(properties.getJson().getMode()).build();
    }

    @Bean
    @ConditionalOnMissingBean
    MspModule mspModule(DecodeOptions options) {
        return new MspModule(options);
    }

    @Bean
    @ConditionalOnMissingBean
    MspJson mspJson(DecodeOptions options) {
        return MspJson.of(options);
    }

    @Bean
    @ConditionalOnMissingBean
    InstrumentCatalogue mspInstrumentCatalogue() {
        return InstrumentCatalogue.builtIn();
    }

    @Bean
    @ConditionalOnMissingBean
    Validator mspValidator(MspProperties properties, InstrumentCatalogue instruments, ObjectProvider<Clock> clock) {
        return Validator.builder().profile(properties.getValidation().getProfile()).instruments(instruments)
                .clock(clock.getIfUnique(Clock::systemDefaultZone)).build();
    }

    /**
     * Boot's {@code JsonMapper.Builder} (the same customizers, in order), on a factory that quotes no token and no
     * raw content in its error messages, so that a request body that is not JSON at all never reaches a log line or
     * a response through Jackson's message.
     */
    @Bean
    @Scope(ConfigurableBeanFactory.SCOPE_PROTOTYPE)
    @ConditionalOnMissingBean
    @ConditionalOnBooleanProperty(name = "msp.json.redact-parse-errors", matchIfMissing = true)
    JsonMapper.Builder jsonMapperBuilder(List<JsonMapperBuilderCustomizer> customizers) {
        JsonFactory factory = JsonFactory.builder().errorReportConfiguration(ErrorReportConfiguration.builder()
                .maxErrorTokenLength(0).maxRawContentLength(0).build()).build();
        JsonMapper.Builder builder = JsonMapper.builder(factory);
        for (JsonMapperBuilderCustomizer customizer : customizers) {
            customizer.customize(builder);
        }
        return builder;
    }

    /** Bean Validation, when a provider is on the class path (the starter brings Hibernate Validator). */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(ExecutableValidator.class)
    @ConditionalOnResource(resources = "classpath:META-INF/services/jakarta.validation.spi.ValidationProvider")
    static class BeanValidationConfiguration {

        @Bean
        @ConditionalOnMissingBean
        static MspValidationCustomizer mspValidationCustomizer(ObjectProvider<InstrumentCatalogue> instruments,
                ObjectProvider<Clock> clock) {
            return new MspValidationCustomizer(instruments, clock);
        }

        /**
         * Boot's {@code defaultValidator}, as {@link MspValidatorFactoryBean}: the same message interpolation and
         * customizers, and no rejected value read for an MSP violation.
         */
        @Bean
        @Role(BeanDefinition.ROLE_INFRASTRUCTURE)
        @ConditionalOnMissingBean(jakarta.validation.Validator.class)
        static LocalValidatorFactoryBean defaultValidator(ApplicationContext applicationContext,
                ObjectProvider<ValidationConfigurationCustomizer> customizers) {
            MspValidatorFactoryBean factoryBean = new MspValidatorFactoryBean();
            factoryBean.setConfigurationInitializer(configuration -> customizers.orderedStream()
                    .forEach(customizer -> customizer.customize(configuration)));
            factoryBean.setMessageInterpolator(new MessageInterpolatorFactory(applicationContext).getObject());
            return factoryBean;
        }
    }

    /**
     * Gives Bean Validation the application's {@link InstrumentCatalogue} for {@code @ValidSafeguardingRecord}, and
     * the application's {@link Clock} (when there is one) as "today" for every constraint.
     */
    public static final class MspValidationCustomizer implements ValidationConfigurationCustomizer {

        private final ObjectProvider<InstrumentCatalogue> instruments;
        private final ObjectProvider<Clock> clock;

        MspValidationCustomizer(ObjectProvider<InstrumentCatalogue> instruments, ObjectProvider<Clock> clock) {
            this.instruments = instruments;
            this.clock = clock;
        }

        @Override
        public void customize(jakarta.validation.Configuration<?> configuration) {
            ConstraintValidatorFactory current = configuration instanceof ConfigurationState state
                    && state.getConstraintValidatorFactory() != null ? state.getConstraintValidatorFactory()
                    : configuration.getDefaultConstraintValidatorFactory();
            configuration.constraintValidatorFactory(new MspConstraintValidatorFactory(
                    instruments.getIfUnique(InstrumentCatalogue::builtIn), current));
            Clock c = clock.getIfUnique();
            if (c != null) {
                configuration.clockProvider(() -> c);
            }
        }
    }
}
