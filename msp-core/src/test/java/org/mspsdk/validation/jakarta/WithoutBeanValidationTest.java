package org.mspsdk.validation.jakarta;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.annotation.Annotation;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mspsdk.model.SafeguardingRecord;

/**
 * msp-core works without {@code jakarta.validation-api} on the class path (it is an optional dependency): the
 * model's constraint annotation is then ignored, and the model, generator and validator still run.
 */
class WithoutBeanValidationTest {

    @Test
    void modelGeneratorAndValidatorRunWithoutTheBeanValidationApi() throws Exception {
        URL coreClasses = SafeguardingRecord.class.getProtectionDomain().getCodeSource().getLocation();
        try (URLClassLoader isolated = new URLClassLoader(new URL[] {coreClasses},
                ClassLoader.getPlatformClassLoader())) {
            assertThatThrownBy(() -> isolated.loadClass("jakarta.validation.Constraint"))
                    .isInstanceOf(ClassNotFoundException.class);
            Class<?> recordType = isolated.loadClass("org.mspsdk.model.SafeguardingRecord");
            Annotation[] annotations = recordType.getAnnotations();
            recordType.getRecordComponents();

            Class<?> generatorType = isolated.loadClass("org.mspsdk.synthetic.SyntheticDataGenerator");
            Object generator = generatorType.getConstructor(long.class).newInstance(7L);
            List<?> records = (List<?>) generatorType.getMethod("records", int.class).invoke(generator, 50);

            Class<?> validatorType = isolated.loadClass("org.mspsdk.validation.Validator");
            Object validator = validatorType.getMethod("builder").invoke(null);
            validator = validator.getClass().getMethod("build").invoke(validator);
            for (Object r : records) {
                Object report = validatorType.getMethod("validate", recordType).invoke(validator, r);
                assertThat(report.getClass().getMethod("findings").invoke(report)).isNotNull();
                assertThat(r.toString()).startsWith("SafeguardingRecord[");
            }
            assertThat(records).hasSize(50);
            // the annotation type itself is in msp-core; only its jakarta meta-annotations are missing
            assertThat(annotations).allSatisfy(a -> assertThat(a.annotationType().getName())
                    .startsWith("org.mspsdk.constraint."));
        }
    }
}
