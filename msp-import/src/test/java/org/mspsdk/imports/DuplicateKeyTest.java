package org.mspsdk.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A record key that repeats an earlier row's is reported, and the later row is not made into a record. */
class DuplicateKeyTest {

    static final String MAPPING = """
            msp-mapping: 1
            sources: {cases: cases.csv, risks: risks.csv}
            record:
              source: cases
              key: Ref
              fields:
                recordId: Ref
                adult.personId: Person
                concern.receivedOn: Received
                concern.raisedBy: {constant: family}
              lists:
                enquiry.riskItems:
                  - {source: risks, key: Ref, fields: {type: Type}}
            """;

    static Fixture fixture(Path dir) throws Exception {
        return new Fixture(dir)
                .file("cases.csv", "Ref,Person,Received,Started\nR1,P1,2025-06-02,\nR2,P2,2025-06-03,\n"
                        + " R1 ,P3,2025-06-04,\n")
                .file("risks.csv", "Ref,Type\nR2,neglect\n");
    }

    @Test
    void theLaterRowIsReportedNamingTheKeyColumnAndNotMade(@TempDir Path dir) throws Exception {
        Fixture f = fixture(dir).run(MAPPING.replace("    enquiry.riskItems:\n      - {source: risks, key: Ref, "
                + "fields: {type: Type}}\n", "").replace("  lists:\n", ""));
        assertThat(f.records).extracting(r -> r.recordId()).containsExactly("R1", "R2");
        assertThat(f.issues).containsExactly(new ImportIssue(ImportIssue.Kind.ROW, "cases.csv", Optional.empty(), 4,
                Optional.of("Ref"), "", "duplicate-key", "a record key no earlier row has (an earlier row has the same "
                        + "key; this row was not made into a record)", Optional.empty()));
        assertThat(f.summary.rowsRefused()).isEqualTo(1);
        assertThat(f.summary.isClean()).isFalse();
    }

    @Test
    void withoutAKeyColumnTheRecordIdIsChecked(@TempDir Path dir) throws Exception {
        Fixture f = fixture(dir).run("""
                msp-mapping: 1
                sources: {cases: cases.csv}
                record:
                  source: cases
                  fields:
                    recordId: Ref
                    adult.personId: Person
                    concern.receivedOn: Received
                    concern.raisedBy: {constant: family}
                """);
        assertThat(f.records).hasSize(2);
        assertThat(f.issues).extracting(ImportIssue::describe).containsExactly("cases.csv: row 4, column Ref: row "
                + "recordId (duplicate-key): expected a record key no earlier row has (an earlier row has the same key; "
                + "this row was not made into a record)");
    }

    @Test
    void theCheckCountsRepeatedKeys(@TempDir Path dir) throws Exception {
        Fixture f = fixture(dir);
        Coverage c = Importer.builder(Mapping.parse(MAPPING, "m.yaml")).build().check(f.inputs);
        assertThat(c.duplicateKeys()).isEqualTo(1);
        assertThat(c.allCellsMap()).isFalse();
        assertThat(c.toText()).contains("  source risks: risks.csv, 1 row\n"
                + "  rows whose record key repeats an earlier row's: 1\n");
    }

    @Test
    void aMillionDistinctKeysAreNotTakenForDuplicates() {
        KeySet keys = new KeySet();
        for (int i = 0; i < 1_000_000; i++) {
            assertThat(keys.add("CASE-" + i)).isTrue();
        }
        assertThat(keys.add("CASE-999999")).isFalse();
        assertThat(keys.add("CASE-0")).isFalse();
    }
}
