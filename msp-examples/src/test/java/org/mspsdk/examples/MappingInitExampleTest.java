package org.mspsdk.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mspsdk.cli.Msp;
import org.mspsdk.imports.Coverage;
import org.mspsdk.imports.ImportIssue;
import org.mspsdk.imports.Importer;
import org.mspsdk.imports.Mapping;
import org.mspsdk.imports.MappingInit;
import org.mspsdk.model.SafeguardingRecord;

/** {@code msp mapping init} on both examples: the guessed mapping parses and maps the columns it recognised. */
class MappingInitExampleTest {

    static Coverage check(String yaml, Path... inputs) {
        return Importer.builder(Mapping.parse(yaml, "guessed.yaml")).build().check(List.of(inputs));
    }

    @Test
    void theFlatCsvGuessReadsWindows1252UkDatesAndNullWordsAndMapsEveryColumnListingItsLocalCodes() throws Exception {
        Path csv = ImportExampleTest.dir().resolve("cases.csv");
        String yaml = MappingInit.guess(List.of(csv));
        assertThat(yaml).contains("  cases: {file: \"cases.csv\", encoding: windows-1252}\n",
                "  date-formats: [\"dd/MM/yyyy\"]\n", "  blank-values: [\"\", \"NULL\", \"n/a\"]\n",
                "    recordId: \"CaseRef\"\n", "    adult.personId: \"ClientID\"\n", "    adult.dateOfBirth: \"DOB\"\n",
                "    adult.gender: \"Sex\"\n    # local values to map (values: {LOCAL: code}): F, M, U\n"
                        + "    # codes of 'sg1b-gender': male, female, not-known\n",
                "    concern.receivedOn: \"Referral Date\"\n", "    concern.outcome: \"Decision\"\n",
                "    enquiry.commencedOn: \"Enq Start\"\n", "    enquiry.concludedOn: \"Enq End\"\n",
                "    notes: \"Comments\"\n",
                "    enquiry.riskItems:\n      - fields:\n          type: \"Risk1\"\n",
                "          location: \"Risk2 Where\"\n",
                "          source: \"Risk2 Who\"\n",
                "    outcomes.desiredOutcomes:\n      - fields:\n          wording: \"Wish\"\n"
                        + "          expressedOn: \"Wish Date\"\n"
                        + "          # each item also needs id, expressedBy.type, stage (a column, or {constant: ...})\n",
                "    # enquiry.type: no column found");
        Coverage c = check(yaml, csv);
        assertThat(c.unusedColumns()).isEmpty();
        // every cell that does not map is a local code of a coded column, listed for the value map
        assertThat(c.unmappedCells()).allSatisfy(u -> assertThat(u.rule()).startsWith("code-list:"));
        assertThat(c.unmappedCells()).extracting(Coverage.UnmappedCells::column).containsExactly("Sex", "Ethnic",
                "Referrer", "Decision", "Result", "Risk Outcome", "Lacks Capacity", "MSP Asked", "MSP Achieved",
                "Risk1", "Risk1 Where", "Risk1 Who", "Risk2", "Risk2 Where", "Risk2 Who");
        assertThat(c.unmappedCells().get(0).values()).containsExactly(new Coverage.ValueCount("F", 3),
                new Coverage.ValueCount("M", 2), new Coverage.ValueCount("U", 1));
        assertThat(c.unfedFields()).extracting(Coverage.UnfedField::path).doesNotContain("recordId",
                "adult.personId", "adult.dateOfBirth", "concern.receivedOn", "enquiry.commencedOn",
                "enquiry.concludedOn", "notes", "outcomes.desiredOutcomes[].wording",
                "outcomes.desiredOutcomes[].expressedOn");
        assertThat(yaml).doesNotContain("café").doesNotContain("grandson").doesNotContain("CL-1");
    }

    @Test
    void theWorkbookGuessRecognisesTheSacLabelsJoinsTheSheetsAndOnceCorrectedImportsTheExpectedRecords()
            throws Exception {
        Path xlsx = WorkbookImportExampleTest.dir().resolve("council-b.xlsx");
        String yaml = MappingInit.guess(List.of(xlsx));
        Coverage c = check(yaml, xlsx);
        assertThat(c.sources()).extracting(Coverage.SourceRows::name).containsExactly("enquiries", "risks",
                "outcomes", "agreed-outcomes");
        assertThat(c.unusedColumns()).containsExactly(new Coverage.UnusedColumn("council-b.xlsx",
                Optional.of("Risks"), "Detail", 5));
        assertThat(c.unmappedCells()).hasSize(1);
        assertThat(c.unmappedCells().get(0).column()).isEqualTo("Lacked Capacity");
        assertThat(c.unmappedCells().get(0).values()).containsExactly(new Coverage.ValueCount("N", 2),
                new Coverage.ValueCount("DK", 1), new Coverage.ValueCount("Y", 1));
        assertThat(yaml).doesNotContain("CANARY");

        // the analyst's corrections: the capacity codes and the lead council
        String corrected = yaml.replace("    enquiry.mentalCapacity.lackedCapacity: \"Lacked Capacity\"\n",
                "    enquiry.mentalCapacity.lackedCapacity: {column: Lacked Capacity, values: {Y: lacked, "
                        + "N: did-not-lack, DK: dont-know}}\n")
                .replace("  lists:\n", "  lists:\n    organisations:\n      - fields: {code: {constant: E06000047}, "
                        + "type: {constant: local-authority}, roles: {constant: lead-council}}\n");
        List<SafeguardingRecord> records = new ArrayList<>();
        List<ImportIssue> issues = new ArrayList<>();
        Importer.builder(Mapping.parse(corrected, "corrected.yaml")).build().run(List.of(xlsx),
                r -> records.add(r.record()), issues::add);
        assertThat(issues).isEmpty();
        assertThat(records).isEqualTo(WorkbookImportExampleTest.writtenAsJson());
    }

    @Test
    void theCommandPrintsTheGuessOrWritesItWithoutOverwriting(@TempDir Path tmp) throws Exception {
        Path xlsx = WorkbookImportExampleTest.dir().resolve("council-b.xlsx");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = Msp.run(new ByteArrayInputStream(new byte[0]), out, err, "mapping", "init", xlsx.toString());
        assertThat(exit).isZero();
        assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(MappingInit.guess(List.of(xlsx)));

        Path m = tmp.resolve("m.yaml");
        exit = Msp.run(new ByteArrayInputStream(new byte[0]), new ByteArrayOutputStream(), err, "mapping", "init",
                "--out", m.toString(), xlsx.toString());
        assertThat(exit).isZero();
        Mapping.read(m);
        err.reset();
        exit = Msp.run(new ByteArrayInputStream(new byte[0]), new ByteArrayOutputStream(), err, "mapping", "init",
                "--out", m.toString(), xlsx.toString());
        assertThat(exit).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).isEqualTo("m.yaml: exists; not overwritten (choose another "
                + "--out)\n");
        err.reset();
        exit = Msp.run(new ByteArrayInputStream(new byte[0]), new ByteArrayOutputStream(), err, "mapping", "init",
                tmp.resolve("missing.csv").toString());
        assertThat(exit).isEqualTo(2);
        assertThat(Files.exists(tmp.resolve("missing.csv"))).isFalse();
    }
}
