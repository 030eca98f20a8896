package org.mspsdk.research;

import static org.mspsdk.internal.Checks.list;
import static org.mspsdk.internal.Checks.optional;
import static org.mspsdk.internal.Checks.required;
import static org.mspsdk.internal.Checks.requiredText;

import java.util.List;
import java.util.Optional;

/**
 * The de-identified research form of one {@link org.mspsdk.model.SafeguardingRecord}, made by a
 * {@link Deidentifier}. It holds no identifier, NHS number, name, date of birth, exact date or free text: ids are
 * keyed pseudonyms, dates are periods (see {@link #dateGranularity()}), words are removed and {@link #removed()}
 * says which kinds of field were. Codes and categories are kept, so SAC tables can be counted from it.
 *
 * @param formatVersion    the version of the research form ({@value #FORMAT_VERSION})
 * @param recordPseudonym  keyed pseudonym of the record id
 * @param dateGranularity  how the periods of this record are written (month or reporting year)
 * @param person           the adult at risk, de-identified
 * @param organisations    the organisations involved, by code (providers optionally pseudonymised)
 * @param concern          the concern
 * @param enquiry          the enquiry, when one was made
 * @param outcomes         the MSP outcomes, without their wording
 * @param questionnaires   experience questionnaires, without free-text answers
 * @param removed          the generic paths of source fields present in the record and removed (for example
 *                         {@code notes}, {@code outcomes.desiredOutcomes[].wording}), sorted
 * @param episodePseudonym keyed pseudonym of the journey's {@code episodeId}, so the records of one journey stay
 *                         linked in the research form; empty for a record not linked
 * @param recordedBy       the code of the organisation whose record this is, as in {@link #organisations()} (a keyed
 *                         pseudonym for a provider when providers are pseudonymised); empty for the lead council's
 *                         own record
 */
public record ResearchRecord(
        String formatVersion,
        String recordPseudonym,
        DateGranularity dateGranularity,
        ResearchPerson person,
        List<ResearchOrganisation> organisations,
        ResearchConcern concern,
        Optional<ResearchEnquiry> enquiry,
        ResearchOutcomes outcomes,
        List<ResearchQuestionnaire> questionnaires,
        List<String> removed,
        Optional<String> episodePseudonym,
        Optional<String> recordedBy) {

    /** The version of the research form this SDK writes. */
    public static final String FORMAT_VERSION = "1.0";

    /** Checks the parts and copies the lists. */
    public ResearchRecord {
        requiredText(formatVersion, "formatVersion");
        requiredText(recordPseudonym, "recordPseudonym");
        required(dateGranularity, "dateGranularity");
        required(person, "person");
        organisations = list(organisations, "organisations");
        required(concern, "concern");
        enquiry = optional(enquiry);
        required(outcomes, "outcomes");
        questionnaires = list(questionnaires, "questionnaires");
        removed = list(removed, "removed");
        episodePseudonym = optional(episodePseudonym);
        recordedBy = optional(recordedBy);
    }

    /**
     * A research record of a record not linked to a journey, kept by the lead council.
     *
     * @param formatVersion   the version of the research form
     * @param recordPseudonym keyed pseudonym of the record id
     * @param dateGranularity how the periods are written
     * @param person          the adult at risk, de-identified
     * @param organisations   the organisations involved
     * @param concern         the concern
     * @param enquiry         the enquiry
     * @param outcomes        the MSP outcomes
     * @param questionnaires  experience questionnaires
     * @param removed         the paths of removed fields
     */
    public ResearchRecord(String formatVersion, String recordPseudonym, DateGranularity dateGranularity,
            ResearchPerson person, List<ResearchOrganisation> organisations, ResearchConcern concern,
            Optional<ResearchEnquiry> enquiry, ResearchOutcomes outcomes, List<ResearchQuestionnaire> questionnaires,
            List<String> removed) {
        this(formatVersion, recordPseudonym, dateGranularity, person, organisations, concern, enquiry, outcomes,
                questionnaires, removed, Optional.empty(), Optional.empty());
    }
}
