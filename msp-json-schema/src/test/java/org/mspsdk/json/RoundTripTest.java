package org.mspsdk.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.mspsdk.model.SafeguardingRecord;
import org.mspsdk.schema.SchemaFinding;
import org.mspsdk.schema.SchemaValidator;
import org.mspsdk.synthetic.SyntheticDataGenerator;

class RoundTripTest {

    private static final int SEEDS = 100;
    private static final int RECORDS_PER_SEED = 100;

    @Test
    void tenThousandGeneratedRecordsAreSchemaValidAndDecodeEqual() {
        MspJson json = MspJson.strict();
        SchemaValidator schema = SchemaValidator.forRecords();
        int checked = 0;
        for (long seed = 1; seed <= SEEDS; seed++) {
            List<SafeguardingRecord> records = new SyntheticDataGenerator(seed).records(RECORDS_PER_SEED);
            for (int i = 0; i < records.size(); i++) {
                SafeguardingRecord r = records.get(i);
                String doc = json.write(r);
                List<SchemaFinding> findings = schema.validate(doc);
                if (!findings.isEmpty()) {
                    fail("seed " + seed + " record " + i + ": schema findings " + findings);
                }
                SafeguardingRecord back;
                try {
                    back = json.read(doc);
                } catch (MspDecodeException e) {
                    throw new AssertionError("seed " + seed + " record " + i + ": " + e.getMessage(), e);
                }
                if (!back.equals(r)) {
                    fail("seed " + seed + " record " + i + ": decoded record differs from the original");
                }
                if (!json.write(back).equals(doc)) {
                    fail("seed " + seed + " record " + i + ": re-encoding is not canonical");
                }
                checked++;
            }
        }
        assertThat(checked).isEqualTo(10_000);
    }

    @Test
    void jsonLinesDatasetStreamsBackEqualWithLineNumbers() {
        List<SafeguardingRecord> records = new SyntheticDataGenerator(4242).records(500);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonLinesWriter w = MspJson.strict().writeLines(out)) {
            records.forEach(w::write);
            assertThat(w.count()).isEqualTo(500);
        }
        List<SafeguardingRecord> back = new ArrayList<>();
        try (JsonLinesReader r = MspJson.strict().readLines(new ByteArrayInputStream(out.toByteArray()))) {
            r.forEachRemaining(back::add);
            assertThat(r.lineNumber()).isEqualTo(500);
        }
        assertThat(back).isEqualTo(records);
    }

    @Test
    void bytesAndStreamsGiveTheSameRecordAsStrings() {
        SafeguardingRecord r = new SyntheticDataGenerator(7).records(1).get(0);
        MspJson json = MspJson.strict();
        byte[] bytes = json.writeBytes(r);
        assertThat(json.read(bytes)).isEqualTo(r);
        assertThat(json.read(new ByteArrayInputStream(bytes))).isEqualTo(r);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        json.write(r, out);
        assertThat(out.toByteArray()).isEqualTo(bytes);
    }

    @Test
    void emptyListsAreAcceptedButTheCanonicalFormLeavesThemOut() {
        SafeguardingRecord r = new SyntheticDataGenerator(11).records(1).get(0).toBuilder()
                .organisations(List.of()).questionnaires(List.of()).build();
        String canonical = MspJson.strict().write(r);
        assertThat(canonical).doesNotContain("\"organisations\"").doesNotContain("\"questionnaires\"");
        String withEmpty = canonical.replace("\"concern\":", "\"organisations\":[],\"questionnaires\":[],\"concern\":");
        assertThat(MspJson.strict().read(withEmpty)).isEqualTo(r);
        assertThat(MspJson.strict().write(MspJson.strict().read(withEmpty))).isEqualTo(canonical);
    }
}
