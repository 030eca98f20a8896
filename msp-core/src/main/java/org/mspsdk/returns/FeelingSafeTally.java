package org.mspsdk.returns;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.mspsdk.vocabulary.SafetyRating;

/**
 * The change in "how safe do you feel" ({@link MspMeasures.FeelingSafeChange}) over records closed in the year
 * with both the start and end rating; a record with only one of them is counted apart, and reported.
 */
final class FeelingSafeTally implements PartTally {

    private static final int NO_CHANGE = 4;

    /** Count per change, from -4 (index 0) to +4 (index 8). */
    private final long[] byChange = new long[2 * NO_CHANGE + 1];
    private long unpaired;

    @Override
    public void add(RecordFacts r) {
        if (!r.closedInYear()) {
            return;
        }
        Optional<SafetyRating> start = r.record().outcomes().feelingSafeAtStart();
        Optional<SafetyRating> end = r.record().outcomes().feelingSafeAtEnd();
        if (start.isPresent() && end.isPresent()) {
            byChange[end.get().score() - start.get().score() + NO_CHANGE]++;
        } else if (start.isPresent() || end.isPresent()) {
            unpaired++;
            r.issue(DataQualityIssue.FEELING_SAFE_NOT_PAIRED);
        }
    }

    @Override
    public void merge(PartTally other) {
        FeelingSafeTally o = (FeelingSafeTally) other;
        Counts.addAll(byChange, o.byChange);
        unpaired += o.unpaired;
    }

    MspMeasures.FeelingSafeChange result() {
        long pairs = 0;
        long improved = 0;
        long worse = 0;
        long total = 0;
        Map<Integer, Long> changes = new LinkedHashMap<>();
        for (int i = 0; i < byChange.length; i++) {
            int change = i - NO_CHANGE;
            long n = byChange[i];
            changes.put(change, n);
            pairs += n;
            total += change * n;
            if (change > 0) {
                improved += n;
            } else if (change < 0) {
                worse += n;
            }
        }
        return new MspMeasures.FeelingSafeChange(pairs, improved, byChange[NO_CHANGE], worse, total, changes,
                unpaired);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FeelingSafeTally other && Arrays.equals(byChange, other.byChange)
                && unpaired == other.unpaired;
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(byChange) * 31 + Long.hashCode(unpaired);
    }
}
