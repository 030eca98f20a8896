package org.mspsdk.json;

import java.util.List;
import java.util.Set;

/** The property names of each object of the wire format, in the order the encoder writes them. */
final class Wire {

    private Wire() {
    }

    static final String VERSION = "mspVersion";
    /** The extensions key under which a tolerant reader keeps a newer minor version. */
    static final String VERSION_POINTER = "/" + VERSION;

    static final List<String> RECORD = List.of(VERSION, "recordId", "adult", "organisations", "concern", "enquiry",
            "outcomes", "questionnaires", "notes");
    static final List<String> ADULT = List.of("personId", "nhsNumber", "dateOfBirth", "ageAtConcern", "dateOfDeath",
            "gender", "ethnicity", "primarySupportReason", "autismExcludingAsperger",
            "aspergerOrHighFunctioningAutism");
    static final List<String> ORGANISATION = List.of("code", "name", "type", "roles");
    static final List<String> CONCERN = List.of("receivedOn", "raisedBy", "outcome", "nextStep");
    static final List<String> ENQUIRY = List.of("type", "s42Criteria", "commencedOn", "concludedOn", "riskItems",
            "result", "riskOutcome", "mentalCapacity", "advocacy", "consent");
    static final List<String> S42 = List.of("hasCareAndSupportNeeds", "experiencingOrAtRiskOfAbuse",
            "unableToProtectSelf");
    static final List<String> RISK_ITEM = List.of("type", "location", "source");
    static final List<String> CAPACITY = List.of("lackedCapacity", "supportedByAdvocateFamilyOrFriend");
    static final List<String> ADVOCACY = List.of("substantialDifficulty", "appropriatePersonAvailable",
            "independentAdvocateArranged");
    static final List<String> CONSENT = List.of("decision", "actionWithoutConsent", "reasons", "personInformed");
    static final List<String> OUTCOMES = List.of("asked", "desiredOutcomes", "negotiatedOutcomes",
            "enquiryAchievement", "feelingSafeAtStart", "feelingSafeAtEnd");
    static final List<String> DESIRED = List.of("id", "wording", "expressedBy", "expressedOn", "stage", "category");
    static final List<String> VOICE = List.of("type", "representativeRole");
    static final List<String> NEGOTIATED = List.of("id", "desiredOutcomeIds", "revisions", "achievement");
    static final List<String> REVISION = List.of("agreedOn", "wording", "reason");
    static final List<String> ACHIEVEMENT = List.of("level", "judgedBy", "ratedOn");
    static final List<String> QUESTIONNAIRE = List.of("instrumentId", "instrumentVersion", "status", "respondent",
            "date", "notOfferedReason", "answers");
    static final List<String> ANSWER = List.of("linkId", "code", "text");

    static final int MIN_AGE = 0;
    static final int MAX_AGE = 150;

    static Set<String> set(List<String> names) {
        return Set.copyOf(names);
    }

    /**
     * @param name a property name
     * @return the name escaped as one JSON Pointer reference token (RFC 6901)
     */
    static String escape(String name) {
        return name.replace("~", "~0").replace("/", "~1");
    }

    /**
     * @param token an escaped reference token
     * @return the property name
     */
    static String unescape(String token) {
        return token.replace("~1", "/").replace("~0", "~");
    }
}
