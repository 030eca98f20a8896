package org.mspsdk.returns;

import org.mspsdk.vocabulary.SacTable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collector;
import org.mspsdk.MspException;
import org.mspsdk.instrument.InstrumentItem;
import org.mspsdk.model.AdultAtRisk;
import org.mspsdk.model.DesiredOutcome;
import org.mspsdk.model.Enquiry;
import org.mspsdk.model.ItemAnswer;
import org.mspsdk.model.NegotiatedOutcome;
import org.mspsdk.model.PersonalOutcomes;
import org.mspsdk.model.QuestionnaireResponse;
import org.mspsdk.model.RiskItem;
import org.mspsdk.model.RollUpRule;
import org.mspsdk.model.SafeguardingRecord;
import org.mspsdk.vocabulary.AgeBand;
import org.mspsdk.vocabulary.AskedAboutOutcomes;
import org.mspsdk.vocabulary.CapacityAnswer;
import org.mspsdk.vocabulary.EnquiryResult;
import org.mspsdk.vocabulary.EnquiryType;
import org.mspsdk.vocabulary.Ethnicity;
import org.mspsdk.vocabulary.Gender;
import org.mspsdk.vocabulary.LocationOfRisk;
import org.mspsdk.vocabulary.OutcomeAchievement;
import org.mspsdk.vocabulary.PrimarySupportReason;
import org.mspsdk.vocabulary.QuestionnaireStatus;
import org.mspsdk.vocabulary.RiskOutcome;
import org.mspsdk.vocabulary.SafetyRating;
import org.mspsdk.vocabulary.SourceOfRisk;
import org.mspsdk.vocabulary.TypeOfRisk;
import org.mspsdk.vocabulary.VoiceType;

/**
 * A mergeable tally of one reporting year: {@link #add(SafeguardingRecord) add} records one at a time (from a
 * list, a stream, a JSON Lines file), {@link #merge(SacTally) merge} tallies of separate partitions, then
 * {@link #result()} gives the {@link SacReturn}: the SAC tables SG1a-SG4a, the MSP measures, the board
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
 * long s42People = sac.value(SacTable.SG1B, SacCell.SECTION_42_ENQUIRIES, "Gender", "Female");
 * }</pre>
 *
 * <h2>Counting rules (MSP-DOMAIN section 5)</h2>
 * <ul>
 *   <li><b>SG1a-SG1e</b> count distinct individuals (by person id) in three populations: a concern received in the
 *       year ({@code Safeguarding Concerns}, voluntary), a section 42 enquiry commenced in the year (mandatory),
 *       an other enquiry commenced in the year (voluntary). Age is on the last day of the year, or on the date of
 *       death if earlier. Where a person's records disagree, SG1a-SG1c take the record with the latest event
 *       date (ties: the highest codes), so the result does not depend on record order. SG1d and SG1e may count a
 *       person more than once: once under each distinct primary support reason (or flag) among their records in
 *       that population.</li>
 *   <li><b>SG1f</b>: concerns received, section 42 enquiries commenced, other enquiries commenced, in the year.</li>
 *   <li><b>SG2a, SG2b, SG2c, SG2e</b>: enquiries concluded in the year (section 42 mandatory; other enquiries
 *       reported separately under {@value SacCell#CONCLUDED_OTHER_ENQUIRIES}). SG2a and SG2b count each enquiry
 *       once per distinct (type, source) or (location, source) pair of its risk items, so the same source twice
 *       in one enquiry counts once and columns do not add up to the number of enquiries. SG2c: one result per
 *       enquiry. SG2e: one risk outcome per enquiry whose result is one of the two "risk identified" values.</li>
 *   <li><b>SG3a and SG4a</b>: exactly one count per concluded section 42 enquiry. SG4a's achieved block counts
 *       only {@code asked-expressed} enquiries, using the recorded enquiry-level achievement; where none is
 *       recorded, the {@link RollUpRule} over the per-outcome ratings when every negotiated outcome is rated;
 *       otherwise the enquiry is left out of that block.</li>
 *   <li>A missing answer is counted under the list's own "Not recorded" / "Not Known" entry where the SAC table
 *       has one, otherwise left out of the table; either way the record id is listed in the data-quality report
 *       with the reason ({@link DataQualityIssue}).</li>
 * </ul>
 *
 * <h2>Memory</h2>
 * Counts are fixed-size arrays. Distinct-person counting keeps one 128-bit fingerprint and one packed
 * {@code long} per distinct person per population ({@link PersonTable}: about 32-64 bytes each, no ids kept),
 * so memory grows with distinct people in the year, never with records. The data-quality report keeps exact
 * counts and at most {@link SacSettings#dataQualitySampleSize()} ids per issue. Board breakdowns keep one small
 * array per group key. Not thread-safe: give each thread its own tally and merge them.
 */
public final class SacTally {

    private static final int S42 = 0;
    private static final int OTHER = 1;
    private static final int N_SOURCE = SourceOfRisk.values().length;

    // person state layout: bits 0-7 support reasons, 8-9 SG1e flags, 10-15 sector measure flags (OR);
    // bits 16-63 (max): event day (24 bits) | age band (3) | gender (2) | ethnicity (3)
    private static final int BIT_AUTISM = 8;
    private static final int BIT_ASPERGER = 9;
    private static final int BIT_DEFINED = 10;
    private static final int BIT_SELF = 11;
    private static final int BIT_REPRESENTATIVE = 12;
    private static final int BIT_BEST_INTERESTS = 13;
    private static final int BIT_ACHIEVEMENT = 14;
    private static final int BIT_MET = 15;
    private static final long DAY_OFFSET = 1L << 23;

    private final SacSettings settings;
    private long recordsRead;
    private final long[] sg1f = new long[3];
    private final PersonTable[] people = {new PersonTable(), new PersonTable(), new PersonTable()};
    private final long[][] sg2a = new long[2][TypeOfRisk.values().length * N_SOURCE];
    private final long[][] sg2b = new long[2][LocationOfRisk.values().length * N_SOURCE];
    private final long[][] sg2c = new long[2][EnquiryResult.values().length];
    private final long[][] sg2e = new long[2][RiskOutcome.values().length];
    private final long[] sg3a = new long[CapacityAnswer.values().length + 1];
    private final long[] sg4aAsked = new long[AskedAboutOutcomes.values().length];
    private final long[] sg4aAchieved = new long[OutcomeAchievement.values().length];
    private final long[][] experience;
    private final List<List<String>> experienceCodes = new ArrayList<>();
    private long part2Completed;
    private long part2NotOffered;
    private final long[] safetyChange = new long[9];
    private long safetyUnpaired;
    private final DataQualityTally dataQuality;
    private final Map<String, Map<String, long[]>> boards = new LinkedHashMap<>();

    SacTally(SacSettings settings) {
        this.settings = settings;
        this.dataQuality = new DataQualityTally(settings.dataQualitySampleSize());
        for (String linkId : settings.experienceItems()) {
            InstrumentItem item = settings.experienceInstrument().item(linkId).orElseThrow();
            experienceCodes.add(item.scale().orElseThrow().codes());
        }
        experience = new long[experienceCodes.size()][];
        for (int i = 0; i < experience.length; i++) {
            experience[i] = new long[experienceCodes.get(i).size() + 1];
        }
        settings.groupings().forEach(g -> boards.put(g.name(), new HashMap<>()));
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
     * Counts one record. Records with nothing in the year are read and count nowhere.
     *
     * @param record a record
     * @return this tally
     */
    public SacTally add(SafeguardingRecord record) {
        java.util.Objects.requireNonNull(record, "record");
        recordsRead++;
        ReportingYear year = settings.year();
        EnumSet<DataQualityIssue> issues = EnumSet.noneOf(DataQualityIssue.class);
        List<BoardEvent> events = boards.isEmpty() ? null : new ArrayList<>(4);

        LocalDate received = record.concern().receivedOn();
        if (year.contains(received)) {
            sg1f[0]++;
            long state = demographics(record, received, issues) | sectorMeasureBits(record);
            people[0].add(record.adult().personId(), state);
            event(events, BoardMeasure.CONCERNS, received);
        }
        Optional<Enquiry> maybeEnquiry = record.enquiry();
        if (maybeEnquiry.isPresent()) {
            Enquiry e = maybeEnquiry.get();
            int t = e.type() == EnquiryType.S42 ? S42 : OTHER;
            if (year.contains(e.commencedOn())) {
                sg1f[1 + t]++;
                people[1 + t].add(record.adult().personId(), demographics(record, e.commencedOn(), issues));
                event(events, t == S42 ? BoardMeasure.S42_COMMENCED : BoardMeasure.OTHER_COMMENCED, e.commencedOn());
            }
            Optional<LocalDate> concluded = e.concludedOn();
            if (concluded.isPresent() && year.contains(concluded.get())) {
                caseDetails(t, e, issues, events, concluded.get());
                if (t == S42) {
                    capacity(e, issues);
                    personalOutcomes(record, issues, events, concluded.get());
                }
                closureMeasures(record, issues);
            }
        } else if (year.contains(received)) {
            closureMeasures(record, issues);
        }
        if (events != null && !events.isEmpty()) {
            board(record, events, issues);
        }
        if (!issues.isEmpty()) {
            dataQuality.record(record.recordId(), issues);
        }
        return this;
    }

    private record BoardEvent(BoardMeasure measure, LocalDate date) {
    }

    private static void event(List<BoardEvent> events, BoardMeasure m, LocalDate date) {
        if (events != null) {
            events.add(new BoardEvent(m, date));
        }
    }

    // ----------------------------------------------------------------------------------------------- SG1

    private long demographics(SafeguardingRecord record, LocalDate eventDate, EnumSet<DataQualityIssue> issues) {
        AdultAtRisk adult = record.adult();
        AgeBand band = ageBand(adult, record.concern().receivedOn(), settings.year(), issues);
        Gender gender = adult.gender().orElse(Gender.NOT_KNOWN);
        if (adult.gender().isEmpty()) {
            issues.add(DataQualityIssue.GENDER_NOT_RECORDED);
        }
        Ethnicity ethnicity = adult.ethnicity().orElse(Ethnicity.NOT_KNOWN);
        if (adult.ethnicity().isEmpty()) {
            issues.add(DataQualityIssue.ETHNICITY_NOT_RECORDED);
        }
        PrimarySupportReason psr = adult.primarySupportReason().orElse(PrimarySupportReason.NOT_KNOWN);
        if (adult.primarySupportReason().isEmpty()) {
            issues.add(DataQualityIssue.SUPPORT_REASON_NOT_RECORDED);
        }
        long or = 1L << psr.ordinal();
        if (adult.autismExcludingAsperger().orElse(false)) {
            or |= 1L << BIT_AUTISM;
        }
        if (adult.aspergerOrHighFunctioningAutism().orElse(false)) {
            or |= 1L << BIT_ASPERGER;
        }
        if (adult.autismExcludingAsperger().isEmpty() || adult.aspergerOrHighFunctioningAutism().isEmpty()) {
            issues.add(DataQualityIssue.DISABILITY_FLAGS_NOT_RECORDED);
        }
        long day = (eventDate.toEpochDay() + DAY_OFFSET) & 0xFFFFFFL;
        long max = (day << 8) | ((long) band.ordinal() << 5) | ((long) gender.ordinal() << 3) | ethnicity.ordinal();
        return (max << 16) | or;
    }

    private static AgeBand ageBand(AdultAtRisk adult, LocalDate concernDate, ReportingYear year,
            EnumSet<DataQualityIssue> issues) {
        Optional<Sg1aAge> age = Sg1aAge.of(adult, concernDate, year);
        if (age.isEmpty()) {
            issues.add(DataQualityIssue.AGE_NOT_RECORDED);
            return AgeBand.UNKNOWN;
        }
        Optional<AgeBand> band = age.get().band();
        if (band.isEmpty()) {
            issues.add(age.get().high() < 18 ? DataQualityIssue.AGE_UNDER_18 : DataQualityIssue.AGE_AMBIGUOUS);
            return AgeBand.UNKNOWN;
        }
        return band.get();
    }

    // ------------------------------------------------------------------------------------------- SG2

    private void caseDetails(int t, Enquiry e, EnumSet<DataQualityIssue> issues, List<BoardEvent> events,
            LocalDate concluded) {
        if (e.riskItems().isEmpty()) {
            issues.add(DataQualityIssue.NO_RISK_ITEMS);
        }
        long typeSource = 0;
        long locationSource = 0;
        for (RiskItem item : e.riskItems()) {
            if (item.source().isEmpty()) {
                issues.add(DataQualityIssue.RISK_SOURCE_NOT_RECORDED);
                continue;
            }
            int s = item.source().get().ordinal();
            typeSource |= 1L << (item.type().ordinal() * N_SOURCE + s);
            if (item.location().isEmpty()) {
                issues.add(DataQualityIssue.RISK_LOCATION_NOT_RECORDED);
            } else {
                locationSource |= 1L << (item.location().get().ordinal() * N_SOURCE + s);
            }
        }
        countBits(sg2a[t], typeSource);
        countBits(sg2b[t], locationSource);
        if (t == S42) {
            event(events, BoardMeasure.S42_CONCLUDED, concluded);
        }
        if (e.result().isEmpty()) {
            issues.add(DataQualityIssue.RESULT_NOT_RECORDED);
            return;
        }
        EnquiryResult result = e.result().get();
        sg2c[t][result.ordinal()]++;
        if (result.isRiskIdentified()) {
            if (t == S42) {
                event(events, BoardMeasure.RISK_IDENTIFIED, concluded);
            }
            if (e.riskOutcome().isPresent()) {
                RiskOutcome o = e.riskOutcome().get();
                sg2e[t][o.ordinal()]++;
                if (t == S42 && o != RiskOutcome.REMAINED) {
                    event(events, BoardMeasure.RISK_REDUCED_OR_REMOVED, concluded);
                }
            } else {
                issues.add(DataQualityIssue.RISK_OUTCOME_NOT_RECORDED);
            }
        } else if (e.riskOutcome().isPresent()) {
            issues.add(DataQualityIssue.RISK_OUTCOME_WITHOUT_IDENTIFIED_RISK);
        }
    }

    private static void countBits(long[] counts, long bits) {
        while (bits != 0) {
            int i = Long.numberOfTrailingZeros(bits);
            counts[i]++;
            bits &= bits - 1;
        }
    }

    // ------------------------------------------------------------------------------------- SG3a, SG4a

    private void capacity(Enquiry e, EnumSet<DataQualityIssue> issues) {
        if (e.mentalCapacity().isEmpty()) {
            issues.add(DataQualityIssue.CAPACITY_NOT_RECORDED);
            sg3a[CapacityAnswer.NOT_RECORDED.ordinal()]++;
            return;
        }
        CapacityAnswer answer = e.mentalCapacity().get().lackedCapacity();
        sg3a[answer.ordinal()]++;
        if (answer == CapacityAnswer.LACKED) {
            Optional<Boolean> supported = e.mentalCapacity().get().supportedByAdvocateFamilyOrFriend();
            if (supported.isEmpty()) {
                issues.add(DataQualityIssue.CAPACITY_SUPPORT_NOT_RECORDED);
            } else if (supported.get()) {
                sg3a[CapacityAnswer.values().length]++;
            }
        }
    }

    private void personalOutcomes(SafeguardingRecord record, EnumSet<DataQualityIssue> issues,
            List<BoardEvent> events, LocalDate concluded) {
        PersonalOutcomes o = record.outcomes();
        AskedAboutOutcomes asked = o.asked().orElse(AskedAboutOutcomes.NOT_RECORDED);
        if (o.asked().isEmpty()) {
            issues.add(DataQualityIssue.ASKED_NOT_RECORDED);
        }
        sg4aAsked[asked.ordinal()]++;
        if (asked != AskedAboutOutcomes.ASKED_EXPRESSED) {
            boolean anyRating = o.enquiryAchievement().isPresent()
                    || o.negotiatedOutcomes().stream().anyMatch(n -> n.achievement().isPresent());
            if (anyRating) {
                issues.add(DataQualityIssue.ACHIEVEMENT_WITHOUT_OUTCOMES_EXPRESSED);
            }
            return;
        }
        event(events, BoardMeasure.OUTCOMES_EXPRESSED, concluded);
        Optional<OutcomeAchievement> achieved = achievement(o, issues);
        if (achieved.isEmpty()) {
            issues.add(DataQualityIssue.ACHIEVEMENT_NOT_RECORDED);
            return;
        }
        sg4aAchieved[achieved.get().ordinal()]++;
        event(events, switch (achieved.get()) {
            case FULLY_ACHIEVED -> BoardMeasure.FULLY_ACHIEVED;
            case PARTIALLY_ACHIEVED -> BoardMeasure.PARTIALLY_ACHIEVED;
            case NOT_ACHIEVED -> BoardMeasure.NOT_ACHIEVED;
        }, concluded);
    }

    /**
     * The enquiry-level answer the return uses: the recorded one; else the roll-up of the per-outcome ratings when
     * every negotiated outcome is rated; else none.
     */
    private Optional<OutcomeAchievement> achievement(PersonalOutcomes o, EnumSet<DataQualityIssue> issues) {
        Optional<OutcomeAchievement> rolled = rolledUp(o);
        if (o.enquiryAchievement().isPresent()) {
            if (issues != null && rolled.isPresent() && rolled.get() != o.enquiryAchievement().get()) {
                issues.add(DataQualityIssue.ACHIEVEMENT_DISAGREES_WITH_ROLL_UP);
            }
            return o.enquiryAchievement();
        }
        if (issues != null && rolled.isPresent()) {
            issues.add(DataQualityIssue.ACHIEVEMENT_FROM_ROLL_UP);
        }
        return rolled;
    }

    private Optional<OutcomeAchievement> rolledUp(PersonalOutcomes o) {
        List<NegotiatedOutcome> negotiated = o.negotiatedOutcomes();
        if (negotiated.isEmpty() || negotiated.stream().anyMatch(n -> n.achievement().isEmpty())) {
            return Optional.empty();
        }
        List<OutcomeAchievement> ratings = negotiated.stream().map(n -> n.achievement().get().level()).toList();
        OutcomeAchievement result = settings.rollUp().rollUp(ratings);
        if (result == null) {
            throw new MspException(MspException.Kind.INVALID_VALUE,
                    "settings.rollUp returned no answer: a roll-up rule must return an achievement level");
        }
        return Optional.of(result);
    }

    // ---------------------------------------------------------------------------------- MSP measures

    private long sectorMeasureBits(SafeguardingRecord record) {
        PersonalOutcomes o = record.outcomes();
        if (o.desiredOutcomes().isEmpty()) {
            return 0;
        }
        long bits = 1L << BIT_DEFINED;
        for (DesiredOutcome d : o.desiredOutcomes()) {
            VoiceType v = d.expressedBy().type();
            bits |= 1L << (v == VoiceType.ADULT ? BIT_SELF
                    : v == VoiceType.REPRESENTATIVE ? BIT_REPRESENTATIVE : BIT_BEST_INTERESTS);
        }
        Optional<OutcomeAchievement> a = achievement(o, null);
        if (a.isPresent()) {
            bits |= 1L << BIT_ACHIEVEMENT;
            if (a.get() != OutcomeAchievement.NOT_ACHIEVED) {
                bits |= 1L << BIT_MET;
            }
        }
        return bits;
    }

    private void closureMeasures(SafeguardingRecord record, EnumSet<DataQualityIssue> issues) {
        String instrumentId = settings.experienceInstrument().id();
        for (QuestionnaireResponse q : record.questionnaires()) {
            if (!q.instrumentId().equals(instrumentId)) {
                continue;
            }
            if (q.status() == QuestionnaireStatus.NOT_OFFERED) {
                part2NotOffered++;
                continue;
            }
            part2Completed++;
            for (int i = 0; i < experience.length; i++) {
                Optional<String> code = q.answer(settings.experienceItems().get(i)).flatMap(ItemAnswer::code);
                List<String> codes = experienceCodes.get(i);
                if (code.isEmpty()) {
                    experience[i][codes.size()]++;
                } else {
                    int idx = codes.indexOf(code.get());
                    if (idx < 0) {
                        issues.add(DataQualityIssue.EXPERIENCE_ANSWER_NOT_ON_SCALE);
                    } else {
                        experience[i][idx]++;
                    }
                }
            }
        }
        Optional<SafetyRating> start = record.outcomes().feelingSafeAtStart();
        Optional<SafetyRating> end = record.outcomes().feelingSafeAtEnd();
        if (start.isPresent() && end.isPresent()) {
            safetyChange[end.get().score() - start.get().score() + 4]++;
        } else if (start.isPresent() || end.isPresent()) {
            safetyUnpaired++;
            issues.add(DataQualityIssue.FEELING_SAFE_NOT_PAIRED);
        }
    }

    // ----------------------------------------------------------------------------------------- boards

    private void board(SafeguardingRecord record, List<BoardEvent> events, EnumSet<DataQualityIssue> issues) {
        for (Grouping g : settings.groupings()) {
            Map<String, long[]> groups = boards.get(g.name());
            for (BoardEvent ev : events) {
                Collection<String> keys = g.keys(record, ev.date(), settings.year());
                if (keys.isEmpty()) {
                    if (g.reportsMissingKey()) {
                        issues.add(DataQualityIssue.GROUPING_KEY_NOT_RECORDED);
                    }
                    keys = List.of(Grouping.NOT_RECORDED);
                }
                for (String key : keys) {
                    groups.computeIfAbsent(key, k -> new long[BoardMeasure.values().length])[ev.measure().ordinal()]++;
                }
            }
        }
    }

    // ------------------------------------------------------------------------------------------ merge

    /**
     * Adds another tally's counts to this one (for example the tally of a later partition).
     *
     * @param other a tally with the same year, roll-up rule, groupings, experience items and sample size
     * @return this tally
     * @throws MspException of kind {@code INVALID_VALUE} when the settings differ
     */
    public SacTally merge(SacTally other) {
        if (!sameSettings(other)) {
            throw new MspException(MspException.Kind.INVALID_VALUE,
                    "tally.merge: the tallies have different settings (year, roll-up rule, groupings, experience"
                            + " items or sample size); only tallies made with equal settings can be merged");
        }
        recordsRead += other.recordsRead;
        addAll(sg1f, other.sg1f);
        for (int i = 0; i < people.length; i++) {
            people[i].merge(other.people[i]);
        }
        for (int t = 0; t < 2; t++) {
            addAll(sg2a[t], other.sg2a[t]);
            addAll(sg2b[t], other.sg2b[t]);
            addAll(sg2c[t], other.sg2c[t]);
            addAll(sg2e[t], other.sg2e[t]);
        }
        addAll(sg3a, other.sg3a);
        addAll(sg4aAsked, other.sg4aAsked);
        addAll(sg4aAchieved, other.sg4aAchieved);
        for (int i = 0; i < experience.length; i++) {
            addAll(experience[i], other.experience[i]);
        }
        part2Completed += other.part2Completed;
        part2NotOffered += other.part2NotOffered;
        addAll(safetyChange, other.safetyChange);
        safetyUnpaired += other.safetyUnpaired;
        dataQuality.merge(other.dataQuality);
        other.boards.forEach((name, groups) -> {
            Map<String, long[]> mine = boards.get(name);
            groups.forEach((key, counts) -> addAll(mine.computeIfAbsent(key,
                    k -> new long[BoardMeasure.values().length]), counts));
        });
        return this;
    }

    private boolean sameSettings(SacTally other) {
        SacSettings a = settings;
        SacSettings b = other.settings;
        return a.year().equals(b.year()) && a.rollUp() == b.rollUp() && a.groupings().equals(b.groupings())
                && a.experienceInstrument().equals(b.experienceInstrument())
                && a.experienceItems().equals(b.experienceItems())
                && a.dataQualitySampleSize() == b.dataQualitySampleSize();
    }

    private static void addAll(long[] into, long[] from) {
        for (int i = 0; i < into.length; i++) {
            into[i] += from[i];
        }
    }

    // ----------------------------------------------------------------------------------------- result

    /**
     * The return as it stands; the tally can keep counting afterwards.
     *
     * @return the SAC tables, MSP measures, board breakdowns and data-quality report
     */
    public SacReturn result() {
        List<SacCell> cells = new ArrayList<>();
        String[] populations = {SacCell.SAFEGUARDING_CONCERNS, SacCell.SECTION_42_ENQUIRIES, SacCell.OTHER_ENQUIRIES};
        long[][] sg1a = new long[3][AgeBand.values().length];
        long[][] sg1b = new long[3][Gender.values().length];
        long[][] sg1c = new long[3][Ethnicity.values().length];
        long[][] sg1d = new long[3][PrimarySupportReason.values().length];
        long[][] sg1e = new long[3][2];
        long[] sector = new long[7];
        for (int p = 0; p < 3; p++) {
            final int pop = p;
            people[p].forEachState(state -> {
                long max = state >>> 16;
                sg1a[pop][(int) (max >>> 5) & 7]++;
                sg1b[pop][(int) (max >>> 3) & 3]++;
                sg1c[pop][(int) max & 7]++;
                for (int r = 0; r < sg1d[pop].length; r++) {
                    if ((state & (1L << r)) != 0) {
                        sg1d[pop][r]++;
                    }
                }
                if ((state & (1L << BIT_AUTISM)) != 0) {
                    sg1e[pop][0]++;
                }
                if ((state & (1L << BIT_ASPERGER)) != 0) {
                    sg1e[pop][1]++;
                }
                if (pop == 0) {
                    sector[0]++;
                    if ((state & (1L << BIT_DEFINED)) != 0) {
                        sector[1]++;
                        sector[2] += (state >>> BIT_SELF) & 1;
                        sector[3] += (state >>> BIT_REPRESENTATIVE) & 1;
                        sector[4] += (state >>> BIT_BEST_INTERESTS) & 1;
                        sector[5] += (state >>> BIT_ACHIEVEMENT) & 1;
                        sector[6] += (state >>> BIT_MET) & 1;
                    }
                }
            });
        }
        for (int p = 0; p < 3; p++) {
            one(cells, SacTable.SG1A, populations[p], "Age band", AgeBand.values(), sg1a[p]);
            one(cells, SacTable.SG1B, populations[p], "Gender", Gender.values(), sg1b[p]);
            one(cells, SacTable.SG1C, populations[p], "Ethnicity", Ethnicity.values(), sg1c[p]);
            one(cells, SacTable.SG1D, populations[p], "Primary Support Reason", PrimarySupportReason.values(), sg1d[p]);
            cells.add(new SacCell(SacTable.SG1E, populations[p], SG1E_CATEGORY, SG1E_AUTISM, sg1e[p][0]));
            cells.add(new SacCell(SacTable.SG1E, populations[p], SG1E_CATEGORY, SG1E_ASPERGER, sg1e[p][1]));
        }
        cells.add(new SacCell(SacTable.SG1F, SacCell.SAFEGUARDING_CONCERNS, "Total",
                "Total Number of Safeguarding Concerns", sg1f[0]));
        cells.add(new SacCell(SacTable.SG1F, SacCell.SECTION_42_ENQUIRIES, "Total",
                "Total Number of Section 42 Safeguarding Enquiries", sg1f[1]));
        cells.add(new SacCell(SacTable.SG1F, SacCell.OTHER_ENQUIRIES, "Total",
                "Total Number of Other Safeguarding Enquiries", sg1f[2]));
        String[] concluded = {SacCell.CONCLUDED_SECTION_42_ENQUIRIES, SacCell.CONCLUDED_OTHER_ENQUIRIES};
        for (int t = 0; t < 2; t++) {
            for (TypeOfRisk type : TypeOfRisk.values()) {
                for (SourceOfRisk s : SourceOfRisk.values()) {
                    cells.add(new SacCell(SacTable.SG2A, concluded[t], type.label(), s.label(),
                            sg2a[t][type.ordinal() * N_SOURCE + s.ordinal()]));
                }
            }
            for (LocationOfRisk loc : LocationOfRisk.values()) {
                for (SourceOfRisk s : SourceOfRisk.values()) {
                    cells.add(new SacCell(SacTable.SG2B, concluded[t], loc.label(), s.label(),
                            sg2b[t][loc.ordinal() * N_SOURCE + s.ordinal()]));
                }
            }
            one(cells, SacTable.SG2C, concluded[t], "Action Taken and Result", EnquiryResult.values(), sg2c[t]);
            one(cells, SacTable.SG2E, concluded[t], "Risk Outcome", RiskOutcome.values(), sg2e[t]);
        }
        one(cells, SacTable.SG3A, concluded[0], "Lacked Capacity", CapacityAnswer.values(), sg3a);
        cells.add(new SacCell(SacTable.SG3A, concluded[0], "Support", SG3A_SUPPORT,
                sg3a[CapacityAnswer.values().length]));
        one(cells, SacTable.SG4A, concluded[0], SG4A_ASKED, AskedAboutOutcomes.values(), sg4aAsked);
        one(cells, SacTable.SG4A, concluded[0], SG4A_ACHIEVED, OutcomeAchievement.values(), sg4aAchieved);

        MspMeasures measures = new MspMeasures(
                new MspMeasures.SectorOutcomesMeasure(sector[0], sector[1], sector[2], sector[3], sector[4],
                        sector[5], sector[6]),
                part2Completed, part2NotOffered, experienceResults(), feelingSafe());
        Map<String, BoardBreakdown> breakdowns = new LinkedHashMap<>();
        boards.forEach((name, groups) -> breakdowns.put(name, new BoardBreakdown(name, groups)));
        return new SacReturn(settings.year(), recordsRead, cells, measures, breakdowns, dataQuality.report());
    }

    /** SG1e category. */
    static final String SG1E_CATEGORY = "Learning, Developmental or Intellectual Disability";
    /** SG1e first flag. */
    static final String SG1E_AUTISM = "Autism excluding Asperger's Syndrome / High Functioning Autism";
    /** SG1e second flag. */
    static final String SG1E_ASPERGER = "Asperger's Syndrome / High Functioning Autism";
    /** SG3a subset. */
    static final String SG3A_SUPPORT = "Of the enquiries recorded as Yes, in how many of these cases was support"
            + " provided by an advocate, family or friend";
    /** SG4a first block. */
    static final String SG4A_ASKED = "Asked about Desired Outcomes";
    /** SG4a second block. */
    static final String SG4A_ACHIEVED = "Outcomes Achieved";

    private static void one(List<SacCell> cells, SacTable table, String enquiryType, String category,
            org.mspsdk.vocabulary.Code[] codes, long[] counts) {
        for (int i = 0; i < codes.length; i++) {
            cells.add(new SacCell(table, enquiryType, category, codes[i].label(), counts[i]));
        }
    }

    private List<MspMeasures.ExperienceResult> experienceResults() {
        List<MspMeasures.ExperienceResult> out = new ArrayList<>();
        for (int i = 0; i < experience.length; i++) {
            Map<String, Long> counts = new LinkedHashMap<>();
            List<String> codes = experienceCodes.get(i);
            for (int c = 0; c < codes.size(); c++) {
                counts.put(codes.get(c), experience[i][c]);
            }
            counts.put(MspMeasures.ExperienceResult.NOT_ANSWERED, experience[i][codes.size()]);
            out.add(new MspMeasures.ExperienceResult(settings.experienceItems().get(i), counts));
        }
        return out;
    }

    private MspMeasures.FeelingSafeChange feelingSafe() {
        long pairs = 0;
        long improved = 0;
        long worse = 0;
        long total = 0;
        Map<Integer, Long> byChange = new LinkedHashMap<>();
        for (int i = 0; i < safetyChange.length; i++) {
            int change = i - 4;
            long n = safetyChange[i];
            byChange.put(change, n);
            pairs += n;
            total += change * n;
            if (change > 0) {
                improved += n;
            } else if (change < 0) {
                worse += n;
            }
        }
        return new MspMeasures.FeelingSafeChange(pairs, improved, safetyChange[4], worse, total, byChange,
                safetyUnpaired);
    }

    // ----------------------------------------------------------------------------------------- equality

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof SacTally other)) {
            return false;
        }
        return sameSettings(other) && recordsRead == other.recordsRead && Arrays.equals(sg1f, other.sg1f)
                && Arrays.equals(people, other.people) && Arrays.deepEquals(sg2a, other.sg2a)
                && Arrays.deepEquals(sg2b, other.sg2b) && Arrays.deepEquals(sg2c, other.sg2c)
                && Arrays.deepEquals(sg2e, other.sg2e) && Arrays.equals(sg3a, other.sg3a)
                && Arrays.equals(sg4aAsked, other.sg4aAsked) && Arrays.equals(sg4aAchieved, other.sg4aAchieved)
                && Arrays.deepEquals(experience, other.experience) && part2Completed == other.part2Completed
                && part2NotOffered == other.part2NotOffered && Arrays.equals(safetyChange, other.safetyChange)
                && safetyUnpaired == other.safetyUnpaired && dataQuality.equals(other.dataQuality)
                && boardsEqual(other);
    }

    private boolean boardsEqual(SacTally other) {
        for (Map.Entry<String, Map<String, long[]>> e : boards.entrySet()) {
            Map<String, long[]> theirs = other.boards.get(e.getKey());
            if (theirs == null || theirs.size() != e.getValue().size()) {
                return false;
            }
            for (Map.Entry<String, long[]> g : e.getValue().entrySet()) {
                if (!Arrays.equals(g.getValue(), theirs.get(g.getKey()))) {
                    return false;
                }
            }
        }
        return true;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(recordsRead) * 31 + Arrays.hashCode(sg1f);
    }

    @Override
    public String toString() {
        return "SacTally[" + settings.year().label() + ", records=" + recordsRead + ", concerns=" + sg1f[0]
                + ", s42Commenced=" + sg1f[1] + ", otherCommenced=" + sg1f[2] + "]";
    }
}
