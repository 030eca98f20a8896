package org.mspsdk.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mspsdk.json.JsonLinesWriter;
import org.mspsdk.json.MspJson;
import org.mspsdk.model.SafeguardingRecord;
import org.mspsdk.returns.CouncilMetadata;
import org.mspsdk.returns.ReportingYear;
import org.mspsdk.returns.SacReturn;
import org.mspsdk.returns.SacSettings;
import org.mspsdk.vocabulary.AskedAboutOutcomes;
import org.mspsdk.vocabulary.Population;
import org.mspsdk.returns.SacTally;
import org.mspsdk.synthetic.SyntheticDataGenerator;

class IntegratorReturnTest {

    private static final CouncilMetadata COUNCIL = new CouncilMetadata("Local Authority", "Metropolitan District",
            "E12000002", "North West", "E08000099", "999", "Synthetic Borough");

    @Test
    void theReturnFromTheFileEqualsTheReturnFromTheRecords(@TempDir Path dir) throws IOException {
        List<SafeguardingRecord> records = new SyntheticDataGenerator(77).records(4_000);
        Path extract = dir.resolve("extract.jsonl");
        try (OutputStream out = Files.newOutputStream(extract); JsonLinesWriter w = MspJson.strict().writeLines(out)) {
            records.forEach(w::write);
        }
        Clock clock = Clock.fixed(Instant.parse("2026-07-01T00:00:00Z"), ZoneOffset.UTC);
        IntegratorReturn.Result result = IntegratorReturn.run(extract, ReportingYear.of(2025), COUNCIL, clock);

        SacReturn direct = records.stream().collect(SacTally.collector(SacSettings.of(ReportingYear.of(2025))));
        assertThat(result.sac().cells()).isEqualTo(direct.cells());
        assertThat(result.records()).isEqualTo(4_000);
        assertThat(result.recordsWithErrors()).isZero();
        assertThat(result.undecodableLines()).isZero();
        long expressed = direct.count(Population.CONCLUDED_S42, AskedAboutOutcomes.ASKED_EXPRESSED);
        assertThat(expressed).isPositive();
        // quoted only where needed, as the publication's CSV (issue 14)
        assertThat(result.publishedCsv()).contains("Synthetic Borough,SG4a,Concluded Section 42 Enquiries,"
                + "Asked about Desired Outcomes,Yes they were asked and outcomes were expressed," + expressed);
    }
}
