package org.mspsdk.returns;

import java.security.SecureRandom;
import java.util.function.LongBinaryOperator;
import java.util.function.LongConsumer;

/**
 * The {@link PersonState} that distinct-individual counting needs, in memory proportional to the number of distinct
 * people (not records): an open-addressing hash table (linear probing) from a person's 128-bit
 * {@link PersonFingerprint} to one packed {@code long} of state. No person id is kept, so the table holds no
 * identifier.
 *
 * <p>Crafted ids cannot flood it. Where an entry goes is SipHash-2-4 of its fingerprint under a 128-bit key drawn
 * from {@link SecureRandom} for each table, so which ids share a slot is unknown to whoever wrote the extract:
 * colliding ids cost the same expected probes as random ones (a few per entry at the 75% load kept here, growth
 * included), whatever the ids, even if the fingerprint itself could be chosen. The key decides only placement: the
 * entries, {@link #equals(Object)}, {@link #hashCode()}, merging and every count read from the table depend on
 * the fingerprints and states alone, so they are the same under any key.
 *
 * <p>State values combine with {@link PersonState#combine(long, long)}, which is commutative and associative, so
 * the table after adding records in any order, or merging tables built from any partition, is the same.
 *
 * <p>Memory: three {@code long} arrays of a power-of-two capacity kept at most 75% full: 24 bytes per slot,
 * 32-64 bytes per distinct person (plus a transient doubling while growing). Adding allocates nothing.
 */
final class PersonTable {

    private static final SecureRandom KEYS = new SecureRandom();

    private final LongBinaryOperator combine;
    private final long key0;
    private final long key1;
    private long[] k1;
    private long[] k2;
    private long[] values;
    private int size;
    private int mask;
    private long probes;

    PersonTable(PersonState layout) {
        this(layout, KEYS.nextLong(), KEYS.nextLong());
    }

    /** A table with a given placement key (tests; the key changes where entries sit, never what they are). */
    PersonTable(PersonState layout, long key0, long key1) {
        this(layout::combine, key0, key1);
    }

    /**
     * A table of other 128-bit keyed state (the journeys of {@link JourneyTally}), whose values combine with a
     * function that must be commutative and associative.
     */
    PersonTable(LongBinaryOperator combine) {
        this(combine, KEYS.nextLong(), KEYS.nextLong());
    }

    private PersonTable(LongBinaryOperator combine, long key0, long key1) {
        this.combine = combine;
        this.key0 = key0;
        this.key1 = key1;
        allocate(64);
    }

    private void allocate(int capacity) {
        k1 = new long[capacity];
        k2 = new long[capacity];
        values = new long[capacity];
        mask = capacity - 1;
        size = 0;
    }

    /**
     * Adds one record's state for a person.
     *
     * @param high  the first 64 bits of the person's fingerprint
     * @param low   the next 64 bits; {@code (0, 0)} is not a fingerprint
     * @param state the record's packed state
     */
    void add(long high, long low, long state) {
        put(high, low, state);
    }

    private int slot(long h1, long h2) {
        return (int) sipHash24(key0, key1, h1, h2) & mask;
    }

    private void put(long h1, long h2, long state) {
        int i = slot(h1, h2);
        while (true) {
            probes++;
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
                values[i] = combine.applyAsLong(values[i], state);
                return;
            }
            i = (i + 1) & mask;
        }
    }

    private long get(long h1, long h2, long absent) {
        int i = slot(h1, h2);
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

    /**
     * SipHash-2-4 (Aumasson and Bernstein) of the 16-byte message made of two 64-bit words, each read
     * little-endian as the reference implementation reads its input.
     */
    static long sipHash24(long key0, long key1, long m0, long m1) {
        long v0 = key0 ^ 0x736f6d6570736575L;
        long v1 = key1 ^ 0x646f72616e646f6dL;
        long v2 = key0 ^ 0x6c7967656e657261L;
        long v3 = key1 ^ 0x7465646279746573L;
        for (int block = 0; block < 3; block++) {
            long m = block == 0 ? m0 : block == 1 ? m1 : 16L << 56;
            v3 ^= m;
            for (int round = 0; round < 2; round++) {
                v0 += v1; v1 = Long.rotateLeft(v1, 13); v1 ^= v0; v0 = Long.rotateLeft(v0, 32);
                v2 += v3; v3 = Long.rotateLeft(v3, 16); v3 ^= v2;
                v0 += v3; v3 = Long.rotateLeft(v3, 21); v3 ^= v0;
                v2 += v1; v1 = Long.rotateLeft(v1, 17); v1 ^= v2; v2 = Long.rotateLeft(v2, 32);
            }
            v0 ^= m;
        }
        v2 ^= 0xff;
        for (int round = 0; round < 4; round++) {
            v0 += v1; v1 = Long.rotateLeft(v1, 13); v1 ^= v0; v0 = Long.rotateLeft(v0, 32);
            v2 += v3; v3 = Long.rotateLeft(v3, 16); v3 ^= v2;
            v0 += v3; v3 = Long.rotateLeft(v3, 21); v3 ^= v0;
            v2 += v1; v1 = Long.rotateLeft(v1, 17); v1 ^= v2; v2 = Long.rotateLeft(v2, 32);
        }
        return v0 ^ v1 ^ v2 ^ v3;
    }

    /** @return slots inspected by every insertion so far, growth included (a measure of work for tests) */
    long probes() {
        return probes;
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

    /** @return the state kept for a key, or {@code absent} when the table has none */
    long state(long h1, long h2, long absent) {
        return get(h1, h2, absent);
    }

    /** What to do with one entry: its key and its state. */
    interface EntryConsumer {
        void accept(long h1, long h2, long state);
    }

    void forEachEntry(EntryConsumer action) {
        for (int i = 0; i < k1.length; i++) {
            if (k1[i] != 0 || k2[i] != 0) {
                action.accept(k1[i], k2[i], values[i]);
            }
        }
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
