package org.mspsdk.json;

import static org.assertj.core.api.Assertions.assertThat;

import org.mspsdk.model.SafeguardingRecord;
import org.mspsdk.validation.Finding;
import org.mspsdk.validation.Profile;
import org.mspsdk.validation.ValidationReport;
import org.mspsdk.validation.Validator;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Fuzzes the validator with hostile records ({@link FuzzedRecords}): whatever the record holds, validation returns
 * a report (it never throws), the same report twice, under every profile, and no finding repeats an identifier.
 * The regression inputs in {@code src/test/resources/org/mspsdk/json/ValidatorFuzzTestInputs/validate/} run in the
 * normal test run; how to fuzz is in {@link DecoderFuzzTest}.
 */
class ValidatorFuzzTest {

    @FuzzTest(maxDuration = "2m")
    void validate(FuzzedDataProvider data) {
        for (SafeguardingRecord r : FuzzedRecords.some(data, 3)) {
            for (Profile profile : Profile.values()) {
                Validator validator = Validator.of(profile);
                ValidationReport report = validator.validate(r);
                assertThat(validator.validate(r)).isEqualTo(report);
                for (Finding f : report.findings()) {
                    assertThat(f.ruleId()).isNotBlank();
                    assertThat(f.toString()).doesNotContain(FuzzedRecords.CANARY);
                }
            }
        }
    }
}
