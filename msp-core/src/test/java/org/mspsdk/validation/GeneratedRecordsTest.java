package org.mspsdk.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.mspsdk.model.Enquiry;
import org.mspsdk.model.SafeguardingRecord;
import org.mspsdk.synthetic.SyntheticDataGenerator;

/**
 * Property-style: 10,000 generated records over 100 seeds have no error under {@code IN_PROGRESS}, and the
 * concluded ones none under {@code SAC_COMPLETE} either. A failure names the seed and index.
 */
class GeneratedRecordsTest {

    private static final int SEEDS = 100;
    private static final int PER_SEED = 100;

    @Test
    void tenThousandGeneratedRecordsHaveNoError() {
        SyntheticDataGenerator.Settings settings = SyntheticDataGenerator.Settings.defaults();
        Clock clock = Clock.fixed(settings.asOf().atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
        Validator inProgress = Validator.builder().clock(clock).build();
        Validator sac = Validator.builder().clock(clock).profile(Profile.SAC_COMPLETE).build();
        List<String> failures = new ArrayList<>();
        Map<String, Integer> warnings = new TreeMap<>();
        int concluded = 0;
        int checked = 0;
        for (long seed = 1; seed <= SEEDS; seed++) {
            List<SafeguardingRecord> records = new SyntheticDataGenerator(seed * 7919L, settings).records(PER_SEED);
            for (int i = 0; i < records.size(); i++) {
                SafeguardingRecord r = records.get(i);
                checked++;
                ValidationReport ip = inProgress.validate(r);
                if (!ip.isValid()) {
                    failures.add("seed " + seed * 7919L + " record " + i + " IN_PROGRESS: " + ip.errors());
                }
                if (r.enquiry().map(Enquiry::isConcluded).orElse(false)) {
                    concluded++;
                    ValidationReport full = sac.validate(r);
                    if (!full.isValid()) {
                        failures.add("seed " + seed * 7919L + " record " + i + " SAC_COMPLETE: " + full.errors());
                    }
                    full.warnings().forEach(w -> warnings.merge(w.ruleId(), 1, Integer::sum));
                }
            }
        }
        System.out.println("generated records checked: " + checked + ", concluded: " + concluded
                + ", SAC_COMPLETE warnings on concluded records by rule: " + warnings);
        assertThat(checked).isEqualTo(SEEDS * PER_SEED);
        assertThat(concluded).isGreaterThan(2_000);
        assertThat(failures).as("records with errors (first ones)").isEmpty();
    }
}
