package org.mspsdk.fhir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.mspsdk.fhir.validation.FhirIssue;
import org.mspsdk.fhir.validation.MspFhirValidator;
import org.mspsdk.json.MspJson;
import org.mspsdk.model.SafeguardingRecord;

/** What the tests share: the example documents, the mapping, and one validator (slow to start) for all. */
final class Fixtures {

    static final MspFhir FHIR = MspFhir.create();
    static final Path EXAMPLES = Path.of("..", "schema", "examples");

    private Fixtures() {
    }

    /** @return the example document file names, sorted */
    static List<String> exampleNames() {
        try (Stream<Path> s = Files.list(EXAMPLES)) {
            return s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".json")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static SafeguardingRecord example(String name) {
        try {
            return MspJson.strict().read(Files.readString(EXAMPLES.resolve(name), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The one validator of the test run. */
    static MspFhirValidator validator() {
        return ValidatorHolder.VALIDATOR;
    }

    /** @return the errors (and fatal errors) HAPI's validator finds */
    static List<FhirIssue> errors(org.hl7.fhir.instance.model.api.IBaseResource resource) {
        return validator().validate(resource).stream().filter(FhirIssue::isError).toList();
    }

    private static final class ValidatorHolder {
        static final MspFhirValidator VALIDATOR = MspFhirValidator.create();
    }
}
