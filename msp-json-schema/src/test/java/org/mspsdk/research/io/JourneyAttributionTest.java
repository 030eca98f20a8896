package org.mspsdk.research.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.mspsdk.json.MspDecodeException;
import org.mspsdk.json.MspJson;
import org.mspsdk.model.SafeguardingRecord;
import org.mspsdk.partnership.Partnership;
import org.mspsdk.research.Deidentifier;
import org.mspsdk.research.ResearchRecord;
import org.mspsdk.schema.SchemaValidator;
import org.mspsdk.synthetic.SyntheticDataGenerator;
import org.mspsdk.testing.JourneyRecords;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The attribution of each outcome, rating and response survives the wire format and the research export: the
 * three-record journey of {@link JourneyRecords}, its merged case, linked generated records and the journey
 * example documents.
 */
class JourneyAttributionTest {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private static SafeguardingRecord merged() {
        return Partnership.mergeAll(JourneyRecords.all()).get(0).merged().orElseThrow();
    }

    @Test
    void everyRecordOfTheJourneyAndItsMergedCaseRoundTripsAndIsValidUnderTheSchema() {
        List<SafeguardingRecord> all = new ArrayList<>(JourneyRecords.all());
        all.add(merged());
        all.addAll(new SyntheticDataGenerator(3, SyntheticDataGenerator.Settings.defaults().withPartnerShare(0.5))
                .records(300));
        for (SafeguardingRecord r : all) {
            String doc = MspJson.strict().write(r);
            assertThat(SchemaValidator.forRecords().validate(doc)).as(r.recordId()).isEmpty();
            assertThat(MspJson.strict().read(doc)).as(r.recordId()).isEqualTo(r);
        }
    }

    @Test
    void theAttributionIsWrittenWhereItBelongs() {
        JsonNode hospital = MAPPER.readTree(MspJson.strict().write(JourneyRecords.hospital()));
        assertThat(hospital.get("episodeId").asString()).isEqualTo(JourneyRecords.EPISODE);
        assertThat(hospital.get("recordedBy").asString()).isEqualTo(JourneyRecords.HOSPITAL);
        JsonNode c = MAPPER.readTree(MspJson.strict().write(merged()));
        assertThat(c.has("recordedBy")).isFalse();
        assertThat(c.at("/outcomes/desiredOutcomes/0").has("recordedBy")).isFalse();
        assertThat(c.at("/outcomes/desiredOutcomes/1/recordedBy").asString()).isEqualTo(JourneyRecords.HOSPITAL);
        assertThat(c.at("/questionnaires/1/recordedBy").asString()).isEqualTo(JourneyRecords.CARE_PROVIDER);
    }

    @Test
    void aBlankOrWrongAttributionIsAClearDecodeErrorAtItsPath() {
        String doc = MspJson.strict().write(JourneyRecords.hospital()).replace("\"recordedBy\":\"RXX01\"",
                "\"recordedBy\":\" \"");
        assertThatThrownBy(() -> MspJson.strict().read(doc)).isInstanceOf(MspDecodeException.class)
                .hasMessageContaining("/recordedBy")
                .hasMessageContaining("the code of an organisation on the record");
        String number = MspJson.strict().write(JourneyRecords.hospital()).replace("\"recordedBy\":\"RXX01\"",
                "\"recordedBy\":7");
        assertThatThrownBy(() -> MspJson.strict().read(number)).isInstanceOf(MspDecodeException.class)
                .hasMessageContaining("/recordedBy");
    }

    @Test
    void theResearchExportKeepsTheAttributionAndIsValidUnderItsSchema() {
        Deidentifier deid = Deidentifier.builder(ResearchFixtures.key()).build();
        List<ResearchRecord> records = new ArrayList<>();
        JourneyRecords.all().forEach(r -> records.add(deid.deidentify(r)));
        records.add(deid.deidentify(merged()));
        for (ResearchRecord r : records) {
            assertThat(ResearchFixtures.schema().validate(ResearchJsonLines.toTree(r))).isEmpty();
        }
        JsonNode hospital = ResearchJsonLines.toTree(records.get(1));
        assertThat(hospital.get("recordedBy").asString()).isEqualTo(JourneyRecords.HOSPITAL);
        assertThat(hospital.get("episodePseudonym").asString()).hasSize(64)
                .isEqualTo(ResearchJsonLines.toTree(records.get(0)).get("episodePseudonym").asString());
        JsonNode merged = ResearchJsonLines.toTree(records.get(3));
        assertThat(merged.at("/outcomes/desiredOutcomes/1/recordedBy").asString()).isEqualTo(JourneyRecords.HOSPITAL);
        // a care provider's code is pseudonymised, as in the organisations list
        String provider = merged.at("/questionnaires/1/recordedBy").asString();
        assertThat(provider).hasSize(64).isNotEqualTo(JourneyRecords.CARE_PROVIDER);
        assertThat(merged.at("/organisations/2/code").asString()).isEqualTo(provider);
        // the episode id, record ids and words never reach the export
        String line = ResearchJsonLines.toJson(records.get(3));
        assertThat(line).doesNotContain(JourneyRecords.EPISODE, "C-1", "I want");
    }

    @Test
    void theJourneyExampleDocumentsAreValidAndLinked() throws IOException {
        List<SafeguardingRecord> records = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("..", "schema", "examples", "journey"))) {
            for (Path f : files.sorted().toList()) {
                String doc = Files.readString(f, StandardCharsets.UTF_8);
                assertThat(SchemaValidator.forRecords().validate(doc)).as(f.toString()).isEmpty();
                SafeguardingRecord r = MspJson.strict().read(doc);
                assertThat(MspJson.strict().read(MspJson.strict().write(r))).isEqualTo(r);
                records.add(r);
            }
        }
        assertThat(records).hasSize(3);
        assertThat(records).extracting(r -> r.episodeId().orElseThrow()).containsOnly("EX-EP-2025-0042");
        assertThat(Partnership.mergeAll(records)).singleElement().satisfies(m -> assertThat(m.findings()).isEmpty());
    }
}
