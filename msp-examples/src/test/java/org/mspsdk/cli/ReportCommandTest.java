package org.mspsdk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mspsdk.json.MspJson;
import org.mspsdk.synthetic.SyntheticDataGenerator;

/** Issue 20: {@code msp report} follows the conventions of the other commands: output, errors, exit codes. */
class ReportCommandTest {

    @TempDir
    static Path dir;

    static Path records;

    @BeforeAll
    static void records() throws IOException {
        StringBuilder lines = new StringBuilder();
        new SyntheticDataGenerator(3).records(200).forEach(r -> lines.append(MspJson.strict().write(r)).append('\n'));
        records = Files.writeString(dir.resolve("records.jsonl"), lines);
    }

    @Test
    void withoutOutThePageGoesToStandardOutput() {
        Cli.Run r = Cli.run("report", "--year", "2025", records.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).startsWith("<!DOCTYPE html>").endsWith("</html>\n").contains("board report 2025-26");
        assertThat(r.err()).isEmpty();
    }

    @Test
    void outWritesTheFileAndSaysWhatItWrote() throws IOException {
        Path page = dir.resolve("board.html");
        Cli.Run r = Cli.run("report", "--year", "2025", "--title", "Anytown Safeguarding Adults Board", "--out",
                page.toString(), records.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).isEqualTo("msp: wrote the board report for 2025-26 (200 records read; disclosure control "
                + "on) to " + page + "\n");
        assertThat(Files.readString(page)).contains("<h1>Anytown Safeguarding Adults Board</h1>");
    }

    @Test
    void aYearOutsideTheTrendYearsIsAUsageError() {
        Cli.Run r = Cli.run("report", "--year", "2022", "--years", "2023-2025", records.toString());
        assertThat(r.exit()).isEqualTo(Msp.UNUSABLE);
        assertThat(r.err()).startsWith("--year 2022-23 is outside --years 2023-2025; expected the report's year to be "
                + "one of the years shown");
    }

    @Test
    void badTrendYearsAreUsageErrorsThatSayWhatIsExpected() {
        assertThat(Cli.run("report", "--years", "2023-25", records.toString()).err())
                .startsWith("Invalid value for option '--years': '2023-25' is not valid; expected the "
                        + "first and last years as FIRST-LAST, for example 2023-2025");
        assertThat(Cli.run("report", "--years", "2025-2023", records.toString()).err())
                .contains("the first year must not be after the last");
        Cli.Run tooMany = Cli.run("report", "--years", "2010-2025", records.toString());
        assertThat(tooMany.exit()).isEqualTo(Msp.UNUSABLE);
        assertThat(tooMany.err()).contains("a report covers at most 10 years");
        assertThat(Cli.run("report", "--title", " ", records.toString()).err()).startsWith("--title must not be blank");
    }

    @Test
    void theLastTrendYearIsTheReportsYearWhenNoYearIsGiven() {
        Cli.Run r = Cli.run("report", "--years", "2024-2025", records.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("board report 2025-26").contains("trends from 2024-25");
    }

    @Test
    void anUnusableInputWritesNothing() {
        Path page = dir.resolve("never.html");
        Cli.Run r = Cli.run("report", "--year", "2025", "--out", page.toString(), dir.resolve("missing.jsonl")
                .toString());
        assertThat(r.exit()).isEqualTo(Msp.UNUSABLE);
        assertThat(r.err()).contains("nothing written to " + page);
        assertThat(page).doesNotExist();
    }

    @Test
    void aDocumentThatCannotBeReadIsReportedAndTheOthersAreCounted() throws IOException {
        Path mixed = Files.writeString(dir.resolve("mixed.jsonl"), Files.readString(records) + "{\"not\": 1}\n");
        Path page = dir.resolve("mixed.html");
        Cli.Run r = Cli.run("report", "--year", "2025", "--out", page.toString(), mixed.toString());
        assertThat(r.exit()).isEqualTo(Msp.FINDINGS);
        assertThat(r.err()).contains("200 records read").endsWith("msp: 1 document could not be read or processed "
                + "and was not counted\n");
        assertThat(page).exists();
    }

    @Test
    void aMissingFolderIsNamed() {
        Path page = dir.resolve("no-such-folder").resolve("r.html");
        Cli.Run r = Cli.run("report", "--year", "2025", "--out", page.toString(), records.toString());
        assertThat(r.exit()).isEqualTo(Msp.UNUSABLE);
        assertThat(r.err()).contains("does not exist");
    }
}
