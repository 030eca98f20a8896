package org.mspsdk.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mspsdk.cli.Msp;

/** {@code msp import --check} on the flat CSV example: the coverage report, written before anything else. */
class ImportCheckCommandTest {

    record Run(int exit, String out, String err) {
    }

    static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = Msp.run(new ByteArrayInputStream(new byte[0]), out, err, args);
        return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void theExampleMappingCoversEveryCellAndNamesWhatItLeavesUnfed() throws Exception {
        Path dir = ImportExampleTest.dir();
        Run r = run("import", "--check", "--mapping", dir.resolve("mapping.yaml").toString(),
                dir.resolve("cases.csv").toString());
        assertThat(r.exit()).isZero();
        assertThat(r.err()).isEmpty();
        assertThat(r.out()).startsWith("Coverage of mapping.yaml\n  source cases: cases.csv, 6 rows\n\n"
                + "SDK fields no column feeds: 31\n  adult.nhsNumber\n  adult.ageAtConcern (SG1a)\n")
                .contains("""
                        SAC tables starved (the unfed fields that feed them):
                          SG1a: adult.ageAtConcern, adult.dateOfDeath
                          SG1d: adult.primarySupportReason
                          SG1e: adult.autismExcludingAsperger, adult.aspergerOrHighFunctioningAutism
                          SG3a: enquiry.mentalCapacity.supportedByAdvocateFamilyOrFriend
                          SG4a: outcomes.negotiatedOutcomes[].achievement.level

                        Cells that would not map: 0

                        Columns no rule reads: 0
                        """);
    }

    @Test
    void aLocalValueMissingFromTheValueMapIsCountedAndExitsOneAndNoFreeTextIsShown(@TempDir Path tmp)
            throws Exception {
        Path dir = ImportExampleTest.dir();
        Path narrow = tmp.resolve("narrow.yaml");
        Files.writeString(narrow, Files.readString(dir.resolve("mapping.yaml")).replace("U: not-known}", "}")
                .replace("FIN: financial-material, PHY: physical, NEG", "FIN: financial-material, NEG")
                .replace("    notes: Comments\n", ""));
        Run r = run("import", "--check", "--mapping", narrow.toString(), dir.resolve("cases.csv").toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.out()).contains("""
                Cells that would not map: 3
                  cases.csv, column Sex -> adult.gender (code-list:sg1b-gender): 1 cell: 'U' 1
                  cases.csv, column Risk1 -> enquiry.riskItems[].type (code-list:sg2a-type-of-risk): 1 cell: 'PHY' 1
                  cases.csv, column Risk2 -> enquiry.riskItems[].type (code-list:sg2a-type-of-risk): 1 cell: 'PHY' 1

                Columns no rule reads: 1
                  cases.csv: Comments
                """).contains("  notes\n");
        assertThat(r.out() + r.err()).doesNotContain("café").doesNotContain("advice given")
                .doesNotContain("grandson");

        Run json = run("import", "--check", "--json", "--mapping", narrow.toString(),
                dir.resolve("cases.csv").toString());
        assertThat(json.exit()).isEqualTo(1);
        assertThat(json.out()).startsWith("{\n  \"mapping\" : \"narrow.yaml\",")
                .contains("\"unusedColumns\" : [ {\n    \"file\" : \"cases.csv\",\n    \"column\" : \"Comments\"");
    }

    @Test
    void jsonWithoutCheckIsAUsageError() throws Exception {
        Path dir = ImportExampleTest.dir();
        Run r = run("import", "--json", "--mapping", dir.resolve("mapping.yaml").toString(),
                dir.resolve("cases.csv").toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("msp import: --json needs --check\n");
        assertThat(r.out()).isEmpty();
    }
}
