package org.mspsdk.validation;

import static org.mspsdk.validation.Profile.IN_PROGRESS;
import static org.mspsdk.validation.Severity.ERROR;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mspsdk.model.DesiredOutcome;
import org.mspsdk.model.ItemAnswer;
import org.mspsdk.model.NegotiatedOutcome;
import org.mspsdk.model.OrganisationInvolvement;
import org.mspsdk.model.QuestionnaireResponse;

/**
 * Rules MSP-TXT: free text is not blank, and the structural limits: maximum lengths of free text and identifiers
 * (in Unicode code points) and maximum list sizes. Generous for real records, small enough that a record cannot
 * be used to exhaust memory downstream. The limits table of the rule catalogue is {@link #textLengths()},
 * {@link #identifierLengths()} and {@link #listSizes()}.
 */
final class TextRules {

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

    /** The documented paths of the rules whose paths are the rows of the limits table. */
    static final String SEE_LIMITS = "see the limits table";

    static final Rule TXT_001 = new Rule("MSP-TXT-001", ERROR, IN_PROGRESS,
            "A free-text field, when present, is not blank.",
            "An empty wording or note is a missing value pretending to be present; leave it out instead.",
            "notes, outcomes.desiredOutcomes[].wording, outcomes.negotiatedOutcomes[].revisions[].wording, "
                    + "questionnaires[].answers[].text, organisations[].name");
    static final Rule TXT_002 = new Rule("MSP-TXT-002", ERROR, IN_PROGRESS,
            "A free-text field is not longer than its limit (see the limits table).",
            "Limits keep records storable and exportable and stop a record from exhausting a reader's memory.",
            SEE_LIMITS);
    static final Rule TXT_003 = new Rule("MSP-TXT-003", ERROR, IN_PROGRESS,
            "An identifier or code is not longer than " + IDENTIFIER + " characters.",
            "Identifiers are keys, not text; a very long one is a mistake or an attack.", SEE_LIMITS);
    static final Rule TXT_004 = new Rule("MSP-TXT-004", ERROR, IN_PROGRESS,
            "A list is not longer than its limit (see the limits table).",
            "Real records are far below these sizes; larger lists are a mistake or an attack.",
            SEE_LIMITS);

    static final RuleArea AREA = new RuleArea("TXT", "Text and sizes (TXT)",
            List.of(TXT_001, TXT_002, TXT_003, TXT_004), TextRules::check);

    private TextRules() {
    }

    /** @return free-text field path to maximum length (rule MSP-TXT-002), for the catalogue */
    static Map<String, Integer> textLengths() {
        Map<String, Integer> m = new LinkedHashMap<>();
        m.put("notes", NOTES);
        m.put("outcomes.desiredOutcomes[].wording", DESIRED_OUTCOME_WORDING);
        m.put("outcomes.negotiatedOutcomes[].revisions[].wording", REVISION_WORDING);
        m.put("questionnaires[].answers[].text", ANSWER_TEXT);
        m.put("organisations[].name", ORGANISATION_NAME);
        return m;
    }

    /** @return identifier and code field path to maximum length (rule MSP-TXT-003), for the catalogue */
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

    /** @return list path to maximum size (rule MSP-TXT-004), for the catalogue */
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

    /**
     * @param rule a rule of this area whose paths are {@link #SEE_LIMITS}
     * @return the limits table rows of that rule, path to limit
     */
    static Map<String, Integer> limitsOf(Rule rule) {
        if (rule == TXT_002) {
            return textLengths();
        } else if (rule == TXT_003) {
            return identifierLengths();
        } else if (rule == TXT_004) {
            return listSizes();
        }
        throw new IllegalArgumentException("no limits table rows for " + rule.id());
    }

    private static void check(RecordCheck c) {
        identifier(c, "recordId", c.record.recordId());
        identifier(c, "adult.personId", c.record.adult().personId());
        c.record.notes().ifPresent(n -> text(c, "notes", n, NOTES));
        List<OrganisationInvolvement> orgs = c.record.organisations();
        size(c, "organisations", orgs.size(), ORGANISATIONS);
        for (int i = 0; i < orgs.size(); i++) {
            identifier(c, "organisations[" + i + "].code", orgs.get(i).code());
            int idx = i;
            orgs.get(i).name().ifPresent(n -> text(c, "organisations[" + idx + "].name", n, ORGANISATION_NAME));
        }
        c.enquiry.ifPresent(e -> size(c, "enquiry.riskItems", e.riskItems().size(), RISK_ITEMS));
        List<DesiredOutcome> desired = c.outcomes.desiredOutcomes();
        size(c, "outcomes.desiredOutcomes", desired.size(), DESIRED_OUTCOMES);
        for (int i = 0; i < desired.size(); i++) {
            String p = "outcomes.desiredOutcomes[" + i + "]";
            identifier(c, p + ".id", desired.get(i).id());
            text(c, p + ".wording", desired.get(i).wording(), DESIRED_OUTCOME_WORDING);
        }
        negotiated(c);
        questionnaires(c);
    }

    private static void negotiated(RecordCheck c) {
        List<NegotiatedOutcome> negotiated = c.outcomes.negotiatedOutcomes();
        size(c, "outcomes.negotiatedOutcomes", negotiated.size(), NEGOTIATED_OUTCOMES);
        for (int i = 0; i < negotiated.size(); i++) {
            NegotiatedOutcome n = negotiated.get(i);
            String p = "outcomes.negotiatedOutcomes[" + i + "]";
            identifier(c, p + ".id", n.id());
            size(c, p + ".desiredOutcomeIds", n.desiredOutcomeIds().size(), DESIRED_OUTCOME_IDS);
            for (int j = 0; j < n.desiredOutcomeIds().size(); j++) {
                if (!identifierFits(n.desiredOutcomeIds().get(j))) {
                    identifier(c, p + ".desiredOutcomeIds[" + j + "]", n.desiredOutcomeIds().get(j));
                }
            }
            size(c, p + ".revisions", n.revisions().size(), REVISIONS);
            for (int j = 0; j < n.revisions().size(); j++) {
                String w = n.revisions().get(j).wording();
                if (!textFits(w, REVISION_WORDING)) {
                    text(c, p + ".revisions[" + j + "].wording", w, REVISION_WORDING);
                }
            }
        }
    }

    private static void questionnaires(RecordCheck c) {
        List<QuestionnaireResponse> qs = c.record.questionnaires();
        size(c, "questionnaires", qs.size(), QUESTIONNAIRES);
        for (int i = 0; i < qs.size(); i++) {
            QuestionnaireResponse q = qs.get(i);
            String p = "questionnaires[" + i + "]";
            identifier(c, p + ".instrumentId", q.instrumentId());
            identifier(c, p + ".instrumentVersion", q.instrumentVersion());
            size(c, p + ".answers", q.answers().size(), ANSWERS);
            for (int j = 0; j < q.answers().size(); j++) {
                ItemAnswer a = q.answers().get(j);
                boolean fits = identifierFits(a.linkId()) && a.code().map(TextRules::identifierFits).orElse(true)
                        && a.text().map(t -> textFits(t, ANSWER_TEXT)).orElse(true);
                if (!fits) {
                    String ap = p + ".answers[" + j + "]";
                    identifier(c, ap + ".linkId", a.linkId());
                    a.code().ifPresent(code -> identifier(c, ap + ".code", code));
                    a.text().ifPresent(t -> text(c, ap + ".text", t, ANSWER_TEXT));
                }
            }
        }
    }

    /** @return true when no text rule can fire (a code point count is never above the char count) */
    private static boolean textFits(String value, int max) {
        return value.length() <= max && !value.isBlank();
    }

    /** @return true when the identifier rule cannot fire */
    private static boolean identifierFits(String value) {
        return value.length() <= IDENTIFIER;
    }

    private static void text(RecordCheck c, String path, String value, int max) {
        if (value.isBlank()) {
            c.add(TXT_001, path, "expected text that is not blank; leave the field out instead");
        } else if (value.codePointCount(0, value.length()) > max) {
            c.add(TXT_002, path, "expected at most " + max + " characters, found "
                    + value.codePointCount(0, value.length()));
        }
    }

    private static void identifier(RecordCheck c, String path, String value) {
        int length = value.codePointCount(0, value.length());
        if (length > IDENTIFIER) {
            c.add(TXT_003, path, "expected at most " + IDENTIFIER + " characters, found " + length);
        }
    }

    private static void size(RecordCheck c, String path, int size, int max) {
        if (size > max) {
            c.add(TXT_004, path, "expected at most " + max + " entries, found " + size);
        }
    }
}
