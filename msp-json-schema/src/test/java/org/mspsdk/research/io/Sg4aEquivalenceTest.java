package org.mspsdk.research.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.mspsdk.returns.ReportingYear;
import org.mspsdk.returns.SacReturn;
import org.mspsdk.returns.SacSettings;
import org.mspsdk.vocabulary.Population;
import org.mspsdk.returns.SacTally;
import org.mspsdk.vocabulary.AskedAboutOutcomes;
import org.mspsdk.vocabulary.OutcomeAchievement;
import org.mspsdk.model.SafeguardingRecord;
import org.mspsdk.research.DateGranularity;
import org.mspsdk.research.Deidentifier;
import org.mspsdk.research.ResearchRecord;
import org.mspsdk.synthetic.SyntheticDataGenerator;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.MappingIterator;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvSchema;

/**
 * Done-when: the SAC SG4a table computed from the research export equals the one computed from the original
 * records, for 10,000 generated records; counted from the research objects, from the JSON Lines read back, and
 * from the CSV tables read back. Uses the test-only {@link Sg4aTestCounter} (the research form has no
 * {@code SafeguardingRecord} to feed the return), which is first checked against the SDK's own SG4a.
 */
class Sg4aEquivalenceTest {

    private static final int RECORDS = 10_000;
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final CsvMapper CSV = CsvMapper.builder().build();

    @Test
    void sg4aFromTheResearchExportEqualsSg4aFromTheRecordsFor10000Records() {
        for (long seed : new long[] {20251, 20252}) {
            List<SafeguardingRecord> records = new SyntheticDataGenerator(seed).records(RECORDS);
            Map<String, Long> expected = Sg4aTestCounter.fromRecords(records);
            assertThat(expected.keySet()).as("several reporting years and every asked answer")
                    .contains("2025-26|asked|asked-expressed", "2025-26|asked|not-asked",
                            "2025-26|achieved|fully-achieved", "2025-26|achieved|partially-achieved",
                            "2025-26|achieved|not-achieved", "2024-25|asked|asked-expressed",
                            "2026-27|asked|asked-expressed");
            assertThat(expected.values().stream().mapToLong(Long::longValue).sum()).isGreaterThan(4_000);
            System.out.println("SG4a (seed " + seed + ", " + RECORDS + " records): " + expected);
            // the test counter agrees with the SDK's own return, so the equivalence below is about the real SG4a
            SacReturn real = records.stream().collect(SacTally.collector(SacSettings.of(ReportingYear.of(2025))));
            for (AskedAboutOutcomes a : AskedAboutOutcomes.values()) {
                assertThat(expected.getOrDefault("2025-26|asked|" + a.code(), 0L)).as("SG4a asked " + a.code())
                        .isEqualTo(real.count(Population.CONCLUDED_S42, a));
            }
            for (OutcomeAchievement a : OutcomeAchievement.values()) {
                assertThat(expected.getOrDefault("2025-26|achieved|" + a.code(), 0L)).as("SG4a achieved " + a.code())
                        .isEqualTo(real.count(Population.CONCLUDED_S42, a));
            }
            for (DateGranularity dates : DateGranularity.values()) {
                String where = "seed " + seed + ", dates " + dates.code();
                List<ResearchRecord> research = Deidentifier.builder(ResearchFixtures.key()).dates(dates).build()
                        .deidentifyAll(records);
                assertThat(Sg4aTestCounter.fromResearch(research)).as(where + ", research objects")
                        .isEqualTo(expected);
                assertThat(fromJsonLines(ResearchFixtures.jsonLines(research))).as(where + ", JSON Lines")
                        .isEqualTo(expected);
                Map<ResearchCsv.Table, String> csv = ResearchFixtures.csv(research);
                assertThat(fromCsv(csv.get(ResearchCsv.Table.RECORDS), csv.get(ResearchCsv.Table.OUTCOMES)))
                        .as(where + ", CSV").isEqualTo(expected);
            }
        }
    }

    private static Map<String, Long> fromJsonLines(String jsonl) {
        Map<String, Long> table = new TreeMap<>();
        for (String line : jsonl.split("\n")) {
            JsonNode r = JSON.readTree(line);
            JsonNode e = r.get("enquiry");
            if (e == null || !e.get("type").asString().equals("s42") || !e.has("concludedReportingYear")) {
                continue;
            }
            JsonNode o = r.get("outcomes");
            List<String> levels = new ArrayList<>();
            o.get("negotiatedOutcomes").forEach(n -> {
                if (n.has("achievement")) {
                    levels.add(n.get("achievement").get("level").asString());
                }
            });
            Sg4aTestCounter.add(table, e.get("concludedReportingYear").asString(),
                    o.has("asked") ? o.get("asked").asString() : "not-recorded",
                    Optional.ofNullable(o.get("enquiryAchievement")).map(JsonNode::asString), levels);
        }
        return table;
    }

    private static Map<String, Long> fromCsv(String recordsCsv, String outcomesCsv) {
        Map<String, List<String>> levelsByRecord = new HashMap<>();
        for (Map<String, String> row : rows(outcomesCsv)) {
            if (row.get("outcome_kind").equals("negotiated") && !row.get("achievement").isEmpty()) {
                levelsByRecord.computeIfAbsent(row.get("record_pseudonym"), k -> new ArrayList<>())
                        .add(row.get("achievement"));
            }
        }
        Map<String, Long> table = new TreeMap<>();
        for (Map<String, String> row : rows(recordsCsv)) {
            if (!row.get("enquiry_type").equals("s42") || row.get("enquiry_concluded_reporting_year").isEmpty()) {
                continue;
            }
            String asked = row.get("asked_about_outcomes");
            String achieved = row.get("enquiry_achievement");
            Sg4aTestCounter.add(table, row.get("enquiry_concluded_reporting_year"),
                    asked.isEmpty() ? "not-recorded" : asked, achieved.isEmpty() ? Optional.empty()
                            : Optional.of(achieved),
                    levelsByRecord.getOrDefault(row.get("record_pseudonym"), List.of()));
        }
        return table;
    }

    static List<Map<String, String>> rows(String csv) {
        try (MappingIterator<Map<String, String>> it = CSV.readerFor(Map.class)
                .with(CsvSchema.emptySchema().withHeader()).readValues(csv)) {
            return it.readAll();
        }
    }
}
