package org.mspsdk.returns;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.mspsdk.MspException;
import org.mspsdk.model.Enquiry;
import org.mspsdk.model.NegotiatedOutcome;
import org.mspsdk.model.PersonalOutcomes;
import org.mspsdk.model.SafeguardingRecord;
import org.mspsdk.vocabulary.EnquiryType;
import org.mspsdk.vocabulary.OutcomeAchievement;
import org.mspsdk.vocabulary.Population;

/**
 * What every tally needs to know about the record being counted, worked out once per record: which populations
 * of the year it is in, the event dates, the enquiry-level achievement, and the data-quality issues found so far.
 * One instance per {@link SacTally}, reset for each record, so counting allocates nothing here.
 */
final class RecordFacts {

    private final ReportingYear year;
    /** The year's first and last days, made once: {@link #inYear} is {@link ReportingYear#contains} without them. */
    private final LocalDate firstDay;
    private final LocalDate lastDay;
    private final SacSettings settings;
    private final EnumSet<DataQualityIssue> issues = EnumSet.noneOf(DataQualityIssue.class);
    private SafeguardingRecord record;
    private boolean concernInYear;
    private Enquiry enquiry;
    private boolean commencedInYear;
    private LocalDate concludedInYear;
    private boolean s42;
    private Population concluded;
    /** Membership of each population, by ordinal. */
    private final boolean[] in = new boolean[Population.values().length];
    private boolean achievementKnown;
    private Optional<OutcomeAchievement> achievement;
    private boolean fromRollUp;
    private boolean disagreesWithRollUp;

    RecordFacts(SacSettings settings) {
        this.settings = settings;
        this.year = settings.year();
        this.firstDay = year.firstDay();
        this.lastDay = year.lastDay();
    }

    private boolean inYear(LocalDate date) {
        return date != null && !date.isBefore(firstDay) && !date.isAfter(lastDay);
    }

    /** Starts on a new record. */
    RecordFacts reset(SafeguardingRecord next) {
        record = next;
        issues.clear();
        concernInYear = inYear(next.concern().receivedOn());
        enquiry = next.enquiry().orElse(null);
        commencedInYear = enquiry != null && inYear(enquiry.commencedOn());
        Optional<LocalDate> concluded = enquiry == null ? Optional.empty() : enquiry.concludedOn();
        concludedInYear = concluded.isPresent() && inYear(concluded.get()) ? concluded.get() : null;
        s42 = enquiry != null && enquiry.type() == EnquiryType.S42;
        this.concluded = concludedInYear == null ? null : s42 ? Population.CONCLUDED_S42 : Population.CONCLUDED_OTHER;
        in[Population.SAFEGUARDING_CONCERNS.ordinal()] = concernInYear;
        in[Population.S42_ENQUIRIES.ordinal()] = commencedInYear && s42;
        in[Population.OTHER_ENQUIRIES.ordinal()] = commencedInYear && !s42;
        in[Population.CONCLUDED_S42.ordinal()] = concludedInYear != null && s42;
        in[Population.CONCLUDED_OTHER.ordinal()] = concludedInYear != null && !s42;
        achievementKnown = false;
        achievement = null;
        return this;
    }

    SafeguardingRecord record() {
        return record;
    }

    ReportingYear year() {
        return year;
    }

    /** @return the record's enquiry, or null */
    Enquiry enquiry() {
        return enquiry;
    }

    /** Notes a data-quality issue of the record (each issue is reported once per record). */
    void issue(DataQualityIssue issue) {
        issues.add(issue);
    }

    EnumSet<DataQualityIssue> issues() {
        return issues;
    }

    /** @return true when the record's enquiry is a section 42 enquiry */
    boolean s42() {
        return s42;
    }

    /**
     * @return true when the record belongs to the population in the reporting year: concern received, section 42
     *     or other enquiry commenced, section 42 or other enquiry concluded, in the year
     */
    boolean in(Population p) {
        return in[p.ordinal()];
    }

    /** @return the population of the enquiry concluded in the year, or null when none was */
    Population concluded() {
        return concluded;
    }

    /** @return the date of the record's event in the population (received, commenced or concluded) */
    LocalDate eventDate(Population p) {
        return switch (p) {
            case SAFEGUARDING_CONCERNS -> record.concern().receivedOn();
            case S42_ENQUIRIES, OTHER_ENQUIRIES -> enquiry.commencedOn();
            case CONCLUDED_S42, CONCLUDED_OTHER -> concludedInYear;
            case SAFEGUARDING_ADULT_REVIEWS, SAR_INDIVIDUALS ->
                    throw new IllegalArgumentException("a record has no event in " + p.enquiryType());
        };
    }

    /**
     * @return true when the record is closed in the year (its enquiry concluded in the year; with no enquiry, its
     *     concern received in the year): the records the experience and feeling-safe measures count
     */
    boolean closedInYear() {
        return enquiry == null ? concernInYear : concludedInYear != null;
    }

    /**
     * The enquiry-level answer the return uses: the recorded one; else the roll-up of the per-outcome ratings when
     * every negotiated outcome is rated; else none. Worked out at most once per record.
     */
    Optional<OutcomeAchievement> achievement() {
        if (!achievementKnown) {
            PersonalOutcomes o = record.outcomes();
            Optional<OutcomeAchievement> rolled = rolledUp(o);
            fromRollUp = o.enquiryAchievement().isEmpty() && rolled.isPresent();
            disagreesWithRollUp = o.enquiryAchievement().isPresent() && rolled.isPresent()
                    && rolled.get() != o.enquiryAchievement().get();
            achievement = o.enquiryAchievement().isPresent() ? o.enquiryAchievement() : rolled;
            achievementKnown = true;
        }
        return achievement;
    }

    /** @return true when {@link #achievement()} is the roll-up because no enquiry-level answer is recorded */
    boolean achievementFromRollUp() {
        achievement();
        return fromRollUp;
    }

    /** @return true when the recorded enquiry-level answer disagrees with the roll-up of the ratings */
    boolean achievementDisagreesWithRollUp() {
        achievement();
        return disagreesWithRollUp;
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
}
