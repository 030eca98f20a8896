package org.mspsdk.research.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.mspsdk.MspException;
import org.mspsdk.json.FuzzedRecords;
import org.mspsdk.model.SafeguardingRecord;
import org.mspsdk.research.DateGranularity;
import org.mspsdk.research.Deidentifier;
import org.mspsdk.research.ResearchRecord;
import org.mspsdk.validation.Profile;
import org.mspsdk.validation.Validator;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Fuzzes the de-identifier with hostile records ({@link FuzzedRecords}): it handles every record the validator
 * accepts (issue 17, finding 8), at every date granularity; a record the validator rejects is either handled or
 * refused with the documented {@link MspException}; no identifier reaches the research record; the same record
 * always gets the same pseudonym. Regression inputs:
 * {@code src/test/resources/org/mspsdk/research/io/DeidentifierFuzzTestInputs/deidentify/}.
 */
class DeidentifierFuzzTest {

    @FuzzTest(maxDuration = "2m")
    void deidentify(FuzzedDataProvider data) {
        DateGranularity granularity = data.pickValue(DateGranularity.values());
        Deidentifier deid = Deidentifier.builder(ResearchFixtures.key()).dates(granularity)
                .pseudonymiseProviders(data.consumeBoolean()).build();
        Validator validator = Validator.of(Profile.IN_PROGRESS);
        List<SafeguardingRecord> records = FuzzedRecords.some(data, 3);
        for (SafeguardingRecord r : records) {
            ResearchRecord out;
            if (validator.validate(r).isValid()) {
                out = deid.deidentify(r);
            } else {
                try {
                    out = deid.deidentify(r);
                } catch (MspException refused) {
                    assertThat(refused.getMessage()).doesNotContain(FuzzedRecords.CANARY);
                    continue;
                }
            }
            assertThat(out.toString()).doesNotContain(FuzzedRecords.CANARY);
            assertThat(ResearchFixtures.jsonLines(List.of(out))).doesNotContain(FuzzedRecords.CANARY);
            assertThat(deid.deidentify(r).recordPseudonym()).isEqualTo(out.recordPseudonym());
        }
    }
}
