package org.mspsdk.returns;

import java.nio.charset.StandardCharsets;
import java.util.function.LongConsumer;

/**
 * The {@link PersonState} that distinct-individual counting needs, in memory proportional to the number of distinct
 * people (not records): an open-addressing hash table from a 128-bit fingerprint of the person id to one packed
 * {@code long} of state. No person id is kept, so the table holds no identifier.
 *
 * <p>Fingerprint: two independent 64-bit hashes of the id's UTF-8 bytes (FNV-1a and a multiplicative hash, each
 * finished with the MurmurHash3 64-bit mixer). Two different ids are counted as one person only if both
 * 64-bit hashes collide; for n people the chance of any such collision is about n&sup2; / 2<sup>129</sup>
 * (below 10<sup>-26</sup> for a million people).
 *
 * <p>State values combine with {@link PersonState#combine(long, long)}, which is commutative and associative, so
 * the table after adding records in any order, or merging tables built from any partition, is the same.
 *
 * <p>Memory: three {@code long} arrays of a power-of-two capacity kept at most 75% full: 24 bytes per slot,
 * 32-64 bytes per distinct person (plus a transient doubling while growing).
 */
final class PersonTable {

    private final PersonState layout;
    private long[] k1;
    private long[] k2;
    private long[] values;
    private int size;
    private int mask;

    PersonTable(PersonState layout) {
        this.layout = layout;
        allocate(64);
    }

    private void allocate(int capacity) {
        k1 = new long[capacity];
        k2 = new long[capacity];
        values = new long[capacity];
        mask = capacity - 1;
        size = 0;
    }

    /** Fingerprint of a person id: two 64-bit hashes; (0, 0) is reserved for empty slots. */
    static long[] fingerprint(String personId) {
        byte[] bytes = personId.getBytes(StandardCharsets.UTF_8);
        long fnv = 0xcbf29ce484222325L;
        long mul = 0x9E3779B97F4A7C15L ^ bytes.length;
        for (byte b : bytes) {
            fnv ^= (b & 0xFF);
            fnv *= 0x100000001b3L;
            mul = (mul + (b & 0xFF)) * 0xC2B2AE3D27D4EB4FL;
            mul = Long.rotateLeft(mul, 29);
        }
        long h1 = fmix64(fnv);
        long h2 = fmix64(mul);
        if (h1 == 0 && h2 == 0) {
            h2 = 1;
        }
        return new long[] {h1, h2};
    }

    private static long fmix64(long k) {
        k ^= k >>> 33;
        k *= 0xff51afd7ed558ccdL;
        k ^= k >>> 33;
        k *= 0xc4ceb93fe53b1a85L;
        k ^= k >>> 33;
        return k;
    }

    void add(String personId, long state) {
        long[] f = fingerprint(personId);
        put(f[0], f[1], state);
    }

    private void put(long h1, long h2, long state) {
        int i = (int) (h1 ^ (h1 >>> 32)) & mask;
        while (true) {
            if (k1[i] == 0 && k2[i] == 0) {
                k1[i] = h1;
                k2[i] = h2;
                values[i] = state;
                size++;
                if (size * 4L > (mask + 1) * 3L) {
                    grow();
                }
                return;
            }
            if (k1[i] == h1 && k2[i] == h2) {
                values[i] = layout.combine(values[i], state);
                return;
            }
            i = (i + 1) & mask;
        }
    }

    private long get(long h1, long h2, long absent) {
        int i = (int) (h1 ^ (h1 >>> 32)) & mask;
        while (true) {
            if (k1[i] == 0 && k2[i] == 0) {
                return absent;
            }
            if (k1[i] == h1 && k2[i] == h2) {
                return values[i];
            }
            i = (i + 1) & mask;
        }
    }

    private void grow() {
        long[] o1 = k1;
        long[] o2 = k2;
        long[] ov = values;
        allocate(o1.length * 2);
        for (int i = 0; i < o1.length; i++) {
            if (o1[i] != 0 || o2[i] != 0) {
                put(o1[i], o2[i], ov[i]);
            }
        }
    }

    void merge(PersonTable other) {
        for (int i = 0; i < other.k1.length; i++) {
            if (other.k1[i] != 0 || other.k2[i] != 0) {
                put(other.k1[i], other.k2[i], other.values[i]);
            }
        }
    }

    int size() {
        return size;
    }

    void forEachState(LongConsumer action) {
        for (int i = 0; i < k1.length; i++) {
            if (k1[i] != 0 || k2[i] != 0) {
                action.accept(values[i]);
            }
        }
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof PersonTable other) || other.size != size) {
            return false;
        }
        for (int i = 0; i < k1.length; i++) {
            if ((k1[i] != 0 || k2[i] != 0) && other.get(k1[i], k2[i], -1L) != values[i]) {
                return false;
            }
        }
        return true;
    }

    @Override
    public int hashCode() {
        long h = size;
        for (int i = 0; i < k1.length; i++) {
            if (k1[i] != 0 || k2[i] != 0) {
                h += k1[i] * 31 + values[i];
            }
        }
        return Long.hashCode(h);
    }
}
