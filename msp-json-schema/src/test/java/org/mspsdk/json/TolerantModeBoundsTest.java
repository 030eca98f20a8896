package org.mspsdk.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.mspsdk.model.SafeguardingRecord;
import org.mspsdk.synthetic.SyntheticDataGenerator;

/** Issue 17, finding 3: tolerant mode bounds the number and total length of the unknown properties it keeps. */
class TolerantModeBoundsTest {

    private static final String DOC = MspJson.strict().write(new SyntheticDataGenerator(5).next());
    private static final String VERSION = "\"mspVersion\":\"1.0\"";

    private static String withUnknown(String properties) {
        return DOC.replace(VERSION, VERSION + "," + properties);
    }

    @Test
    void theDefaultsKeepAThousandUnknownPropertiesAndOneMebiCharacter() {
        assertThat(DecodeOptions.defaults().maxUnknownProperties()).isEqualTo(1_000);
        assertThat(DecodeOptions.defaults().maxUnknownLength()).isEqualTo(1_048_576L);
        DecodeOptions changed = DecodeOptions.defaults().rebuild().maxUnknownProperties(3).maxUnknownLength(40).build();
        assertThat(changed.maxUnknownProperties()).isEqualTo(3);
        assertThat(changed.maxUnknownLength()).isEqualTo(40);
        assertThat(changed).isNotEqualTo(DecodeOptions.defaults());
        assertThat(changed.rebuild().build()).isEqualTo(changed).hasSameHashCodeAs(changed);
    }

    @Test
    void oneUnknownPropertyMoreThanTheLimitIsAnError() {
        MspJson json = MspJson.of(DecodeOptions.builder().mode(DecodeOptions.Mode.TOLERANT).maxUnknownProperties(3)
                .build());
        SafeguardingRecord r = json.read(withUnknown("\"a\":1,\"b\":2,\"c\":{\"d\":[1,2,3],\"e\":4}"));
        assertThat(r.extensions()).hasSize(3);
        MspDecodeException e = catchThrowableOfType(MspDecodeException.class,
                () -> json.read(withUnknown("\"a\":1,\"b\":2,\"c\":3,\"SYN-P-1\":4")));
        assertThat(e.problem()).isEqualTo("the document has more unknown properties than the limit of 3 "
                + "(tolerant mode)");
        assertThat(e.expected()).isEqualTo("at most 3 unknown properties in one document");
        assertThat(e.pointer()).isEqualTo("/(unknown-property)");
        assertThat(e.getMessage()).doesNotContain("SYN-P-1");
    }

    @Test
    void unknownPropertiesLongerAltogetherThanTheLimitAreAnError() {
        // each kept property costs its pointer ("/a": 2) and its compact value ("[1,2]": 5)
        MspJson json = MspJson.of(DecodeOptions.builder().mode(DecodeOptions.Mode.TOLERANT).maxUnknownLength(14)
                .build());
        assertThat(json.read(withUnknown("\"a\":[1, 2],\"b\":[3, 4]")).extensions()).hasSize(2);
        MspDecodeException e = catchThrowableOfType(MspDecodeException.class,
                () -> json.read(withUnknown("\"a\":[1,2],\"b\":[3,4],\"c\":0")));
        assertThat(e.problem()).isEqualTo("the unknown properties are longer than the limit of 14 characters "
                + "(tolerant mode)");
        assertThat(e.expected()).isEqualTo("at most 14 characters of unknown properties in one document");
    }

    @Test
    void oneHugeUnknownValueStopsBeingCopiedAtTheLimit() {
        StringBuilder big = new StringBuilder("\"future\":[");
        for (int i = 0; i < 200_000; i++) {
            big.append(i == 0 ? "" : ",").append("\"xxxxxxxxxx\"");
        }
        String doc = withUnknown(big.append(']').toString());
        MspDecodeException e = catchThrowableOfType(MspDecodeException.class, () -> MspJson.tolerant().read(doc));
        assertThat(e.problem()).contains("longer than the limit of 1048576 characters");
        assertThat(e.pointer()).isEqualTo("/(unknown-property)");
    }

    @Test
    void strictModeIsNotAffectedByTheTolerantLimits() {
        MspJson json = MspJson.of(DecodeOptions.builder().maxUnknownProperties(1).maxUnknownLength(1).build());
        assertThat(json.read(DOC)).isEqualTo(MspJson.strict().read(DOC));
    }

    @Test
    void theFloodLineOfTheFindingIsWithinTheDocumentLimitAndRejectedByTheCountLimit() {
        String line = UnknownPropertyFlood.line(UnknownPropertyFlood.PROPERTIES);
        assertThat((long) line.getBytes(StandardCharsets.UTF_8).length)
                .isLessThanOrEqualTo(DecodeOptions.DEFAULT_MAX_DOCUMENT_LENGTH)
                .isGreaterThan(3L * 1024 * 1024);
        MspDecodeException e = catchThrowableOfType(MspDecodeException.class, () -> MspJson.tolerant().read(line));
        assertThat(e.problem()).contains("more unknown properties than the limit of 1000");
    }

    /**
     * The finding itself: the flood line read tolerantly in a JVM with a 128 MB heap ends with the limit's error,
     * not an {@link OutOfMemoryError}.
     */
    @Test
    void theFloodLineDoesNotExhaustA128MegabyteHeap() throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx128m");
        command.add("-Xshare:off");
        command.add("-cp");
        command.add(childClassPath());
        command.add(UnknownPropertyFlood.class.getName());
        Process child = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out;
        try (var in = child.getInputStream()) {
            out = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertThat(child.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(child.exitValue()).as(out).isZero();
        assertThat(out).contains("more unknown properties than the limit of 1000");
    }

    /** The test run's class path, or its module path when the tests run on it, as a class path for a child. */
    private static String childClassPath() {
        List<String> parts = new ArrayList<>();
        for (String property : new String[] {"jdk.module.path", "java.class.path"}) {
            String value = System.getProperty(property);
            if (value != null && !value.isBlank()) {
                parts.add(value);
            }
        }
        return String.join(File.pathSeparator, parts);
    }
}
