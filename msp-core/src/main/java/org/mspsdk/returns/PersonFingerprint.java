package org.mspsdk.returns;

import java.security.DigestException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * The 128-bit fingerprint a {@link PersonTable} keeps instead of a person id: the first 16 bytes of the SHA-256 of
 * the id's UTF-16 code units (two bytes each, big-endian). It is the same in every tally and every run, so tables
 * built apart merge and compare exactly; it cannot be steered: making two different ids share a fingerprint, and so
 * be counted as one person, means finding a SHA-256 collision on 128 bits. Every string has its own fingerprint,
 * including ones with unpaired surrogates (no character is replaced before hashing).
 *
 * <p>Allocation-free per id: the id is fed through a fixed buffer into one reused digest. Not thread-safe: one
 * per tally.
 */
final class PersonFingerprint {

    private static final int CHUNK_CHARS = 128;

    private final MessageDigest sha256;
    private final byte[] chunk = new byte[CHUNK_CHARS * 2];
    private final byte[] digest = new byte[32];
    private long high;
    private long low;

    PersonFingerprint() {
        try {
            sha256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    /**
     * Computes the fingerprint of an id, read with {@link #high()} and {@link #low()}.
     *
     * @param personId the id
     */
    void of(String personId) {
        int n = personId.length();
        for (int start = 0; start < n; start += CHUNK_CHARS) {
            int end = Math.min(n, start + CHUNK_CHARS);
            int b = 0;
            for (int i = start; i < end; i++) {
                char c = personId.charAt(i);
                chunk[b++] = (byte) (c >>> 8);
                chunk[b++] = (byte) c;
            }
            sha256.update(chunk, 0, b);
        }
        try {
            sha256.digest(digest, 0, digest.length);
        } catch (DigestException e) {
            throw new IllegalStateException("a SHA-256 digest is 32 bytes", e);
        }
        high = word(0);
        low = word(8);
        if (high == 0 && low == 0) {
            low = 1; // (0, 0) marks an empty slot of the table
        }
    }

    private long word(int offset) {
        long w = 0;
        for (int i = offset; i < offset + 8; i++) {
            w = (w << 8) | (digest[i] & 0xFF);
        }
        return w;
    }

    /** @return the first 64 bits of the last fingerprint */
    long high() {
        return high;
    }

    /** @return the next 64 bits of the last fingerprint */
    long low() {
        return low;
    }
}
