package org.mspsdk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mspsdk.fhir.MspFhir;
import org.mspsdk.json.MspJson;
import org.mspsdk.model.SafeguardingRecord;
import org.mspsdk.synthetic.SyntheticDataGenerator;

/** {@code msp fhir export} and {@code msp fhir import}: JSON Lines of records to NDJSON of Bundles and back. */
class FhirCommandTest {

    @TempDir
    Path dir;

    private Path generated(int count) throws IOException {
        Path file = dir.resolve("records.jsonl");
        StringBuilder lines = new StringBuilder();
        for (SafeguardingRecord r : new SyntheticDataGenerator(3).records(count)) {
            lines.append(MspJson.strict().write(r)).append('\n');
        }
        Files.writeString(file, lines, StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void exportThenImportGivesTheRecordsBack() throws IOException {
        Path records = generated(25);
        Path bundles = dir.resolve("bundles.ndjson");
        Cli.Run export = Cli.run("fhir", "export", "--out", bundles.toString(), records.toString());
        assertThat(export.exit()).as(export.all()).isZero();
        assertThat(export.err()).isEqualTo("msp: wrote 25 Bundles to " + bundles + "\n");
        List<String> lines = Files.readAllLines(bundles);
        assertThat(lines).hasSize(25).allMatch(l -> l.startsWith("{\"resourceType\":\"Bundle\""));
        Cli.Run back = Cli.run("fhir", "import", bundles.toString());
        assertThat(back.exit()).as(back.err()).isZero();
        // the practitioner notes are not carried in FHIR: the records come back without them
        StringBuilder expected = new StringBuilder();
        for (SafeguardingRecord r : new SyntheticDataGenerator(3).records(25)) {
            expected.append(MspJson.strict().write(MspFhir.carried(r))).append('\n');
        }
        assertThat(back.out()).isEqualTo(expected.toString());
    }

    @Test
    void importReportsABadBundleWithItsLineAndFhirPathAndGoesOn() throws IOException {
        Path records = generated(3);
        String ndjson = Cli.run("fhir", "export", records.toString()).out();
        String[] lines = ndjson.split("\n");
        lines[1] = lines[1].replaceFirst(",\"authoredOn\":\"[0-9-]+\"", "");
        Cli.Run run = Cli.runWithInput(String.join("\n", lines) + "\n", "fhir", "import", "-");
        assertThat(run.exit()).isEqualTo(Msp.FINDINGS);
        assertThat(run.err()).contains("-:2: Bundle.entry[").contains("ofType(ServiceRequest).authoredOn: the date the "
                + "concern was received is required");
        assertThat(run.out().lines()).hasSize(2);
    }

    @Test
    void importOfSomethingThatIsNotABundleIsAFinding() {
        Cli.Run run = Cli.runWithInput("{\"resourceType\":\"Patient\"}\nnot json\n", "fhir", "import", "-");
        assertThat(run.exit()).isEqualTo(Msp.FINDINGS);
        assertThat(run.err()).contains("-:1: Patient: expected a Bundle").contains("-:2: JSON: not a FHIR R4 JSON resource");
    }

    @Test
    void aMissingInputIsUnusable() {
        Cli.Run run = Cli.run("fhir", "import", dir.resolve("none.ndjson").toString());
        assertThat(run.exit()).isEqualTo(Msp.UNUSABLE);
        assertThat(run.err()).contains("unusable: no such file");
    }
}
