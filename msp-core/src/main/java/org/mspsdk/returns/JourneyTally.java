package org.mspsdk.returns;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import org.mspsdk.model.OrganisationInvolvement;
import org.mspsdk.model.SafeguardingRecord;

/**
 * The journeys: counting each journey once, the partner records, and the single-organisation and partnership
 * levels ({@link PartnershipMeasures}). It sees every record, the lead council's and the partners'; the other parts
 * of a {@link SacTally} see only lead council records, so partner records never reach the SAC tables.
 *
 * <p><b>State.</b> A record without an {@code episodeId} is a journey of its own: it is counted at once and leaves
 * nothing behind. A linked record leaves, keyed by the 128-bit fingerprint of its {@code episodeId}
 * ({@link PersonFingerprint}; no id is kept):
 * <ul>
 *   <li>one packed {@code long} per journey in a {@link PersonTable}: how many lead council records (0 to 3,
 *       saturating), whether a partner record was seen, what the lead record says about the year (concern received,
 *       s42 enquiry commenced), flags OR-ed over every record (asked at the point of concern, outcomes expressed,
 *       achievement recorded, met) and two days taking the minimum (the lead record's enquiry commencement, the first
 *       day an outcome was rated met);</li>
 *   <li>one {@code long} per (journey, organisation) pair where the organisation did something (raised the
 *       concern, was caused to make enquiries, contributed, asked at the point of concern, recorded an outcome or a
 *       rating, collected a questionnaire), flags OR-ed, keyed by the journey's fingerprint mixed with a 64-bit hash of
 *       the organisation's code; a small dictionary of organisation codes;</li>
 *   <li>for a journey whose partner records have been seen but no lead council record yet (an <i>open</i>
 *       journey): the number of its partner records and their smallest record ids (at most the data-quality sample
 *       size). The entry goes when the lead record arrives, in this tally or in a merged one.</li>
 * </ul>
 * Every combination is commutative and associative (saturating count, OR, minimum), so adding records in any order
 * and merging tallies of any split give the same state. Memory: about 32-64 bytes per linked journey and per
 * (linked journey, active organisation) pair, plus about 300 bytes per open journey and its sampled ids.
 */
final class JourneyTally {

    private final int sampleSize;
    private final PersonFingerprint fingerprint = new PersonFingerprint();
    private final PersonTable journeys = new PersonTable(JourneyState::combineJourney);
    private final PersonTable pairs = new PersonTable(JourneyState::combinePair);
    /** Organisation codes by index (the index is local to this tally), and their 64-bit mixes. */
    private final List<String> codes = new ArrayList<>();
    private final List<Long> mixes = new ArrayList<>();
    private final Map<String, Integer> index = new HashMap<>();
    /** Open journeys: partner records seen, no lead council record yet. */
    private final Map<Key, Open> open = new HashMap<>();
    /** Counts of journeys without an episodeId (counted at once). */
    private final long[] direct = new long[JourneyState.JOURNEY_MEASURES];
    private final Map<String, long[]> directByOrganisation = new HashMap<>();
    private long partnerRecords;
    private long partnerRecordsNotLinked;

    /** The key of an open journey. */
    private record Key(long h1, long h2) {
    }

    /** An open journey's partner records: how many, and the smallest ids. */
    private static final class Open {
        long count;
        final TreeSet<String> ids = new TreeSet<>();

        @Override
        public boolean equals(Object o) {
            return o instanceof Open other && count == other.count && ids.equals(other.ids);
        }

        @Override
        public int hashCode() {
            return Long.hashCode(count) * 31 + ids.hashCode();
        }
    }

    JourneyTally(int sampleSize) {
        this.sampleSize = sampleSize;
    }

    /** Counts one record, the lead council's or a partner's. */
    void add(RecordFacts r) {
        SafeguardingRecord record = r.record();
        boolean lead = record.isLeadRecord();
        if (!lead) {
            partnerRecords++;
        }
        String recorder = record.recorder().orElse(null);
        long state = JourneyState.journeyState(r, lead, recorder);
        if (record.episodeId().isEmpty()) {
            if (lead) {
                JourneyState.countJourney(state, direct);
                for (OrganisationInvolvement o : record.organisations()) {
                    long flags = JourneyState.pairFlags(record, lead, recorder, o);
                    if (flags != 0) {
                        JourneyState.countOrganisation(state, flags, directByOrganisation.computeIfAbsent(o.code(),
                                k -> new long[JourneyState.ORGANISATION_MEASURES]));
                    }
                }
            } else {
                partnerRecordsNotLinked++;
                r.issue(DataQualityIssue.PARTNER_RECORD_NOT_LINKED);
            }
            return;
        }
        fingerprint.of(record.episodeId().get());
        long h1 = fingerprint.high();
        long h2 = fingerprint.low();
        journeys.add(h1, h2, state);
        if (lead) {
            open.remove(new Key(h1, h2));
        } else if ((journeys.state(h1, h2, 0) & JourneyState.LEAD_MASK) == 0) {
            offer(open.computeIfAbsent(new Key(h1, h2), k -> new Open()), 1, List.of(record.recordId()));
        }
        for (OrganisationInvolvement o : record.organisations()) {
            long flags = JourneyState.pairFlags(record, lead, recorder, o);
            if (flags != 0) {
                int i = indexOf(o.code());
                addPair(h1, h2, i, flags);
            }
        }
    }

    private void addPair(long h1, long h2, int organisation, long flags) {
        long k2 = h2 ^ mixes.get(organisation);
        if (h1 == 0 && k2 == 0) {
            k2 = 1; // (0, 0) marks an empty slot; the chance of meeting it is 2^-128
        }
        pairs.add(h1, k2, ((long) organisation << JourneyState.ORG_INDEX) | flags);
    }

    private int indexOf(String code) {
        Integer i = index.get(code);
        if (i == null) {
            i = codes.size();
            codes.add(code);
            fingerprint.of("organisation:" + code);
            mixes.add(fingerprint.high() ^ fingerprint.low());
            index.put(code, i);
        }
        return i;
    }

    private void offer(Open o, long count, Iterable<String> ids) {
        o.count += count;
        for (String id : ids) {
            if (sampleSize == 0) {
                return;
            }
            if (o.ids.size() < sampleSize) {
                o.ids.add(id);
            } else if (id.compareTo(o.ids.last()) < 0 && o.ids.add(id)) {
                o.ids.pollLast();
            }
        }
    }

    // ---- merging ------------------------------------------------------------------------------------------------

    void merge(JourneyTally other) {
        journeys.merge(other.journeys);
        other.pairs.forEachEntry((h1, k2, v) -> {
            int theirs = (int) (v >>> JourneyState.ORG_INDEX);
            int mine = indexOf(other.codes.get(theirs));
            pairs.add(h1, k2, ((long) mine << JourneyState.ORG_INDEX) | (v & JourneyState.ORG_FLAGS));
        });
        other.open.forEach((k, o) -> offer(open.computeIfAbsent(k, x -> new Open()), o.count, o.ids));
        open.keySet().removeIf(k -> (journeys.state(k.h1(), k.h2(), 0) & JourneyState.LEAD_MASK) != 0);
        Counts.addAll(direct, other.direct);
        other.directByOrganisation.forEach((code, n) -> Counts.addAll(
                directByOrganisation.computeIfAbsent(code, k -> new long[JourneyState.ORGANISATION_MEASURES]), n));
        partnerRecords += other.partnerRecords;
        partnerRecordsNotLinked += other.partnerRecordsNotLinked;
    }

    // ---- results ------------------------------------------------------------------------------------------------

    /** @return the partnership and single-organisation levels */
    PartnershipMeasures result() {
        long[] n = direct.clone();
        long[] several = new long[1];
        long[] linked = new long[1];
        journeys.forEachEntry((h1, h2, s) -> {
            long before = n[0];
            JourneyState.countJourney(s, n);
            linked[0] += n[0] - before;
            if ((s & JourneyState.LEAD_MASK) > 1) {
                several[0]++;
            }
        });
        Map<String, long[]> byOrganisation = new TreeMap<>();
        directByOrganisation.forEach((code, c) -> Counts.addAll(
                byOrganisation.computeIfAbsent(code, k -> new long[JourneyState.ORGANISATION_MEASURES]), c));
        pairs.forEachEntry((h1, k2, v) -> {
            int i = (int) (v >>> JourneyState.ORG_INDEX);
            long h2 = k2 ^ mixes.get(i);
            long s = journeys.state(h1, h2, 0);
            JourneyState.countOrganisation(s, v & JourneyState.ORG_FLAGS, byOrganisation.computeIfAbsent(codes.get(i),
                    k -> new long[JourneyState.ORGANISATION_MEASURES]));
        });
        Map<String, PartnershipMeasures.Organisation> organisations = new TreeMap<>();
        byOrganisation.forEach((code, c) -> {
            if (java.util.Arrays.stream(c).sum() > 0) {
                organisations.put(code, new PartnershipMeasures.Organisation(c[0], c[1], c[2], c[3], c[4], c[5], c[6],
                        c[7]));
            }
        });
        PartnershipMeasures.Journeys j = new PartnershipMeasures.Journeys(n[0], linked[0], n[2], n[3], n[4], n[5],
                n[6], n[7], n[8], partnerRecords, partnerRecordsWithoutLead(), several[0]);
        return new PartnershipMeasures(j, organisations);
    }

    /** @return partner records counted nowhere: not linked, or no lead council record of their journey */
    long partnerRecordsWithoutLead() {
        return partnerRecordsNotLinked + openRecords();
    }

    private long openRecords() {
        return open.values().stream().mapToLong(o -> o.count).sum();
    }

    /** @return the open journeys' partner records (count and smallest ids), for the data-quality report */
    DataQualityReport.Entry withoutLeadRecord() {
        TreeSet<String> ids = new TreeSet<>();
        for (Open o : open.values()) {
            for (String id : o.ids) {
                if (ids.size() < sampleSize) {
                    ids.add(id);
                } else if (id.compareTo(ids.last()) < 0 && ids.add(id)) {
                    ids.pollLast();
                }
            }
        }
        return new DataQualityReport.Entry(DataQualityIssue.PARTNER_RECORD_WITHOUT_LEAD_RECORD, openRecords(),
                List.copyOf(ids));
    }

    /** @return the number of journeys with more than one lead council record */
    long severalLeadRecords() {
        long[] n = new long[1];
        journeys.forEachState(s -> n[0] += (s & JourneyState.LEAD_MASK) > 1 ? 1 : 0);
        return n[0];
    }

    /** @return journeys with partner records but, so far, no lead council record (for memory measurements) */
    int openJourneys() {
        return open.size();
    }

    // ---- equality -------------------------------------------------------------------------------------------------

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof JourneyTally other)) {
            return false;
        }
        return sampleSize == other.sampleSize && partnerRecords == other.partnerRecords
                && partnerRecordsNotLinked == other.partnerRecordsNotLinked
                && java.util.Arrays.equals(direct, other.direct) && sameDirect(other)
                && journeys.equals(other.journeys) && open.equals(other.open) && samePairs(other);
    }

    private boolean sameDirect(JourneyTally other) {
        if (!directByOrganisation.keySet().equals(other.directByOrganisation.keySet())) {
            return false;
        }
        return directByOrganisation.entrySet().stream()
                .allMatch(e -> java.util.Arrays.equals(e.getValue(), other.directByOrganisation.get(e.getKey())));
    }

    /** Pairs compare by key, organisation code and flags: organisation indexes are local to each tally. */
    private boolean samePairs(JourneyTally other) {
        if (pairs.size() != other.pairs.size()) {
            return false;
        }
        boolean[] same = {true};
        pairs.forEachEntry((h1, k2, v) -> {
            long w = other.pairs.state(h1, k2, -1L);
            if (w == -1L || (w & JourneyState.ORG_FLAGS) != (v & JourneyState.ORG_FLAGS)
                    || !Objects.equals(other.codes.get((int) (w >>> JourneyState.ORG_INDEX)), codes.get((int) (v >>> JourneyState.ORG_INDEX)))) {
                same[0] = false;
            }
        });
        return same[0];
    }

    @Override
    public int hashCode() {
        return Long.hashCode(partnerRecords) * 31 + journeys.hashCode();
    }
}
