package org.mspsdk.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mspsdk.cli.Cli.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mspsdk.cli.Cli.Run;
import org.mspsdk.json.MspJson;
import org.mspsdk.model.Enquiry;
import org.mspsdk.model.SafeguardingRecord;
import org.mspsdk.synthetic.SyntheticDataGenerator;

/** {@code msp sac} as a new user meets it (issue 14). */
class SacReturnCommandTest {

    @TempDir
    static Path dir;

    static Path valid;
    static Path withBadRecord;
    static String badId;

    @BeforeAll
    static void files() throws IOException {
        List<SafeguardingRecord> records = new SyntheticDataGenerator(21).records(300);
        StringBuilder lines = new StringBuilder();
        records.forEach(r -> lines.append(MspJson.strict().write(r)).append('\n'));
        valid = Files.writeString(dir.resolve("valid.jsonl"), lines);
        // one concluded enquiry whose conclusion is moved before its commencement
        SafeguardingRecord concluded = records.stream().filter(r -> r.enquiry().flatMap(Enquiry::concludedOn)
                .isPresent()).findFirst().orElseThrow();
        Enquiry e = concluded.enquiry().get();
        String json = MspJson.strict().write(concluded).replace("\"concludedOn\":\"" + e.concludedOn().get() + "\"",
                "\"concludedOn\":\"" + e.commencedOn().minusDays(1) + "\"");
        badId = concluded.recordId();
        withBadRecord = Files.writeString(dir.resolve("bad.jsonl"), lines + json + "\n");
    }

    @Test
    void aRecordThatBreaksAnErrorRuleIsListedByIdAndNotCounted() {
        Run r = run("sac", "--year", "2025", "--data-quality", withBadRecord.toString());

        assertThat(r.exit()).isEqualTo(Msp.FINDINGS);
        assertThat(r.err()).contains("1 record breaks an ERROR rule checked at every save and was not counted");
        assertThat(r.out()).containsPattern("not-counted MSP-DAT-\\d{3} 1: " + badId);
        assertThat(r.out()).contains("records not counted: they break ERROR rules");
    }

    @Test
    void aRecordLackingAnAnswerTheSacProfileAsksForIsCountedAsNotRecordedNotLeftOut() throws IOException {
        // the SAC profile's completeness rules (here MSP-OUT-005, no SG4a answer) are errors for a finished
        // return, but the return has Not Recorded cells for exactly this: the record stays in every table
        SafeguardingRecord concluded = new SyntheticDataGenerator(21).records(300).stream()
                .filter(r -> r.enquiry().flatMap(Enquiry::concludedOn).isPresent()
                        && r.outcomes().asked().isPresent()).findFirst().orElseThrow();
        String json = MspJson.strict().write(concluded).replaceFirst("\"asked\":\"[a-z-]+\",", "")
                .replaceFirst(",\"asked\":\"[a-z-]+\"", "").replaceFirst("\"asked\":\"[a-z-]+\"", "");
        assertThat(json).doesNotContain("\"asked\"");
        Path lacking = Files.writeString(dir.resolve("lacking.jsonl"), Files.readString(valid) + json + "\n");

        Run base = run("sac", "--year", "2025", "--output", "json", valid.toString());
        Run r = run("sac", "--year", "2025", "--output", "json", lacking.toString());

        assertThat(r.exit()).isZero();
        assertThat(r.err()).doesNotContain("not counted");
        // one more concern in SG1f than without the record: it was counted, not left out
        assertThat(concerns(r.out())).isEqualTo(concerns(base.out()) + 1);
    }

    private static long concerns(String json) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile(
                "\"SUBCATEGORY\"\\s*:\\s*\"Total Number of Safeguarding Concerns\",\\s*\"VALUE\"\\s*:\\s*(\\d+)")
                .matcher(json);
        assertThat(m.find()).as("the SG1f concerns cell in the JSON output").isTrue();
        return Long.parseLong(m.group(1));
    }

    @Test
    void aYearWithNoRecordsWarns() {
        Run r = run("sac", "--year", "2030", valid.toString());

        assertThat(r.err()).contains("msp: warning: no record has a concern received, an enquiry commenced or an"
                + " enquiry concluded in 2030-31");
    }

    @Test
    void thePublishedLayoutWithoutLaCodeWarnsAndWithItDoesNot() {
        assertThat(run("sac", "--year", "2025", "--output", "csv", valid.toString()).err())
                .contains("msp: warning: no --la-code");
        Run with = run("sac", "--year", "2025", "--output", "csv", "--la-code", "350", valid.toString());
        assertThat(with.err()).doesNotContain("--la-code");
        assertThat(with.out().lines().skip(1)).allMatch(l -> l.startsWith(",,,,,350,,SG"));
    }

    @Test
    void theSameFilesAreWrittenWithAndWithoutDisclosureControl() throws IOException {
        Path exact = dir.resolve("exact");
        Path published = dir.resolve("published");
        assertThat(run("sac", "--year", "2025", "--la-code", "350", "--out", exact.toString(), valid.toString())
                .exit()).isZero();
        assertThat(run("sac", "--year", "2025", "--la-code", "350", "--disclosure-control", "--out",
                published.toString(), valid.toString()).exit()).isZero();

        assertThat(names(published)).isEqualTo(names(exact)).contains("data-quality.csv", "sac.xlsx",
                "sac-power-bi.csv", "SG2a_b1.csv", "SG5a.csv");
        assertThat(Files.readString(published.resolve("data-quality.csv"))).contains("MSP-RET-001");
    }

    @Test
    void aRegisterOfReviewsFillsSg5AndABadOneIsRefusedWithItsRules() throws IOException {
        Path register = Files.writeString(dir.resolve("sars.json"), "{\"formatVersion\":\"1.0\",\"reviews\":["
                + "{\"reviewId\":\"SAR-1\",\"completedOn\":\"2025-07-01\",\"oneOrMoreDied\":true,"
                + "\"individualsDied\":1,\"individualsSurvived\":0},"
                + "{\"reviewId\":\"SAR-2\",\"completedOn\":\"2025-09-01\",\"oneOrMoreDied\":false,"
                + "\"individualsDied\":0,\"individualsSurvived\":2}]}");
        Run r = run("sac", "--year", "2025", "--la-code", "350", "--output", "csv", "--sar-register",
                register.toString(), valid.toString());
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains(",SG5a,Count of Safeguarding Adult Reviews,Safeguarding Adults Reviews,"
                + "Where one or more individuals died,1");
        assertThat(r.out()).contains(",SG5b,Count of Individuals Involved in Safeguarding Adult Reviews,"
                + "Individuals Involved,Who suffered serious harm and survived,2");

        Path bad = Files.writeString(dir.resolve("bad-sars.json"), "{\"formatVersion\":\"1.0\",\"reviews\":["
                + "{\"reviewId\":\"SAR-1\",\"completedOn\":\"2025-07-01\",\"oneOrMoreDied\":false,"
                + "\"individualsDied\":1,\"individualsSurvived\":0}]}");
        Run refused = run("sac", "--year", "2025", "--sar-register", bad.toString(), valid.toString());
        assertThat(refused.exit()).isEqualTo(Msp.UNUSABLE);
        assertThat(refused.err()).contains("MSP-SAR-004 reviews[0].oneOrMoreDied");
    }

    @Test
    void withoutARegisterSg5IsMissing() {
        Run r = run("sac", "--year", "2025", "--la-code", "350", "--output", "csv", "--disclosure-control",
                valid.toString());
        assertThat(r.out().lines().filter(l -> l.contains(",SG5"))).hasSize(4).allMatch(l -> l.endsWith(",[x]"));
    }

    private static List<String> names(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return new ArrayList<>(files.map(f -> f.getFileName().toString()).sorted().toList());
        }
    }
}
