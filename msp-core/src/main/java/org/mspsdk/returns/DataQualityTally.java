package org.mspsdk.returns;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Mutable, mergeable data-quality counts: exact counts per issue plus the {@code sampleSize} smallest record ids.
 * Memory is bounded by (number of issues x sample size), whatever the number of records.
 */
final class DataQualityTally {

    private final int sampleSize;
    private final long[] counts = new long[DataQualityIssue.values().length];
    private final Map<DataQualityIssue, TreeSet<String>> samples = new EnumMap<>(DataQualityIssue.class);

    DataQualityTally(int sampleSize) {
        this.sampleSize = sampleSize;
    }

    void record(String recordId, EnumSet<DataQualityIssue> issues) {
        for (DataQualityIssue issue : issues) {
            counts[issue.ordinal()]++;
            offer(issue, recordId);
        }
    }

    private void offer(DataQualityIssue issue, String id) {
        if (sampleSize == 0) {
            return;
        }
        TreeSet<String> s = samples.computeIfAbsent(issue, k -> new TreeSet<>());
        if (s.size() < sampleSize) {
            s.add(id);
        } else if (id.compareTo(s.last()) < 0 && s.add(id)) {
            s.pollLast();
        }
    }

    void merge(DataQualityTally other) {
        for (int i = 0; i < counts.length; i++) {
            counts[i] += other.counts[i];
        }
        other.samples.forEach((issue, ids) -> ids.forEach(id -> offer(issue, id)));
    }

    DataQualityReport report() {
        return report(Map.of());
    }

    /**
     * @param people counts of issues found per person when the return is built (no record ids), added to the
     *               per-record counts
     * @return the report
     */
    DataQualityReport report(Map<DataQualityIssue, Long> people) {
        Map<DataQualityIssue, DataQualityReport.Entry> entries = new EnumMap<>(DataQualityIssue.class);
        for (DataQualityIssue issue : DataQualityIssue.values()) {
            long c = counts[issue.ordinal()] + people.getOrDefault(issue, 0L);
            if (c > 0) {
                TreeSet<String> ids = samples.get(issue);
                entries.put(issue, new DataQualityReport.Entry(issue, c, ids == null ? List.of() : List.copyOf(ids)));
            }
        }
        return new DataQualityReport(entries, sampleSize);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DataQualityTally other && sampleSize == other.sampleSize
                && java.util.Arrays.equals(counts, other.counts) && samplesEqual(other);
    }

    private boolean samplesEqual(DataQualityTally other) {
        for (DataQualityIssue issue : DataQualityIssue.values()) {
            TreeSet<String> a = samples.get(issue);
            TreeSet<String> b = other.samples.get(issue);
            boolean aEmpty = a == null || a.isEmpty();
            boolean bEmpty = b == null || b.isEmpty();
            if (aEmpty != bEmpty || (!aEmpty && !a.equals(b))) {
                return false;
            }
        }
        return true;
    }

    @Override
    public int hashCode() {
        return java.util.Arrays.hashCode(counts);
    }
}
