package org.mspsdk.model;

import static org.mspsdk.internal.Checks.list;
import static org.mspsdk.internal.Checks.optional;
import static org.mspsdk.internal.Checks.optionalCode;
import static org.mspsdk.internal.Checks.optionalText;
import static org.mspsdk.internal.Checks.required;
import static org.mspsdk.internal.Checks.requiredText;
import static org.mspsdk.internal.Checks.stringMap;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.mspsdk.constraint.ValidSafeguardingRecord;
import org.mspsdk.vocabulary.OrganisationRole;

/**
 * One safeguarding record: a concern about an adult at risk and what came of it (an enquiry or not), the
 * organisations involved, the Making Safeguarding Personal outcomes and the experience questionnaires. This is
 * the unit the wire format reads and writes, the validator checks and the SAC return counts.
 *
 * <pre>{@code
 * SafeguardingRecord record = SafeguardingRecord.builder()
 *         .recordId("R-2025-0001")
 *         .adult(AdultAtRisk.builder("P-1042").dateOfBirth(LocalDate.of(1941, 5, 2)).build())
 *         .addOrganisation(OrganisationInvolvement.of("E08000001", OrganisationType.LOCAL_AUTHORITY,
 *                 OrganisationRole.LEAD_COUNCIL))
 *         .concern(Concern.received(LocalDate.of(2025, 6, 2), ConcernSource.CARE_PROVIDER)
 *                 .decided(ConcernOutcome.S42_ENQUIRY))
 *         .enquiry(enquiry)
 *         .outcomes(outcomes)
 *         .build();
 * }</pre>
 *
 * <p>{@link #toString()} shows no identifier, date of birth or free text.
 *
 * <p>The record carries the Jakarta Bean Validation constraint {@link ValidSafeguardingRecord} (profile
 * in progress in the default group, SAC complete in its {@code SacComplete} group); it takes effect only where
 * a Bean Validation provider is present.
 *
 * @param recordId       the opaque local record id
 * @param adult          the adult at risk
 * @param organisations  the organisations involved and their roles
 * @param concern        the concern
 * @param enquiry        the enquiry, when one was made
 * @param outcomes       the MSP outcomes (may be empty while nothing has been recorded)
 * @param questionnaires experience questionnaire responses (Part 1, Part 2, local variants)
 * @param notes          free-text practitioner notes (personal data)
 * @param extensions     fields a newer version of the wire format added that this version does not know,
 *                       kept verbatim as JSON text keyed by JSON Pointer so that a tolerant reader can pass a
 *                       newer document on without losing data; empty in records built in Java
 * @param episodeId      the journey this record belongs to: a shared reference the lead council issues for the
 *                       concern and passes to its partners, so that each organisation's record of one journey can
 *                       be linked (an identifier: never shown by {@link #toString()}); empty for a record not linked
 * @param recordedBy     the code of the organisation whose record this is (one of {@link #organisations()});
 *                       empty means the lead council's own record, as every record was before partner records
 *
 * <p><b>Linked records.</b> One safeguarding journey may be recorded by several organisations: the council that
 * leads it, the hospital that heard the disclosure, the provider that contributed to the enquiry. Each keeps its
 * own record with the same {@code episodeId}; {@code recordedBy} says whose record it is. The lead council's
 * record ({@link #isLeadRecord()}) is the authority for the SAC return; a partner's record ({@link
 * #isPartnerRecord()}) adds what that partner saw. Desired outcomes, outcome revisions, achievement ratings,
 * questionnaire responses, consent and advocacy can each name the organisation that recorded them; where they do
 * not, {@link #recorder()} recorded them.
 */
@ValidSafeguardingRecord
@ValidSafeguardingRecord(groups = ValidSafeguardingRecord.SacComplete.class)
public record SafeguardingRecord(
        String recordId,
        AdultAtRisk adult,
        List<OrganisationInvolvement> organisations,
        Concern concern,
        Optional<Enquiry> enquiry,
        PersonalOutcomes outcomes,
        List<QuestionnaireResponse> questionnaires,
        Optional<String> notes,
        Map<String, String> extensions,
        Optional<String> episodeId,
        Optional<String> recordedBy) {

    /** Checks the mandatory parts and copies the collections. */
    public SafeguardingRecord {
        requiredText(recordId, "recordId");
        required(adult, "adult");
        organisations = list(organisations, "organisations");
        required(concern, "concern");
        enquiry = optional(enquiry);
        outcomes = outcomes == null ? PersonalOutcomes.none() : outcomes;
        questionnaires = list(questionnaires, "questionnaires");
        notes = optionalText(notes, "notes");
        extensions = stringMap(extensions, "extensions");
        episodeId = optionalCode(episodeId, "episodeId");
        recordedBy = optionalCode(recordedBy, "recordedBy");
    }

    /**
     * The record as it was before linked records: not linked to a journey, the lead council's own.
     *
     * @param recordId       the opaque local record id
     * @param adult          the adult at risk
     * @param organisations  the organisations involved and their roles
     * @param concern        the concern
     * @param enquiry        the enquiry, when one was made
     * @param outcomes       the MSP outcomes
     * @param questionnaires experience questionnaire responses
     * @param notes          free-text practitioner notes
     * @param extensions     unknown wire-format fields keyed by JSON Pointer
     */
    public SafeguardingRecord(String recordId, AdultAtRisk adult, List<OrganisationInvolvement> organisations,
            Concern concern, Optional<Enquiry> enquiry, PersonalOutcomes outcomes,
            List<QuestionnaireResponse> questionnaires, Optional<String> notes, Map<String, String> extensions) {
        this(recordId, adult, organisations, concern, enquiry, outcomes, questionnaires, notes, extensions,
                Optional.empty(), Optional.empty());
    }

    /** @return a new builder */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder holding this record's parts */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.recordId = recordId;
        b.adult = adult;
        b.organisations.addAll(organisations);
        b.concern = concern;
        b.enquiry = enquiry.orElse(null);
        b.outcomes = outcomes;
        b.questionnaires.addAll(questionnaires);
        b.notes = notes.orElse(null);
        b.extensions.putAll(extensions);
        b.episodeId = episodeId.orElse(null);
        b.recordedBy = recordedBy.orElse(null);
        return b;
    }

    /** @return the organisation with the lead-council role, if one is named */
    public Optional<OrganisationInvolvement> leadCouncil() {
        return organisations.stream().filter(o -> o.has(OrganisationRole.LEAD_COUNCIL)).findFirst();
    }

    /**
     * @return the code of the organisation whose record this is: {@link #recordedBy()}, else the lead council's
     *     code; empty only when neither is given
     */
    public Optional<String> recorder() {
        return recordedBy.isPresent() ? recordedBy : leadCouncil().map(OrganisationInvolvement::code);
    }

    /**
     * @return true when this is the lead council's own record (no {@link #recordedBy()}, or the lead council's
     *     code): the record the SAC return counts
     */
    public boolean isLeadRecord() {
        return recordedBy.isEmpty() || leadCouncil().map(l -> l.code().equals(recordedBy.get())).orElse(false);
    }

    /**
     * @return true when another organisation recorded this record ({@link #recordedBy()} names an organisation
     *     that is not the lead council): it adds what that partner saw, and the SAC return never counts it
     */
    public boolean isPartnerRecord() {
        return !isLeadRecord();
    }

    /**
     * @param code an organisation code
     * @return the organisation with that code on this record
     */
    public Optional<OrganisationInvolvement> organisation(String code) {
        return organisations.stream().filter(o -> o.code().equals(code)).findFirst();
    }

    @Override
    public String toString() {
        return "SafeguardingRecord[recordId=redacted, adult=" + adult + ", organisations=" + organisations.size()
                + ", concern=" + concern + ", enquiry=" + enquiry.map(e -> e.type().code()
                        + (e.isConcluded() ? " concluded" : " open")).orElse("none")
                + ", desiredOutcomes=" + outcomes.desiredOutcomes().size()
                + ", negotiatedOutcomes=" + outcomes.negotiatedOutcomes().size()
                + ", questionnaires=" + questionnaires.size()
                + ", notes=" + (notes.isPresent() ? "redacted" : "none")
                + ", extensions=" + extensions.size()
                + (episodeId.isPresent() ? ", episodeId=redacted" : "")
                + recordedBy.map(c -> ", recordedBy=" + c).orElse("") + "]";
    }

    /** Builds a {@link SafeguardingRecord}; {@link #build()} names the first missing mandatory part. */
    public static final class Builder {
        private String recordId;
        private AdultAtRisk adult;
        private final List<OrganisationInvolvement> organisations = new ArrayList<>();
        private Concern concern;
        private Enquiry enquiry;
        private PersonalOutcomes outcomes = PersonalOutcomes.none();
        private final List<QuestionnaireResponse> questionnaires = new ArrayList<>();
        private String notes;
        private final Map<String, String> extensions = new LinkedHashMap<>();
        private String episodeId;
        private String recordedBy;

        private Builder() {
        }

        /** @param v the opaque local record id @return this */
        public Builder recordId(String v) {
            this.recordId = v;
            return this;
        }

        /** @param v the adult at risk @return this */
        public Builder adult(AdultAtRisk v) {
            this.adult = v;
            return this;
        }

        /** @param v an organisation to add @return this */
        public Builder addOrganisation(OrganisationInvolvement v) {
            organisations.add(required(v, "organisations[]"));
            return this;
        }

        /** @param v the organisations, replacing any added @return this */
        public Builder organisations(List<OrganisationInvolvement> v) {
            organisations.clear();
            organisations.addAll(list(v, "organisations"));
            return this;
        }

        /** @param v the concern @return this */
        public Builder concern(Concern v) {
            this.concern = v;
            return this;
        }

        /** @param v the enquiry, or null for none @return this */
        public Builder enquiry(Enquiry v) {
            this.enquiry = v;
            return this;
        }

        /** @param v the MSP outcomes @return this */
        public Builder outcomes(PersonalOutcomes v) {
            this.outcomes = v;
            return this;
        }

        /** @param v a questionnaire response to add @return this */
        public Builder addQuestionnaire(QuestionnaireResponse v) {
            questionnaires.add(required(v, "questionnaires[]"));
            return this;
        }

        /** @param v the questionnaire responses, replacing any added @return this */
        public Builder questionnaires(List<QuestionnaireResponse> v) {
            questionnaires.clear();
            questionnaires.addAll(list(v, "questionnaires"));
            return this;
        }

        /** @param v practitioner notes, or null @return this */
        public Builder notes(String v) {
            this.notes = v;
            return this;
        }

        /** @param v unknown wire-format fields keyed by JSON Pointer @return this */
        public Builder extensions(Map<String, String> v) {
            extensions.clear();
            extensions.putAll(stringMap(v, "extensions"));
            return this;
        }

        /**
         * @param v the journey's shared reference (issued by the lead council), or null when not linked
         * @return this
         */
        public Builder episodeId(String v) {
            this.episodeId = v;
            return this;
        }

        /**
         * @param v the code of the organisation whose record this is (an organisation on the record), or null for
         *          the lead council's own record
         * @return this
         */
        public Builder recordedBy(String v) {
            this.recordedBy = v;
            return this;
        }

        /**
         * @return the record
         * @throws org.mspsdk.MspException of kind {@code MISSING_PART} naming the first missing mandatory part
         *     ({@code recordId}, {@code adult} or {@code concern})
         */
        public SafeguardingRecord build() {
            return new SafeguardingRecord(recordId, adult, organisations, concern, Optional.ofNullable(enquiry),
                    outcomes, questionnaires, Optional.ofNullable(notes), extensions, Optional.ofNullable(episodeId),
                    Optional.ofNullable(recordedBy));
        }
    }
}
