package org.mspsdk.spring;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorFactory;
import java.util.Objects;
import org.mspsdk.instrument.InstrumentCatalogue;
import org.mspsdk.validation.jakarta.SafeguardingRecordConstraintValidator;

/**
 * Builds the {@code @ValidSafeguardingRecord} validator with the application's {@link InstrumentCatalogue}, so
 * that {@code @Valid} checks a council's local questionnaires too; every other validator comes from the factory it
 * wraps (Spring's, which lets validators have dependencies injected).
 */
final class MspConstraintValidatorFactory implements ConstraintValidatorFactory {

    private final InstrumentCatalogue instruments;
    private final ConstraintValidatorFactory others;

    MspConstraintValidatorFactory(InstrumentCatalogue instruments, ConstraintValidatorFactory others) {
        this.instruments = Objects.requireNonNull(instruments, "instruments");
        this.others = Objects.requireNonNull(others, "others");
    }

    @Override
    public <T extends ConstraintValidator<?, ?>> T getInstance(Class<T> key) {
        if (key == SafeguardingRecordConstraintValidator.class) {
            return key.cast(new SafeguardingRecordConstraintValidator(instruments));
        }
        return others.getInstance(key);
    }

    @Override
    public void releaseInstance(ConstraintValidator<?, ?> instance) {
        if (!(instance instanceof SafeguardingRecordConstraintValidator)) {
            others.releaseInstance(instance);
        }
    }
}
