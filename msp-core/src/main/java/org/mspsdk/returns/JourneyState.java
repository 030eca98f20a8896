package org.mspsdk.returns;

import java.time.LocalDate;
import java.util.Optional;
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
 * The packed state of {@link JourneyTally}: what one record says about its journey and about each organisation on
 * it, how two states of one journey (or one journey and organisation) combine, and what a whole journey counts.
 *
 * <p>A journey's {@code long}: bits 0-1 the number of lead council records (saturating at 3); bits 2-15 flags
 * OR-ed over every record (a partner record seen; from the lead record: concern received in the year, s42 enquiry
 * commenced in the year; from any record: asked at the point of concern, outcomes expressed, achievement recorded,
 * met); bits 16-39 the lead record's enquiry commencement day and bits 40-63 the first day an outcome was rated met,
 * each the minimum over the records ({@link #NO_DAY} for none). A (journey, organisation) {@code long}: bits 0-7
 * flags OR-ed (raised the concern, caused to make enquiries, contributed, asked at the point of concern, recorded a
 * desired outcome, recorded a rating, collected a questionnaire), bits 32-63 the organisation's index in the tally's
 * dictionary. Saturating sums, ORs and minimums are commutative and associative, so states combine the same in any
 * order.
 */
final class JourneyState {

    // ---- the journey state -------------------------------------------------------------------------------------
    static final long LEAD_MASK = 0b11;
    static final long PARTNER = 1L << 2;
    static final long CONCERN_IN_YEAR = 1L << 3;
    static final long S42_IN_YEAR = 1L << 4;
    static final long ASKED_AT_CONCERN = 1L << 5;
    static final long EXPRESSED = 1L << 6;
    static final long RATED = 1L << 7;
    static final long MET = 1L << 8;
    static final long FLAGS = 0xFFFCL;
    static final int DAY_BITS = PersonState.DAY_BITS;
    static final long NO_DAY = (1L << DAY_BITS) - 1;
    static final long DAY_OFFSET = 1L << (DAY_BITS - 1);
    static final int ENQUIRY_DAY = 16;
    static final int MET_DAY = ENQUIRY_DAY + DAY_BITS;

    // ---- the (journey, organisation) state ---------------------------------------------------------------------
    static final long RAISED = 1L;
    static final long CAUSED = 1L << 1;
    static final long CONTRIBUTED = 1L << 2;
    static final long ORG_ASKED = 1L << 3;
    static final long RECORDED_OUTCOME = 1L << 4;
    static final long RATED_BY = 1L << 5;
    static final long QUESTIONNAIRE = 1L << 6;
    static final long ORG_FLAGS = 0xFFL;
    static final int ORG_INDEX = 32;

    static final int ORGANISATION_MEASURES = 8;
    static final int JOURNEY_MEASURES = 9;

    private JourneyState() {
    }

    // ---- what one record says --------------------------------------------------------------------------------

    static long day(LocalDate d) {
        return (d.toEpochDay() + DAY_OFFSET) & NO_DAY;
    }

    /** The journey state one record gives. */
    static long journeyState(RecordFacts r, boolean lead, String recorder) {
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
        if (askedAtConcern(record, lead, recorder, null)) {
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
     * @param lead         whether it is the lead council's record
     * @param recorder     its {@link SafeguardingRecord#recorder()}, or null
     * @param organisation null for anyone, else the organisation that must have asked
     * @return whether the person was asked about desired outcomes at the point of concern (by that organisation): a
     *     desired outcome at stage point-of-concern attributed to it, or a partner's own record answering "asked"
     */
    static boolean askedAtConcern(SafeguardingRecord record, boolean lead, String recorder, String organisation) {
        for (DesiredOutcome d : record.outcomes().desiredOutcomes()) {
            if (d.stage() == RecordingStage.POINT_OF_CONCERN
                    && (organisation == null || attributedTo(d.recordedBy(), recorder, organisation))) {
                return true;
            }
        }
        if (lead) {
            return false;
        }
        AskedAboutOutcomes asked = record.outcomes().asked().orElse(AskedAboutOutcomes.NOT_RECORDED);
        boolean wasAsked = asked == AskedAboutOutcomes.ASKED_EXPRESSED || asked == AskedAboutOutcomes.ASKED_NOT_EXPRESSED;
        return wasAsked && (organisation == null || organisation.equals(recorder));
    }

    /** @return whether a part attributed to {@code by} (else to the record's recorder) is the organisation's */
    static boolean attributedTo(Optional<String> by, String recorder, String code) {
        return code.equals(by.isPresent() ? by.get() : recorder);
    }

    /** What one organisation did on one record, by its roles and by attribution. */
    static long pairFlags(SafeguardingRecord record, boolean lead, String recorder, OrganisationInvolvement o) {
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
        if (askedAtConcern(record, lead, recorder, code)) {
            flags |= ORG_ASKED;
        }
        for (DesiredOutcome d : record.outcomes().desiredOutcomes()) {
            if (attributedTo(d.recordedBy(), recorder, code)) {
                flags |= RECORDED_OUTCOME;
                break;
            }
        }
        for (NegotiatedOutcome n : record.outcomes().negotiatedOutcomes()) {
            if (n.achievement().isPresent() && attributedTo(n.achievement().get().recordedBy(), recorder, code)) {
                flags |= RATED_BY;
                break;
            }
        }
        for (QuestionnaireResponse q : record.questionnaires()) {
            if (attributedTo(q.recordedBy(), recorder, code)) {
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
    static void countJourney(long s, long[] n) {
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

    static boolean metBeforeOrWithoutEnquiry(long s) {
        long met = (s >>> MET_DAY) & NO_DAY;
        long enquiry = (s >>> ENQUIRY_DAY) & NO_DAY;
        return met != NO_DAY && met < enquiry;
    }

    /** Adds one organisation's counts for a journey, when the journey counts. */
    static void countOrganisation(long s, long flags, long[] n) {
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
}
