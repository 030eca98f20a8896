package org.mspsdk.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.mspsdk.MspException;
import org.mspsdk.model.SafeguardingRecord;
import org.mspsdk.synthetic.SyntheticDataGenerator;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.json.JsonMapper;

class JsonLinesAndModuleTest {

    private static final List<SafeguardingRecord> RECORDS = new SyntheticDataGenerator(99).records(3);

    private static String line(int i) {
        return MspJson.strict().write(RECORDS.get(i));
    }

    private static JsonLinesReader reader(MspJson json, String text) {
        return json.readLines(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void aBadLineIsReportedWithItsLineNumberAndReadingGoesOn() {
        String text = line(0) + "\n" + line(1).replace("\"mspVersion\":\"1.0\"", "\"mspVersion\":\"9.9\"") + "\r\n"
                + line(2) + "\n";
        try (JsonLinesReader r = reader(MspJson.strict(), text)) {
            assertThat(r.next()).isEqualTo(RECORDS.get(0));
            MspDecodeException e = catchThrowableOfType(MspDecodeException.class, r::next);
            assertThat(e.line()).isEqualTo(2);
            assertThat(e.pointer()).isEqualTo("/mspVersion");
            assertThat(e.getMessage()).contains("line 2, column");
            assertThat(r.next()).isEqualTo(RECORDS.get(2));
            assertThat(r.hasNext()).isFalse();
        }
    }

    @Test
    void aMultiLineErrorInsideALineKeepsTheFileLine() {
        String text = line(0) + "\n" + line(1) + "\n" + "{\"mspVersion\":\"1.0\"" + "\n";
        try (JsonLinesReader r = reader(MspJson.strict(), text)) {
            r.next();
            r.next();
            MspDecodeException e = catchThrowableOfType(MspDecodeException.class, r::next);
            assertThat(e.line()).isEqualTo(3);
            assertThat(e.problem()).contains("ends before the record is complete");
        }
    }

    @Test
    void blankLinesAreAnErrorWhenStrictAndSkippedWhenTolerant() {
        String text = line(0) + "\n\n" + line(1);
        try (JsonLinesReader r = reader(MspJson.strict(), text)) {
            r.next();
            MspDecodeException e = catchThrowableOfType(MspDecodeException.class, r::next);
            assertThat(e.line()).isEqualTo(2);
            assertThat(e.problem()).contains("blank");
            assertThat(r.next()).isEqualTo(RECORDS.get(1));
        }
        List<SafeguardingRecord> tolerant = new ArrayList<>();
        try (JsonLinesReader r = reader(MspJson.tolerant(), text)) {
            r.stream().forEach(tolerant::add);
        }
        assertThat(tolerant).containsExactly(RECORDS.get(0), RECORDS.get(1));
    }

    @Test
    void aLineLongerThanTheDocumentLimitIsRejectedWithoutHoldingIt() {
        MspJson small = MspJson.of(DecodeOptions.builder().maxDocumentLength(100).build());
        String text = line(0) + "\n" + "{}\n";
        try (JsonLinesReader r = reader(small, text)) {
            MspDecodeException e = catchThrowableOfType(MspDecodeException.class, r::next);
            assertThat(e.line()).isEqualTo(1);
            assertThat(e.problem()).contains("longer than the limit of 100 bytes");
            MspDecodeException second = catchThrowableOfType(MspDecodeException.class, r::next);
            assertThat(second.line()).isEqualTo(2);
            assertThat(second.pointer()).isEqualTo("/mspVersion");
        }
    }

    @Test
    void documentLengthIsBoundedForStringsBytesAndStreams() {
        MspJson small = MspJson.of(DecodeOptions.builder().maxDocumentLength(100).build());
        String doc = line(0);
        for (Runnable read : List.<Runnable>of(() -> small.read(doc),
                () -> small.read(doc.getBytes(StandardCharsets.UTF_8)),
                () -> small.read(new ByteArrayInputStream(doc.getBytes(StandardCharsets.UTF_8))))) {
            assertThatThrownBy(read::run).isInstanceOf(MspDecodeException.class)
                    .hasMessageContaining("longer than the limit of 100 bytes");
        }
    }

    @Test
    void theModuleReadsAndWritesRecordsInsideAUsersOwnMapper() {
        JsonMapper mapper = JsonMapper.builder().addModule(new MspModule()).build();
        SafeguardingRecord r = RECORDS.get(0);
        String viaModule = mapper.writeValueAsString(r);
        assertThat(viaModule).isEqualTo(MspJson.strict().write(r));
        assertThat(mapper.readValue(viaModule, SafeguardingRecord.class)).isEqualTo(r);

        Envelope env = new Envelope("batch-1", List.of(RECORDS.get(1), RECORDS.get(2)));
        String envJson = mapper.writeValueAsString(env);
        assertThat(mapper.readValue(envJson, Envelope.class)).isEqualTo(env);
    }

    @Test
    void theModuleReportsDecodeErrorsAsAJacksonExceptionCarryingTheSdksError() {
        // a plain runtime exception made Jackson-based frameworks answer 500; a Jackson exception is bad input (400)
        JsonMapper mapper = JsonMapper.builder().addModule(new MspModule()).build();
        String bad = line(0).replace("\"mspVersion\":\"1.0\"", "\"mspVersion\":\"1.0\",\"surprise\":1");
        Throwable t = catchThrowableOfType(RuntimeException.class,
                () -> mapper.readValue(bad, SafeguardingRecord.class));
        assertThat(t).isInstanceOf(DatabindException.class).isInstanceOf(MspDatabindException.class);
        MspDatabindException e = (MspDatabindException) t;
        MspDecodeException sdk = catchThrowableOfType(MspDecodeException.class, () -> MspJson.strict().read(bad));
        assertThat(e.pointer()).isEqualTo("/(unknown-property)").isEqualTo(sdk.pointer());
        assertThat(e.getMessage()).isEqualTo(sdk.getMessage()).isEqualTo(e.getOriginalMessage());
        assertThat(e.line()).isEqualTo(sdk.line()).isEqualTo(1);
        assertThat(e.column()).isEqualTo(sdk.column()).isPositive();
        assertThat(e.problem()).isEqualTo(sdk.problem());
        assertThat(e.expected()).isEqualTo(sdk.expected());
        assertThat(e.decodeError().kind()).isEqualTo(MspException.Kind.DECODE);
        assertThat(e.getCause()).isNull();
    }

    @Test
    void aRecordInsideAUsersMapKeepsTheDocumentsKeysOutOfTheModulesMessage() {
        JsonMapper mapper = JsonMapper.builder().addModule(new MspModule()).build();
        String bad = "{\"CANARY-KEY-5521\":" + line(0).replace("\"1.0\"", "\"9.0\"") + "}";
        MspDatabindException e = catchThrowableOfType(MspDatabindException.class,
                () -> mapper.readValue(bad, new TypeReference<Map<String, SafeguardingRecord>>() { }));
        assertThat(e.getPath()).isNotEmpty();
        assertThat(e.getMessage()).startsWith("/mspVersion: ").doesNotContain("CANARY");
        assertThat(e.toString()).doesNotContain("CANARY");
    }

    @Test
    void linesAreReadWholeAcrossTheReadersBufferBoundaries() {
        // about 1,500 records: many lines straddle a 64 KiB chunk, and CRLF and LF endings alternate
        List<SafeguardingRecord> many = new SyntheticDataGenerator(7).records(1500);
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < many.size(); i++) {
            text.append(MspJson.strict().write(many.get(i))).append(i % 2 == 0 ? "\r\n" : "\n");
        }
        assertThat(text.length()).isGreaterThan(3 * 65536);
        List<SafeguardingRecord> back = new ArrayList<>();
        try (JsonLinesReader r = reader(MspJson.strict(), text.toString())) {
            r.forEachRemaining(back::add);
            assertThat(r.lineNumber()).isEqualTo(many.size());
        }
        assertThat(back).isEqualTo(many);
    }

    @Test
    void aLineOfExactlyTheLimitIsReadAndOneByteMoreIsRejected() {
        String doc = line(0);
        int length = doc.getBytes(StandardCharsets.UTF_8).length;
        try (JsonLinesReader r = reader(MspJson.of(DecodeOptions.builder().maxDocumentLength(length).build()),
                doc + "\n")) {
            assertThat(r.next()).isEqualTo(RECORDS.get(0));
        }
        try (JsonLinesReader r = reader(MspJson.of(DecodeOptions.builder().maxDocumentLength(length - 1).build()),
                doc + "\n" + doc)) {
            MspDecodeException e = catchThrowableOfType(MspDecodeException.class, r::next);
            assertThat(e.line()).isEqualTo(1);
            assertThat(e.problem()).contains("longer than the limit");
            MspDecodeException second = catchThrowableOfType(MspDecodeException.class, r::next);
            assertThat(second.line()).isEqualTo(2);
            assertThat(r.hasNext()).isFalse();
        }
    }

    @Test
    void aRepeatedNameInsideAnUnknownValueIsRejectedInTolerantMode() {
        String version = "\"mspVersion\":\"1.0\"";
        String bad = line(0).replace(version, version + ",\"future\":{\"a\":1,\"a\":2}");
        MspDecodeException e = catchThrowableOfType(MspDecodeException.class, () -> MspJson.tolerant().read(bad));
        assertThat(e.problem()).contains("more than once");
        assertThat(e.pointer()).isEqualTo("/(unknown-property)");
        String good = line(0).replace(version, version + ",\"future\":{\"a\":1,\"b\":{\"a\":2}}");
        assertThat(MspJson.tolerant().read(good).extensions()).containsEntry("/future", "{\"a\":1,\"b\":{\"a\":2}}");
    }

    @Test
    void aRepeatedKnownNameIsRejectedInBothModes() {
        String version = "\"mspVersion\":\"1.0\"";
        String bad = line(0).replace(version, version + "," + version);
        for (MspJson json : List.of(MspJson.strict(), MspJson.tolerant())) {
            MspDecodeException e = catchThrowableOfType(MspDecodeException.class, () -> json.read(bad));
            assertThat(e.problem()).contains("more than once");
            assertThat(e.pointer()).isEqualTo("/mspVersion");
        }
    }

    /** A user's own message type holding records. */
    public record Envelope(String batch, List<SafeguardingRecord> records) {
    }
}
