package org.mspsdk.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mspsdk.synthetic.SyntheticDataGenerator;

/** Issue 20: the README's board report block runs and writes the page of three years. */
class BoardReportExampleTest {

    @TempDir
    Path dir;

    @Test
    void theBoardReportBlockWritesThePageOfThreeYears() throws IOException {
        var records = new SyntheticDataGenerator(4, new SyntheticDataGenerator.Settings("E08000099",
                LocalDate.of(2023, 4, 1), LocalDate.of(2026, 3, 31), LocalDate.of(2026, 6, 30), 0.34)).records(600);
        Path page = dir.resolve("report.html");
        ReadmeExamples.boardReport(records, page);
        assertThat(Files.readString(page)).startsWith("<!DOCTYPE html>")
                .contains("<h1>Anytown Safeguarding Adults Board: MSP 2025-26</h1>")
                .contains("trends from 2023-24").contains("Disclosure control is applied to every figure");
    }
}
