package org.mspsdk.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mspsdk.model.SafeguardingRecord;
import org.mspsdk.returns.CouncilMetadata;
import org.mspsdk.returns.ReportingYear;
import org.mspsdk.returns.SacSettings;
import org.mspsdk.returns.SacTally;
import org.mspsdk.synthetic.SyntheticDataGenerator;
import org.mspsdk.validation.ValidationReport;
import org.mspsdk.vocabulary.OutcomeAchievement;
import org.mspsdk.vocabulary.Population;

/** Runs every README block (the regions of {@link ReadmeExamples}) on real data and checks what they give. */
class ReadmeExamplesTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-06-30T12:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    private final List<SafeguardingRecord> records = new SyntheticDataGenerator(21).records(2_000);

    @Test
    void theValidationBlockMarksTheErrorsOfAnEditAndChecksTheHistory() {
        SafeguardingRecord stored = QuickStart.record();
        SafeguardingRecord edited = stored.toBuilder().enquiry(stored.enquiry().orElseThrow().toBuilder()
                .riskOutcome(null).build()).build();
        List<String> marked = new ArrayList<>();
        ValidationReport update = ReadmeExamples.validateSave(stored, edited, CLOCK,
                (path, ruleId, message) -> marked.add(ruleId + " " + path));
        assertThat(marked).contains("MSP-RSK-002 enquiry.riskOutcome");
        assertThat(update.errors()).extracting(f -> f.ruleId()).contains("MSP-RSK-002");
    }

    @Test
    void theJsonBlockRoundTripsAndCountsTheLinesItWrote() throws Exception {
        SacTally tally = SacSettings.of(ReportingYear.of(2025)).newTally();
        assertThat(ReadmeExamples.json(QuickStart.record(), records, dir.resolve("r.jsonl"), tally)).isEmpty();
        assertThat(Files.readAllLines(dir.resolve("r.jsonl"))).hasSize(records.size());
        assertThat(tally.result().recordsRead()).isEqualTo(records.size());
    }

    @Test
    void theSacBlockGivesTheTypedCountAndWritesEveryOutput() throws Exception {
        StringWriter published = new StringWriter();
        StringWriter grid = new StringWriter();
        StringWriter json = new StringWriter();
        long fully = ReadmeExamples.sacReturn(records, new CouncilMetadata("Local Authority", "Metropolitan District", "E12000002",
                        "North West", "E08000099", "999", "Example Council"),
                published, grid, json);
        long expected = records.stream().collect(SacTally.collector(SacSettings.of(ReportingYear.of(2025))))
                .count(Population.CONCLUDED_S42, OutcomeAchievement.FULLY_ACHIEVED);
        assertThat(fully).isEqualTo(expected).isPositive();
        assertThat(published.toString()).contains("SG4a");
        assertThat(grid.toString()).isNotEmpty();
        assertThat(json.toString()).startsWith("{");
    }

    @Test
    void theResearchBlockWritesTheExportAndTheDictionary() throws Exception {
        Path key = Files.write(dir.resolve("key"), "0123456789abcdef0123456789abcdef-research".getBytes());
        StringWriter fields = new StringWriter();
        StringWriter codes = new StringWriter();
        ReadmeExamples.research(key, records.subList(0, 200), dir, fields, codes);
        assertThat(Files.readAllLines(dir.resolve("research.jsonl"))).hasSize(200);
        assertThat(dir.resolve("research-csv")).isDirectory();
        assertThat(dir.resolve("dictionary.html")).isRegularFile();
        assertThat(fields.toString()).isNotEmpty();
        assertThat(codes.toString()).isNotEmpty();
    }
}
