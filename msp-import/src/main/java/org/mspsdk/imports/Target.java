package org.mspsdk.imports;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.mspsdk.vocabulary.AchievementJudge;
import org.mspsdk.vocabulary.ActionWithoutConsentReason;
import org.mspsdk.vocabulary.AskedAboutOutcomes;
import org.mspsdk.vocabulary.CapacityAnswer;
import org.mspsdk.vocabulary.CodeList;
import org.mspsdk.vocabulary.ConcernOutcome;
import org.mspsdk.vocabulary.ConcernSource;
import org.mspsdk.vocabulary.ConsentDecision;
import org.mspsdk.vocabulary.EnquiryResult;
import org.mspsdk.vocabulary.EnquiryType;
import org.mspsdk.vocabulary.Ethnicity;
import org.mspsdk.vocabulary.Gender;
import org.mspsdk.vocabulary.LocationOfRisk;
import org.mspsdk.vocabulary.NegotiationChangeReason;
import org.mspsdk.vocabulary.NotOfferedReason;
import org.mspsdk.vocabulary.NoEnquiryNextStep;
import org.mspsdk.vocabulary.OrganisationRole;
import org.mspsdk.vocabulary.OrganisationType;
import org.mspsdk.vocabulary.OutcomeAchievement;
import org.mspsdk.vocabulary.OutcomeCategory;
import org.mspsdk.vocabulary.PrimarySupportReason;
import org.mspsdk.vocabulary.QuestionnaireStatus;
import org.mspsdk.vocabulary.RecordingStage;
import org.mspsdk.vocabulary.RepresentativeRole;
import org.mspsdk.vocabulary.RiskOutcome;
import org.mspsdk.vocabulary.SafetyRating;
import org.mspsdk.vocabulary.SourceOfRisk;
import org.mspsdk.vocabulary.TypeOfRisk;
import org.mspsdk.vocabulary.VoiceType;

/**
 * Every field of the record model a mapping can feed: its path (the data dictionary's path, so coverage can
 * name the SAC tables it feeds), the part of the record it belongs to, and the kind of value it takes.
 */
enum Target {
    RECORD_ID(Part.RECORD, "recordId", Kind.IDENTIFIER, null),
    PERSON_ID(Part.RECORD, "adult.personId", Kind.IDENTIFIER, null),
    NHS_NUMBER(Part.RECORD, "adult.nhsNumber", Kind.IDENTIFIER, null),
    DATE_OF_BIRTH(Part.RECORD, "adult.dateOfBirth", Kind.DATE, null),
    AGE_AT_CONCERN(Part.RECORD, "adult.ageAtConcern", Kind.INTEGER, null),
    DATE_OF_DEATH(Part.RECORD, "adult.dateOfDeath", Kind.DATE, null),
    GENDER(Part.RECORD, "adult.gender", Kind.CODE, Gender.LIST),
    ETHNICITY(Part.RECORD, "adult.ethnicity", Kind.CODE, Ethnicity.LIST),
    PRIMARY_SUPPORT_REASON(Part.RECORD, "adult.primarySupportReason", Kind.CODE, PrimarySupportReason.LIST),
    AUTISM_EXCLUDING_ASPERGER(Part.RECORD, "adult.autismExcludingAsperger", Kind.BOOLEAN, null),
    ASPERGER(Part.RECORD, "adult.aspergerOrHighFunctioningAutism", Kind.BOOLEAN, null),
    CONCERN_RECEIVED_ON(Part.RECORD, "concern.receivedOn", Kind.DATE, null),
    CONCERN_RAISED_BY(Part.RECORD, "concern.raisedBy", Kind.CODE, ConcernSource.LIST),
    CONCERN_OUTCOME(Part.RECORD, "concern.outcome", Kind.CODE, ConcernOutcome.LIST),
    CONCERN_NEXT_STEP(Part.RECORD, "concern.nextStep", Kind.CODE, NoEnquiryNextStep.LIST),
    ENQUIRY_TYPE(Part.RECORD, "enquiry.type", Kind.CODE, EnquiryType.LIST),
    S42_NEEDS(Part.RECORD, "enquiry.s42Criteria.hasCareAndSupportNeeds", Kind.BOOLEAN, null),
    S42_AT_RISK(Part.RECORD, "enquiry.s42Criteria.experiencingOrAtRiskOfAbuse", Kind.BOOLEAN, null),
    S42_UNABLE(Part.RECORD, "enquiry.s42Criteria.unableToProtectSelf", Kind.BOOLEAN, null),
    ENQUIRY_COMMENCED_ON(Part.RECORD, "enquiry.commencedOn", Kind.DATE, null),
    ENQUIRY_CONCLUDED_ON(Part.RECORD, "enquiry.concludedOn", Kind.DATE, null),
    ENQUIRY_RESULT(Part.RECORD, "enquiry.result", Kind.CODE, EnquiryResult.LIST),
    ENQUIRY_RISK_OUTCOME(Part.RECORD, "enquiry.riskOutcome", Kind.CODE, RiskOutcome.LIST),
    CAPACITY_LACKED(Part.RECORD, "enquiry.mentalCapacity.lackedCapacity", Kind.CODE, CapacityAnswer.LIST),
    CAPACITY_SUPPORTED(Part.RECORD, "enquiry.mentalCapacity.supportedByAdvocateFamilyOrFriend", Kind.BOOLEAN,
            null),
    ADVOCACY_DIFFICULTY(Part.RECORD, "enquiry.advocacy.substantialDifficulty", Kind.BOOLEAN, null),
    ADVOCACY_PERSON(Part.RECORD, "enquiry.advocacy.appropriatePersonAvailable", Kind.BOOLEAN, null),
    ADVOCACY_ARRANGED(Part.RECORD, "enquiry.advocacy.independentAdvocateArranged", Kind.BOOLEAN, null),
    CONSENT_DECISION(Part.RECORD, "enquiry.consent.decision", Kind.CODE, ConsentDecision.LIST),
    CONSENT_ACTION_WITHOUT(Part.RECORD, "enquiry.consent.actionWithoutConsent", Kind.BOOLEAN, null),
    CONSENT_REASONS(Part.RECORD, "enquiry.consent.reasons[]", Kind.CODES, ActionWithoutConsentReason.LIST),
    CONSENT_INFORMED(Part.RECORD, "enquiry.consent.personInformed", Kind.BOOLEAN, null),
    OUTCOMES_ASKED(Part.RECORD, "outcomes.asked", Kind.CODE, AskedAboutOutcomes.LIST),
    OUTCOMES_ACHIEVEMENT(Part.RECORD, "outcomes.enquiryAchievement", Kind.CODE, OutcomeAchievement.LIST),
    FEELING_SAFE_START(Part.RECORD, "outcomes.feelingSafeAtStart", Kind.CODE, SafetyRating.LIST),
    FEELING_SAFE_END(Part.RECORD, "outcomes.feelingSafeAtEnd", Kind.CODE, SafetyRating.LIST),
    NOTES(Part.RECORD, "notes", Kind.FREE_TEXT, null),

    ORG_CODE(Part.ORGANISATIONS, "code", Kind.IDENTIFIER, null),
    ORG_NAME(Part.ORGANISATIONS, "name", Kind.FREE_TEXT, null),
    ORG_TYPE(Part.ORGANISATIONS, "type", Kind.CODE, OrganisationType.LIST),
    ORG_ROLES(Part.ORGANISATIONS, "roles[]", Kind.CODES, OrganisationRole.LIST),

    RISK_TYPE(Part.RISK_ITEMS, "type", Kind.CODE, TypeOfRisk.LIST),
    RISK_LOCATION(Part.RISK_ITEMS, "location", Kind.CODE, LocationOfRisk.LIST),
    RISK_SOURCE(Part.RISK_ITEMS, "source", Kind.CODE, SourceOfRisk.LIST),

    DESIRED_ID(Part.DESIRED_OUTCOMES, "id", Kind.IDENTIFIER, null),
    DESIRED_WORDING(Part.DESIRED_OUTCOMES, "wording", Kind.FREE_TEXT, null),
    DESIRED_VOICE(Part.DESIRED_OUTCOMES, "expressedBy.type", Kind.CODE, VoiceType.LIST),
    DESIRED_VOICE_ROLE(Part.DESIRED_OUTCOMES, "expressedBy.representativeRole", Kind.CODE,
            RepresentativeRole.LIST),
    DESIRED_ON(Part.DESIRED_OUTCOMES, "expressedOn", Kind.DATE, null),
    DESIRED_STAGE(Part.DESIRED_OUTCOMES, "stage", Kind.CODE, RecordingStage.LIST),
    DESIRED_CATEGORY(Part.DESIRED_OUTCOMES, "category", Kind.CODE, OutcomeCategory.LIST),

    NEGOTIATED_ID(Part.NEGOTIATED_OUTCOMES, "id", Kind.IDENTIFIER, null),
    NEGOTIATED_DESIRED_IDS(Part.NEGOTIATED_OUTCOMES, "desiredOutcomeIds[]", Kind.IDENTIFIERS, null),
    NEGOTIATED_AGREED_ON(Part.NEGOTIATED_OUTCOMES, "revisions[].agreedOn", Kind.DATE, null),
    NEGOTIATED_WORDING(Part.NEGOTIATED_OUTCOMES, "revisions[].wording", Kind.FREE_TEXT, null),
    NEGOTIATED_REASON(Part.NEGOTIATED_OUTCOMES, "revisions[].reason", Kind.CODE, NegotiationChangeReason.LIST),
    ACHIEVEMENT_LEVEL(Part.NEGOTIATED_OUTCOMES, "achievement.level", Kind.CODE, OutcomeAchievement.LIST),
    ACHIEVEMENT_JUDGE(Part.NEGOTIATED_OUTCOMES, "achievement.judgedBy", Kind.CODE, AchievementJudge.LIST),
    ACHIEVEMENT_ON(Part.NEGOTIATED_OUTCOMES, "achievement.ratedOn", Kind.DATE, null),

    QUESTIONNAIRE_INSTRUMENT_ID(Part.QUESTIONNAIRES, "instrumentId", Kind.IDENTIFIER, null),
    QUESTIONNAIRE_INSTRUMENT_VERSION(Part.QUESTIONNAIRES, "instrumentVersion", Kind.IDENTIFIER, null),
    QUESTIONNAIRE_STATUS(Part.QUESTIONNAIRES, "status", Kind.CODE, QuestionnaireStatus.LIST),
    QUESTIONNAIRE_RESPONDENT(Part.QUESTIONNAIRES, "respondent.type", Kind.CODE, VoiceType.LIST),
    QUESTIONNAIRE_RESPONDENT_ROLE(Part.QUESTIONNAIRES, "respondent.representativeRole", Kind.CODE,
            RepresentativeRole.LIST),
    QUESTIONNAIRE_DATE(Part.QUESTIONNAIRES, "date", Kind.DATE, null),
    QUESTIONNAIRE_NOT_OFFERED_REASON(Part.QUESTIONNAIRES, "notOfferedReason", Kind.CODE, NotOfferedReason.LIST),
    /**
     * One answer, declared under a questionnaire list's {@code answers:} by item linkId (never under
     * {@code fields:}): coded through the item's answer scale, or free text. Its reader makes the ItemAnswer.
     */
    QUESTIONNAIRE_ANSWER(Part.QUESTIONNAIRES, "answers[]", Kind.FREE_TEXT, null);

    /** Where in the record a field sits: the record itself, or the items of one of its lists. */
    enum Part {
        RECORD(""),
        ORGANISATIONS("organisations"),
        RISK_ITEMS("enquiry.riskItems"),
        DESIRED_OUTCOMES("outcomes.desiredOutcomes"),
        NEGOTIATED_OUTCOMES("outcomes.negotiatedOutcomes"),
        QUESTIONNAIRES("questionnaires");

        private final String path;

        Part(String path) {
            this.path = path;
        }

        /** @return the list's path in the record model, as a mapping names it under {@code lists:} */
        String path() {
            return path;
        }

        static Optional<Part> ofList(String path) {
            return Arrays.stream(values()).filter(p -> p != RECORD && p.path.equals(path)).findFirst();
        }
    }

    /** The kind of value a field takes, which decides how a cell is read and whether it may be quoted. */
    enum Kind {
        /** An identifier or code such as an ODS code: personal data, never quoted. */
        IDENTIFIER,
        /** Several identifiers in one cell, split on the separator; never quoted. */
        IDENTIFIERS,
        /** Free text (a person's words, notes, names): never quoted. */
        FREE_TEXT,
        /** A date. Never quoted (a date of birth is personal data). */
        DATE,
        /** A whole number. */
        INTEGER,
        /** true or false. */
        BOOLEAN,
        /** One code of a code list; an unmapped value is quoted (cut short), as CodeList does. */
        CODE,
        /** Several codes of a code list in one cell, split on the separator. */
        CODES;

        boolean coded() {
            return this == CODE || this == CODES;
        }

        boolean multi() {
            return this == CODES || this == IDENTIFIERS;
        }
    }

    private final Part part;
    private final String name;
    private final Kind kind;
    private final CodeList<?> list;

    Target(Part part, String name, Kind kind, CodeList<?> list) {
        this.part = part;
        this.name = name;
        this.kind = kind;
        this.list = list;
    }

    Part part() {
        return part;
    }

    /**
     * @return the name a mapping uses: the full path for record fields, the item-relative path in a list, without
     *     list brackets ({@code revisions.agreedOn}, {@code roles})
     */
    String fieldName() {
        return name.replace("[]", "");
    }

    /** @return the data dictionary path, for example {@code enquiry.riskItems[].type} */
    String path() {
        return part == Part.RECORD ? name : part.path() + "[]." + name;
    }

    Kind kind() {
        return kind;
    }

    Optional<CodeList<?>> list() {
        return Optional.ofNullable(list);
    }

    static Optional<Target> find(Part part, String fieldName) {
        return Arrays.stream(values()).filter(t -> t.part == part && t != QUESTIONNAIRE_ANSWER
                && t.fieldName().equals(fieldName)).findFirst();
    }

    static List<Target> of(Part part) {
        return Arrays.stream(values()).filter(t -> t.part == part && t != QUESTIONNAIRE_ANSWER).toList();
    }
}
