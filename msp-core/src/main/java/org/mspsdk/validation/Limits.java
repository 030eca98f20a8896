package org.mspsdk.validation;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The structural limits (rules MSP-TXT-002 to MSP-TXT-004): maximum lengths of free text and identifiers
 * (in Unicode code points) and maximum list sizes. Generous for real records, small enough that a record
 * cannot be used to exhaust memory downstream.
 */
final class Limits {

    static final int IDENTIFIER = 100;
    static final int NOTES = 10_000;
    static final int DESIRED_OUTCOME_WORDING = 2_000;
    static final int REVISION_WORDING = 2_000;
    static final int ANSWER_TEXT = 4_000;
    static final int ORGANISATION_NAME = 200;

    static final int ORGANISATIONS = 50;
    static final int RISK_ITEMS = 50;
    static final int DESIRED_OUTCOMES = 50;
    static final int NEGOTIATED_OUTCOMES = 50;
    static final int DESIRED_OUTCOME_IDS = 50;
    static final int REVISIONS = 100;
    static final int QUESTIONNAIRES = 20;
    static final int ANSWERS = 200;

    private Limits() {
    }

    /** @return free-text field path to maximum length, for the catalogue */
    static Map<String, Integer> textLengths() {
        Map<String, Integer> m = new LinkedHashMap<>();
        m.put("notes", NOTES);
        m.put("outcomes.desiredOutcomes[].wording", DESIRED_OUTCOME_WORDING);
        m.put("outcomes.negotiatedOutcomes[].revisions[].wording", REVISION_WORDING);
        m.put("questionnaires[].answers[].text", ANSWER_TEXT);
        m.put("organisations[].name", ORGANISATION_NAME);
        return m;
    }

    /** @return identifier and code field path to maximum length, for the catalogue */
    static Map<String, Integer> identifierLengths() {
        Map<String, Integer> m = new LinkedHashMap<>();
        for (String p : new String[] {"recordId", "adult.personId", "organisations[].code",
            "outcomes.desiredOutcomes[].id", "outcomes.negotiatedOutcomes[].id",
            "outcomes.negotiatedOutcomes[].desiredOutcomeIds[]", "questionnaires[].instrumentId",
            "questionnaires[].instrumentVersion", "questionnaires[].answers[].linkId",
            "questionnaires[].answers[].code"}) {
            m.put(p, IDENTIFIER);
        }
        return m;
    }

    /** @return list path to maximum size, for the catalogue */
    static Map<String, Integer> listSizes() {
        Map<String, Integer> m = new LinkedHashMap<>();
        m.put("organisations", ORGANISATIONS);
        m.put("enquiry.riskItems", RISK_ITEMS);
        m.put("outcomes.desiredOutcomes", DESIRED_OUTCOMES);
        m.put("outcomes.negotiatedOutcomes", NEGOTIATED_OUTCOMES);
        m.put("outcomes.negotiatedOutcomes[].desiredOutcomeIds", DESIRED_OUTCOME_IDS);
        m.put("outcomes.negotiatedOutcomes[].revisions", REVISIONS);
        m.put("questionnaires", QUESTIONNAIRES);
        m.put("questionnaires[].answers", ANSWERS);
        return m;
    }
}
