package org.mspsdk.returns;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import java.util.stream.Collector;
import org.mspsdk.MspException;
import org.mspsdk.model.RollUpRule;
import org.mspsdk.model.SafeguardingRecord;
import org.mspsdk.vocabulary.Population;
import org.mspsdk.vocabulary.SacTable;
import org.mspsdk.vocabulary.TableShape;

/**
 * A mergeable tally of one reporting year: {@link #add(SafeguardingRecord) add} records one at a time (from a
 * list, a stream, a JSON Lines file), {@link #merge(SacTally) merge} tallies of separate partitions, then
 * {@link #result()} gives the {@link SacReturn}: the SAC tables SG1a-SG5b, the MSP measures, the board
 * breakdowns and the data-quality report. Adding A then B gives a tally equal to merging the tally of A with
 * the tally of B ({@link #equals(Object)} compares every count).
 *
 * <pre>{@code
 * SacSettings settings = SacSettings.of(ReportingYear.of(2025));
 * SacTally tally = settings.newTally();
 * try (Stream<SafeguardingRecord> records = source.stream()) {
 *     records.forEach(tally::add);
 * }
 * SacReturn sac = tally.result();
 * long s42Women = sac.count(Population.S42_ENQUIRIES, Gender.FEMALE);
 * }</pre>
 *
 * <h2>Counting rules (MSP-DOMAIN section 5)</h2>
 * Each table's rule is one small class of this package (for example {@code Sg4aTally}); the table's shape is on
 * {@link SacTable}.
 * <ul>
 *   <li><b>SG1a-SG1e</b> count distinct individuals (by person id) in three populations: a concern received in the
 *       year ({@code Safeguarding Concerns}, voluntary), a section 42 enquiry commenced in the year (mandatory),
 *       an other enquiry commenced in the year (voluntary). Age is on the last day of the year, or on the date of
 *       death if earlier. SG1a takes the one band all of a person's records allow (records that contradict each
 *       other: Age unknown). Where a person's records disagree, SG1b and SG1c take the record with the latest
 *       event date (ties: the highest codes), so the result does not depend on record order; people whose
 *       records disagree are counted in the data-quality report. SG1d and SG1e may count a
 *       person more than once: once under each distinct primary support reason (or flag) among their records in
 *       that population.</li>
 *   <li><b>SG1f</b>: concerns received, section 42 enquiries commenced, other enquiries commenced, in the year.</li>
 *   <li><b>SG2a, SG2b, SG2c, SG2e</b>: enquiries concluded in the year (section 42 mandatory; other enquiries
 *       reported separately under {@link Population#CONCLUDED_OTHER}). SG2a and SG2b count each enquiry
 *       once per distinct (type, source) or (location, source) pair of its risk items, so the same source twice
 *       in one enquiry counts once and columns do not add up to the number of enquiries. SG2c: one result per
 *       enquiry. SG2e: one risk outcome per enquiry whose result is one of the two "risk identified" values.</li>
 *   <li><b>SG2a_b1</b>: concluded enquiries by type and location of risk, once per distinct (type, location)
 *       pair of the enquiry's risk items.</li>
 *   <li><b>SG5a, SG5b</b>: the Safeguarding Adults Reviews completed in the year, from the register of reviews in
 *       the settings ({@link SacSettings#withReviews}); without one, those figures are missing.</li>
 *   <li><b>SG3a and SG4a</b>: exactly one count per concluded section 42 enquiry. SG4a's achieved block counts
 *       only {@code asked-expressed} enquiries, using the recorded enquiry-level achievement; where none is
 *       recorded, the {@link RollUpRule} over the per-outcome ratings when every negotiated outcome is rated;
 *       otherwise the enquiry is left out of that block.</li>
 *   <li><b>Each journey once.</b> One journey may be recorded by several organisations, their records linked by
 *       the {@link SafeguardingRecord#episodeId() episodeId} the lead council issues. Only the lead council's
 *       record ({@link SafeguardingRecord#isLeadRecord()}: no {@code recordedBy}, or the lead council's code) is
 *       counted by the tables, the person-level measures and the board breakdowns, so a journey counts once
 *       whatever number of partner records it has. A partner's record adds to the single-organisation and
 *       partnership levels ({@link SacReturn#partnership()}) only when its journey's lead council record is in the
 *       data; a partner's record without one (or without an {@code episodeId}) is not a council concern: it is
 *       counted nowhere and listed in the data-quality report ({@link DataQualityIssue#PARTNER_RECORD_WITHOUT_LEAD_RECORD},
 *       {@link DataQualityIssue#PARTNER_RECORD_NOT_LINKED}). Two lead council records of one journey are both
 *       counted (which one is right is not the return's to decide) and reported
 *       ({@link DataQualityIssue#SEVERAL_LEAD_RECORDS}). Records without {@code episodeId} and {@code recordedBy}
 *       are counted exactly as before linked records existed.</li>
 *   <li>A missing answer is counted under the list's own "Not recorded" / "Not Known" entry where the SAC table
 *       has one, otherwise left out of the table; either way the record id is listed in the data-quality report
 *       with the reason ({@link DataQualityIssue}).</li>
 * </ul>
 *
 * <h2>Memory</h2>
 * Counts are fixed-size arrays. Distinct-person counting keeps one 128-bit fingerprint and one packed
 * {@code long} per distinct person per population (about 32-64 bytes each, no ids kept), so memory grows with
 * distinct people in the year, never with records. The data-quality report keeps exact counts and at most
 * {@link SacSettings#dataQualitySampleSize()} ids per issue. Board breakdowns keep one small array per group
 * key. Linked journeys keep 32-64 bytes per journey with an {@code episodeId} and per (journey, organisation)
 * pair where the organisation did something, plus, for a journey whose partner records came before its lead
 * council record, the partner records' count and smallest ids until that record arrives (see {@code
 * JourneyTally}); records without an {@code episodeId} keep nothing. Not thread-safe: give each thread its own
 * tally and merge them.
 */
public final class SacTally {

    private final SacSettings settings;
    private final RecordFacts facts;
    private long recordsRead;
    private final Map<SacTable, TablePart> tables = new EnumMap<>(SacTable.class);
    private final Sg1fTally totals;
    private final People people;
    private final SectorOutcomesTally sectorOutcomes = new SectorOutcomesTally();
    private final ExperienceTally experience;
    private final FeelingSafeTally feelingSafe = new FeelingSafeTally();
    private final BoardTally boards;
    private final DataQualityTally dataQuality;
    private final JourneyTally journeys;
    /** Everything counted record by record, in a fixed order: the person state, the tables, measures, boards. */
    private final PartTally[] parts;
    private final List<TableTally> extraTables = new ArrayList<>();

    SacTally(SacSettings settings) {
        this(settings, List.of());
    }

    /**
     * @param settings    what to count
     * @param extraTables tables counted beside the SAC tables but not part of the return (tests use this to show
     *                    the per-table extension point with a throwaway table)
     */
    SacTally(SacSettings settings, List<Supplier<? extends TableTally>> extraTables) {
        this.settings = settings;
        this.facts = new RecordFacts(settings);
        this.dataQuality = new DataQualityTally(settings.dataQualitySampleSize());
        this.journeys = new JourneyTally(settings.dataQualitySampleSize());
        List<PersonField> personFields = new ArrayList<>();
        List<PartTally> counted = new ArrayList<>();
        for (SacTable t : SacTable.values()) {
            TablePart part = TablePart.of(t, settings);
            tables.put(t, part);
            if (part instanceof PersonBreakdown b) {
                personFields.add(b);
                if (b instanceof LatestCodeBreakdown<?> latest) {
                    personFields.add(latest.seen());
                }
            } else {
                counted.add((TableTally) part);
            }
        }
        personFields.add(sectorOutcomes);
        this.people = new People(personFields);
        this.totals = (Sg1fTally) tables.get(SacTable.SG1F);
        extraTables.forEach(s -> this.extraTables.add(Objects.requireNonNull(s.get(), "extra table")));
        counted.addAll(this.extraTables);
        this.experience = new ExperienceTally(settings);
        this.boards = new BoardTally(settings);
        counted.add(0, people);
        counted.addAll(List.of(experience, feelingSafe, boards));
        this.parts = counted.toArray(new PartTally[0]);
    }

    /**
     * @param settings what to count
     * @return a collector that tallies a stream of records (sequential or parallel) into a return
     */
    public static Collector<SafeguardingRecord, SacTally, SacReturn> collector(SacSettings settings) {
        return Collector.of(settings::newTally, SacTally::add, SacTally::merge, SacTally::result);
    }

    /** @return the settings */
    public SacSettings settings() {
        return settings;
    }

    /** @return how many records have been added (including merged tallies) */
    public long recordsRead() {
        return recordsRead;
    }

    /**
     * Counts one record. Records with nothing in the year are read and count nowhere. A partner's record
     * ({@link SafeguardingRecord#isPartnerRecord()}) never counts in the SAC tables, the person-level measures or
     * the board breakdowns: only in the journeys of {@link SacReturn#partnership()}.
     *
     * @param record a record
     * @return this tally
     */
    public SacTally add(SafeguardingRecord record) {
        Objects.requireNonNull(record, "record");
        recordsRead++;
        RecordFacts r = facts.reset(record);
        if (record.isLeadRecord()) {
            for (PartTally part : parts) {
                part.add(r);
            }
        }
        journeys.add(r);
        if (!r.issues().isEmpty()) {
            dataQuality.record(record.recordId(), r.issues());
        }
        return this;
    }

    /**
     * Reads a record without counting it: a record that breaks an ERROR rule of the SAC profile (for example
     * concluded before it commenced) is left out of every table and listed in the data-quality report by id with
     * the rules it breaks ({@link DataQualityReport#exclusions()}).
     *
     * <pre>{@code
     * ValidationReport v = validator.validate(record);
     * if (v.isValid()) tally.add(record); else tally.exclude(record.recordId(), v.errors().stream().map(Finding::ruleId).toList());
     * }</pre>
     *
     * @param recordId the record's id
     * @param ruleIds  the ids of the ERROR rules it breaks (at least one)
     * @return this tally
     */
    public SacTally exclude(String recordId, java.util.Collection<String> ruleIds) {
        Objects.requireNonNull(recordId, "recordId");
        if (ruleIds.isEmpty()) {
            throw new IllegalArgumentException("a record is excluded for at least one rule");
        }
        recordsRead++;
        dataQuality.exclude(recordId, ruleIds);
        return this;
    }

    /**
     * Adds another tally's counts to this one (for example the tally of a later partition).
     *
     * @param other a tally with the same year, roll-up rule, groupings, experience items and sample size
     * @return this tally
     * @throws MspException of kind {@code INVALID_VALUE} when the settings differ
     */
    public SacTally merge(SacTally other) {
        if (!sameSettings(other) || parts.length != other.parts.length) {
            throw new MspException(MspException.Kind.INVALID_VALUE,
                    "tally.merge: the tallies have different settings (year, roll-up rule, groupings, experience"
                            + " items, sample size or register of reviews); only tallies made with equal settings can"
                            + " be merged");
        }
        recordsRead += other.recordsRead;
        for (int i = 0; i < parts.length; i++) {
            parts[i].merge(other.parts[i]);
        }
        dataQuality.merge(other.dataQuality);
        journeys.merge(other.journeys);
        return this;
    }

    private boolean sameSettings(SacTally other) {
        SacSettings a = settings;
        SacSettings b = other.settings;
        return a.year().equals(b.year()) && a.rollUp() == b.rollUp() && a.groupings().equals(b.groupings())
                && a.experienceInstrument().equals(b.experienceInstrument())
                && a.experienceItems().equals(b.experienceItems())
                && a.dataQualitySampleSize() == b.dataQualitySampleSize() && a.reviews().equals(b.reviews());
    }

    /**
     * The return as it stands; the tally can keep counting afterwards.
     *
     * @return the SAC tables, MSP measures, board breakdowns and data-quality report
     */
    public SacReturn result() {
        List<SacCell> cells = new ArrayList<>();
        Map<Population, Map<PersonBreakdown, long[]>> personCounts = new EnumMap<>(Population.class);
        for (SacTable.Part part : SacTable.publishedOrder()) {
            SacTable table = part.table();
            Population p = part.population();
            long[] counts = tables.get(table) instanceof PersonBreakdown b
                    ? personCounts.computeIfAbsent(p, this::personCounts).get(b)
                    : ((TableTally) tables.get(table)).counts(p);
            boolean missing = tables.get(table) instanceof TableTally t && t.missing(p);
            List<TableShape.Labels> labels = table.shape().labels(p);
            if (counts.length != labels.size()) {
                throw new IllegalStateException(table.reference() + " counted " + counts.length + " cells for "
                        + p.enquiryType() + " but its shape has " + labels.size());
            }
            for (int i = 0; i < counts.length; i++) {
                TableShape.Labels l = labels.get(i);
                cells.add(missing ? SacCell.missing(table, p.enquiryType(), l.category(), l.subcategory())
                        : new SacCell(table, p.enquiryType(), l.category(), l.subcategory(), counts[i]));
            }
        }
        MspMeasures measures = new MspMeasures(sectorOutcomes.measure(people), experience.completed(),
                experience.notOffered(), experience.results(), feelingSafe.result());
        List<DataQualityReport.Entry> journeyIssues = List.of(journeys.withoutLeadRecord(),
                new DataQualityReport.Entry(DataQualityIssue.SEVERAL_LEAD_RECORDS, journeys.severalLeadRecords(),
                        List.of()));
        return new SacReturn(settings.year(), recordsRead, cells, measures, boards.result(),
                dataQuality.report(disagreements(), journeyIssues), journeys.result(),
                java.util.OptionalLong.of(totals.concludedS42()));
    }

    /**
     * @return the people with a section 42 enquiry in the year whose records disagree: on their age band (no band
     *     fits every record), their gender or their ethnicity (records give different codes)
     */
    private Map<DataQualityIssue, Long> disagreements() {
        Map<DataQualityIssue, Long> out = new EnumMap<>(DataQualityIssue.class);
        long[] n = new long[1];
        people.forEachValue((Sg1aTally) tables.get(SacTable.SG1A), Population.S42_ENQUIRIES, v -> {
            if (v == Sg1aTally.ALL_RULED_OUT) {
                n[0]++;
            }
        });
        out.put(DataQualityIssue.AGE_RECORDS_DISAGREE, n[0]);
        out.put(DataQualityIssue.GENDER_RECORDS_DISAGREE, codesDisagree(SacTable.SG1B));
        out.put(DataQualityIssue.ETHNICITY_RECORDS_DISAGREE, codesDisagree(SacTable.SG1C));
        return out;
    }

    private long codesDisagree(SacTable table) {
        long[] n = new long[1];
        people.forEachValue(((LatestCodeBreakdown<?>) tables.get(table)).seen(), Population.S42_ENQUIRIES, v -> {
            if (Long.bitCount(v) > 1) {
                n[0]++;
            }
        });
        return n[0];
    }

    /** @return the counts of every SG1 table having the population, from one pass over its people */
    private Map<PersonBreakdown, long[]> personCounts(Population p) {
        Map<PersonBreakdown, Integer> sizes = new java.util.HashMap<>();
        tables.forEach((table, part) -> {
            if (part instanceof PersonBreakdown b && table.shape().populations().contains(p)) {
                sizes.put(b, table.shape().size());
            }
        });
        return people.counts(p, sizes);
    }

    /** @return the extra table of that class given at construction (for tests of the extension point) */
    <T extends TableTally> T extraTable(Class<T> type) {
        return extraTables.stream().filter(type::isInstance).map(type::cast).findFirst().orElseThrow();
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof SacTally other)) {
            return false;
        }
        return sameSettings(other) && recordsRead == other.recordsRead
                && java.util.Arrays.equals(parts, other.parts) && dataQuality.equals(other.dataQuality)
                && journeys.equals(other.journeys);
    }

    @Override
    public int hashCode() {
        return Long.hashCode(recordsRead) * 31 + totals.hashCode();
    }

    @Override
    public String toString() {
        long[] t = totals.totals();
        return "SacTally[" + settings.year().label() + ", records=" + recordsRead + ", concerns=" + t[0]
                + ", s42Commenced=" + t[1] + ", otherCommenced=" + t[2] + "]";
    }
}
