package org.mspsdk.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.mspsdk.model.SafeguardingRecord;
import org.mspsdk.synthetic.SyntheticDataGenerator;
import org.mspsdk.validation.Finding;
import org.mspsdk.validation.Profile;
import org.mspsdk.validation.Validator;
import org.mspsdk.vocabulary.EnquiryResult;

class BeanValidationExampleTest {

    @Test
    void aValidRecordPassesTheValidParameter() {
        assertThat(BeanValidationExample.check(QuickStart.record())).isEmpty();
    }

    @Test
    void anInvalidRecordGivesTheBuiltInValidatorsRuleIdsAndPaths() {
        SafeguardingRecord good = QuickStart.record();
        SafeguardingRecord bad = good.toBuilder()
                .enquiry(good.enquiry().orElseThrow().toBuilder()
                        .result(EnquiryResult.NO_RISK_NO_ACTION)          // risk outcome now not allowed
                        .commencedOn(LocalDate.of(2025, 5, 1))            // before the concern
                        .build())
                .build();
        List<String> builtIn = Validator.of(Profile.IN_PROGRESS).validate(bad).errors().stream()
                .map(f -> f.ruleId() + " " + "save.record." + f.path()).sorted().collect(Collectors.toList());
        List<String> viaValid = BeanValidationExample.check(bad).stream()
                .map(v -> v.ruleId() + " " + v.path()).sorted().collect(Collectors.toList());
        assertThat(builtIn).hasSize(2);
        assertThat(viaValid).isEqualTo(builtIn);
        assertThat(viaValid).anySatisfy(s -> assertThat(s).startsWith("MSP-RSK-001 save.record.enquiry.riskOutcome"));
    }

    @Test
    void generatedRecordsPassAsTheyDoInTheBuiltInValidator() {
        for (SafeguardingRecord r : new SyntheticDataGenerator(5).records(200)) {
            List<Finding> errors = Validator.of(Profile.IN_PROGRESS).validate(r).errors();
            assertThat(BeanValidationExample.check(r)).hasSize(errors.size());
        }
    }
}
