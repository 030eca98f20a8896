package org.mspsdk.returns;

import java.util.Arrays;
import java.util.Optional;
import org.mspsdk.model.MentalCapacity;
import org.mspsdk.vocabulary.CapacityAnswer;
import org.mspsdk.vocabulary.Population;

/**
 * SG3a: section 42 enquiries concluded in the year by whether the person lacked capacity (one per enquiry;
 * missing: {@code Not recorded}, reported), with the subset who lacked capacity and were supported by an
 * advocate, family or friend (a missing answer is not counted in the subset, and is reported).
 */
final class Sg3aTally implements TableTally {

    private static final int SUPPORTED = CapacityAnswer.values().length;

    /** The capacity answers, then the support subset: the order of SG3a's two blocks. */
    private final long[] counts = new long[SUPPORTED + 1];

    @Override
    public void add(RecordFacts r) {
        if (r.concluded() != Population.CONCLUDED_S42) {
            return;
        }
        Optional<MentalCapacity> capacity = r.enquiry().mentalCapacity();
        if (capacity.isEmpty()) {
            r.issue(DataQualityIssue.CAPACITY_NOT_RECORDED);
            counts[CapacityAnswer.NOT_RECORDED.ordinal()]++;
            return;
        }
        CapacityAnswer answer = capacity.get().lackedCapacity();
        counts[answer.ordinal()]++;
        if (answer == CapacityAnswer.LACKED) {
            Optional<Boolean> supported = capacity.get().supportedByAdvocateFamilyOrFriend();
            if (supported.isEmpty()) {
                r.issue(DataQualityIssue.CAPACITY_SUPPORT_NOT_RECORDED);
            } else if (supported.get()) {
                counts[SUPPORTED]++;
            }
        }
    }

    @Override
    public void merge(PartTally other) {
        Counts.addAll(counts, ((Sg3aTally) other).counts);
    }

    @Override
    public long[] counts(Population population) {
        return counts;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Sg3aTally other && Arrays.equals(counts, other.counts);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(counts);
    }
}
