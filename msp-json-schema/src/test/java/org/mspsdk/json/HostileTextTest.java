package org.mspsdk.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.mspsdk.model.SafeguardingRecord;
import org.mspsdk.synthetic.SyntheticDataGenerator;

/**
 * Issue 17, findings 1 and 9: text that is not Unicode never reaches the model. An unpaired surrogate escape, a
 * raw lone surrogate in a Java string, and bytes that are not UTF-8 (broken, overlong, encoded surrogates, above
 * U+10FFFF) are each a decode error naming the JSON Pointer of the value, never the value.
 */
class HostileTextTest {

    private static final SafeguardingRecord RECORD = new SyntheticDataGenerator(3).next();
    private static final String DOC = MspJson.strict().write(RECORD);
    private static final List<MspJson> BOTH = List.of(MspJson.strict(), MspJson.tolerant());

    /** The document with the record id's value replaced by raw JSON string content. */
    private static String withRecordId(String jsonStringContent) {
        return DOC.replace("\"recordId\":\"" + RECORD.recordId() + "\"", "\"recordId\":\"" + jsonStringContent + "\"");
    }

    /** The document's bytes with the record id's value replaced by the given bytes. */
    private static byte[] withRecordIdBytes(byte... inside) {
        String[] parts = withRecordId("@@").split("@@");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(parts[0].getBytes(StandardCharsets.UTF_8));
        out.writeBytes("REC-".getBytes(StandardCharsets.UTF_8));
        out.writeBytes(inside);
        out.writeBytes("-x".getBytes(StandardCharsets.UTF_8));
        out.writeBytes(parts[1].getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    private static void assertNoValue(MspDecodeException e) {
        assertThat(e.getMessage()).doesNotContain("REC-").doesNotContain(RECORD.recordId())
                .doesNotContain("LA-").doesNotContain("SAME-");
        assertThat(e.getCause()).isNull();
    }

    @Test
    void aLoneSurrogateEscapeInTheRecordIdIsRejectedAtItsPointer() {
        for (String escape : List.of("REC-\\ud800-x", "REC-\\udfff", "SAME-\\ud800", "SAME-\\udfff", "\\udc00\\ud800",
                "REC-\\ud800")) {
            for (MspJson json : BOTH) {
                MspDecodeException e = catchThrowableOfType(MspDecodeException.class,
                        () -> json.read(withRecordId(escape)));
                assertThat(e).as(escape).isNotNull();
                assertThat(e.pointer()).isEqualTo("/recordId");
                assertThat(e.problem()).contains("unpaired surrogate");
                assertThat(e.expected()).contains("well-formed Unicode text").contains("the record id");
                assertThat(e.line()).isEqualTo(1);
                assertThat(e.column()).isPositive();
                assertNoValue(e);
                MspDecodeException fromBytes = catchThrowableOfType(MspDecodeException.class,
                        () -> json.read(withRecordId(escape).getBytes(StandardCharsets.UTF_8)));
                assertThat(fromBytes.getMessage()).isEqualTo(e.getMessage());
            }
        }
    }

    @Test
    void aLoneSurrogateInALeadCouncilCodeIsRejectedAtItsPointer() {
        String code = RECORD.organisations().get(0).code();
        String doc = DOC.replace("\"code\":\"" + code + "\"", "\"code\":\"LA-\\udc00\"");
        assertThat(doc).isNotEqualTo(DOC);
        MspDecodeException e = catchThrowableOfType(MspDecodeException.class, () -> MspJson.strict().read(doc));
        assertThat(e.pointer()).isEqualTo("/organisations/0/code");
        assertThat(e.problem()).contains("unpaired surrogate");
        assertNoValue(e);
    }

    @Test
    void aRawLoneSurrogateInAJavaStringIsRejectedLikeTheEscape() {
        String raw = withRecordId("REC-\ud800-x");
        MspDecodeException e = catchThrowableOfType(MspDecodeException.class, () -> MspJson.strict().read(raw));
        assertThat(e.pointer()).isEqualTo("/recordId");
        assertThat(e.problem()).contains("unpaired surrogate");
    }

    @Test
    void aSurrogatePairIsText() {
        SafeguardingRecord r = MspJson.strict().read(withRecordId("REC-\\ud83d\\ude00"));
        assertThat(r.recordId()).isEqualTo("REC-\ud83d\ude00");
        assertThat(MspJson.strict().read(withRecordIdBytes((byte) 0xF0, (byte) 0x9F, (byte) 0x98, (byte) 0x80))
                .recordId()).isEqualTo("REC-\ud83d\ude00-x");
    }

    @Test
    void aLoneSurrogateInsideAnUnknownPropertyOrItsNameIsRejectedInTolerantMode() {
        String version = "\"mspVersion\":\"1.0\"";
        String inValue = DOC.replace(version, version + ",\"future\":{\"a\":[\"ok\",\"REC-\\ud800\"]}");
        MspDecodeException e = catchThrowableOfType(MspDecodeException.class, () -> MspJson.tolerant().read(inValue));
        assertThat(e.pointer()).isEqualTo("/(unknown-property)");
        assertThat(e.problem()).contains("unpaired surrogate");
        String inName = DOC.replace(version, version + ",\"REC-\\ud800\":1");
        MspDecodeException n = catchThrowableOfType(MspDecodeException.class, () -> MspJson.tolerant().read(inName));
        assertThat(n.pointer()).isEqualTo("/(name-not-shown)");
        assertThat(n.problem()).contains("unpaired surrogate");
        assertNoValue(n);
    }

    @Test
    void anOverlongSlashIsRejectedNotReadAsASlash() {
        // C0 AF is an overlong form of '/': Jackson alone reads it as "/"
        byte[] doc = withRecordIdBytes((byte) 0xC0, (byte) 0xAF);
        for (MspJson json : BOTH) {
            MspDecodeException e = catchThrowableOfType(MspDecodeException.class, () -> json.read(doc));
            assertThat(e.pointer()).isEqualTo("/recordId");
            assertThat(e.problem()).isEqualTo("the bytes are not valid UTF-8 (an overlong encoding)");
            assertThat(e.expected()).contains("no overlong forms");
            assertThat(e.line()).isEqualTo(1);
            int at = new String(doc, StandardCharsets.ISO_8859_1).indexOf("REC-") + 4;
            assertThat(e.column()).isEqualTo(at + 1);
            assertNoValue(e);
        }
    }

    @Test
    void everyKindOfIllFormedSequenceIsRejectedWithItsKind() {
        record Bad(String kind, byte... bytes) {
        }
        List<Bad> bad = List.of(
                new Bad("an overlong encoding", (byte) 0xC1, (byte) 0xBF),
                new Bad("an overlong encoding", (byte) 0xE0, (byte) 0x80, (byte) 0xAF),
                new Bad("an overlong encoding", (byte) 0xF0, (byte) 0x80, (byte) 0x80, (byte) 0xAF),
                new Bad("an encoded surrogate, U+D800 to U+DFFF", (byte) 0xED, (byte) 0xA0, (byte) 0x80),
                new Bad("an encoded surrogate, U+D800 to U+DFFF", (byte) 0xED, (byte) 0xBF, (byte) 0xBF),
                new Bad("a code point above U+10FFFF", (byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80),
                new Bad("a code point above U+10FFFF", (byte) 0xF5, (byte) 0x80, (byte) 0x80, (byte) 0x80),
                new Bad("a broken or truncated byte sequence", (byte) 0x80),
                new Bad("a broken or truncated byte sequence", (byte) 0xE2, (byte) 0x82),
                new Bad("a broken or truncated byte sequence", (byte) 0xFF));
        for (Bad b : bad) {
            MspDecodeException e = catchThrowableOfType(MspDecodeException.class,
                    () -> MspJson.strict().read(withRecordIdBytes(b.bytes())));
            assertThat(e).as(b.kind()).isNotNull();
            assertThat(e.problem()).as(b.kind()).isEqualTo("the bytes are not valid UTF-8 (" + b.kind() + ")");
            assertThat(e.pointer()).isEqualTo("/recordId");
        }
    }

    @Test
    void wellFormedMultiByteTextAtTheEdgesIsAccepted() {
        // U+0080, U+07FF, U+0800, U+D7FF, U+E000, U+FFFD, U+10000, U+10FFFF
        String text = "\u0080\u07ff\u0800\ud7ff\ue000\ufffd\ud800\udc00\udbff\udfff";
        SafeguardingRecord r = MspJson.strict().read(withRecordIdBytes(text.getBytes(StandardCharsets.UTF_8)));
        assertThat(r.recordId()).isEqualTo("REC-" + text + "-x");
    }

    @Test
    void anOverlongSequenceInAJsonLinesFileNamesTheLineOfTheFile() {
        byte[] bad = withRecordIdBytes((byte) 0xC0, (byte) 0xAF);
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        file.writeBytes((DOC + "\n").getBytes(StandardCharsets.UTF_8));
        file.writeBytes(bad);
        file.writeBytes(("\n" + DOC + "\n").getBytes(StandardCharsets.UTF_8));
        try (JsonLinesReader lines = MspJson.strict().readLines(new ByteArrayInputStream(file.toByteArray()))) {
            assertThat(lines.next()).isEqualTo(RECORD);
            MspDecodeException e = catchThrowableOfType(MspDecodeException.class, lines::next);
            assertThat(e.line()).isEqualTo(2);
            assertThat(e.pointer()).isEqualTo("/recordId");
            assertThat(e.problem()).contains("overlong");
            assertThat(lines.next()).isEqualTo(RECORD);
        }
    }
}
