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
    /** Records left out because they break an ERROR rule: per rule id, the count and the sampled record ids. */
    private final java.util.TreeMap<String, long[]> excludedByRule = new java.util.TreeMap<>();
    private final java.util.TreeMap<String, TreeSet<String>> excludedSamples = new java.util.TreeMap<>();
    private long excludedRecords;

    DataQualityTally(int sampleSize) {
        this.sampleSize = sampleSize;
    }

    void record(String recordId, EnumSet<DataQualityIssue> issues) {
        for (DataQualityIssue issue : issues) {
            counts[issue.ordinal()]++;
            offer(issue, recordId);
        }
    }

    /** Notes a record left out of the return because it breaks the given ERROR rules. */
    void exclude(String recordId, java.util.Collection<String> ruleIds) {
        excludedRecords++;
        for (String rule : new TreeSet<>(ruleIds)) {
            excludedByRule.computeIfAbsent(rule, k -> new long[1])[0]++;
            offer(excludedSamples.computeIfAbsent(rule, k -> new TreeSet<>()), recordId);
        }
    }

    private void offer(DataQualityIssue issue, String id) {
        if (sampleSize == 0) {
            return;
        }
        offer(samples.computeIfAbsent(issue, k -> new TreeSet<>()), id);
    }

    private void offer(TreeSet<String> s, String id) {
        if (sampleSize == 0) {
            return;
        }
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
        excludedRecords += other.excludedRecords;
        other.excludedByRule.forEach((rule, n) -> excludedByRule.computeIfAbsent(rule, k -> new long[1])[0] += n[0]);
        other.excludedSamples.forEach((rule, ids) -> ids.forEach(id -> offer(excludedSamples.computeIfAbsent(rule,
                k -> new TreeSet<>()), id)));
    }

    DataQualityReport report() {
        return report(Map.of(), List.of());
    }

    /**
     * @param people  counts of issues found per person when the return is built (no record ids), added to the
     *                per-record counts
     * @param counted entries counted elsewhere (the journeys': known only once every record has been read); an
     *                entry with a zero count is left out
     * @return the report
     */
    DataQualityReport report(Map<DataQualityIssue, Long> people, List<DataQualityReport.Entry> counted) {
        Map<DataQualityIssue, DataQualityReport.Entry> entries = new EnumMap<>(DataQualityIssue.class);
        for (DataQualityIssue issue : DataQualityIssue.values()) {
            long c = counts[issue.ordinal()] + people.getOrDefault(issue, 0L);
            if (c > 0) {
                TreeSet<String> ids = samples.get(issue);
                entries.put(issue, new DataQualityReport.Entry(issue, c, ids == null ? List.of() : List.copyOf(ids)));
            }
        }
        for (DataQualityReport.Entry e : counted) {
            if (e.count() > 0) {
                entries.put(e.issue(), e);
            }
        }
        List<DataQualityReport.Exclusion> exclusions = new java.util.ArrayList<>();
        excludedByRule.forEach((rule, n) -> exclusions.add(new DataQualityReport.Exclusion(rule, n[0],
                List.copyOf(excludedSamples.getOrDefault(rule, new TreeSet<>())))));
        return new DataQualityReport(entries, sampleSize, excludedRecords, exclusions);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DataQualityTally other && sampleSize == other.sampleSize
                && java.util.Arrays.equals(counts, other.counts) && samplesEqual(other)
                && excludedRecords == other.excludedRecords && excludedEqual(other);
    }

    private boolean excludedEqual(DataQualityTally other) {
        if (!excludedByRule.keySet().equals(other.excludedByRule.keySet())
                || !excludedSamples.equals(other.excludedSamples)) {
            return false;
        }
        return excludedByRule.entrySet().stream()
                .allMatch(e -> e.getValue()[0] == other.excludedByRule.get(e.getKey())[0]);
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
