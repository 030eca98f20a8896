package org.mspsdk.returns;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The data-quality report beside every return: for each {@link DataQualityIssue}, how many records had it and a
 * bounded sample of their record ids (the lexicographically smallest ones, so the sample does not depend on the
 * order in which records or partitions were aggregated). Record ids only: no other personal data. The counts
 * are exact; only the id sample is bounded ({@link SacSettings#dataQualitySampleSize()}).
 *
 * <p>{@link #toString()} shows counts only, never ids.
 *
 * <pre>{@code
 * DataQualityReport dq = sacReturn.dataQuality();
 * long missing = dq.count(DataQualityIssue.CAPACITY_NOT_RECORDED);
 * List<String> someIds = dq.sampleIds(DataQualityIssue.CAPACITY_NOT_RECORDED);
 * }</pre>
 */
public final class DataQualityReport {

    /**
     * One issue's line of the report.
     *
     * @param issue     the issue
     * @param count     how many records had it (exact)
     * @param sampleIds up to the sample size of their record ids, sorted
     */
    public record Entry(DataQualityIssue issue, long count, List<String> sampleIds) {

        /** Copies the ids. */
        public Entry {
            Objects.requireNonNull(issue, "issue");
            sampleIds = List.copyOf(sampleIds);
        }

        @Override
        public String toString() {
            return "Entry[" + issue.code() + ", count=" + count + ", sampleIds=" + sampleIds.size() + " (redacted)]";
        }
    }

    /**
     * Records left out of the return because they break an ERROR rule of the SAC profile, for one rule
     * ({@link SacTally#exclude}).
     *
     * @param ruleId    the rule id, for example {@code MSP-DAT-003}
     * @param count     how many records broke it (exact; a record breaking two rules is under both)
     * @param sampleIds up to the sample size of their record ids, sorted
     */
    public record Exclusion(String ruleId, long count, List<String> sampleIds) {

        /** Copies the ids. */
        public Exclusion {
            Objects.requireNonNull(ruleId, "ruleId");
            sampleIds = List.copyOf(sampleIds);
        }

        @Override
        public String toString() {
            return "Exclusion[" + ruleId + ", count=" + count + ", sampleIds=" + sampleIds.size() + " (redacted)]";
        }
    }

    private final Map<DataQualityIssue, Entry> entries;
    private final int sampleSize;
    private final long excludedRecords;
    private final List<Exclusion> exclusions;

    DataQualityReport(Map<DataQualityIssue, Entry> entries, int sampleSize) {
        this(entries, sampleSize, 0, List.of());
    }

    DataQualityReport(Map<DataQualityIssue, Entry> entries, int sampleSize, long excludedRecords,
            List<Exclusion> exclusions) {
        this.entries = Collections.unmodifiableMap(new EnumMap<>(entries.isEmpty()
                ? new EnumMap<>(DataQualityIssue.class) : entries));
        this.sampleSize = sampleSize;
        this.excludedRecords = excludedRecords;
        this.exclusions = List.copyOf(exclusions);
    }

    /** @return how many records were left out of the return because they break an ERROR rule */
    public long excludedRecords() {
        return excludedRecords;
    }

    /** @return the records left out, by rule id (sorted) */
    public List<Exclusion> exclusions() {
        return exclusions;
    }

    /** @return the entries for the issues that occurred, in issue order */
    public List<Entry> entries() {
        return List.copyOf(new ArrayList<>(entries.values()));
    }

    /**
     * @param issue an issue
     * @return how many records had it
     */
    public long count(DataQualityIssue issue) {
        return Optional.ofNullable(entries.get(issue)).map(Entry::count).orElse(0L);
    }

    /**
     * @param issue an issue
     * @return the sampled record ids, sorted (at most {@link #sampleSize()})
     */
    public List<String> sampleIds(DataQualityIssue issue) {
        return Optional.ofNullable(entries.get(issue)).map(Entry::sampleIds).orElse(List.of());
    }

    /** @return the most record ids kept per issue */
    public int sampleSize() {
        return sampleSize;
    }

    /** @return true when no issue occurred */
    public boolean isEmpty() {
        return entries.isEmpty() && excludedRecords == 0;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DataQualityReport other && entries.equals(other.entries) && sampleSize == other.sampleSize
                && excludedRecords == other.excludedRecords && exclusions.equals(other.exclusions);
    }

    @Override
    public int hashCode() {
        return entries.hashCode() * 31 + sampleSize;
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("DataQualityReport[");
        entries.values().forEach(e -> sb.append(e.issue().code()).append('=').append(e.count()).append(' '));
        if (excludedRecords > 0) {
            sb.append("excluded=").append(excludedRecords).append(' ');
        }
        return sb.toString().trim() + "]";
    }
}
