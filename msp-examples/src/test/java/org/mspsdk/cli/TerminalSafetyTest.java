package org.mspsdk.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mspsdk.cli.Cli.run;

import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
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

/**
 * Issue 17 finding 6: record ids and organisation codes holding ESC, BEL and CR reach no terminal raw; every text
 * the CLI prints escapes what could act on a terminal.
 */
class TerminalSafetyTest {

    /** An OSC sequence that sets the terminal's title, ended by BEL. */
    static final String TITLE = "\u001b]0;x\u0007";
    /** A CSI sequence that clears the screen. */
    static final String CLEAR = "\u001b[2J";

    @TempDir
    static Path dir;

    static Path hostile;

    @BeforeAll
    static void files() throws IOException {
        // every record id and the lead council's code hold terminal controls, written in the JSON as escapes;
        // the validator reports them (MSP-TXT-005); measures still counts them, sac lists them as not counted
        List<SafeguardingRecord> records = new SyntheticDataGenerator(7).records(300);
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < records.size(); i++) {
            String id = switch (i % 3) {
                case 0 -> TITLE + i;
                case 1 -> CLEAR + i;
                default -> "R-" + i + "\rFORGED LINE\u202e\u0085";
            };
            String json = MspJson.strict().write(records.get(i))
                    .replaceFirst("\"recordId\":\"[^\"]*\"",
                            java.util.regex.Matcher.quoteReplacement("\"recordId\":\"" + jsonEscapes(id) + "\""))
                    .replace("\"code\":\"E08000099\"", "\"code\":\"" + jsonEscapes(CLEAR + "E08000099") + "\"");
            lines.append(json).append('\n');
        }
        hostile = Files.writeString(dir.resolve("hostile.jsonl"), lines);
    }

    private static String jsonEscapes(String s) {
        StringBuilder b = new StringBuilder();
        for (char c : s.toCharArray()) {
            b.append(c < 0x20 || c > 0x7e ? String.format("\\u%04x", (int) c) : String.valueOf(c));
        }
        return b.toString();
    }

    /** No character that acts on a terminal, other than the line ends and tabs of the output itself. */
    private static void assertTerminalSafe(String text, String what) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\t') {
                continue;
            }
            assertThat(TerminalText.isControl(c) || Character.isSurrogate(c))
                    .as("%s: U+%04X at %d", what, (int) c, i).isFalse();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"sac --year 2025 --data-quality", "sac --year 2025", "sac --year 2025 --output csv",
        "sac --year 2025 --output json", "measures --year 2025 --by organisation,raised-by",
        "measures --year 2025 --by organisation --output csv", "measures --year 2025 --by organisation --output json",
        "validate", "validate --output json", "validate --profile sac --debug"})
    void noCommandPrintsATerminalControlFromARecord(String command) {
        List<String> args = new java.util.ArrayList<>(List.of(command.split(" ")));
        args.add(hostile.toString());
        Run r = run(args.toArray(String[]::new));
        assertThat(r.exit()).as(r.err()).isIn(0, 1);
        assertTerminalSafe(r.out(), command + " (standard output)");
        assertTerminalSafe(r.err(), command + " (standard error)");
    }

    @Test
    void dataQualityShowsTheRecordIdsEscaped() {
        Run r = run("sac", "--year", "2025", "--data-quality", hostile.toString());
        // issue 14: the records break MSP-TXT-005, an ERROR rule, so msp sac lists them by id instead of counting
        assertThat(r.exit()).isEqualTo(Msp.FINDINGS);
        assertThat(r.out()).contains("not-counted MSP-TXT-005 300:");
        // the 100 smallest ids are listed (all of them starting ESC [ 2J), escaped; no raw control reaches the terminal
        assertThat(r.out()).contains("\\u001B[2J1, ").doesNotContain("\u001b").doesNotContain("\r")
                .doesNotContain("\u202e").doesNotContain("\u0085").doesNotContain("\u0007");
        assertThat(r.out().lines()).noneMatch(l -> l.startsWith("FORGED"));
    }

    @Test
    void breakdownsShowTheOrganisationCodeEscaped() {
        Run r = run("measures", "--year", "2025", "--by", "organisation", hostile.toString());
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("\\u001B[2JE08000099");
    }

    @Test
    void jsonOutputKeepsItsMeaning() {
        Run r = run("measures", "--year", "2025", "--by", "organisation", "--output", "json", hostile.toString());
        JsonNode groups = JsonMapper.builder().build().readTree(r.out()).get("breakdowns").get("organisation");
        assertThat(groups.has(CLEAR + "E08000099")).isTrue();
    }

    @Test
    void theValidatorsFindingsAboutTheIdsAreEscapedToo() {
        Run r = run("validate", hostile.toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.out()).contains("MSP-TXT-005");
    }

    @Test
    void fileNamesAndOptionValuesAreEscaped() {
        Run missing = run("validate", dir.resolve("x" + CLEAR + ".jsonl").toString());
        assertThat(missing.exit()).isEqualTo(2);
        assertThat(missing.err()).contains("x\\u001B[2J.jsonl: unusable: no such file");
        Run year = run("sac", "--year", CLEAR, hostile.toString());
        assertThat(year.exit()).isEqualTo(2);
        assertThat(year.err()).contains("'\\u001B[2J' is not valid");
        Run option = run("sac", "--" + TITLE, hostile.toString());
        assertThat(option.exit()).isEqualTo(2);
        assertTerminalSafe(missing.err() + year.err() + option.err(), "errors");
    }

    // ---------------------------------------------------------------- the escaping function

    @Test
    void escapeWritesEveryControlAsAUnicodeEscape() {
        assertThat(TerminalText.escape(TITLE)).isEqualTo("\\u001B]0;x\\u0007");
        assertThat(TerminalText.escape("a\rb\nc\td")).isEqualTo("a\\u000Db\\u000Ac\\u0009d");
        assertThat(TerminalText.escape("\u007f\u0080\u009b\u0085")).isEqualTo("\\u007F\\u0080\\u009B\\u0085");
        assertThat(TerminalText.escape("\u202e\u2066\u2069\u200e\u200f\u061c"))
                .isEqualTo("\\u202E\\u2066\\u2069\\u200E\\u200F\\u061C");
        assertThat(TerminalText.escape("\u2028\u2029")).isEqualTo("\\u2028\\u2029");
        assertThat(TerminalText.escape("SAME-\ud800")).isEqualTo("SAME-\\uD800");
        assertThat(TerminalText.escape("\udfffx")).isEqualTo("\\uDFFFx");
    }

    @Test
    void escapeKeepsEverythingElse() {
        String text = "Neglect and Acts of Omission, é, 日本, \ud83d\ude00, C:\\path, \\u001B";
        assertThat(TerminalText.escape(text)).isSameAs(text);
    }

    @Test
    void theOutputFilterKeepsLineEndsAndTabsAndEscapesTheRest() throws IOException {
        StringWriter target = new StringWriter();
        try (Writer w = TerminalText.filter(target)) {
            w.write("a\tb\r\nc\n" + CLEAR + "\r");
            w.write("\nd\r");
            w.write("e\ud83d");
            w.write("\ude00\ud800");
        }
        assertThat(target.toString()).isEqualTo("a\tb\r\nc\n\\u001B[2J\r\nd\\u000De\ud83d\ude00\\uD800");
    }

    @Test
    void filteredJsonMeansWhatItMeant() throws IOException {
        JsonMapper mapper = JsonMapper.builder().build();
        String value = "x\u0085\u202e\u2028\u007f\u001b";
        String json = mapper.writeValueAsString(java.util.Map.of("k", value));
        StringWriter target = new StringWriter();
        try (Writer w = TerminalText.filter(target)) {
            w.write(json);
        }
        assertTerminalSafe(target.toString(), "filtered JSON");
        assertThat(mapper.readTree(target.toString()).get("k").asString()).isEqualTo(value);
    }
}
