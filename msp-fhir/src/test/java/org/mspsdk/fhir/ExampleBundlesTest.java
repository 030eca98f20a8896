package org.mspsdk.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.hl7.fhir.r4.model.Bundle;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.mspsdk.model.SafeguardingRecord;

/**
 * Each example document of {@code schema/examples} against its expected Bundle in
 * {@code src/test/resources/bundles} (written out and checked by hand, element by element, against
 * docs/fhir/MAPPING.md): the mapping gives exactly that Bundle, the Bundle gives the record back, and HAPI's
 * validator finds no error in it.
 */
class ExampleBundlesTest {

    static final Path EXPECTED = Path.of("src", "test", "resources", "bundles");

    static List<String> examples() {
        return Fixtures.exampleNames();
    }

    @ParameterizedTest
    @MethodSource("examples")
    void theExampleGivesItsExpectedBundle(String name) throws IOException {
        SafeguardingRecord record = Fixtures.example(name);
        Bundle expected = MspFhir.parseBundle(Files.readString(EXPECTED.resolve(name), StandardCharsets.UTF_8));
        // both through HAPI's parser, which gives each resource its full URL as id
        Bundle actual = MspFhir.parseBundle(Fixtures.FHIR.toJson(record));
        assertThat(actual.equalsDeep(expected))
                .as("%s: the mapping's Bundle differs from the expected one; the mapping gives:%n%s", name,
                        Fixtures.FHIR.toPrettyJson(record))
                .isTrue();
    }

    @ParameterizedTest
    @MethodSource("examples")
    void theExpectedBundleGivesTheExampleBack(String name) throws IOException {
        SafeguardingRecord record = Fixtures.example(name);
        String expected = Files.readString(EXPECTED.resolve(name), StandardCharsets.UTF_8);
        assertThat(Fixtures.FHIR.fromJson(expected)).isEqualTo(MspFhir.carried(record));
    }

    @ParameterizedTest
    @MethodSource("examples")
    void theExampleBundleValidatesWithoutError(String name) {
        assertThat(Fixtures.errors(Fixtures.FHIR.toBundle(Fixtures.example(name)))).isEmpty();
    }
}
