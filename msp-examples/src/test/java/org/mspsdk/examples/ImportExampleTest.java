package org.mspsdk.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mspsdk.cli.Msp;
import org.mspsdk.imports.ImportIssue;
import org.mspsdk.imports.ImportSummary;
import org.mspsdk.imports.Importer;
import org.mspsdk.imports.Mapping;
import org.mspsdk.json.JsonLinesReader;
import org.mspsdk.json.MspJson;
import org.mspsdk.model.SafeguardingRecord;
import org.mspsdk.returns.CouncilMetadata;
import org.mspsdk.returns.ExportOptions;
import org.mspsdk.returns.ReportingYear;
import org.mspsdk.returns.SacSettings;
import org.mspsdk.returns.SacTally;
import org.mspsdk.returns.io.SacCsv;

/** The flat CSV example: a council's extract mapped onto records, compared with the same cases written as JSON. */
class ImportExampleTest {

    static Path dir() throws URISyntaxException {
        return Path.of(ImportExampleTest.class.getResource("imports/flat-csv/mapping.yaml").toURI()).getParent();
    }

    static List<SafeguardingRecord> imported(List<ImportIssue> issues) throws Exception {
        List<SafeguardingRecord> out = new ArrayList<>();
        ImportSummary s = Importer.builder(Mapping.read(dir().resolve("mapping.yaml"))).build()
                .run(List.of(dir().resolve("cases.csv")), r -> out.add(r.record()), issues::add);
        assertThat(s.records()).isEqualTo(6);
        return out;
    }

    static List<SafeguardingRecord> expected() throws Exception {
        try (JsonLinesReader in = MspJson.strict().readLines(Files.newInputStream(dir().resolve("expected.jsonl")))) {
            return in.stream().toList();
        }
    }

    static String sac(List<SafeguardingRecord> records) {
        StringWriter w = new StringWriter();
        SacCsv.writePublished(records.stream().collect(SacTally.collector(SacSettings.of(ReportingYear.of(2025)))),
                new CouncilMetadata("Local Authority", "Metropolitan District", "E12000002", "North West",
                        "E08000001", "350", "Fictional"), ExportOptions.defaults(), w);
        return w.toString();
    }

    @Test
    void theFlatWindows1252ExtractMapsToTheExpectedRecordsWithNoIssue() throws Exception {
        List<ImportIssue> issues = new ArrayList<>();
        assertThat(imported(issues)).isEqualTo(expected());
        assertThat(issues).isEmpty();
    }

    @Test
    void theMappedExtractGivesExactlyTheSacReturnOfTheSameCasesWrittenAsJson() throws Exception {
        String fromImport = sac(imported(new ArrayList<>()));
        assertThat(fromImport).isEqualTo(sac(expected()));
        assertThat(fromImport).contains("SG2a");
    }

    @Test
    void theCommandWritesTheExpectedJsonLinesAndExitsZero() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = Msp.run(new ByteArrayInputStream(new byte[0]), out, err, "import", "--mapping",
                dir().resolve("mapping.yaml").toString(), "--today", "2026-04-30", dir().resolve("cases.csv").toString());
        assertThat(exit).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8))
                .isEqualTo(Files.readString(dir().resolve("expected.jsonl"), StandardCharsets.UTF_8));
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("6 rows read: 6 records written");
    }

    @Test
    void anUnusableMappingExitsTwoNamingThePathAndUnmappedCellsExitOne(@org.junit.jupiter.api.io.TempDir Path tmp)
            throws Exception {
        Path bad = tmp.resolve("bad.yaml");
        Files.writeString(bad, Files.readString(dir().resolve("mapping.yaml")).replace("M: male", "M: man"));
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = Msp.run(new ByteArrayInputStream(new byte[0]), new ByteArrayOutputStream(), err, "import",
                "--mapping", bad.toString(), dir().resolve("cases.csv").toString());
        assertThat(exit).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).startsWith(
                "mapping bad.yaml at record.fields.adult.gender.values.M: expected a code");

        Path narrow = tmp.resolve("narrow.yaml");
        Files.writeString(narrow, Files.readString(dir().resolve("mapping.yaml")).replace("U: not-known}", "}")
                .replace("lookup: none}", "lookup: none}\n    adult.nhsNumber: Comments"));
        err.reset();
        exit = Msp.run(new ByteArrayInputStream(new byte[0]), new ByteArrayOutputStream(), err, "import",
                "--mapping", narrow.toString(), "--today", "2026-04-30", dir().resolve("cases.csv").toString());
        String e = err.toString(StandardCharsets.UTF_8);
        assertThat(exit).isEqualTo(1);
        assertThat(e).contains("cases.csv: row 5, column Sex: cell adult.gender (code-list:sg1b-gender): value 'U'")
                .contains("column Comments: cell adult.nhsNumber (nhs-number)")
                .doesNotContain("café").doesNotContain("advice given");
    }
}
