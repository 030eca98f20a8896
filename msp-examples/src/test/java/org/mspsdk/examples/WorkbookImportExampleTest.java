package org.mspsdk.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mspsdk.cli.Msp;
import org.mspsdk.imports.Coverage;
import org.mspsdk.imports.ImportIssue;
import org.mspsdk.imports.ImportSummary;
import org.mspsdk.imports.Importer;
import org.mspsdk.imports.Mapping;
import org.mspsdk.json.JsonLinesReader;
import org.mspsdk.json.MspJson;
import org.mspsdk.model.SafeguardingRecord;

/**
 * The workbook example: a case system's {@code .xlsx} with enquiries, risks, desired and agreed outcomes on
 * separate sheets, mapped onto records and compared with the same cases written by hand as JSON.
 */
class WorkbookImportExampleTest {

    static Path dir() throws URISyntaxException {
        return Path.of(WorkbookImportExampleTest.class.getResource("imports/workbook/mapping.yaml").toURI())
                .getParent();
    }

    static List<SafeguardingRecord> imported(List<ImportIssue> issues) throws Exception {
        List<SafeguardingRecord> out = new ArrayList<>();
        ImportSummary s = Importer.builder(Mapping.read(dir().resolve("mapping.yaml"))).build()
                .run(List.of(dir().resolve("council-b.xlsx")), r -> out.add(r.record()), issues::add);
        assertThat(s.records()).isEqualTo(5);
        return out;
    }

    /** The same five cases, written by hand as JSON Lines (not produced by the importer). */
    static List<SafeguardingRecord> writtenAsJson() throws Exception {
        try (JsonLinesReader in = MspJson.strict().readLines(Files.newInputStream(dir().resolve("expected.jsonl")))) {
            return in.stream().toList();
        }
    }

    @Test
    void theWorkbookMapsToTheHandWrittenRecordsWithNoIssue() throws Exception {
        List<ImportIssue> issues = new ArrayList<>();
        List<SafeguardingRecord> records = imported(issues);
        assertThat(issues).isEmpty();
        assertThat(records).isEqualTo(writtenAsJson());
    }

    @Test
    void theMappedWorkbookGivesExactlyTheSacReturnOfTheSameCasesWrittenAsJson() throws Exception {
        String fromImport = ImportExampleTest.sac(imported(new ArrayList<>()));
        assertThat(fromImport).isEqualTo(ImportExampleTest.sac(writtenAsJson()));
        assertThat(fromImport).contains("SG2a").contains("SG4a");
    }

    @Test
    void theCommandWritesTheRecordsExitsZeroAndNeverPrintsAFreeTextCell() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = Msp.run(new ByteArrayInputStream(new byte[0]), out, err, "import", "--mapping",
                dir().resolve("mapping.yaml").toString(), "--today", "2026-04-30",
                dir().resolve("council-b.xlsx").toString());
        assertThat(exit).as(err.toString(StandardCharsets.UTF_8)).isZero();
        try (JsonLinesReader in = MspJson.strict().readLines(new ByteArrayInputStream(out.toByteArray()))) {
            assertThat(in.stream().toList()).isEqualTo(writtenAsJson());
        }
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("5 rows read: 5 records written")
                .doesNotContain("CANARY");
    }

    @Test
    void theCheckFindsEveryCellMappedAndOnlyTheFreeTextDetailColumnUnused() throws Exception {
        Coverage c = Importer.builder(Mapping.read(dir().resolve("mapping.yaml"))).build()
                .check(List.of(dir().resolve("council-b.xlsx")));
        assertThat(c.allCellsMap()).isTrue();
        assertThat(c.sources()).extracting(s -> s.sheet().orElseThrow() + ":" + s.rows())
                .containsExactly("Enquiries:5", "Risks:5", "Outcomes:4", "Agreed Outcomes:3");
        assertThat(c.unusedColumns()).containsExactly(new Coverage.UnusedColumn("council-b.xlsx",
                java.util.Optional.of("Risks"), "Detail", 5));
        assertThat(c.toText() + c.toJson()).doesNotContain("CANARY");
    }
}
