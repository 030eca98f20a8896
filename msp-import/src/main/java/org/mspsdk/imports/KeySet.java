package org.mspsdk.imports;

import java.nio.charset.StandardCharsets;

/**
 * The record keys seen so far, held as 64-bit hashes in an open-addressed table (16 bytes per key at most, so a
 * million keys take 16 MB, never the keys themselves). Two different keys share a hash with probability about
 * n&sup2;/2<sup>65</sup> (3 in 100 million for a million keys); such a pair would be reported as a duplicate.
 */
final class KeySet {

    private long[] slots = new long[1 << 10];
    private boolean zeroSeen;
    private int size;

    /** @return true when the key was not there before */
    boolean add(String key) {
        long h = hash(key);
        if (h == 0) {
            boolean fresh = !zeroSeen;
            zeroSeen = true;
            return fresh;
        }
        if ((size + 1) * 2 > slots.length) {
            grow();
        }
        if (!insert(slots, h)) {
            return false;
        }
        size++;
        return true;
    }

    private static boolean insert(long[] table, long h) {
        int mask = table.length - 1;
        for (int i = (int) (h ^ (h >>> 32)) & mask; ; i = (i + 1) & mask) {
            if (table[i] == h) {
                return false;
            }
            if (table[i] == 0) {
                table[i] = h;
                return true;
            }
        }
    }

    private void grow() {
        long[] bigger = new long[slots.length * 2];
        for (long h : slots) {
            if (h != 0) {
                insert(bigger, h);
            }
        }
        slots = bigger;
    }

    /** FNV-1a 64 over the UTF-8 bytes, then a finaliser (from MurmurHash3) to spread the bits. */
    static long hash(String key) {
        long h = 0xcbf29ce484222325L;
        for (byte b : key.getBytes(StandardCharsets.UTF_8)) {
            h ^= b & 0xff;
            h *= 0x100000001b3L;
        }
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb93fe53ea6d3L;
        h ^= h >>> 33;
        return h;
    }
}
