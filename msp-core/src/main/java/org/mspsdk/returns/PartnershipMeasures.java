package org.mspsdk.returns;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.TreeMap;

/**
 * The single-organisation and partnership levels of the MSP measures, beside the person level
 * ({@link MspMeasures}, counted over distinct people from the lead council's records). The sources ask for
 * outcomes "at individual, single organisation and multi-agency level"; many organisations see only part of a
 * person's journey, so these count <b>journeys</b>: the records of one journey (one {@code episodeId}, see
 * {@link org.mspsdk.model.SafeguardingRecord#episodeId()}) merged, and a record with no {@code episodeId} as a
 * journey of its own. A journey counts when its lead council's record is in the data and its concern was
 * received in the reporting year (the journeys SG1f counts as concerns); a partner's record with no lead
 * council's record of its journey counts nowhere and is listed in the data-quality report.
 *
 * <pre>{@code
 * PartnershipMeasures p = sacReturn.partnership();
 * long journeys = p.journeys().journeys();
 * long askedByTrust = p.organisations().get("RXX01").askedAtConcern();
 * }</pre>
 *
 * @param journeys      the partnership level: the merged journeys
 * @param organisations the single-organisation level: for each organisation code (sorted), what it did in those
 *                      journeys, counted once per journey whatever number of records say so
 */
public record PartnershipMeasures(Journeys journeys, Map<String, Organisation> organisations) {

    /** Checks and copies (sorted by code). */
    public PartnershipMeasures {
        Objects.requireNonNull(journeys, "journeys");
        organisations = Collections.unmodifiableMap(new TreeMap<>(organisations));
    }

    /** @return the measures of no records */
    public static PartnershipMeasures empty() {
        return new PartnershipMeasures(new Journeys(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0), Map.of());
    }

    /**
     * The partnership level: journeys whose lead council's record is in the data, with the concern received in
     * the year; each flag is true when any record of the journey (the lead council's or a partner's) says so.
     *
     * @param journeys                  journeys counted (lead council's record present, concern received in the
     *                                  year): each counted once, whatever number of records it has
     * @param linkedJourneys            of those, journeys with an {@code episodeId}
     * @param withPartnerRecords        of those, journeys with at least one partner's record
     * @param s42Enquiries              of those, journeys whose lead council's record has a section 42 enquiry
     *                                  commenced in the year
     * @param askedAtConcern            of the journeys, those where some organisation asked the person about desired
     *                                  outcomes at the point of concern (a desired outcome recorded at stage
     *                                  {@code point-of-concern}, or a partner's record answering that the person was
     *                                  asked)
     * @param outcomesExpressed         journeys with at least one desired outcome on any record
     * @param achievementRecorded       journeys with an achievement recorded on any record (an enquiry-level answer
     *                                  or a rating)
     * @param fullyOrPartlyMet          journeys with outcomes fully or partly achieved on any record
     * @param metBeforeOrWithoutEnquiry journeys with an outcome rated fully or partly achieved before the lead
     *                                  council's enquiry commenced, or with no enquiry
     * @param partnerRecordsRead        partner records read (all years; the SAC tables never count them)
     * @param partnerRecordsWithoutLead partner records whose journey has no lead council's record in the data (or no
     *                                  {@code episodeId}): in the data-quality report, counted nowhere
     * @param severalLeadRecords        journeys with more than one lead council's record (each was counted by the
     *                                  SAC tables; see rule MSP-JNY-005)
     */
    public record Journeys(long journeys, long linkedJourneys, long withPartnerRecords, long s42Enquiries,
            long askedAtConcern, long outcomesExpressed, long achievementRecorded, long fullyOrPartlyMet,
            long metBeforeOrWithoutEnquiry, long partnerRecordsRead, long partnerRecordsWithoutLead,
            long severalLeadRecords) {

        /** @return the share of journeys where the person was asked at the point of concern, in percent */
        public OptionalDouble askedAtConcernPercent() {
            return MspMeasures.percent(askedAtConcern, journeys);
        }

        /** @return the share of journeys with desired outcomes expressed, in percent */
        public OptionalDouble outcomesExpressedPercent() {
            return MspMeasures.percent(outcomesExpressed, journeys);
        }

        /** @return of the journeys with outcomes expressed, the share fully or partly met, in percent */
        public OptionalDouble fullyOrPartlyMetPercent() {
            return MspMeasures.percent(fullyOrPartlyMet, outcomesExpressed);
        }
    }

    /**
     * The single-organisation level for one organisation: what it did, by its roles and by attribution, counted
     * once per journey (see {@link Journeys} for which journeys count). The first three are the <b>partner
     * engagement</b> measure: concerns the organisation raised, of which the person was asked about desired
     * outcomes at the point of concern by that organisation, and of which outcomes were met before or without an
     * enquiry (by whichever organisation; see {@link Journeys#metBeforeOrWithoutEnquiry()}).
     *
     * @param concernsRaised            journeys whose concern it raised (role {@code raised-concern} on any record)
     * @param askedAtConcern            of those, journeys where it asked the person at the point of concern (a
     *                                  desired outcome at stage {@code point-of-concern} attributed to it, or its own
     *                                  record answering that the person was asked)
     * @param metBeforeOrWithoutEnquiry of the concerns it raised, journeys with outcomes met before or without an
     *                                  enquiry
     * @param causedToMakeEnquiries     journeys where it was caused to make enquiries
     * @param contributed               journeys where it contributed
     * @param outcomesRecorded          journeys where it recorded a desired outcome (by attribution)
     * @param achievementRated          journeys where it recorded an achievement rating (by attribution)
     * @param questionnairesCollected   journeys where it collected a questionnaire response (by attribution)
     */
    public record Organisation(long concernsRaised, long askedAtConcern, long metBeforeOrWithoutEnquiry,
            long causedToMakeEnquiries, long contributed, long outcomesRecorded, long achievementRated,
            long questionnairesCollected) {

        /** @return of the concerns raised, the share where it asked the person at the point of concern, in percent */
        public OptionalDouble askedAtConcernPercent() {
            return MspMeasures.percent(askedAtConcern, concernsRaised);
        }
    }
}
