package org.mspsdk.returns.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.io.Writer;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.mspsdk.MspException;
import org.mspsdk.json.FuzzedRecords;
import org.mspsdk.model.SafeguardingRecord;
import org.mspsdk.research.Deidentifier;
import org.mspsdk.research.PseudonymKey;
import org.mspsdk.research.io.ResearchCsv;
import org.mspsdk.returns.CouncilMetadata;
import org.mspsdk.returns.ExportOptions;
import org.mspsdk.returns.Grouping;
import org.mspsdk.returns.SacReturn;
import org.mspsdk.returns.SacTally;
import org.mspsdk.validation.Profile;
import org.mspsdk.validation.Validator;
import org.mspsdk.vocabulary.SacTable;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Fuzzes the CSV writers ({@link SacCsv} for the return, its tables, breakdowns and data quality;
 * {@link ResearchCsv} for the research export) with hostile records and hostile council metadata: whatever the
 * records hold, every file is one header and rows of the header's width (no repeated header, no cut rows), and
 * writing throws nothing but the documented {@link MspException}. Regression inputs:
 * {@code src/test/resources/org/mspsdk/returns/io/CsvWritersFuzzTestInputs/write/}.
 */
class CsvWritersFuzzTest {

    private static final PseudonymKey KEY = PseudonymKey.fromBytes(
            "fuzz-key-for-the-csv-writers-only-0123456789".getBytes(java.nio.charset.StandardCharsets.UTF_8));

    @FuzzTest(maxDuration = "2m")
    void write(FuzzedDataProvider data) {
        List<SafeguardingRecord> records = FuzzedRecords.some(data, 4);
        CouncilMetadata council;
        try {
            council = new CouncilMetadata("Local Authority", data.consumeString(20), data.consumeString(12),
                    data.consumeString(20), data.consumeString(12), data.consumeString(6), data.consumeString(30));
        } catch (MspException e) {
            return;
        }
        ExportOptions options = ExportOptions.defaults().withDisclosureControl(data.consumeBoolean());
        SacTally tally = SacTallyFuzzTest.SETTINGS.newTally();
        records.forEach(tally::add);
        SacReturn sac = tally.result();

        StringWriter published = new StringWriter();
        SacCsv.writePublished(sac, council, options, published);
        FuzzedRecords.rows(published.toString());
        for (SacTable table : SacTable.values()) {
            StringWriter out = new StringWriter();
            SacCsv.writeTable(sac, table, options, out);
            FuzzedRecords.rows(out.toString());
        }
        for (Grouping g : SacTallyFuzzTest.SETTINGS.groupings()) {
            StringWriter out = new StringWriter();
            SacCsv.writeBreakdown(sac.breakdown(g.name()), options, out);
            FuzzedRecords.rows(out.toString());
        }
        StringWriter quality = new StringWriter();
        SacCsv.writeDataQuality(sac.dataQuality(), quality);
        FuzzedRecords.rows(quality.toString());

        Deidentifier deid = Deidentifier.builder(KEY).build();
        Validator validator = Validator.of(Profile.IN_PROGRESS);
        Map<ResearchCsv.Table, StringWriter> outs = new EnumMap<>(ResearchCsv.Table.class);
        Map<ResearchCsv.Table, Writer> writers = new EnumMap<>(ResearchCsv.Table.class);
        for (ResearchCsv.Table t : ResearchCsv.Table.values()) {
            outs.put(t, new StringWriter());
            writers.put(t, outs.get(t));
        }
        int written = 0;
        try (ResearchCsv csv = ResearchCsv.to(writers)) {
            for (SafeguardingRecord r : records) {
                if (validator.validate(r).isValid()) {
                    csv.write(deid.deidentify(r));
                    written++;
                }
            }
        }
        for (ResearchCsv.Table t : ResearchCsv.Table.values()) {
            String text = outs.get(t).toString();
            List<String[]> rows = FuzzedRecords.rows(text);
            assertThat(rows.get(0)).containsExactlyElementsOf(t.columns());
            assertThat(text).doesNotContain(FuzzedRecords.CANARY);
        }
        assertThat(FuzzedRecords.rows(outs.get(ResearchCsv.Table.RECORDS).toString())).hasSize(written + 1);
    }
}
