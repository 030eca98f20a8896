package org.mspsdk.synthetic;

import java.time.LocalDate;
import java.util.SplittableRandom;

/**
 * What every part of the synthetic generator draws with: the shared random source, the settings, and weighted
 * picks. The parts ({@link RecordDraws}, {@link EnquiryDraws}, {@link OutcomeDraws}) share one random source, so
 * the order of draws, and so every record of a seed, does not depend on how the code is split.
 */
abstract class Draws {

    /** The one random source of a generator, shared by all its parts so a seed gives one sequence of draws. */
    final SplittableRandom random;
    /** The generator's settings. */
    final SyntheticDataGenerator.Settings settings;

    Draws(SplittableRandom random, SyntheticDataGenerator.Settings settings) {
        this.random = random;
        this.settings = settings;
    }

    /** Earlier options are likelier: weights n, n-1, ..., 1. */
    final int weightedIndex(int n) {
        int total = n * (n + 1) / 2;
        int r = random.nextInt(total);
        for (int i = 0; i < n; i++) {
            r -= n - i;
            if (r < 0) {
                return i;
            }
        }
        return n - 1;
    }

    final LocalDate clamp(LocalDate d) {
        return clampTo(d, settings.asOf());
    }

    static LocalDate clampTo(LocalDate d, LocalDate latest) {
        return d.isAfter(latest) ? latest : d;
    }

    static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    final <E> E pick(E[] values, int... weights) {
        if (weights.length != values.length) {
            throw new IllegalStateException("weights do not match values");
        }
        int total = 0;
        for (int w : weights) {
            total += w;
        }
        int r = random.nextInt(total);
        for (int i = 0; i < values.length; i++) {
            r -= weights[i];
            if (r < 0) {
                return values[i];
            }
        }
        return values[values.length - 1];
    }
}
