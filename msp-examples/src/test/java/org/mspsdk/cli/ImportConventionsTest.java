package org.mspsdk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 21: {@code msp import} and {@code msp mapping init} follow the CLI's shared conventions: {@code --output},
 * files written through {@link AtomicOutput}, everything printed through {@link TerminalText}, counts through
 * {@link Plural}, progress on a terminal.
 */
class ImportConventionsTest {

    private static final String ESC = "\u001b[2J";

    private static final String MAPPING = """
            msp-mapping: 1
            sources:
              cases: {file: cases.csv}
            defaults:
              date-formats: [dd/MM/yyyy]
            record:
              source: cases
              fields:
                recordId: CaseRef
                adult.personId: ClientID
                concern.receivedOn: Referral Date
                concern.raisedBy: {constant: family}
                adult.gender: {column: "Sex\\e[2J", values: {M: male, F: female}}
            """;

    @TempDir
    Path tmp;

    static Path example() throws URISyntaxException {
        return Path.of(ImportConventionsTest.class.getResource("/org/mspsdk/examples/imports/flat-csv/mapping.yaml")
                .toURI()).getParent();
    }

    /** Writes the mapping and a cases.csv of the given rows; returns the mapping. */
    private Path sources(String... rows) throws IOException {
        Files.writeString(tmp.resolve("cases.csv"), "CaseRef,ClientID,Referral Date,Sex" + ESC + ",Extra" + ESC + "\n"
                + String.join("\n", rows) + "\n", StandardCharsets.UTF_8);
        return Files.writeString(tmp.resolve("m.yaml"), MAPPING, StandardCharsets.UTF_8);
    }

    private String csv() {
        return tmp.resolve("cases.csv").toString();
    }

    private static String[] rows(int n) {
        return java.util.stream.IntStream.rangeClosed(1, n)
                .mapToObj(i -> "A-" + i + ",CL-" + i + ",02/06/2025," + (i % 2 == 0 ? "M" : "F") + ",x")
                .toArray(String[]::new);
    }

    private long temporaries() throws IOException {
        try (Stream<Path> files = Files.list(tmp)) {
            return files.filter(p -> p.getFileName().toString().contains(".msp-tmp-")).count();
        }
    }

    @Test
    void checkTakesOutputJsonAndKeepsJsonAsItsDeprecatedAlias() throws Exception {
        String mapping = example().resolve("mapping.yaml").toString();
        String cases = example().resolve("cases.csv").toString();
        Cli.Run json = Cli.run("import", "--check", "--output", "json", "--mapping", mapping, cases);
        assertThat(json.exit()).isZero();
        assertThat(json.out()).startsWith("{\n  \"mapping\" : \"mapping.yaml\",");
        assertThat(Cli.run("import", "--check", "--json", "--mapping", mapping, cases)).isEqualTo(json);
        assertThat(Cli.run("import", "--check", "--output", "TEXT", "--mapping", mapping, cases).out())
                .isEqualTo(Cli.run("import", "--check", "--mapping", mapping, cases).out())
                .startsWith("Coverage of mapping.yaml\n");

        Cli.Run csv = Cli.run("import", "--check", "--output", "csv", "--mapping", mapping, cases);
        assertThat(csv.exit()).isEqualTo(2);
        assertThat(csv.err()).startsWith("Invalid value for option '--output': 'csv' is not an output of msp "
                + "import; expected text or json");
        Cli.Run noCheck = Cli.run("import", "--output", "json", "--mapping", mapping, cases);
        assertThat(noCheck.exit()).isEqualTo(2);
        assertThat(noCheck.err()).isEqualTo("msp import: --output json needs --check\n");
        assertThat(noCheck.out()).isEmpty();
    }

    @Test
    void importOutIsWrittenCompleteOrNotAtAll() throws Exception {
        Path mapping = sources(rows(3));
        Path out = tmp.resolve("records.jsonl");
        Cli.Run ok = Cli.run("import", "--mapping", mapping.toString(), "--out", out.toString(), csv());
        assertThat(ok.out()).isEmpty();
        assertThat(Files.readAllLines(out)).hasSize(3).allSatisfy(l -> assertThat(l).startsWith("{"));

        // a source that fails after some records: the earlier file stays as it was, no partial one appears
        sources("A-1,CL-1,02/06/2025,M,x", "A-2,CL-2,02/06/2025,F,x", "A-3,\"CL-3\"oops,02/06/2025,F,x",
                "A-4,CL-4,02/06/2025,F,x");
        Files.writeString(out, "earlier\n");
        Cli.Run failed = Cli.run("import", "--mapping", mapping.toString(), "--out", out.toString(), csv());
        assertThat(failed.exit()).as(failed.err()).isEqualTo(2);
        assertThat(failed.err()).contains("2 records written").contains("records.jsonl not written");
        assertThat(Files.readString(out)).isEqualTo("earlier\n");
        Files.delete(out);
        assertThat(Cli.run("import", "--mapping", mapping.toString(), "--out", out.toString(), csv()).exit())
                .isEqualTo(2);
        assertThat(out).doesNotExist();
        assertThat(temporaries()).isZero();

        // the coverage report too
        Path report = tmp.resolve("coverage.json");
        sources(rows(2));
        Cli.Run check = Cli.run("import", "--check", "--output", "json", "--mapping", mapping.toString(), "--out",
                report.toString(), csv());
        assertThat(check.out()).isEmpty();
        assertThat(Files.readString(report)).startsWith("{\n  \"mapping\" : \"m.yaml\",");
        Cli.Run missingFolder = Cli.run("import", "--check", "--mapping", mapping.toString(), "--out",
                tmp.resolve("missing/c.txt").toString(), csv());
        assertThat(missingFolder.exit()).isEqualTo(2);
        assertThat(missingFolder.err()).contains("does not exist; create it first").doesNotContain("Exception");
        assertThat(temporaries()).isZero();
    }

    @Test
    void mappingInitOutIsAtomicAndNeverOverwrites() throws Exception {
        sources(rows(2));
        Path out = tmp.resolve("guess.yaml");
        Cli.Run first = Cli.run("mapping", "init", "--out", out.toString(), csv());
        assertThat(first.exit()).as(first.err()).isZero();
        String guessed = Files.readString(out);
        assertThat(guessed).contains("recordId: \"CaseRef\"").isEqualTo(Cli.run("mapping", "init", csv()).out()
                .replace("\\u001B", "\u001b"));

        Files.writeString(out, "mine\n");
        Cli.Run again = Cli.run("mapping", "init", "--out", out.toString(), csv());
        assertThat(again.exit()).isEqualTo(2);
        assertThat(again.err()).isEqualTo("guess.yaml: exists; not overwritten (choose another --out)\n");
        assertThat(Files.readString(out)).isEqualTo("mine\n");

        // a target that appears between the check and the commit is not replaced either
        try (AtomicOutput files = AtomicOutput.forFile(out)) {
            try (java.io.Writer w = files.writer("guess.yaml")) {
                w.write("new");
            }
            assertThat(files.commitWithoutReplacing()).isFalse();
        }
        assertThat(Files.readString(out)).isEqualTo("mine\n");
        assertThat(temporaries()).isZero();

        Cli.Run missing = Cli.run("mapping", "init", "--out", tmp.resolve("no/such/m.yaml").toString(), csv());
        assertThat(missing.exit()).isEqualTo(2);
        assertThat(missing.err()).contains("does not exist; create it first");
        assertThat(tmp.resolve("no")).doesNotExist();
    }

    @Test
    void everythingPrintedIsEscapedForTheTerminal() throws Exception {
        Path mapping = sources("A-1,CL-1,02/06/2025," + ESC + ",x");
        Cli.Run check = Cli.run("import", "--check", "--mapping", mapping.toString(), csv());
        assertThat(check.exit()).isEqualTo(1);
        assertThat(check.all()).doesNotContain("\u001b");
        assertThat(check.out()).contains("column Sex\\u001B[2J -> adult.gender")
                .contains("cases.csv: Extra\\u001B[2J");

        Cli.Run json = Cli.run("import", "--check", "--output", "json", "--mapping", mapping.toString(), csv());
        assertThat(json.all()).doesNotContain("\u001b");
        assertThat(json.out()).contains("Extra\\u001B[2J");

        Cli.Run run = Cli.run("import", "--mapping", mapping.toString(), csv());
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.all()).doesNotContain("\u001b");
        assertThat(run.err()).contains("column Sex\\u001B[2J").contains("adult.gender (code-list:sg1b-gender)");

        Cli.Run init = Cli.run("mapping", "init", csv());
        assertThat(init.exit()).isZero();
        assertThat(init.all()).doesNotContain("\u001b");
        assertThat(init.out()).contains("Sex\\u001B[2J");

        Path odd = Files.writeString(tmp.resolve("x" + "\r" + ".csv"), "a\n1\n");
        Cli.Run named = Cli.run("mapping", "init", "--out", tmp.resolve("o\u0007.yaml").toString(), odd.toString());
        assertThat(named.all()).doesNotContain("\u0007").doesNotContain("\r");
    }

    @Test
    void summariesCountInWordsAndATerminalShowsProgress() throws Exception {
        Path mapping = sources(rows(1));
        Cli.Run one = Cli.run("import", "--mapping", mapping.toString(), "--today", "2026-04-30", csv());
        assertThat(one.err()).contains("1 row read: 1 record written, 0 rows not made into records, 0 cells not "
                + "mapped, 0 child rows without a record; validation (in-progress profile): ");
        assertThat(one.err()).doesNotContain("1 rows").doesNotContain("1 records");

        sources(rows(250));
        Cli.Run many = Cli.runOnTerminal("import", "--mapping", mapping.toString(), "--out",
                tmp.resolve("r.jsonl").toString(), csv());
        assertThat(many.err()).contains("\rmsp: 100 records").contains("\rmsp: 200 records")
                .contains("250 rows read: 250 records written");
        assertThat(Cli.run("import", "--mapping", mapping.toString(), "--out", tmp.resolve("s.jsonl").toString(),
                csv()).err()).doesNotContain("\r");
    }
}
