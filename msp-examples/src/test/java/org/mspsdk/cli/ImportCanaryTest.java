package org.mspsdk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 17: the free text of a council's extract (notes, risk details, the person's words in desired and agreed
 * outcomes, each holding a {@code CANARY} marker in the example workbook) never reaches what {@code msp import}
 * and {@code msp mapping init} print or report, with and without {@code --debug}. The records file itself holds
 * the person's words on purpose (it is the data), so only the report, the coverage and the guessed mapping are
 * checked among files.
 */
class ImportCanaryTest {

    private static final String CANARY = "CANARY";
    private static final Path EXAMPLE =
            Path.of("src/test/resources/org/mspsdk/examples/imports/workbook").toAbsolutePath();

    @TempDir
    Path dir;

    static Stream<Arguments> commands() {
        List<String> commands = List.of(
                "import --mapping MAP --out OUT/records.jsonl WB",
                "import --mapping MAP --profile sac --today 2026-06-30 --out OUT/records.jsonl WB",
                "import --check --mapping MAP WB",
                "import --check --output json --mapping MAP WB",
                "import --check --mapping MAP --out OUT/coverage.txt WB",
                "mapping init WB",
                "mapping init --out OUT/guess.yaml WB");
        List<Arguments> all = new ArrayList<>();
        for (String c : commands) {
            all.add(Arguments.of(c, false));
            all.add(Arguments.of(c, true));
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{0}, debug {1}")
    @MethodSource("commands")
    void noFreeTextOfTheExtractReachesWhatIsPrintedOrReported(String command, boolean debug) throws IOException {
        Path out = Files.createDirectories(dir.resolve("out"));
        List<String> args = new ArrayList<>();
        if (debug) {
            args.add("--debug");
        }
        for (String a : command.split(" ")) {
            args.add(a.replace("MAP", EXAMPLE.resolve("mapping.yaml").toString())
                    .replace("WB", EXAMPLE.resolve("council-b.xlsx").toString())
                    .replace("OUT", out.toString()));
        }
        Cli.Run r = Cli.run(args.toArray(String[]::new));
        assertThat(r.exit()).as(r.err()).isIn(0, 1);
        boolean recordsOnStdout = command.startsWith("import --mapping") && !command.contains("--out");
        if (!recordsOnStdout) {
            assertThat(r.out()).as(command + " standard output").doesNotContain(CANARY);
        }
        assertThat(r.err()).as(command + " standard error").doesNotContain(CANARY);
        try (Stream<Path> files = Files.list(out)) {
            for (Path f : files.toList()) {
                String name = f.getFileName().toString();
                if (name.equals("records.jsonl")) {
                    // the records carry the person's words by design: the canaries did reach the data
                    assertThat(Files.readString(f)).contains(CANARY);
                } else {
                    assertThat(Files.readString(f)).as(command + " " + name).doesNotContain(CANARY);
                }
            }
        }
    }
}
