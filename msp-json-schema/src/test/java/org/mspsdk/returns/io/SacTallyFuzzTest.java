package org.mspsdk.returns.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.mspsdk.json.FuzzedRecords;
import org.mspsdk.model.SafeguardingRecord;
import org.mspsdk.returns.Grouping;
import org.mspsdk.returns.ReportingYear;
import org.mspsdk.returns.SacReturn;
import org.mspsdk.returns.SacSettings;
import org.mspsdk.returns.SacTally;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Fuzzes the SAC tally through its public API with hostile records ({@link FuzzedRecords}): adding never throws,
 * a tally split in two and merged equals the tally of all the records, and the return never names an identifier.
 * Regression inputs: {@code src/test/resources/org/mspsdk/returns/io/SacTallyFuzzTestInputs/tally/}.
 */
class SacTallyFuzzTest {

    static final SacSettings SETTINGS = SacSettings.of(ReportingYear.of(2025))
            .withGroupings(Grouping.byQuarter(), Grouping.byOrganisation(), Grouping.byTypeOfRisk());

    @FuzzTest(maxDuration = "2m")
    void tally(FuzzedDataProvider data) {
        List<SafeguardingRecord> records = FuzzedRecords.some(data, 6);
        int split = data.consumeInt(0, records.size());
        SacTally all = SETTINGS.newTally();
        records.forEach(all::add);
        SacTally first = SETTINGS.newTally();
        SacTally second = SETTINGS.newTally();
        records.subList(0, split).forEach(first::add);
        records.subList(split, records.size()).forEach(second::add);
        assertThat(first.merge(second)).isEqualTo(all);
        SacReturn sac = all.result();
        assertThat(sac.recordsRead()).isEqualTo(records.size());
        assertThat(sac.toString()).doesNotContain(FuzzedRecords.CANARY);
    }
}
