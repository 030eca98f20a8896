package org.mspsdk.returns;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import org.mspsdk.model.Achievement;
import org.mspsdk.model.DesiredOutcome;
import org.mspsdk.model.NegotiatedOutcome;
import org.mspsdk.model.OrganisationInvolvement;
import org.mspsdk.model.PersonalOutcomes;
import org.mspsdk.model.QuestionnaireResponse;
import org.mspsdk.model.SafeguardingRecord;
import org.mspsdk.vocabulary.AskedAboutOutcomes;
import org.mspsdk.vocabulary.OrganisationRole;
import org.mspsdk.vocabulary.OutcomeAchievement;
import org.mspsdk.vocabulary.Population;
import org.mspsdk.vocabulary.RecordingStage;

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

    // ---- the journey state -------------------------------------------------------------------------------------
    private static final long LEAD_MASK = 0b11;
    private static final long PARTNER = 1L << 2;
    private static final long CONCERN_IN_YEAR = 1L << 3;
    private static final long S42_IN_YEAR = 1L << 4;
    private static final long ASKED_AT_CONCERN = 1L << 5;
    private static final long EXPRESSED = 1L << 6;
    private static final long RATED = 1L << 7;
    private static final long MET = 1L << 8;
    private static final long FLAGS = 0xFFFCL;
    private static final int DAY_BITS = PersonState.DAY_BITS;
    private static final long NO_DAY = (1L << DAY_BITS) - 1;
    private static final long DAY_OFFSET = 1L << (DAY_BITS - 1);
    private static final int ENQUIRY_DAY = 16;
    private static final int MET_DAY = ENQUIRY_DAY + DAY_BITS;

    // ---- the (journey, organisation) state ---------------------------------------------------------------------
    private static final long RAISED = 1L;
    private static final long CAUSED = 1L << 1;
    private static final long CONTRIBUTED = 1L << 2;
    private static final long ORG_ASKED = 1L << 3;
    private static final long RECORDED_OUTCOME = 1L << 4;
    private static final long RATED_BY = 1L << 5;
    private static final long QUESTIONNAIRE = 1L << 6;
    private static final long ORG_FLAGS = 0xFFL;
    private static final int ORG_INDEX = 32;

    private static final int ORGANISATION_MEASURES = 8;
    private static final int JOURNEY_MEASURES = 9;

    private final int sampleSize;
    private final PersonFingerprint fingerprint = new PersonFingerprint();
    private final PersonTable journeys = new PersonTable(JourneyTally::combineJourney);
    private final PersonTable pairs = new PersonTable(JourneyTally::combinePair);
    /** Organisation codes by index (the index is local to this tally), and their 64-bit mixes. */
    private final List<String> codes = new ArrayList<>();
    private final List<Long> mixes = new ArrayList<>();
    private final Map<String, Integer> index = new HashMap<>();
    /** Open journeys: partner records seen, no lead council record yet. */
    private final Map<Key, Open> open = new HashMap<>();
    /** Counts of journeys without an episodeId (counted at once). */
    private final long[] direct = new long[JOURNEY_MEASURES];
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
        long state = journeyState(r, lead);
        if (record.episodeId().isEmpty()) {
            if (lead) {
                countJourney(state, direct);
                for (OrganisationInvolvement o : record.organisations()) {
                    long flags = pairFlags(record, o);
                    if (flags != 0) {
                        countOrganisation(state, flags, directByOrganisation.computeIfAbsent(o.code(),
                                k -> new long[ORGANISATION_MEASURES]));
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
        } else if ((journeys.state(h1, h2, 0) & LEAD_MASK) == 0) {
            offer(open.computeIfAbsent(new Key(h1, h2), k -> new Open()), 1, List.of(record.recordId()));
        }
        for (OrganisationInvolvement o : record.organisations()) {
            long flags = pairFlags(record, o);
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
        pairs.add(h1, k2, ((long) organisation << ORG_INDEX) | flags);
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

    // ---- what one record says --------------------------------------------------------------------------------

    private static long day(LocalDate d) {
        return (d.toEpochDay() + DAY_OFFSET) & NO_DAY;
    }

    /** The journey state one record gives. */
    private static long journeyState(RecordFacts r, boolean lead) {
        SafeguardingRecord record = r.record();
        long state = lead ? 1 : PARTNER;
        long enquiryDay = NO_DAY;
        if (lead) {
            if (r.in(Population.SAFEGUARDING_CONCERNS)) {
                state |= CONCERN_IN_YEAR;
            }
            if (r.in(Population.S42_ENQUIRIES)) {
                state |= S42_IN_YEAR;
            }
            if (r.enquiry() != null) {
                enquiryDay = day(r.enquiry().commencedOn());
            }
        }
        PersonalOutcomes o = record.outcomes();
        if (askedAtConcern(record, Optional.empty())) {
            state |= ASKED_AT_CONCERN;
        }
        if (!o.desiredOutcomes().isEmpty()) {
            state |= EXPRESSED;
        }
        long metDay = NO_DAY;
        for (NegotiatedOutcome n : o.negotiatedOutcomes()) {
            if (n.achievement().isPresent()) {
                state |= RATED;
                Achievement a = n.achievement().get();
                if (a.level() != OutcomeAchievement.NOT_ACHIEVED) {
                    state |= MET;
                    metDay = Math.min(metDay, day(a.ratedOn()));
                }
            }
        }
        Optional<OutcomeAchievement> enquiryLevel = r.achievement();
        if (enquiryLevel.isPresent()) {
            state |= RATED;
            if (enquiryLevel.get() != OutcomeAchievement.NOT_ACHIEVED) {
                state |= MET;
            }
        }
        return state | enquiryDay << ENQUIRY_DAY | metDay << MET_DAY;
    }

    /**
     * @param record       a record
     * @param organisation empty for anyone, else the organisation that must have asked
     * @return whether the person was asked about desired outcomes at the point of concern (by that organisation): a
     *     desired outcome at stage point-of-concern attributed to it, or a partner's own record answering "asked"
     */
    private static boolean askedAtConcern(SafeguardingRecord record, Optional<String> organisation) {
        for (DesiredOutcome d : record.outcomes().desiredOutcomes()) {
            if (d.stage() == RecordingStage.POINT_OF_CONCERN
                    && (organisation.isEmpty() || attributedTo(record, d.recordedBy(), organisation.get()))) {
                return true;
            }
        }
        AskedAboutOutcomes asked = record.outcomes().asked().orElse(AskedAboutOutcomes.NOT_RECORDED);
        boolean wasAsked = asked == AskedAboutOutcomes.ASKED_EXPRESSED || asked == AskedAboutOutcomes.ASKED_NOT_EXPRESSED;
        return wasAsked && record.isPartnerRecord()
                && (organisation.isEmpty() || record.recordedBy().get().equals(organisation.get()));
    }

    private static boolean attributedTo(SafeguardingRecord record, Optional<String> by, String code) {
        return (by.isPresent() ? by : record.recorder()).map(code::equals).orElse(false);
    }

    /** What one organisation did on one record, by its roles and by attribution. */
    private static long pairFlags(SafeguardingRecord record, OrganisationInvolvement o) {
        String code = o.code();
        long flags = 0;
        if (o.has(OrganisationRole.RAISED_CONCERN)) {
            flags |= RAISED;
        }
        if (o.has(OrganisationRole.CAUSED_TO_MAKE_ENQUIRIES)) {
            flags |= CAUSED;
        }
        if (o.has(OrganisationRole.CONTRIBUTED)) {
            flags |= CONTRIBUTED;
        }
        if (askedAtConcern(record, Optional.of(code))) {
            flags |= ORG_ASKED;
        }
        for (DesiredOutcome d : record.outcomes().desiredOutcomes()) {
            if (attributedTo(record, d.recordedBy(), code)) {
                flags |= RECORDED_OUTCOME;
                break;
            }
        }
        for (NegotiatedOutcome n : record.outcomes().negotiatedOutcomes()) {
            if (n.achievement().isPresent() && attributedTo(record, n.achievement().get().recordedBy(), code)) {
                flags |= RATED_BY;
                break;
            }
        }
        for (QuestionnaireResponse q : record.questionnaires()) {
            if (attributedTo(record, q.recordedBy(), code)) {
                flags |= QUESTIONNAIRE;
                break;
            }
        }
        return flags;
    }

    // ---- combining ----------------------------------------------------------------------------------------------

    static long combineJourney(long a, long b) {
        long lead = Math.min(LEAD_MASK, (a & LEAD_MASK) + (b & LEAD_MASK));
        long flags = (a | b) & FLAGS;
        long enquiry = Math.min((a >>> ENQUIRY_DAY) & NO_DAY, (b >>> ENQUIRY_DAY) & NO_DAY);
        long met = Math.min((a >>> MET_DAY) & NO_DAY, (b >>> MET_DAY) & NO_DAY);
        return lead | flags | enquiry << ENQUIRY_DAY | met << MET_DAY;
    }

    static long combinePair(long a, long b) {
        return a | (b & ORG_FLAGS);
    }

    // ---- counting a whole journey ---------------------------------------------------------------------------------

    /** Adds a journey's partnership-level counts, when it counts (a lead record, concern received in the year). */
    private static void countJourney(long s, long[] n) {
        if ((s & LEAD_MASK) == 0 || (s & CONCERN_IN_YEAR) == 0) {
            return;
        }
        n[0]++;
        n[2] += (s & PARTNER) != 0 ? 1 : 0;
        n[3] += (s & S42_IN_YEAR) != 0 ? 1 : 0;
        n[4] += (s & ASKED_AT_CONCERN) != 0 ? 1 : 0;
        n[5] += (s & EXPRESSED) != 0 ? 1 : 0;
        n[6] += (s & RATED) != 0 ? 1 : 0;
        n[7] += (s & MET) != 0 ? 1 : 0;
        n[8] += metBeforeOrWithoutEnquiry(s) ? 1 : 0;
    }

    private static boolean metBeforeOrWithoutEnquiry(long s) {
        long met = (s >>> MET_DAY) & NO_DAY;
        long enquiry = (s >>> ENQUIRY_DAY) & NO_DAY;
        return met != NO_DAY && met < enquiry;
    }

    /** Adds one organisation's counts for a journey, when the journey counts. */
    private static void countOrganisation(long s, long flags, long[] n) {
        if ((s & LEAD_MASK) == 0 || (s & CONCERN_IN_YEAR) == 0) {
            return;
        }
        if ((flags & RAISED) != 0) {
            n[0]++;
            n[1] += (flags & ORG_ASKED) != 0 ? 1 : 0;
            n[2] += metBeforeOrWithoutEnquiry(s) ? 1 : 0;
        }
        n[3] += (flags & CAUSED) != 0 ? 1 : 0;
        n[4] += (flags & CONTRIBUTED) != 0 ? 1 : 0;
        n[5] += (flags & RECORDED_OUTCOME) != 0 ? 1 : 0;
        n[6] += (flags & RATED_BY) != 0 ? 1 : 0;
        n[7] += (flags & QUESTIONNAIRE) != 0 ? 1 : 0;
    }

    // ---- merging ------------------------------------------------------------------------------------------------

    void merge(JourneyTally other) {
        journeys.merge(other.journeys);
        other.pairs.forEachEntry((h1, k2, v) -> {
            int theirs = (int) (v >>> ORG_INDEX);
            int mine = indexOf(other.codes.get(theirs));
            pairs.add(h1, k2, ((long) mine << ORG_INDEX) | (v & ORG_FLAGS));
        });
        other.open.forEach((k, o) -> offer(open.computeIfAbsent(k, x -> new Open()), o.count, o.ids));
        open.keySet().removeIf(k -> (journeys.state(k.h1(), k.h2(), 0) & LEAD_MASK) != 0);
        Counts.addAll(direct, other.direct);
        other.directByOrganisation.forEach((code, n) -> Counts.addAll(
                directByOrganisation.computeIfAbsent(code, k -> new long[ORGANISATION_MEASURES]), n));
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
            countJourney(s, n);
            linked[0] += n[0] - before;
            if ((s & LEAD_MASK) > 1) {
                several[0]++;
            }
        });
        Map<String, long[]> byOrganisation = new TreeMap<>();
        directByOrganisation.forEach((code, c) -> Counts.addAll(
                byOrganisation.computeIfAbsent(code, k -> new long[ORGANISATION_MEASURES]), c));
        pairs.forEachEntry((h1, k2, v) -> {
            int i = (int) (v >>> ORG_INDEX);
            long h2 = k2 ^ mixes.get(i);
            long s = journeys.state(h1, h2, 0);
            countOrganisation(s, v & ORG_FLAGS, byOrganisation.computeIfAbsent(codes.get(i),
                    k -> new long[ORGANISATION_MEASURES]));
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
        journeys.forEachState(s -> n[0] += (s & LEAD_MASK) > 1 ? 1 : 0);
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
            if (w == -1L || (w & ORG_FLAGS) != (v & ORG_FLAGS)
                    || !Objects.equals(other.codes.get((int) (w >>> ORG_INDEX)), codes.get((int) (v >>> ORG_INDEX)))) {
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
