package org.mspsdk.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

/** The UTF-8 check agrees with the JDK's strict decoder on every byte string, well-formed or not. */
class Utf8CheckTest {

    private static boolean jdkAccepts(byte[] b) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(b));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    @Test
    void agreesWithTheJdksStrictDecoderOnEveryTwoAndThreeByteString() {
        byte[] two = new byte[2];
        for (int a = 0; a < 256; a++) {
            for (int b = 0; b < 256; b++) {
                two[0] = (byte) a;
                two[1] = (byte) b;
                assertThat(Utf8Check.firstInvalid(two, 0, 2) < 0).as("%02X %02X", a, b).isEqualTo(jdkAccepts(two));
            }
        }
        byte[] three = new byte[3];
        for (int a = 0xC0; a < 256; a++) {
            for (int b = 0x70; b < 0xD0; b++) {
                for (int c = 0x70; c < 0xD0; c += 7) {
                    three[0] = (byte) a;
                    three[1] = (byte) b;
                    three[2] = (byte) c;
                    assertThat(Utf8Check.firstInvalid(three, 0, 3) < 0).as("%02X %02X %02X", a, b, c)
                            .isEqualTo(jdkAccepts(three));
                }
            }
        }
    }

    @Test
    void agreesWithTheJdkOnSeededRandomTextAcrossTheEightByteFastPath() {
        for (long seed = 1; seed <= 2000; seed++) {
            SplittableRandom random = new SplittableRandom(seed);
            byte[] b = new byte[random.nextInt(1, 40)];
            for (int i = 0; i < b.length; i++) {
                // mostly ASCII, so that the fast path runs, with some bytes of every kind
                b[i] = (byte) (random.nextInt(8) == 0 ? random.nextInt(0x80, 0x100) : random.nextInt(0x20, 0x7F));
            }
            int bad = Utf8Check.firstInvalid(b, 0, b.length);
            assertThat(bad < 0).as("seed %d", seed).isEqualTo(jdkAccepts(b));
            if (bad >= 0) {
                byte[] prefix = java.util.Arrays.copyOf(b, bad);
                assertThat(jdkAccepts(prefix)).as("seed %d: everything before the reported byte is UTF-8", seed)
                        .isTrue();
            }
        }
    }

    @Test
    void checksOnlyTheGivenRange() {
        byte[] b = {(byte) 0xC0, 'a', 'b', (byte) 0xAF};
        assertThat(Utf8Check.firstInvalid(b, 1, 3)).isEqualTo(-1);
        assertThat(Utf8Check.firstInvalid(b, 1, 4)).isEqualTo(3);
    }
}
