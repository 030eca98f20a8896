package org.mspsdk.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

class HostileSourcesTest {

    private static final String CANARY = "CANARY-7f3a";

    @Test
    void canaryStringsInFreeTextIdentifierAndDateCellsNeverReachTheReport(@TempDir Path dir) throws Exception {
        String mapping = ImporterCsvTest.FLAT.replace("adult.personId: PersonRef",
                "adult.personId: PersonRef\n    adult.nhsNumber: Notes");
        Fixture f = new Fixture(dir).file("cases.csv", ImporterCsvTest.HEADER
                // a free-text notes cell read as an NHS number, a date cell and a type cell holding canaries
                + CANARY + "-id,P1," + CANARY + "-dob,F,02/06/2025,FAM,S42,03/06/2025,Y," + CANARY + "-notes\r\n"
                + "C2," + CANARY + "-person,02/05/1941,F,,FAM,S42,03/06/2025,Y," + CANARY + "-notes\r\n"
                + "C3,P3,02/05/1941,F,02/06/2025,FAM,S42,03/06/2025,Y,\"" + CANARY + "-unclosed\r\n")
                .run(mapping);
        assertThat(f.issues).isNotEmpty();
        assertThat(f.allText()).doesNotContain(CANARY);
    }

    @Test
    @Timeout(20)
    void aHugeCellIsRefusedWithAClearMessage(@TempDir Path dir) throws Exception {
        Fixture f = new Fixture(dir).file("cases.csv", ImporterCsvTest.HEADER
                + "C1,P1,02/05/1941,F,02/06/2025,FAM,S42,03/06/2025,Y," + "x".repeat(40_000) + "\r\n")
                .run(ImporterCsvTest.FLAT);
        assertThat(f.issues).extracting(ImportIssue::expected).containsExactly("cases.csv: row 2, column 10: a cell "
                + "longer than 32767 characters (limits.max-cell-chars); reading stopped");
        assertThat(f.summary.sourceFailed()).isTrue();
    }

    @Test
    @Timeout(20)
    void anUnclosedQuoteRunningOnIsStoppedByTheRowLimit(@TempDir Path dir) throws Exception {
        StringBuilder b = new StringBuilder(ImporterCsvTest.HEADER).append("C1,P1,02/05/1941,F,02/06/2025,FAM,S42,"
                + "03/06/2025,Y,\"open\r\n");
        for (int i = 0; i < 200_000; i++) {
            b.append("more text on another line\r\n");
        }
        Fixture f = new Fixture(dir).file("cases.csv", b.toString()).run(ImporterCsvTest.FLAT);
        assertThat(f.issues).extracting(ImportIssue::expected).singleElement().asString()
                .startsWith("cases.csv: row 2 is longer than 1000000 characters");
    }

    @Test
    void tooManyRowsAreRefused(@TempDir Path dir) throws Exception {
        StringBuilder b = new StringBuilder(ImporterCsvTest.HEADER);
        for (int i = 0; i < 20; i++) {
            b.append("C").append(i).append(",P1,02/05/1941,F,02/06/2025,FAM,S42,03/06/2025,Y,x\r\n");
        }
        Fixture f = new Fixture(dir).file("cases.csv", b.toString())
                .run(ImporterCsvTest.FLAT + "limits: {max-rows: 10}\n");
        assertThat(f.records).hasSize(9);
        assertThat(f.issues).extracting(ImportIssue::expected).containsExactly(
                "cases.csv: more than 10 rows (limits.max-rows); reading stopped");
    }

    @Test
    void bytesNotValidInTheEncodingAreReportedNotReplaced(@TempDir Path dir) throws Exception {
        byte[] text = (ImporterCsvTest.HEADER + "C1,P1,02/05/1941,F,02/06/2025,FAM,S42,03/06/2025,Y,Caf")
                .getBytes(StandardCharsets.US_ASCII);
        byte[] bytes = java.util.Arrays.copyOf(text, text.length + 3);
        bytes[text.length] = (byte) 0xE9; // windows-1252 e-acute, not UTF-8
        bytes[text.length + 1] = '\r';
        bytes[text.length + 2] = '\n';
        Fixture f = new Fixture(dir).bytes("cases.csv", bytes)
                .run(ImporterCsvTest.FLAT.replace("encoding: windows-1252", "encoding: UTF-8"));
        assertThat(f.records).isEmpty();
        assertThat(f.issues).extracting(ImportIssue::expected).containsExactly("cases.csv: at or after row 1: bytes that are "
                + "not valid in the declared encoding (set the source's 'encoding', for example windows-1252)");
    }

    @Test
    void theReportListsOnlySafeFields(@TempDir Path dir) throws Exception {
        Fixture f = new Fixture(dir).file("cases.csv", ImporterCsvTest.HEADER
                + "C1,P1,02/05/1941,Zed,02/06/2025,FAM,S42,03/06/2025,Y,x\r\n").run(ImporterCsvTest.FLAT);
        assertThat(f.issues).extracting(ImportIssue::describe).isEqualTo(List.of(
                "cases.csv: row 2, column Sex: cell adult.gender (code-list:sg1b-gender): value 'Zed': expected a "
                        + "code or SAC label of 'sg1b-gender', or a local value of the value map at "
                        + "record.fields.adult.gender.values",
                "cases.csv: row 2: row (cells): expected every cell of the record mapped (see the cell issues "
                        + "above); the record was not made"));
    }
}
