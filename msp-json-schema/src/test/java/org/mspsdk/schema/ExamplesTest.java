package org.mspsdk.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.mspsdk.json.MspJson;
import org.mspsdk.model.SafeguardingRecord;
import org.mspsdk.vocabulary.CapacityAnswer;
import org.mspsdk.vocabulary.ConcernOutcome;
import org.mspsdk.vocabulary.VoiceType;
import org.junit.jupiter.api.Test;

class ExamplesTest {

    static final Path EXAMPLES = Path.of("..", "schema", "examples");

    static Stream<Path> examples() throws IOException {
        try (Stream<Path> files = Files.list(EXAMPLES)) {
            return files.filter(p -> p.toString().endsWith(".json")).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("examples")
    void everyExampleIsValidUnderTheSchemaAndDecodesStrictly(Path file) throws IOException {
        String doc = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(SchemaValidator.forRecords().validate(doc)).isEmpty();
        SafeguardingRecord r = MspJson.strict().read(doc);
        assertThat(MspJson.strict().read(MspJson.strict().write(r))).isEqualTo(r);
    }

    @Test
    void theFourRequiredExamplesExistAndShowWhatTheyClaim() throws IOException {
        assertThat(examples().map(p -> p.getFileName().toString())).containsExactlyInAnyOrder(
                "concern-without-enquiry.json", "concluded-s42-enquiry.json", "enquiry-in-progress.json",
                "representative-for-person-lacking-capacity.json");
        SafeguardingRecord concluded = read("concluded-s42-enquiry.json");
        assertThat(concluded.enquiry().orElseThrow().isConcluded()).isTrue();
        SafeguardingRecord open = read("enquiry-in-progress.json");
        assertThat(open.enquiry().orElseThrow().isConcluded()).isFalse();
        SafeguardingRecord concern = read("concern-without-enquiry.json");
        assertThat(concern.enquiry()).isEmpty();
        assertThat(concern.concern().outcome()).contains(ConcernOutcome.NO_ENQUIRY);
        SafeguardingRecord rep = read("representative-for-person-lacking-capacity.json");
        assertThat(rep.enquiry().orElseThrow().mentalCapacity().orElseThrow().lackedCapacity())
                .isEqualTo(CapacityAnswer.LACKED);
        assertThat(rep.outcomes().desiredOutcomes()).allMatch(d -> d.expressedBy().type() == VoiceType.REPRESENTATIVE);
    }

    private static SafeguardingRecord read(String name) throws IOException {
        return MspJson.strict().read(Files.readString(EXAMPLES.resolve(name), StandardCharsets.UTF_8));
    }

    @Test
    void everyExampleHasNoValidationErrorUnderTheSacProfile() throws IOException {
        java.time.Clock clock = java.time.Clock.fixed(java.time.Instant.parse("2026-11-23T00:00:00Z"),
                java.time.ZoneOffset.UTC);
        org.mspsdk.validation.Validator validator = org.mspsdk.validation.Validator.builder()
                .profile(org.mspsdk.validation.Profile.SAC_COMPLETE).clock(clock).build();
        for (Path p : examples().toList()) {
            SafeguardingRecord r = read(p.getFileName().toString());
            assertThat(validator.validate(r).errors()).as(p.toString()).isEmpty();
        }
    }

    @Test
    void schemaFilesInTheJarAreTheRepositoryFiles() throws IOException {
        for (String f : MspSchemas.files()) {
            assertThat(MspSchemas.text(f)).isEqualTo(Files.readString(Path.of("..", "schema", f)));
        }
    }
}
