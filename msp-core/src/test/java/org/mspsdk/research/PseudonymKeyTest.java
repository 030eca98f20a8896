package org.mspsdk.research;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mspsdk.MspException;

class PseudonymKeyTest {

    static final String KEY_TEXT = "0123456789abcdef0123456789abcdef-test-key";

    @Test
    void aKeyShorterThan32BytesIsRefusedWithoutShowingIt() {
        assertThatThrownBy(() -> PseudonymKey.fromBytes("short-secret-31-bytes-long-xxxx".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(MspException.class)
                .hasMessageContaining("at least 32 bytes")
                .hasMessageNotContaining("short-secret");
    }

    @Test
    void toStringNeverShowsTheKey() {
        PseudonymKey key = PseudonymKey.fromBytes(KEY_TEXT.getBytes(StandardCharsets.UTF_8));
        assertThat(key.toString()).isEqualTo("PseudonymKey[redacted]");
    }

    @Test
    void theKeyBytesAreCopiedSoLaterChangesToTheArrayDoNotChangeThePseudonyms() {
        byte[] bytes = KEY_TEXT.getBytes(StandardCharsets.UTF_8);
        PseudonymKey key = PseudonymKey.fromBytes(bytes);
        String before = key.pseudonym("person", "P-1");
        Arrays.fill(bytes, (byte) 0);
        assertThat(key.pseudonym("person", "P-1")).isEqualTo(before);
    }

    @Test
    void pseudonymIsHmacSha256HexOfKindColonId() {
        PseudonymKey key = PseudonymKey.fromBytes("key-key-key-key-key-key-key-key-".getBytes(StandardCharsets.UTF_8));
        // RFC 2104 HMAC-SHA-256 of "person:P-1" under that key, computed independently of javax.crypto.Mac
        assertThat(key.pseudonym("person", "P-1")).hasSize(64).matches("[0-9a-f]{64}")
                .isEqualTo(HmacReference.hmacSha256Hex("key-key-key-key-key-key-key-key-", "person:P-1"))
                // and the known answer from: printf 'person:P-1' | openssl dgst -sha256 -hmac '<that key>'
                .isEqualTo("211b4f17b8d54258fbe45070f13313ae20cf85a862c756c18ff228a185feb7e5");
    }

    @Test
    void kindsAreDomainSeparated() {
        PseudonymKey key = PseudonymKey.fromBytes(KEY_TEXT.getBytes(StandardCharsets.UTF_8));
        assertThat(key.pseudonym("person", "X-1")).isNotEqualTo(key.pseudonym("record", "X-1"));
    }

    @Test
    void aKeyFileWithATrailingNewlineGivesTheSameKeyAsWithout(@TempDir Path dir) throws Exception {
        Path with = dir.resolve("with.key");
        Path without = dir.resolve("without.key");
        Files.writeString(with, KEY_TEXT + "\n");
        Files.writeString(without, KEY_TEXT);
        assertThat(PseudonymKey.fromFile(with).pseudonym("person", "P-1"))
                .isEqualTo(PseudonymKey.fromFile(without).pseudonym("person", "P-1"))
                .isEqualTo(PseudonymKey.fromBytes(KEY_TEXT.getBytes(StandardCharsets.UTF_8)).pseudonym("person", "P-1"));
    }

    @Test
    void aMissingKeyFileIsAnIoError(@TempDir Path dir) {
        assertThatThrownBy(() -> PseudonymKey.fromFile(dir.resolve("nope.key")))
                .isInstanceOf(MspException.class)
                .satisfies(e -> assertThat(((MspException) e).kind()).isEqualTo(MspException.Kind.IO));
    }

    @Test
    void anEnvironmentVariableGivesItsUtf8Bytes() {
        PseudonymKey fromEnv = PseudonymKey.fromEnvironment("MSP_KEY", Map.of("MSP_KEY", KEY_TEXT));
        assertThat(fromEnv.pseudonym("record", "R-1"))
                .isEqualTo(PseudonymKey.fromBytes(KEY_TEXT.getBytes(StandardCharsets.UTF_8)).pseudonym("record", "R-1"));
    }

    @Test
    void anUnsetEnvironmentVariableIsNamedInTheError() {
        assertThatThrownBy(() -> PseudonymKey.fromEnvironment("MSP_NOT_SET", Map.of()))
                .isInstanceOf(MspException.class)
                .hasMessageContaining("MSP_NOT_SET")
                .satisfies(e -> assertThat(((MspException) e).kind()).isEqualTo(MspException.Kind.MISSING_PART));
    }
}
