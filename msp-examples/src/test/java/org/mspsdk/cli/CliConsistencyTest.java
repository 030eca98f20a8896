package org.mspsdk.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mspsdk.cli.Cli.run;
import static org.mspsdk.cli.Cli.runOnTerminal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mspsdk.cli.Cli.Run;
import org.mspsdk.json.MspJson;
import org.mspsdk.model.SafeguardingRecord;
import org.mspsdk.synthetic.SyntheticDataGenerator;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Issue 21: the commands behave the same everywhere (exit codes, findings, flags, labels, progress, errors). */
class CliConsistencyTest {

    @TempDir
    static Path dir;

    static Path valid;
    static String good;

    @BeforeAll
    static void files() throws IOException {
        List<SafeguardingRecord> records = new SyntheticDataGenerator(21).records(400);
        StringBuilder lines = new StringBuilder();
        for (SafeguardingRecord r : records) {
            lines.append(MspJson.strict().write(r)).append('\n');
        }
        valid = Files.writeString(dir.resolve("valid.jsonl"), lines);
        good = MspJson.strict().write(records.get(0));
    }

    private static Path file(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content);
    }

    // ---------------------------------------------------------------- one fault, one exit code, one finding

    @ParameterizedTest
    @ValueSource(strings = {"\"gender\":\"martian\"", "\"gender\":42", "\"gender\":\"male\",\"gender\":\"male\""})
    void aDocumentThatIsJsonButNotARecordIsOneFindingWithExitOneAsJsonOrJsonLines(String fault) throws IOException {
        String bad = good.replaceFirst("\"gender\":\"[a-z-]+\"", fault);
        Path asJson = file("fault.json", bad);
        Path asLines = file("fault.jsonl", bad + "\n");
        Run json = run("validate", asJson.toString());
        Run lines = run("validate", asLines.toString());
        assertThat(json.exit()).isEqualTo(1);
        assertThat(lines.exit()).isEqualTo(1);
        assertThat(json.out().replace(asJson.toString(), "F")).isEqualTo(lines.out().replace(asLines.toString(), "F"));
        assertThat(json.out()).contains("ERROR MSP-DECODE /adult/gender: ")
                .contains("1 record checked (in-progress profile): 1 with errors, 1 error, 0 warnings; 1 document "
                        + "could not be decoded (MSP-DECODE)")
                .doesNotContain("0 records checked").doesNotContain("0 errors");
        assertThat(json.err()).isEmpty();
    }

    @Test
    void decodeFailuresAreFindingsInTheJsonOutputWithPointerLineColumnAndRuleId() throws IOException {
        String lines = good + "\n" + good.replaceFirst("\"gender\":\"[a-z-]+\"", "\"gender\":\"martian\"") + "\n";
        Path input = file("decode.jsonl", lines);
        Run r = run("validate", "--output", "json", input.toString());
        assertThat(r.exit()).isEqualTo(1);
        List<String> out = r.out().lines().toList();
        assertThat(out).hasSize(1);
        JsonNode finding = JsonMapper.builder().build().readTree(out.get(0));
        assertThat(finding.get("ruleId").asString()).isEqualTo("MSP-DECODE");
        assertThat(finding.get("severity").asString()).isEqualTo("ERROR");
        assertThat(finding.get("pointer").asString()).isEqualTo("/adult/gender");
        assertThat(finding.get("line").asLong()).isEqualTo(2);
        assertThat(finding.get("column").asLong()).isPositive();
        assertThat(finding.get("file").asString()).isEqualTo(input.toString());
        assertThat(finding.get("message").asString()).contains("expected one of [male, female, not-known]");
        assertThat(r.err()).isEqualTo("2 records checked (in-progress profile): 1 with errors, 1 error, 0 warnings; "
                + "1 document could not be decoded (MSP-DECODE)\n");
    }

    @ParameterizedTest
    @ValueSource(strings = {"this is not json", "record_id,person_id\nR1,P1", "[1, 2]", "\"a string\""})
    void inputThatIsNotJsonRecordsAtAllIsUnusableWithExitTwoInEitherFormat(String content) throws IOException {
        for (String name : List.of("input.json", "input.jsonl")) {
            Path input = file(name, content);
            Run r = run("validate", input.toString());
            assertThat(r.exit()).as(name).isEqualTo(2);
            assertThat(r.err()).isEqualTo(input + ": unusable: not JSON records (a record document starts with "
                    + "'{'); give .json record documents or JSON Lines, one record per line\n");
            assertThat(r.out()).contains("0 records checked").contains("1 input unusable, not checked");
        }
    }

    @Test
    void theWordsFollowTheCount() throws IOException {
        Path one = file("one.jsonl", good + "\n");
        assertThat(run("validate", one.toString()).out())
                .isEqualTo("1 record checked (in-progress profile): 0 with errors, 0 errors, 0 warnings\n");
        assertThat(run("validate", "--quiet", valid.toString()).out())
                .isEqualTo("400 records checked (in-progress profile): 0 with errors, 0 errors, 0 warnings\n");
        assertThat(Plural.count(1, "error")).isEqualTo("1 error");
        assertThat(Plural.count(0, "error")).isEqualTo("0 errors");
        assertThat(Plural.count(1_000, "kind of issue", "kinds of issue")).isEqualTo("1,000 kinds of issue");
    }

    // ---------------------------------------------------------------- one output flag

    @ParameterizedTest
    @ValueSource(strings = {"validate", "sac", "measures", "dictionary"})
    void everyCommandThatChoosesAnOutputFormatUsesTheOutputOption(String command) {
        var spec = new picocli.CommandLine(new Msp()).getSubcommands().get(command).getCommandSpec();
        assertThat(spec.findOption("--output")).isNotNull();
        assertThat(spec.findOption("--output").hidden()).isFalse();
        for (var option : spec.options()) {
            if (!option.hidden()) {
                assertThat(option.longestName()).as(command).isNotIn("--csv", "--json", "--format-output");
            }
        }
    }

    @Test
    void theOldFlagsAreHiddenAliasesGivingTheSameOutput() {
        Run csv = run("measures", "--year", "2025", "--output", "csv", valid.toString());
        assertThat(csv.exit()).isZero();
        assertThat(csv.out()).startsWith("GROUP,concerns,");
        assertThat(run("measures", "--year", "2025", "--csv", valid.toString()).out()).isEqualTo(csv.out());
        Run json = run("validate", "--profile", "sac", "--output", "json", valid.toString());
        assertThat(run("validate", "--profile", "sac", "--json", valid.toString()).out()).isEqualTo(json.out());
        assertThat(run("measures", "--help").out()).doesNotContain("--csv");
        assertThat(run("validate", "--help").out()).doesNotContain("--json");
    }

    @Test
    void measuresAsJsonHasTheMeasuresAndBreakdowns() {
        Run r = run("measures", "--year", "2025", "--output", "json", valid.toString());
        assertThat(r.exit()).isZero();
        JsonNode root = JsonMapper.builder().build().readTree(r.out());
        assertThat(root.get("reportingYear").asString()).isEqualTo("2025-26");
        assertThat(root.get("measures").get("sectorOutcomes")).isNotNull();
        assertThat(root.get("breakdowns").get("quarter")).isNotNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"validate --output csv", "validate --output xml", "sac --output xml",
        "measures --output yaml", "dictionary --output pdf"})
    void anOutputACommandDoesNotWriteNamesTheValueAndTheValidOnes(String command) {
        List<String> args = new java.util.ArrayList<>(List.of(command.split(" ")));
        if (!command.startsWith("dictionary")) {
            args.add(valid.toString());
        }
        Run r = run(args.toArray(String[]::new));
        String value = args.get(2);
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("'" + value + "'").contains("expected ").doesNotContain("Exception");
        assertThat(r.out()).isEmpty();
    }

    // ---------------------------------------------------------------- labels in full

    @Test
    void textTablesShowLabelsInFull() {
        Run r = run("measures", "--year", "2025", "--by", "risk-type", valid.toString());
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("Financial or Material Abuse").contains("Neglect and Acts of Omission")
                .doesNotContain("~");
        Run sac = run("sac", "--year", "2025", valid.toString());
        assertThat(sac.out()).contains("Neglect and Acts of Omission").doesNotContain("~");
    }

    @Test
    void theGroupColumnIsAsWideAsItsLongestLabelSoNumbersLineUp() {
        Run r = run("measures", "--year", "2025", "--by", "risk-type", valid.toString());
        List<String> table = r.out().lines().dropWhile(l -> !l.startsWith("Board breakdown by type-of-risk"))
                .skip(1).takeWhile(l -> !l.isBlank()).toList();
        assertThat(table).hasSizeGreaterThan(3);
        int width = table.get(0).length();
        assertThat(table).allSatisfy(l -> assertThat(l).hasSize(width));
    }

    // ---------------------------------------------------------------- sac --out

    @Test
    void sacIntoAFolderPrintsAShortSummaryNotTheReturn() {
        Path out = dir.resolve("sac-summary");
        Run r = run("sac", "--year", "2025", "--out", out.toString(), "--la-code", "999", valid.toString());
        assertThat(r.exit()).isZero();
        assertThat(r.out()).isEmpty();
        List<String> lines = r.err().lines().toList();
        int files = 5 + org.mspsdk.vocabulary.SacTable.values().length; // + sac.xlsx, sac-power-bi.csv
        assertThat(lines.get(0)).isEqualTo("msp: wrote the return for 2025-26 (400 records read) to " + out
                + ": " + files + " files");
        assertThat(lines).hasSize(1 + files).contains("  sac-published.csv", "  SG4a.csv", "  data-quality.csv",
                "  sac.json");
        for (String file : lines.subList(1, lines.size())) {
            assertThat(out.resolve(file.trim())).isRegularFile();
        }
    }

    @Test
    void sacIntoAFolderStillPrintsWhatOutputAsksFor() {
        Path out = dir.resolve("sac-and-csv");
        Run r = run("sac", "--year", "2025", "--out", out.toString(), "--output", "csv", valid.toString());
        assertThat(r.exit()).isZero();
        assertThat(r.out()).startsWith("GEOGRAPHY,");
    }

    // ---------------------------------------------------------------- progress

    @ParameterizedTest
    @ValueSource(strings = {"generate --count 250 --seed 3", "validate --quiet BIG", "sac --year 2025 BIG",
        "measures --year 2025 BIG", "export --key-file KEY --out OUT BIG"})
    void everyLongCommandShowsProgressOnATerminalAndNowhereElse(String command) throws IOException {
        Path big = dir.resolve("big.jsonl");
        if (!Files.exists(big)) {
            assertThat(run("generate", "--count", "250", "--seed", "3", "--out", big.toString()).exit()).isZero();
        }
        Path key = file("progress.key", "0123456789abcdef0123456789abcdef-progress");
        String[] args = command.replace("BIG", big.toString()).replace("KEY", key.toString())
                .replace("OUT", dir.resolve("progress-export").toString()).split(" ");
        Run terminal = runOnTerminal(args);
        assertThat(terminal.exit()).as(terminal.err()).isZero();
        assertThat(terminal.err()).contains("\rmsp: 100 records").contains("\rmsp: 200 records");
        Run piped = run(args);
        assertThat(piped.err()).doesNotContain("\r").doesNotContain("100 records");
    }

    // ---------------------------------------------------------------- errors that say what to do

    @Test
    void anUnknownBreakdownNamesTheValueAndListsTheValidOnes() {
        Run r = run("measures", "--by", "nonsense", valid.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).startsWith("Invalid value for option '--by' (organisation,raised-by,risk-type,quarter): "
                + "'nonsense' is not valid; expected organisation, raised-by, risk-type or quarter\n");
    }

    @ParameterizedTest
    @ValueSource(strings = {"validate --format yaml", "validate --profile strict", "sac --year 2025-27",
        "sac --year next", "export --key-env X --out O --dates weekly"})
    void everyBadOptionValueIsNamedInTheMessage(String command) {
        String[] args = (command + " " + valid).split(" ");
        Run r = run(args);
        assertThat(r.exit()).isEqualTo(2);
        String value = args[args.length - 2];
        assertThat(r.err()).contains("'" + value + "' is not valid").doesNotContain("Exception");
    }

    @Test
    void generateIntoAFolderThatDoesNotExistSaysSo() {
        Path missing = dir.resolve("missing").resolve("dir").resolve("x.jsonl");
        Run r = run("generate", "--count", "3", "--out", missing.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("msp: cannot write " + missing + ": the folder " + missing.getParent()
                + " does not exist; create it first\n");
        assertThat(missing.getParent()).doesNotExist();
    }

    @Test
    void generateOntoAFolderSaysToNameAFile() {
        Run r = run("generate", "--count", "3", "--out", dir.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("msp: cannot write " + dir + ": it is a folder; name a file\n");
    }

    @Test
    void aFileThatCannotBeWrittenIsNamedWithoutAJavaExceptionName() throws IOException {
        Path blocker = file("blocker", "a file where a folder should be");
        Run r = run("sac", "--year", "2025", "--out", blocker.resolve("sub").toString(), valid.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).startsWith("msp: cannot create the folder " + blocker.resolve("sub") + ": ")
                .doesNotContain("Exception").doesNotContain("\tat ");
    }
}
