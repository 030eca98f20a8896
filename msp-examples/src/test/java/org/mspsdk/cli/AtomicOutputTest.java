package org.mspsdk.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mspsdk.cli.Cli.run;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mspsdk.MspException;
import org.mspsdk.cli.Cli.Run;
import org.mspsdk.json.MspJson;
import org.mspsdk.model.SafeguardingRecord;
import org.mspsdk.synthetic.SyntheticDataGenerator;

/** Issue 17: a failure never leaves a partial or corrupt output file; one bad record does not stop an export. */
class AtomicOutputTest {

    @TempDir
    Path dir;

    private List<String> namesIn(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private Path records(String name, int count, int seed) throws IOException {
        StringBuilder lines = new StringBuilder();
        for (SafeguardingRecord r : new SyntheticDataGenerator(seed).records(count)) {
            lines.append(MspJson.strict().write(r)).append('\n');
        }
        return Files.writeString(dir.resolve(name), lines);
    }

    private Path key() throws IOException {
        return Files.writeString(dir.resolve("key.txt"), "0123456789abcdef0123456789abcdef-test-key");
    }

    // ---------------------------------------------------------------- the helper

    @Test
    void filesAppearOnlyOnCommit() throws IOException {
        Path out = dir.resolve("out");
        try (AtomicOutput files = AtomicOutput.intoFolder(out)) {
            try (Writer w = files.writer("a.csv")) {
                w.write("a\n");
            }
            try (Writer w = files.writer("b.csv")) {
                w.write("b\n");
                assertThat(namesIn(out)).noneMatch(n -> n.equals("a.csv") || n.equals("b.csv"));
            }
            files.commit();
        }
        assertThat(namesIn(out)).containsExactly("a.csv", "b.csv");
        assertThat(Files.readString(out.resolve("b.csv"))).isEqualTo("b\n");
    }

    @Test
    void aFailureMidWriteLeavesNoPartialFileAndTheEarlierFilesAsTheyWere() throws IOException {
        Path out = Files.createDirectories(dir.resolve("out"));
        Files.writeString(out.resolve("a.csv"), "the earlier a\n");
        assertThatThrownBy(() -> {
            try (AtomicOutput files = AtomicOutput.intoFolder(out)) {
                try (Writer w = files.writer("a.csv")) {
                    w.write("new a\n");
                }
                Writer w = files.writer("b.csv");
                w.write("half of b");
                throw new IllegalStateException("injected failure while writing b.csv");
            }
        }).hasMessage("injected failure while writing b.csv");
        assertThat(namesIn(out)).containsExactly("a.csv");
        assertThat(Files.readString(out.resolve("a.csv"))).isEqualTo("the earlier a\n");
    }

    @Test
    void aSingleFileNeedsItsFolder() {
        Path file = dir.resolve("no").resolve("x.jsonl");
        assertThatThrownBy(() -> AtomicOutput.forFile(file)).isInstanceOf(MspException.class)
                .hasMessage("cannot write " + file + ": the folder " + file.getParent() + " does not exist; create it "
                        + "first");
    }

    // ---------------------------------------------------------------- the commands

    @Test
    void sacIntoAFolderWhereOneFileCannotBeWrittenLeavesNoFileOfTheReturn() throws IOException {
        Path input = records("in.jsonl", 50, 1);
        Path out = Files.createDirectories(dir.resolve("sac"));
        Files.createDirectories(out.resolve("data-quality.csv")); // a folder in the way of the third file
        Run r = run("sac", "--year", "2025", "--out", out.toString(), input.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("msp: cannot write " + out.resolve("data-quality.csv") + ": it is a folder")
                .doesNotContain("Exception");
        assertThat(namesIn(out)).containsExactly("data-quality.csv");
    }

    @Test
    void exportWithAnUnusableInputWritesNothingAndKeepsTheEarlierExport() throws IOException {
        Path input = records("in.jsonl", 20, 2);
        Path out = dir.resolve("research");
        assertThat(run("export", "--key-file", key().toString(), "--out", out.toString(), input.toString()).exit())
                .isZero();
        List<String> written = namesIn(out);
        String earlier = Files.readString(out.resolve("research.jsonl"));
        Path other = records("other.jsonl", 5, 3);
        Run r = run("export", "--key-file", key().toString(), "--out", out.toString(), other.toString(),
                dir.resolve("missing.jsonl").toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("missing.jsonl: unusable: no such file")
                .contains("msp: nothing written to " + out + ": an input was unusable");
        assertThat(namesIn(out)).isEqualTo(written);
        assertThat(Files.readString(out.resolve("research.jsonl"))).isEqualTo(earlier);
    }

    @Test
    void exportReportsTheRecordsItRefusesAndWritesTheOthersCompletely() throws IOException {
        List<SafeguardingRecord> records = new SyntheticDataGenerator(4).records(10);
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < records.size(); i++) {
            SafeguardingRecord r = records.get(i);
            if (i == 3 || i == 7) { // a child: the de-identifier refuses it
                r = r.toBuilder().adult(r.adult().toBuilder().dateOfBirth(r.concern().receivedOn().minusYears(10))
                        .build()).build();
            }
            lines.append(MspJson.strict().write(r)).append('\n');
        }
        Path input = Files.writeString(dir.resolve("children.jsonl"), lines);
        Path out = dir.resolve("research-two-refused");
        Run r = run("export", "--key-file", key().toString(), "--out", out.toString(), input.toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains("children.jsonl:4: not processed:").contains("children.jsonl:8: not processed:")
                .contains("msp: wrote 8 de-identified records to " + out);
        assertThat(Files.readString(out.resolve("research.jsonl")).lines()).hasSize(8);
        assertThat(Files.readString(out.resolve("records.csv")).lines()).hasSize(1 + 8);
        assertThat(namesIn(out)).noneMatch(n -> n.contains("msp-tmp"));
    }

    @Test
    void generateIntoAFileReplacesItOnlyWhenComplete() throws IOException {
        Path file = Files.writeString(dir.resolve("g.jsonl"), "earlier\n");
        assertThat(run("generate", "--count", "-1", "--out", file.toString()).exit()).isEqualTo(2);
        assertThat(Files.readString(file)).isEqualTo("earlier\n");
        assertThat(run("generate", "--count", "4", "--out", file.toString()).exit()).isZero();
        assertThat(Files.readString(file).lines()).hasSize(4);
        assertThat(namesIn(dir)).noneMatch(n -> n.contains("msp-tmp"));
    }

    @Test
    void dictionaryAndSchemaWriteCompleteFolders() throws IOException {
        Path out = dir.resolve("dict");
        assertThat(run("dictionary", "--out", out.toString()).exit()).isZero();
        assertThat(namesIn(out)).containsExactly("data-dictionary-codes.csv", "data-dictionary-fields.csv",
                "data-dictionary.html");
        Path schemas = dir.resolve("schemas");
        assertThat(run("schema", "--out", schemas.toString()).exit()).isZero();
        assertThat(namesIn(schemas)).noneMatch(n -> n.contains("msp-tmp")).contains("safeguarding-record.json");
    }
}
