package org.mspsdk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mspsdk.json.MspJson;
import org.mspsdk.model.SafeguardingRecord;
import org.mspsdk.returns.CouncilMetadata;
import org.mspsdk.returns.ExportOptions;
import org.mspsdk.returns.ReportingYear;
import org.mspsdk.returns.SacReturn;
import org.mspsdk.returns.SacSettings;
import org.mspsdk.returns.SacTally;
import org.mspsdk.returns.io.SacCsv;
import org.mspsdk.schema.MspSchemas;
import org.mspsdk.synthetic.SyntheticDataGenerator;
import org.mspsdk.vocabulary.EnquiryResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** End-to-end runs of every subcommand on real files, asserting exit codes and output. */
class MspCliTest {

    @TempDir
    static Path dir;

    static Path valid;
    static Path withBadLine;
    static Path invalidRecord;
    static Path empty;
    static Path notJson;
    static List<SafeguardingRecord> records;

    record Run(int exit, String out, String err) {
    }

    static Run runWithInput(String stdin, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = Msp.run(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)), out, err, args);
        return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    static Run run(String... args) {
        return runWithInput("", args);
    }

    @BeforeAll
    static void files() throws IOException {
        records = new SyntheticDataGenerator(42).records(3_000);
        MspJson json = MspJson.strict();
        StringBuilder lines = new StringBuilder();
        for (SafeguardingRecord r : records) {
            lines.append(json.write(r)).append('\n');
        }
        valid = Files.writeString(dir.resolve("valid.jsonl"), lines);
        String[] all = lines.toString().split("\n");
        StringBuilder broken = new StringBuilder();
        for (int i = 0; i < 10; i++) {
            broken.append(i == 4 ? "{\"mspVersion\":\"1.0\",\"recordId\":42}" : all[i]).append('\n');
        }
        withBadLine = Files.writeString(dir.resolve("bad-line.jsonl"), broken);
        SafeguardingRecord concluded = records.stream()
                .filter(r -> r.enquiry().map(e -> e.result().map(EnquiryResult::isRiskIdentified).orElse(false))
                        .orElse(false))
                .findFirst().orElseThrow();
        SafeguardingRecord broke = concluded.toBuilder()
                .enquiry(concluded.enquiry().orElseThrow().toBuilder().riskOutcome(null).build()).build();
        invalidRecord = Files.writeString(dir.resolve("invalid.json"), json.write(broke));
        empty = Files.writeString(dir.resolve("empty.jsonl"), "");
        notJson = Files.writeString(dir.resolve("not-json.json"), "this is not json");
    }

    // ---------------------------------------------------------------- conventions

    @ParameterizedTest
    @ValueSource(strings = {"validate", "sac", "measures", "generate", "schema", "export", "dictionary", "demo"})
    void everyCommandHasHelp(String command) {
        Run r = run(command, "--help");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("Usage: msp " + command);
    }

    @Test
    void noCommandIsAUsageError() {
        Run r = run();
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("Usage: msp").contains("validate");
    }

    @Test
    void versionNamesTheSacGuidance() {
        Run r = run("--version");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).startsWith("msp ").contains("SAC guidance 2025-26");
    }

    @Test
    void aUsageErrorExitsWithTwoAndShowsUsageWithoutAStackTrace() {
        Run r = run("validate", "--profile", "nonsense", valid.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("--profile").contains("Usage: msp validate").doesNotContain("\tat ");
    }

    // ---------------------------------------------------------------- validate

    @Test
    void validateAValidJsonLinesFileExitsZero() {
        Run r = run("validate", valid.toString());
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("3,000 records checked (in-progress profile): 0 with errors, 0 errors");
        assertThat(r.err()).isEmpty();
    }

    @Test
    void validateAnInvalidRecordExitsOneNamingFileLineRuleAndPath() {
        Run r = run("validate", invalidRecord.toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.out()).contains(invalidRecord + ":1: ERROR MSP-RSK-002 enquiry.riskOutcome:")
                .contains("1 record checked");
    }

    @Test
    void validateJsonFindingsAreJsonLines() {
        Run r = run("validate", "--output", "json", invalidRecord.toString());
        assertThat(r.exit()).isEqualTo(1);
        JsonNode finding = JsonMapper.builder().build().readTree(r.out().lines().findFirst().orElseThrow());
        assertThat(finding.get("ruleId").asString()).isEqualTo("MSP-RSK-002");
        assertThat(finding.get("pointer").asString()).isEqualTo("/enquiry/riskOutcome");
        assertThat(finding.get("line").asLong()).isEqualTo(1);
        assertThat(r.err()).contains("1 record checked");
    }

    @Test
    void validateJsonLinesWithOneBadLineReportsItAndChecksTheRest() {
        Run r = run("validate", withBadLine.toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.out()).contains(withBadLine + ":5:").contains("ERROR MSP-DECODE /recordId")
                .contains("expected a string").doesNotContain("\tat ");
        assertThat(r.out()).contains("10 records checked").contains("1 document could not be decoded");
        assertThat(r.err()).isEmpty();
    }

    @Test
    void validateAnUndecodableDocumentIsUnusable() {
        Run r = run("validate", notJson.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains(notJson + ":").contains("unusable");
    }

    @Test
    void validateAMissingFileIsUnusable() {
        Run r = run("validate", dir.resolve("no-such-file.jsonl").toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("no-such-file.jsonl: unusable: no such file");
    }

    @Test
    void validateADirectoryIsUnusable() {
        Run r = run("validate", dir.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("unusable");
    }

    @Test
    void validateAnEmptyFileIsUnusable() {
        Run r = run("validate", empty.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("empty.jsonl: unusable: no records");
    }

    @Test
    void validateReadsStandardInput() throws IOException {
        Run r = runWithInput(Files.readString(valid), "validate", "--profile", "sac", "--quiet", "-");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("3,000 records checked (sac profile): 0 with errors, 0 errors");
    }

    @Test
    void validateThePublishedExampleDocuments() throws IOException {
        try (var examples = Files.list(Path.of("..", "schema", "examples"))) {
            List<Path> files = examples.filter(p -> p.toString().endsWith(".json")).sorted().toList();
            assertThat(files).hasSize(4);
            for (Path p : files) {
                Run r = run("validate", "--today", "2026-11-23", p.toString());
                assertThat(r.exit()).as(p.toString() + r.out() + r.err()).isZero();
            }
        }
    }

    @Test
    void validatorMessagesNeverCarryRecordIdsOrFreeText() {
        Run r = run("validate", "--profile", "sac", valid.toString());
        for (SafeguardingRecord rec : records.subList(0, 200)) {
            assertThat(r.out()).doesNotContain(rec.recordId()).doesNotContain(rec.adult().personId());
        }
    }

    @Test
    void validateAnOversizedDocumentIsUnusableWithoutReadingItAll() throws IOException {
        Path huge = Files.writeString(dir.resolve("huge.json"), "{\"notes\":\"" + "x".repeat(5 * 1024 * 1024) + "\"}");
        Run r = run("validate", huge.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("huge.json: unusable: the document is longer than the limit")
                .doesNotContain("\tat ");
    }

    @ParameterizedTest
    @ValueSource(strings = {"export --dates weekly --key-env X --out /tmp/x", "sac --output xml",
        "sac --output csv --data-quality", "sac --disclosure-control --data-quality", "measures --by team"})
    void badOptionValuesAreUsageErrorsBeforeAnyInputIsRead(String command) {
        List<String> args = new java.util.ArrayList<>(List.of(command.split(" ")));
        args.add(dir.resolve("never-read.jsonl").toString());
        Run r = run(args.toArray(String[]::new));
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).doesNotContain("never-read.jsonl: unusable").doesNotContain("msp: unexpected error")
                .doesNotContain("\tat ");
    }

    @Test
    void noCanaryFromTheInputReachesAnyOutputOrError() throws IOException {
        String canary = "CANARY Jane Smith 1941-05-02";
        String good = MspJson.strict().write(records.get(0));
        String lines = good.replaceFirst("\"personId\"", "\"" + canary + "\":1,\"personId\"") + "\n"
                + good.replaceFirst("\"recordId\":\"[^\"]*\"", "\"recordId\":\"" + canary + "\"")
                        .replaceFirst("\"mspVersion\":\"1.0\"", "\"mspVersion\":\"" + canary + "\"") + "\n"
                + MspJson.strict().write(records.get(1).toBuilder().notes("   ").recordId(canary).build()) + "\n";
        Path input = Files.writeString(dir.resolve("canary.jsonl"), lines);
        for (String[] args : List.of(new String[] {"validate", input.toString()},
                new String[] {"validate", "--json", input.toString()},
                new String[] {"sac", "--year", "2025", input.toString()})) {
            Run r = run(args);
            assertThat(r.out() + r.err()).as(String.join(" ", args)).doesNotContain("CANARY").doesNotContain("Jane")
                    .doesNotContain("1941");
            assertThat(r.exit()).isEqualTo(1);
        }
    }

    // ---------------------------------------------------------------- generate | validate

    @Test
    void generatedHundredThousandRecordsValidateUnderTheSacProfile() throws IOException {
        Path big = dir.resolve("generated.jsonl");
        Run gen = run("generate", "--count", "100000", "--seed", "1", "--out", big.toString());
        assertThat(gen.exit()).isZero();
        try (var in = Files.newInputStream(big)) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            int exit = Msp.run(in, out, err, "validate", "--profile", "sac", "--quiet", "-");
            assertThat(out.toString(StandardCharsets.UTF_8))
                    .contains("100,000 records checked (sac profile): 0 with errors, 0 errors");
            assertThat(exit).isZero();
        }
        // and msp sac on the same file gives the tables of the Java API on the same records
        Run sac = run("sac", "--year", "2025", "--output", "csv", big.toString());
        assertThat(sac.exit()).isZero();
        SacReturn api = new SyntheticDataGenerator(1).stream(100_000)
                .collect(SacTally.collector(SacSettings.of(ReportingYear.of(2025))));
        StringWriter expected = new StringWriter();
        // the council columns are empty unless given (issue 14)
        SacCsv.writePublished(api, new CouncilMetadata("", "", "", "", "", "", ""),
                ExportOptions.defaults(), expected);
        assertThat(sac.out()).isEqualTo(expected.toString());
    }

    @Test
    void generateToStandardOutputIsJsonLinesOfTheGeneratorsRecords() {
        Run r = run("generate", "--count", "5", "--seed", "9");
        assertThat(r.exit()).isZero();
        List<String> lines = r.out().lines().toList();
        assertThat(lines).hasSize(5);
        List<SafeguardingRecord> expected = new SyntheticDataGenerator(9).records(5);
        for (int i = 0; i < 5; i++) {
            assertThat(MspJson.strict().read(lines.get(i))).isEqualTo(expected.get(i));
        }
    }

    // ---------------------------------------------------------------- sac

    @Test
    void sacCsvEqualsTheJavaApiOnTheSameData() {
        Run r = run("sac", "--year", "2025-26", "--output", "csv", "--la-code", "999", "--la-name", "Synthetic",
                valid.toString());
        assertThat(r.exit()).isZero();
        SacReturn api = records.stream().collect(SacTally.collector(SacSettings.of(ReportingYear.of(2025))));
        StringWriter expected = new StringWriter();
        SacCsv.writePublished(api, new CouncilMetadata("", "", "", "", "", "999", "Synthetic"),
                ExportOptions.defaults(), expected);
        assertThat(r.out()).isEqualTo(expected.toString());
        // quoted only where needed, as the publication's CSV (issue 14)
        assertThat(r.out()).contains("SG4a,Concluded Section 42 Enquiries,");
    }

    @Test
    void sacTextPrintsEveryTableWithSacLabels() {
        Run r = run("sac", "--year", "2025", valid.toString());
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("SG1a Age band", "SG2a Type of Risk", "SG4a Making Safeguarding Personal",
                "Yes they were asked and outcomes were expressed", "Neglect and Acts of Omission");
    }

    @Test
    void sacWritesEveryFileIntoAFolderWithDisclosureControl() throws IOException {
        Path out = dir.resolve("sac-out");
        Run r = run("sac", "--year", "2025", "--disclosure-control", "--out", out.toString(), valid.toString());
        assertThat(r.exit()).isZero();
        assertThat(out.resolve("sac-published.csv")).exists();
        assertThat(out.resolve("SG4a.csv")).exists();
        assertThat(out.resolve("sac.json")).exists();
        // the same files with or without disclosure control (issue 14); the data-quality file without record ids
        assertThat(out.resolve("data-quality.csv")).exists();
        assertThat(out.resolve("sac.xlsx")).exists();
        assertThat(out.resolve("sac-power-bi.csv")).exists();
        String published = Files.readString(out.resolve("sac-published.csv"));
        assertThat(published).contains("[c]");
        for (String line : published.lines().skip(1).toList()) {
            String value = line.substring(line.lastIndexOf(',') + 1);
            assertThat(value.equals("[c]") || value.equals("[x]") || Long.parseLong(value) % 5 == 0).as(line).isTrue();
        }
    }

    @Test
    void sacWithABadLineCountsTheRestAndExitsOne() {
        Run r = run("sac", "--year", "2025", withBadLine.toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains(withBadLine + ":5:").contains("1 document could not be read");
        assertThat(r.out()).contains("9 records read");
    }

    @Test
    void sacOnAnEmptyFileIsUnusable() {
        assertThat(run("sac", "--year", "2025", empty.toString()).exit()).isEqualTo(2);
    }

    // ---------------------------------------------------------------- measures

    @Test
    void measuresPrintsTheSectorMeasureExperienceAndBreakdowns() {
        Run r = run("measures", "--year", "2025", "--by", "organisation,quarter", valid.toString());
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("Sector outcomes measure", "Experience (Part 2)", "listened-to",
                "How safe do you feel", "Board breakdown by organisation", "Board breakdown by quarter",
                "E08000099");
    }

    @Test
    void measuresRejectsAnUnknownBreakdown() {
        Run r = run("measures", "--by", "team", valid.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("expected organisation, raised-by, risk-type or quarter");
    }

    // ---------------------------------------------------------------- schema, dictionary, export, demo

    @Test
    void schemaPrintsThePublishedRecordSchema() {
        Run r = run("schema");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).isEqualTo(MspSchemas.text(MspSchemas.RECORD));
    }

    @Test
    void schemaWritesEveryFile() {
        Path out = dir.resolve("schema-out");
        assertThat(run("schema", "--out", out.toString()).exit()).isZero();
        assertThat(out.resolve("safeguarding-record.json")).exists();
        assertThat(out.resolve("defs.json")).exists();
        assertThat(out.resolve("research-record.json")).exists();
        assertThat(run("schema", "nope.json").exit()).isEqualTo(2);
    }

    @Test
    void dictionaryWritesHtmlAndCsv() {
        Path out = dir.resolve("dictionary");
        assertThat(run("dictionary", "--out", out.toString()).exit()).isZero();
        assertThat(out.resolve("data-dictionary.html")).exists();
        assertThat(run("dictionary", "--output", "codes-csv").out()).contains("Neglect and Acts of Omission");
    }

    @Test
    void exportWritesTheResearchFilesAndNeverTheKeyOrIds() throws IOException {
        Path key = Files.writeString(dir.resolve("key.txt"), "0123456789abcdef0123456789abcdef-test-key");
        Path out = dir.resolve("research");
        Run r = run("export", "--key-file", key.toString(), "--out", out.toString(), valid.toString());
        assertThat(r.exit()).isZero();
        String jsonl = Files.readString(out.resolve("research.jsonl"));
        assertThat(jsonl.lines()).hasSize(3_000);
        String all = jsonl + Files.readString(out.resolve("records.csv")) + Files.readString(out.resolve("outcomes.csv"))
                + r.out() + r.err();
        assertThat(all).doesNotContain("0123456789abcdef0123456789abcdef-test-key");
        for (SafeguardingRecord rec : records.subList(0, 100)) {
            assertThat(all).doesNotContain(rec.recordId()).doesNotContain(rec.adult().personId());
        }
    }

    @Test
    void exportReportsARecordItCannotDeidentifyAndGoesOn() throws IOException {
        SafeguardingRecord child = records.get(1).toBuilder().adult(records.get(1).adult().toBuilder()
                .dateOfBirth(records.get(1).concern().receivedOn().minusYears(10)).build()).build();
        String lines = MspJson.strict().write(records.get(0)) + "\n" + MspJson.strict().write(child) + "\n"
                + MspJson.strict().write(records.get(2)) + "\n";
        Path input = Files.writeString(dir.resolve("with-child.jsonl"), lines);
        Path key = Files.writeString(dir.resolve("key2.txt"), "0123456789abcdef0123456789abcdef-test-key");
        Path out = dir.resolve("research-partial");
        Run r = run("export", "--key-file", key.toString(), "--out", out.toString(), input.toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains("with-child.jsonl:2: not processed:").contains("under 18")
                .contains("wrote 2 de-identified records");
        assertThat(Files.readString(out.resolve("research.jsonl")).lines()).hasSize(2);
    }

    @Test
    void exportWithAShortKeyIsRefusedWithoutShowingIt() throws IOException {
        Path key = Files.writeString(dir.resolve("short.txt"), "tiny-secret");
        Run r = run("export", "--key-file", key.toString(), "--out", dir.resolve("x").toString(), valid.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).doesNotContain("tiny-secret").doesNotContain("\tat ");
    }

    @Test
    void demoPrintsTheSg4aTableAndTheSectorOutcomesMeasure() {
        Run r = run("demo", "--count", "3000");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("SG4a Making Safeguarding Personal (Concluded Section 42 Enquiries)",
                "Yes they were asked and outcomes were expressed", "Fully Achieved", "Sector outcomes measure",
                "Validation", " 0 errors", "Data quality");
    }
}
