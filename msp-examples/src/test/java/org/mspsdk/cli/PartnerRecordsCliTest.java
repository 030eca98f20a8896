package org.mspsdk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mspsdk.json.MspJson;
import org.mspsdk.model.SafeguardingRecord;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code msp sac} and {@code msp measures} read a file mixing the lead council's and partners' records (the
 * example journey of {@code schema/examples/journey}: the hospital's record first, then the council's and the
 * care provider's) and print the three levels.
 */
class PartnerRecordsCliTest {

    @TempDir
    static Path dir;
    static Path mixed;

    @BeforeAll
    static void files() throws IOException {
        StringBuilder lines = new StringBuilder();
        for (String name : new String[] {"1-hospital.json", "2-council.json", "3-care-provider.json"}) {
            SafeguardingRecord r = MspJson.strict().read(Files.readString(Path.of("..", "schema", "examples",
                    "journey", name)));
            lines.append(MspJson.strict().write(r)).append('\n');
        }
        mixed = Files.writeString(dir.resolve("mixed.jsonl"), lines);
    }

    @Test
    void sacCountsTheJourneyOnceAndPrintsTheThreeLevels() {
        MspCliTest.Run r = MspCliTest.run("sac", "--year", "2025", mixed.toString());
        assertThat(r.exit()).isZero();
        // SG1f: one concern, one s42 enquiry, though three records were read
        assertThat(r.out()).contains("3 records read").containsPattern("Total Number of Safeguarding Concerns\\s+1\\n")
                .containsPattern("Total Number of Section 42 Safeguarding Enquiries\\s+1\\n")
                .contains("Person level: Sector outcomes measure")
                .contains("Single-organisation level").contains("Partnership level")
                .containsPattern("Journeys with a concern received in the year\\s+1  \\(1 linked, 1 with partner")
                .containsPattern("RXX01\\s+1\\s+1\\s+0\\s+0\\s+0\\s+1\\s+0\\s+0")
                .contains("Partner records read 2");
    }

    @Test
    void measuresCreditsByRoleAndPrintsTheOrganisationAndPartnershipLevels() {
        MspCliTest.Run r = MspCliTest.run("measures", "--year", "2025", "--by", "organisation", mixed.toString());
        assertThat(r.exit()).isZero();
        // the care provider contributed and rated no-2: s42 start 1 and partially achieved 1, nothing else
        assertThat(r.out()).containsPattern("VX123\\s+0\\s+1\\s+0\\s+0\\s+0\\s+1\\s+0\\n")
                .contains("Person level: the sector outcomes measure above")
                .containsPattern("VX123\\s+0\\s+0\\s+0\\s+0\\s+1\\s+0\\s+1\\s+1\\n")
                .contains("Partnership level");
    }

    @Test
    void measuresJsonHasThePartnershipLevels() {
        MspCliTest.Run r = MspCliTest.run("measures", "--year", "2025", "--output", "json", mixed.toString());
        assertThat(r.exit()).isZero();
        JsonNode json = JsonMapper.builder().build().readTree(r.out());
        assertThat(json.at("/partnership/journeys/journeys").asLong()).isEqualTo(1);
        assertThat(json.at("/partnership/journeys/partnerRecordsRead").asLong()).isEqualTo(2);
        assertThat(json.at("/partnership/organisations/RXX01/askedAtConcern").asLong()).isEqualTo(1);
    }

    @Test
    void helpSaysHowRecordsAreLinked() {
        for (String command : new String[] {"sac", "measures"}) {
            MspCliTest.Run r = MspCliTest.run(command, "--help");
            assertThat(r.out()).as(command).contains("episodeId").contains("recordedBy")
                    .contains("data-quality report");
        }
        assertThat(MspCliTest.run("generate", "--help").out()).contains("--partner-share");
    }

    @Test
    void generateMakesLinkedJourneys() {
        MspCliTest.Run r = MspCliTest.run("generate", "--count", "200", "--seed", "5", "--partner-share", "0.5");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("\"episodeId\"").contains("\"recordedBy\"");
        assertThat(MspCliTest.run("generate", "--count", "1", "--partner-share", "2").exit()).isEqualTo(2);
    }
}
