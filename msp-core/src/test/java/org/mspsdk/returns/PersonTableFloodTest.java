package org.mspsdk.returns;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Issue 17, finding 4: person ids crafted to collide made the person table quadratic. Work is measured as slots
 * probed (not time): colliding inputs must cost about what random ones cost.
 */
class PersonTableFloodTest {

    private static final int N = 1 << 16;
    private static final PersonState LAYOUT = new PersonState(List.of(new Sg1aTally(), new Sg1bTally(),
            new Sg1cTally(), new Sg1dTally(), new Sg1eTally(), new SectorOutcomesTally()));

    /** 2^16 distinct ids with the same {@link String#hashCode()}: every id is 16 blocks of "Aa" or "BB". */
    private static List<String> sameStringHashCode() {
        List<String> ids = new ArrayList<>(N);
        for (int i = 0; i < N; i++) {
            StringBuilder b = new StringBuilder("P-");
            for (int bit = 0; bit < 16; bit++) {
                b.append((i >>> bit & 1) == 0 ? "Aa" : "BB");
            }
            ids.add(b.toString());
        }
        return ids;
    }

    private static List<String> randomIds() {
        SplittableRandom random = new SplittableRandom(17);
        List<String> ids = new ArrayList<>(N);
        for (int i = 0; i < N; i++) {
            ids.add("P-" + Long.toHexString(random.nextLong()));
        }
        return ids;
    }

    private static long probesForIds(List<String> ids) {
        PersonTable table = new PersonTable(LAYOUT);
        PersonFingerprint f = new PersonFingerprint();
        for (String id : ids) {
            f.of(id);
            table.add(f.high(), f.low(), 1);
        }
        assertThat(table.size()).isEqualTo(ids.size());
        return table.probes();
    }

    /** Fingerprints put in directly, as if an attacker could choose them; each pair is (high, low). */
    private static long probesForFingerprints(long[][] fingerprints) {
        PersonTable table = new PersonTable(LAYOUT);
        for (long[] f : fingerprints) {
            table.add(f[0], f[1], 1);
        }
        assertThat(table.size()).isEqualTo(fingerprints.length);
        return table.probes();
    }

    @Test
    void idsWithOneStringHashCodeCostWhatRandomIdsCost() {
        List<String> colliding = sameStringHashCode();
        assertThat(colliding.stream().mapToInt(String::hashCode).distinct().count()).isEqualTo(1);

        double ratio = (double) probesForIds(colliding) / probesForIds(randomIds());

        assertThat(ratio).isBetween(0.75, 1.33);
    }

    @Test
    void evenChosenFingerprintsCannotPileIntoOneSlot() {
        long[][] sameHigh = new long[N][];
        long[][] sameLowBits = new long[N][];
        long[][] random = new long[N][];
        SplittableRandom r = new SplittableRandom(5);
        for (int i = 0; i < N; i++) {
            sameHigh[i] = new long[] {0x5EED_0000_0000_0001L, i + 1};        // an unkeyed index of the high word
            sameLowBits[i] = new long[] {(long) (i + 1) << 40, 42};          // equal in every low bit
            random[i] = new long[] {r.nextLong(), r.nextLong()};
        }
        long baseline = probesForFingerprints(random);

        assertThat((double) probesForFingerprints(sameHigh) / baseline).isBetween(0.75, 1.33);
        assertThat((double) probesForFingerprints(sameLowBits) / baseline).isBetween(0.75, 1.33);
        // near-linear: a few probes per entry (growth included), not a run as long as the table
        assertThat((double) baseline / N).isLessThan(8.0);
    }

    @Test
    void entriesEqualityAndMergeDoNotDependOnThePlacementKey() {
        List<String> ids = randomIds().subList(0, 5_000);
        PersonFingerprint f = new PersonFingerprint();
        PersonTable a = new PersonTable(LAYOUT, 1, 2);
        PersonTable b = new PersonTable(LAYOUT, 3, 4);
        PersonTable firstHalf = new PersonTable(LAYOUT);
        PersonTable secondHalf = new PersonTable(LAYOUT);
        List<String> shuffled = new ArrayList<>(ids);
        Collections.shuffle(shuffled, new java.util.Random(9));
        for (int i = 0; i < ids.size(); i++) {
            f.of(ids.get(i));
            a.add(f.high(), f.low(), i % 7);
            (i % 2 == 0 ? firstHalf : secondHalf).add(f.high(), f.low(), i % 7);
        }
        for (String id : shuffled) {
            int i = ids.indexOf(id);
            f.of(id);
            b.add(f.high(), f.low(), i % 7);
        }
        firstHalf.merge(secondHalf);

        assertThat(a).isEqualTo(b).isEqualTo(firstHalf).hasSameHashCodeAs(b).hasSameHashCodeAs(firstHalf);
        assertThat(b).isEqualTo(a);
    }

    @Test
    void theFingerprintIsStableAndTellsApartIdsThatEncodersWouldMerge() {
        PersonFingerprint one = new PersonFingerprint();
        PersonFingerprint two = new PersonFingerprint();
        String longId = "P-" + "x".repeat(1_000);
        one.of(longId);
        two.of(longId);
        assertThat(new long[] {one.high(), one.low()}).containsExactly(two.high(), two.low());

        List<String> lookAlike = List.of("SAME-\ud800", "SAME-\udfff", "SAME-?", longId, longId + "y");
        assertThat(lookAlike.stream().map(id -> {
            one.of(id);
            return one.high() + ":" + one.low();
        }).distinct()).hasSize(lookAlike.size());
    }

    @Test
    void thePlacementHashIsSipHash24() {
        // reference vectors: key 00..0f; message 00..0f (16 bytes) read as two little-endian words
        long k0 = 0x0706050403020100L;
        long k1 = 0x0f0e0d0c0b0a0908L;
        assertThat(PersonTable.sipHash24(k0, k1, k0, k1)).isEqualTo(0x3f2acc7f57c29bdbL);
    }
}
