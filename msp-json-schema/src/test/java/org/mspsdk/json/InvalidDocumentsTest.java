package org.mspsdk.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.mspsdk.MspException;
import org.mspsdk.schema.SchemaFinding;
import org.mspsdk.schema.SchemaValidator;

/**
 * Hand-written invalid documents under {@code src/test/resources/invalid/}, listed with their expectations in
 * {@code cases.tsv}: each is rejected by the decoder with the expected pointer, message and line, and by the
 * schema at the expected pointer where the schema can express the rule ({@code -} where it cannot, in which
 * case the schema must accept the document, so the table stays honest about what only the decoder checks).
 */
class InvalidDocumentsTest {

    record Case(String file, String mode, String options, String pointer, String fragment, String schemaPointer,
            String line) {
        @Override
        public String toString() {
            return file;
        }
    }

    static List<Case> cases() throws IOException {
        List<Case> out = new ArrayList<>();
        for (String row : resource("cases.tsv").split("\n")) {
            if (row.isBlank() || row.startsWith("#")) {
                continue;
            }
            String[] c = row.split("\t", -1);
            out.add(new Case(c[0], c[1], c[2], c[3], c[4], c[5], c[6]));
        }
        return out;
    }

    static Stream<Case> allCases() throws IOException {
        return cases().stream();
    }

    private static String resource(String name) throws IOException {
        return new String(bytes(name), StandardCharsets.UTF_8);
    }

    private static byte[] bytes(String name) throws IOException {
        try (InputStream in = InvalidDocumentsTest.class.getResourceAsStream("/invalid/" + name)) {
            assertThat(in).as(name).isNotNull();
            return in.readAllBytes();
        }
    }

    private static DecodeOptions options(Case c) {
        DecodeOptions.Builder o = DecodeOptions.builder()
                .mode(c.mode().equals("tolerant") ? DecodeOptions.Mode.TOLERANT : DecodeOptions.Mode.STRICT);
        if (c.options().startsWith("maxArrayItems=")) {
            o.maxArrayItems(Integer.parseInt(c.options().substring("maxArrayItems=".length())));
        }
        return o.build();
    }

    @Test
    void thereAreAtLeastThirtyInvalidDocuments() throws IOException {
        assertThat(cases()).hasSizeGreaterThanOrEqualTo(30);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("allCases")
    void decoderRejectsWithPointerMessageAndLine(Case c) throws IOException {
        byte[] doc = bytes(c.file());
        MspDecodeException e = catchThrowableOfType(MspDecodeException.class,
                () -> MspJson.of(options(c)).read(doc));
        assertThat(e).as("%s must be rejected", c.file()).isNotNull();
        assertThat(e.kind()).isEqualTo(MspException.Kind.DECODE);
        assertThat(e.pointer()).as("pointer of %s (%s)", c.file(), e.getMessage()).isEqualTo(c.pointer());
        assertThat(e.getMessage()).as(c.file()).contains(c.fragment());
        assertThat(e.expected()).as("%s names what was expected", c.file()).isNotBlank();
        assertThat(e.getCause()).isNull();
        if (!c.line().equals("-")) {
            assertThat(e.line()).as("line of %s (%s)", c.file(), e.getMessage()).isEqualTo(Long.parseLong(c.line()));
            assertThat(e.column()).isPositive();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("allCases")
    void schemaRejectsWhereItCanExpressTheRule(Case c) throws IOException {
        List<SchemaFinding> findings = SchemaValidator.forRecords().validate(bytes(c.file()));
        if (c.schemaPointer().equals("-")) {
            assertThat(findings).as("%s: the schema cannot express this rule", c.file()).isEmpty();
        } else {
            assertThat(findings).as("%s: schema findings", c.file())
                    .extracting(SchemaFinding::pointer).contains(c.schemaPointer());
        }
    }
}
