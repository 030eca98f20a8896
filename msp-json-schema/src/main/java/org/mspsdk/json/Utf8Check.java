package org.mspsdk.json;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.ObjectReadContext;

/**
 * Checks that a document's bytes are well-formed UTF-8 (RFC 3629, the Unicode Standard's table 3-7) before Jackson
 * reads them. Jackson rejects most broken sequences but decodes an overlong form ({@code C0 AF} as {@code /}) and
 * an encoded surrogate ({@code ED A0 80}) without complaint, so the SDK and a strict parser would read the same
 * bytes differently. One pass over the bytes, eight at a time while they are ASCII, and no copy.
 */
final class Utf8Check {

    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long HIGH_BITS = 0x8080808080808080L;

    private Utf8Check() {
    }

    /**
     * @param b    the bytes
     * @param from the first byte
     * @param to   one past the last byte
     * @return the index of the first byte of the first ill-formed sequence, or -1 when all of it is UTF-8
     */
    static int firstInvalid(byte[] b, int from, int to) {
        int i = from;
        while (i < to) {
            while (i + 8 <= to && ((long) LONGS.get(b, i) & HIGH_BITS) == 0) {
                i += 8;
            }
            if (i >= to) {
                return -1;
            }
            if (b[i] >= 0) {
                i++;
                continue;
            }
            int n = sequenceLength(b, i, to);
            if (n < 0) {
                return i;
            }
            i += n;
        }
        return -1;
    }

    /** @return the length of the well-formed multi-byte sequence at i, or -1 */
    private static int sequenceLength(byte[] b, int i, int to) {
        int lead = b[i] & 0xFF;
        if (lead < 0xC2 || lead > 0xF4) {
            // a continuation byte as a lead, an overlong two-byte lead (C0, C1), or beyond U+10FFFF
            return -1;
        }
        int n = lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
        if (i + n > to) {
            return -1;
        }
        int b1 = b[i + 1] & 0xFF;
        int low = 0x80;
        int high = 0xBF;
        if (lead == 0xE0) {
            low = 0xA0; // overlong three-byte form
        } else if (lead == 0xED) {
            high = 0x9F; // U+D800..U+DFFF: a surrogate encoded on its own
        } else if (lead == 0xF0) {
            low = 0x90; // overlong four-byte form
        } else if (lead == 0xF4) {
            high = 0x8F; // beyond U+10FFFF
        }
        if (b1 < low || b1 > high) {
            return -1;
        }
        for (int k = 2; k < n; k++) {
            if ((b[i + k] & 0xC0) != 0x80) {
                return -1;
            }
        }
        return n;
    }

    /**
     * The error for an ill-formed sequence: its line and column (in bytes), and the pointer of the value that
     * holds it, found by reading the well-formed bytes before it (only on this error path).
     *
     * @param factory the reading factory
     * @param b       the bytes
     * @param from    where the document starts
     * @param bad     the first byte of the ill-formed sequence
     * @return the error
     */
    static MspDecodeException error(JsonFactory factory, byte[] b, int from, int bad) {
        long line = 1;
        int lineStart = from;
        for (int i = from; i < bad; i++) {
            if (b[i] == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        String pointer = "";
        try (JsonParser p = factory.createParser(ObjectReadContext.empty(), b, from, bad - from)) {
            try {
                while (p.nextToken() != null) {
                    // read up to the bad bytes
                }
            } catch (JacksonException e) {
                // the prefix ends inside the value that holds the bad bytes: the context names it
            }
            pointer = DecodeErrors.pointer(p);
        } catch (JacksonException e) {
            // closing failed: keep the pointer found so far
        }
        return new MspDecodeException(pointer, line, bad - lineStart + 1L,
                "the bytes are not valid UTF-8 (" + kind(b, bad) + ")",
                "UTF-8 encoded text (RFC 3629): no overlong forms, no encoded surrogates, nothing above U+10FFFF");
    }

    private static String kind(byte[] b, int i) {
        int lead = b[i] & 0xFF;
        int b1 = i + 1 < b.length ? b[i + 1] & 0xFF : 0;
        if (lead == 0xC0 || lead == 0xC1 || (lead == 0xE0 && b1 < 0xA0 && b1 >= 0x80)
                || (lead == 0xF0 && b1 < 0x90 && b1 >= 0x80)) {
            return "an overlong encoding";
        }
        if (lead == 0xED && b1 >= 0xA0 && b1 <= 0xBF) {
            return "an encoded surrogate, U+D800 to U+DFFF";
        }
        if ((lead >= 0xF5 && lead <= 0xF7) || (lead == 0xF4 && b1 > 0x8F)) {
            return "a code point above U+10FFFF";
        }
        return "a broken or truncated byte sequence";
    }
}
