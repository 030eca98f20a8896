package org.mspsdk.dictionary;

import static org.mspsdk.dictionary.ResearchTreatment.AGE_BAND;
import static org.mspsdk.dictionary.ResearchTreatment.KEPT;
import static org.mspsdk.dictionary.ResearchTreatment.KEPT_IF_IN_CATALOGUE;
import static org.mspsdk.dictionary.ResearchTreatment.LOCAL_ID;
import static org.mspsdk.dictionary.ResearchTreatment.PERIOD;
import static org.mspsdk.dictionary.ResearchTreatment.PSEUDONYMISED;
import static org.mspsdk.dictionary.ResearchTreatment.PSEUDONYMISED_FOR_PROVIDERS;
import static org.mspsdk.dictionary.ResearchTreatment.REMOVED;
import static org.mspsdk.dictionary.ResearchTreatment.YEAR;
import static org.mspsdk.vocabulary.SacTable.SG1A;
import static org.mspsdk.vocabulary.SacTable.SG1B;
import static org.mspsdk.vocabulary.SacTable.SG1C;
import static org.mspsdk.vocabulary.SacTable.SG1D;
import static org.mspsdk.vocabulary.SacTable.SG1E;
import static org.mspsdk.vocabulary.SacTable.SG1F;
import static org.mspsdk.vocabulary.SacTable.SG2A;
import static org.mspsdk.vocabulary.SacTable.SG2B;
import static org.mspsdk.vocabulary.SacTable.SG2C;
import static org.mspsdk.vocabulary.SacTable.SG2E;
import static org.mspsdk.vocabulary.SacTable.SG3A;
import static org.mspsdk.vocabulary.SacTable.SG4A;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.mspsdk.vocabulary.SacTable;

/**
 * The meaning of each record component, keyed {@code RecordType.component}: the one hand-written part of the
 * dictionary. A test fails when a component of the model or the research form has no entry here.
 */
final class FieldDocs {

    /** One entry: meaning, extra SAC tables, research treatment (record model only). */
    record Doc(String description, List<SacTable> sacTables, Optional<ResearchTreatment> treatment) {
    }

    private static final Map<String, Doc> DOCS = new HashMap<>();

    /** The end of the description of every attribution ({@code recordedBy}) of the record model. */
    private static final String ATTRIBUTION = " (one of the record's organisations; empty means the organisation whose"
            + " record this is). Organisation codes are not personal data: kept in the research form, a provider's as"
            + " a keyed pseudonym when providers are pseudonymised.";
    /** The end of the description of every attribution of the research form. */
    private static final String RESEARCH_ATTRIBUTION = " as in the organisations of the research record (a keyed"
            + " pseudonym for a provider when providers are pseudonymised); empty when the source left it to the"
            + " record's own organisation.";

    private FieldDocs() {
    }

    static Optional<Doc> find(String key) {
        return Optional.ofNullable(DOCS.get(key));
    }

    /** A record-model field that feeds no SAC table beyond its code list's. */
    private static void m(String key, ResearchTreatment t, String description) {
        m(key, t, List.of(), description);
    }

    /** A record-model field. */
    private static void m(String key, ResearchTreatment t, List<SacTable> tables, String description) {
        put(key, new Doc(description, tables, Optional.of(t)));
    }

    /** A research-form field that feeds no SAC table beyond its code list's. */
    private static void r(String key, String description) {
        r(key, List.of(), description);
    }

    /** A research-form field (or a part shared by both forms, with a treatment of {@code kept}). */
    private static void r(String key, List<SacTable> tables, String description) {
        put(key, new Doc(description, tables, Optional.empty()));
    }

    private static void put(String key, Doc doc) {
        if (DOCS.put(key, doc) != null) {
            throw new IllegalStateException("duplicate description for " + key);
        }
    }

    static {
        // SafeguardingRecord
        m("SafeguardingRecord.recordId", PSEUDONYMISED, "The opaque local record id.");
        m("SafeguardingRecord.adult", KEPT, "The adult at risk the record is about.");
        m("SafeguardingRecord.organisations", KEPT, "The organisations involved and their roles.");
        m("SafeguardingRecord.concern", KEPT, List.of(SG1F), "The safeguarding concern.");
        m("SafeguardingRecord.enquiry", KEPT, List.of(SG1F), "The enquiry (section 42 or other), when one was made.");
        m("SafeguardingRecord.outcomes", KEPT, List.of(SG4A), "The Making Safeguarding Personal outcomes.");
        m("SafeguardingRecord.questionnaires", KEPT_IF_IN_CATALOGUE,
                "Experience questionnaire responses (My Safeguarding Experience Part 1, Part 2, local variants).");
        m("SafeguardingRecord.notes", REMOVED, "Free-text practitioner notes (personal data). Not carried in FHIR "
                + "(msp-fhir): they are not MSP outcome data and may name other people.");
        m("SafeguardingRecord.extensions", REMOVED,
                "Fields of a newer wire-format version, kept verbatim as JSON text keyed by JSON Pointer. Not carried "
                        + "in FHIR (msp-fhir): the mapping carries only what it defines.");
        m("SafeguardingRecord.episodeId", PSEUDONYMISED, "The journey the record belongs to: the shared reference the"
                + " lead council issues for the concern and passes to its partners, linking each organisation's record"
                + " of one journey.");
        m("SafeguardingRecord.recordedBy", PSEUDONYMISED_FOR_PROVIDERS, "The code of the organisation whose record"
                + " this is (one of the record's organisations); empty for the lead council's own record. A record"
                + " another organisation kept is a partner's record: the SAC return does not count it.");
        // AdultAtRisk
        m("AdultAtRisk.personId", PSEUDONYMISED, List.of(SG1A, SG1B, SG1C),
                "The opaque local person id; identifies the person across records (distinct-person counts).");
        m("AdultAtRisk.nhsNumber", REMOVED, "The NHS number (10 digits, Modulus 11 check digit).");
        m("AdultAtRisk.dateOfBirth", AGE_BAND, List.of(SG1A), "The date of birth.");
        m("AdultAtRisk.ageAtConcern", AGE_BAND, List.of(SG1A),
                "The age in whole years when the concern was received, where the date of birth is not known.");
        m("AdultAtRisk.dateOfDeath", YEAR, List.of(SG1A), "The date of death; SG1a age is taken at death if earlier.");
        m("AdultAtRisk.gender", KEPT, "Gender.");
        m("AdultAtRisk.ethnicity", KEPT, "Ethnicity.");
        m("AdultAtRisk.primarySupportReason", KEPT, "Primary support reason.");
        m("AdultAtRisk.autismExcludingAsperger", KEPT, List.of(SG1E),
                "Learning, developmental or intellectual disability: autism (excluding Asperger's /"
                        + " high-functioning autism).");
        m("AdultAtRisk.aspergerOrHighFunctioningAutism", KEPT, List.of(SG1E),
                "Learning, developmental or intellectual disability: Asperger's / high-functioning autism.");
        // OrganisationInvolvement
        m("OrganisationInvolvement.code", PSEUDONYMISED_FOR_PROVIDERS,
                "The organisation's ODS code where it has one, else a local code.");
        m("OrganisationInvolvement.name", REMOVED, "The organisation's name.");
        m("OrganisationInvolvement.type", KEPT, "What kind of organisation it is.");
        m("OrganisationInvolvement.roles", KEPT, "The roles it played in this record.");
        // Concern
        m("Concern.receivedOn", PERIOD, List.of(SG1F), "The date the council received the concern.");
        m("Concern.raisedBy", KEPT, "Who raised the concern.");
        m("Concern.outcome", KEPT, List.of(SG1F), "What became of the concern: s42 enquiry, other enquiry or none.");
        m("Concern.nextStep", KEPT, "The next step when no enquiry followed.");
        // Enquiry
        m("Enquiry.type", KEPT, List.of(SG1F, SG2A, SG2B, SG2C, SG2E, SG3A, SG4A),
                "Section 42 enquiry (all three criteria hold) or other enquiry.");
        m("Enquiry.s42Criteria", KEPT, "The three section 42(1) criteria.");
        m("Enquiry.commencedOn", PERIOD, List.of(SG1A, SG1B, SG1C, SG1D, SG1E, SG1F),
                "The date the enquiry commenced.");
        m("Enquiry.concludedOn", PERIOD, List.of(SG2A, SG2B, SG2C, SG2E, SG3A, SG4A),
                "The date the enquiry concluded; concluded enquiries are counted in the year they conclude.");
        m("Enquiry.riskItems", KEPT, List.of(SG2A, SG2B),
                "The risks (allegations) looked into, each with its own type, location and source.");
        m("Enquiry.result", KEPT, "The action taken and result.");
        m("Enquiry.riskOutcome", KEPT, "Whether an identified risk remained, was reduced or removed.");
        m("Enquiry.mentalCapacity", KEPT, "Whether the person lacked capacity to make decisions about the enquiry.");
        m("Enquiry.advocacy", KEPT, "The facts behind the advocacy duty (Care Act 2014 s68).");
        m("Enquiry.consent", KEPT, "Consent, and any action taken without it.");
        // shared parts (kept as they are in the research form)
        r("S42Criteria.hasCareAndSupportNeeds", "The adult has needs for care and support.");
        r("S42Criteria.experiencingOrAtRiskOfAbuse", "The adult is experiencing, or at risk of, abuse or neglect.");
        r("S42Criteria.unableToProtectSelf",
                "As a result of those needs the adult is unable to protect themselves.");
        r("RiskItem.type", "The type of risk.");
        r("RiskItem.location", "Where the risk arose.");
        r("RiskItem.source", List.of(SG2A, SG2B),
                "The source of risk (service provider, known or unknown to the person).");
        r("MentalCapacity.lackedCapacity", "Whether the person lacked capacity to make decisions about the enquiry.");
        r("MentalCapacity.supportedByAdvocateFamilyOrFriend", List.of(SG3A),
                "Where capacity was lacked: whether support was provided by an advocate, family or friend.");
        r("Advocacy.substantialDifficulty", "The adult would have substantial difficulty being involved.");
        r("Advocacy.appropriatePersonAvailable", "An appropriate person is available to support their involvement.");
        r("Advocacy.independentAdvocateArranged", "An independent advocate was arranged.");
        r("Advocacy.recordedBy", "The code of the organisation that recorded these answers"
                + ATTRIBUTION);
        r("Consent.decision", "The adult's consent decision.");
        r("Consent.actionWithoutConsent", "Whether action was taken without consent.");
        r("Consent.reasons", "The reasons for action without consent.");
        r("Consent.personInformed", "Whether the person was told of action taken without their consent.");
        r("Consent.recordedBy", "The code of the organisation that recorded the consent decision"
                + ATTRIBUTION);
        r("Voice.type", "Whose voice: the adult, a representative, or a best-interests decision.");
        r("Voice.representativeRole", "The representative's role, when a representative spoke.");
        // PersonalOutcomes
        m("PersonalOutcomes.asked", KEPT, List.of(SG4A), "Whether the person or their representative was asked about"
                + " the outcomes they wanted, and whether outcomes were expressed.");
        m("PersonalOutcomes.desiredOutcomes", KEPT, "What the person wants to happen, in their own words.");
        m("PersonalOutcomes.negotiatedOutcomes", KEPT,
                "The outcomes agreed to work towards, linked to the desired outcomes they came from.");
        m("PersonalOutcomes.enquiryAchievement", KEPT, List.of(SG4A),
                "How far the desired outcomes were achieved, for the enquiry as a whole.");
        m("PersonalOutcomes.feelingSafeAtStart", KEPT, "How safe the person felt at the start.");
        m("PersonalOutcomes.feelingSafeAtEnd", KEPT, "How safe the person felt at the end.");
        // DesiredOutcome
        m("DesiredOutcome.id", LOCAL_ID, "A local id, unique within the record, that negotiated outcomes refer to.");
        m("DesiredOutcome.wording", REMOVED, "The outcome in the person's (or representative's) own words.");
        m("DesiredOutcome.expressedBy", KEPT, "Who expressed it.");
        m("DesiredOutcome.expressedOn", PERIOD, "When it was expressed.");
        m("DesiredOutcome.stage", KEPT, "The stage it was recorded at.");
        m("DesiredOutcome.category", KEPT, "The outcome category.");
        m("DesiredOutcome.recordedBy", PSEUDONYMISED_FOR_PROVIDERS, "The code of the organisation that recorded it"
                + ATTRIBUTION);
        // NegotiatedOutcome, OutcomeRevision, Achievement
        m("NegotiatedOutcome.id", LOCAL_ID, "A local id, unique within the record.");
        m("NegotiatedOutcome.desiredOutcomeIds", LOCAL_ID, "The desired outcomes it came from.");
        m("NegotiatedOutcome.revisions", KEPT, "The agreed wordings, oldest first (append-only).");
        m("NegotiatedOutcome.achievement", KEPT, List.of(SG4A),
                "How far it was achieved, rated at or after conclusion.");
        m("OutcomeRevision.agreedOn", PERIOD, "When this wording was agreed.");
        m("OutcomeRevision.wording", REMOVED, "The agreed wording.");
        m("OutcomeRevision.reason", KEPT, "The reason for a change from the person's words.");
        m("OutcomeRevision.recordedBy", PSEUDONYMISED_FOR_PROVIDERS, "The code of the organisation that recorded this"
                + " revision" + ATTRIBUTION);
        m("Achievement.level", KEPT, List.of(SG4A), "Fully, partially or not achieved.");
        m("Achievement.judgedBy", KEPT, "Who judged it.");
        m("Achievement.ratedOn", PERIOD, "When it was rated.");
        m("Achievement.recordedBy", PSEUDONYMISED_FOR_PROVIDERS, "The code of the organisation that recorded the"
                + " rating" + ATTRIBUTION);
        // QuestionnaireResponse, ItemAnswer
        m("QuestionnaireResponse.instrumentId", KEPT_IF_IN_CATALOGUE, "The instrument answered.");
        m("QuestionnaireResponse.instrumentVersion", KEPT_IF_IN_CATALOGUE, "The instrument version answered.");
        m("QuestionnaireResponse.status", KEPT, "Completed or not offered.");
        m("QuestionnaireResponse.respondent", KEPT, "Who answered, when completed.");
        m("QuestionnaireResponse.date", PERIOD,
                "When it was answered (or the decision not to offer it was made).");
        m("QuestionnaireResponse.notOfferedReason", KEPT, "Why it was not offered.");
        m("QuestionnaireResponse.answers", KEPT_IF_IN_CATALOGUE, "The answers, when completed.");
        m("QuestionnaireResponse.recordedBy", PSEUDONYMISED_FOR_PROVIDERS, "The code of the organisation that"
                + " collected the response" + ATTRIBUTION);
        m("ItemAnswer.linkId", KEPT_IF_IN_CATALOGUE, "The item answered (its id in the instrument).");
        m("ItemAnswer.code", KEPT_IF_IN_CATALOGUE,
                "The answer code, from the item's answer scale (see the answer-scale lists).");
        m("ItemAnswer.text", REMOVED, "A free-text answer, in the person's own words.");

        // research form
        r("ResearchRecord.formatVersion", "The version of the research form.");
        r("ResearchRecord.recordPseudonym",
                "Keyed pseudonym of the record id (64 hex characters, HMAC-SHA-256 of \"record:\" + id).");
        r("ResearchRecord.dateGranularity", "How the periods of this record are written.");
        r("ResearchRecord.person", "The adult at risk, de-identified.");
        r("ResearchRecord.organisations", "The organisations involved, by code.");
        r("ResearchRecord.concern", List.of(SG1F), "The concern.");
        r("ResearchRecord.enquiry", List.of(SG1F), "The enquiry, when one was made.");
        r("ResearchRecord.outcomes", List.of(SG4A), "The MSP outcomes, without their wording.");
        r("ResearchRecord.questionnaires", "Experience questionnaires, without free-text answers.");
        r("ResearchRecord.removed",
                "Generic paths of the source fields that were present in this record and removed.");
        r("ResearchRecord.episodePseudonym", "Keyed pseudonym of the journey's episodeId, so the records of one"
                + " journey stay linked; empty for a record not linked.");
        r("ResearchRecord.recordedBy", "The code of the organisation whose record this is, as in the organisations"
                + " of the research record; empty for the lead council's own record.");
        r("ResearchPerson.personPseudonym", List.of(SG1A, SG1B, SG1C),
                "Keyed pseudonym of the person id (HMAC-SHA-256 of \"person:\" + id); the same for all of a"
                        + " person's records under one key.");
        r("ResearchPerson.ageReferenceYear", List.of(SG1A), "The reporting year whose last day (or the date of death,"
                + " if earlier) the age bands refer to: that of the enquiry start, else of the concern.");
        r("ResearchPerson.ageBand", "The SG1a age band.");
        r("ResearchPerson.fiveYearAgeBand", "A five-year age band, top-coded at 95+.");
        r("ResearchPerson.yearOfDeath", "The calendar year of death.");
        r("ResearchPerson.gender", "Gender.");
        r("ResearchPerson.ethnicity", "Ethnicity.");
        r("ResearchPerson.primarySupportReason", "Primary support reason.");
        r("ResearchPerson.autismExcludingAsperger", List.of(SG1E),
                "Autism (excluding Asperger's / high-functioning autism).");
        r("ResearchPerson.aspergerOrHighFunctioningAutism", List.of(SG1E), "Asperger's / high-functioning autism.");
        r("ResearchOrganisation.code", "The organisation's code, or a keyed pseudonym of it (providers).");
        r("ResearchOrganisation.pseudonymised", "Whether the code is a pseudonym.");
        r("ResearchOrganisation.type", "What kind of organisation it is.");
        r("ResearchOrganisation.roles", "The roles it played in this record.");
        r("ResearchConcern.receivedIn", "The period the concern was received in.");
        r("ResearchConcern.receivedReportingYear", List.of(SG1F), "The reporting year the concern was received in.");
        r("ResearchConcern.raisedBy", "Who raised the concern.");
        r("ResearchConcern.outcome", List.of(SG1F), "What became of the concern.");
        r("ResearchConcern.nextStep", "The next step when no enquiry followed.");
        r("ResearchEnquiry.type", List.of(SG1F, SG2A, SG2B, SG2C, SG2E, SG3A, SG4A), "Section 42 or other enquiry.");
        r("ResearchEnquiry.s42Criteria", "The three section 42(1) criteria.");
        r("ResearchEnquiry.commencedIn", "The period the enquiry commenced in.");
        r("ResearchEnquiry.commencedReportingYear", List.of(SG1A, SG1B, SG1C, SG1D, SG1E, SG1F),
                "The reporting year the enquiry commenced in.");
        r("ResearchEnquiry.concludedIn", "The period the enquiry concluded in.");
        r("ResearchEnquiry.concludedReportingYear", List.of(SG2A, SG2B, SG2C, SG2E, SG3A, SG4A),
                "The reporting year the enquiry concluded in.");
        r("ResearchEnquiry.riskItems", List.of(SG2A, SG2B), "The risk items, each with type, location and source.");
        r("ResearchEnquiry.result", "The action taken and result.");
        r("ResearchEnquiry.riskOutcome", "The risk outcome, where a risk was identified.");
        r("ResearchEnquiry.mentalCapacity", "The mental capacity answer and support.");
        r("ResearchEnquiry.advocacy", "The advocacy duty facts.");
        r("ResearchEnquiry.consent", "Consent and action without consent.");
        r("ResearchOutcomes.asked", "Asked about desired outcomes.");
        r("ResearchOutcomes.desiredOutcomes", "The desired outcomes, without wording.");
        r("ResearchOutcomes.negotiatedOutcomes", "The negotiated outcomes, without wording.");
        r("ResearchOutcomes.enquiryAchievement", "The enquiry-level achievement.");
        r("ResearchOutcomes.feelingSafeAtStart", "How safe the person felt at the start.");
        r("ResearchOutcomes.feelingSafeAtEnd", "How safe the person felt at the end.");
        r("ResearchDesiredOutcome.id", "Record-local id (d1, d2, ... in source order).");
        r("ResearchDesiredOutcome.expressedBy", "Who expressed it.");
        r("ResearchDesiredOutcome.expressedIn", "The period it was expressed in.");
        r("ResearchDesiredOutcome.stage", "The recording stage.");
        r("ResearchDesiredOutcome.category", "The outcome category.");
        r("ResearchDesiredOutcome.recordedBy", "The organisation that recorded it,"
                + RESEARCH_ATTRIBUTION);
        r("ResearchNegotiatedOutcome.id", "Record-local id (n1, n2, ... in source order).");
        r("ResearchNegotiatedOutcome.desiredOutcomeIds", "The record-local ids of the desired outcomes it came from.");
        r("ResearchNegotiatedOutcome.revisions", "The revisions, oldest first, without wording.");
        r("ResearchNegotiatedOutcome.achievement", List.of(SG4A), "How far it was achieved.");
        r("ResearchRevision.agreedIn", "The period the revision was agreed in.");
        r("ResearchRevision.reason", "The reason for a change from the person's words.");
        r("ResearchRevision.recordedBy", "The organisation that recorded the revision,"
                + RESEARCH_ATTRIBUTION);
        r("ResearchAchievement.level", "Fully, partially or not achieved.");
        r("ResearchAchievement.judgedBy", "Who judged it.");
        r("ResearchAchievement.ratedIn", "The period it was rated in.");
        r("ResearchAchievement.recordedBy", "The organisation that recorded the rating,"
                + RESEARCH_ATTRIBUTION);
        r("ResearchQuestionnaire.instrumentId", "The instrument id, when the instrument is in the catalogue.");
        r("ResearchQuestionnaire.instrumentVersion", "The instrument version, when in the catalogue.");
        r("ResearchQuestionnaire.inCatalogue", "Whether the instrument was found in the catalogue.");
        r("ResearchQuestionnaire.status", "Completed or not offered.");
        r("ResearchQuestionnaire.respondent", "Who answered.");
        r("ResearchQuestionnaire.answeredIn", "The period it was answered (or not offered) in.");
        r("ResearchQuestionnaire.notOfferedReason", "Why it was not offered.");
        r("ResearchQuestionnaire.answers", "The answers, without free text.");
        r("ResearchQuestionnaire.recordedBy", "The organisation that collected the response,"
                + RESEARCH_ATTRIBUTION);
        r("ResearchAnswer.linkId", "The item id.");
        r("ResearchAnswer.form", "What was kept of the answer.");
        r("ResearchAnswer.code", "The answer code, when on the item's answer scale.");
    }
}
