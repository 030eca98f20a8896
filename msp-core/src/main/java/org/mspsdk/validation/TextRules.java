package org.mspsdk.validation;

import static org.mspsdk.validation.Profile.IN_PROGRESS;
import static org.mspsdk.validation.Severity.ERROR;
import static org.mspsdk.validation.Severity.WARNING;

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
 *
 * <p>And which characters text may hold. Identifiers and codes are keys that reports, file names, CSV cells and
 * terminals print: they hold no control character, line separator, bidirectional control or unpaired surrogate
 * (an ERROR). Free text is the person's words: it may hold line breaks and tabs; any other control character is
 * a WARNING, not an ERROR, because text pasted from another system often carries one (a word processor writes a
 * manual line break as U+000B), it is never part of the words, and nothing the SDK writes shows free text raw
 * (the JSON writer escapes every control character; the returns and the research export leave free text out), so
 * the record stays usable while the source is cleaned. Unpaired surrogates never reach a rule: the model refuses
 * them when a record is built.
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

    static final Rule TXT_005 = new Rule("MSP-TXT-005", ERROR, IN_PROGRESS,
            "An identifier or code holds only printable characters: no control character (C0 U+0000 to U+001F, "
                    + "DEL U+007F, C1 U+0080 to U+009F), no line or paragraph separator (U+2028, U+2029), no "
                    + "bidirectional formatting character (U+202A to U+202E, U+2066 to U+2069) and no unpaired "
                    + "surrogate (which the model already refuses when a record is built, kind INVALID_VALUE).",
            "Identifiers and codes are keys that reports, file names, CSV cells and terminals print: an escape "
                    + "sequence or a carriage return in one can rewrite a terminal or forge a line, a bidirectional "
                    + "control makes one id display as another, and none belongs in a key.",
            String.join(", ", identifierLengths().keySet()));
    static final Rule TXT_006 = new Rule("MSP-TXT-006", WARNING, IN_PROGRESS,
            "A free-text field holds no control character other than line breaks and tabs (LF U+000A, CR U+000D, "
                    + "TAB U+0009): no other C0 character, no DEL U+007F, no C1 U+0080 to U+009F.",
            "Free text may run over several lines; other control characters are never part of the words and can "
                    + "act on a terminal or a tool that shows the text. A warning, since text pasted from other "
                    + "systems often carries one (a word processor's manual line break is U+000B) and the SDK never "
                    + "writes free text raw: clean it at the source.",
            String.join(", ", textLengths().keySet()));

    static final RuleArea AREA = new RuleArea("TXT", "Text and sizes (TXT)",
            List.of(TXT_001, TXT_002, TXT_003, TXT_004, TXT_005, TXT_006), TextRules::check);

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
        m.put("episodeId", IDENTIFIER);
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
        c.record.episodeId().ifPresent(e -> identifier(c, "episodeId", e));
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
        return value.length() <= max && !value.isBlank() && firstTextControl(value) < 0;
    }

    /** @return true when no identifier rule can fire */
    private static boolean identifierFits(String value) {
        return value.length() <= IDENTIFIER && firstUnprintable(value) < 0;
    }

    private static void text(RecordCheck c, String path, String value, int max) {
        if (value.isBlank()) {
            c.add(TXT_001, path, "expected text that is not blank; leave the field out instead");
        } else if (value.codePointCount(0, value.length()) > max) {
            c.add(TXT_002, path, "expected at most " + max + " characters, found "
                    + value.codePointCount(0, value.length()));
        }
        int control = firstTextControl(value);
        if (control >= 0) {
            c.add(TXT_006, path, "expected text whose only control characters are line breaks and tabs, found "
                    + codePoint(control));
        }
    }

    private static void identifier(RecordCheck c, String path, String value) {
        int length = value.codePointCount(0, value.length());
        if (length > IDENTIFIER) {
            c.add(TXT_003, path, "expected at most " + IDENTIFIER + " characters, found " + length);
        }
        int bad = firstUnprintable(value);
        if (bad >= 0) {
            c.add(TXT_005, path, "expected an identifier or code of printable characters, found "
                    + describe(bad));
        }
    }

    /**
     * @param value a text
     * @return the first code point of the text that an identifier may not hold (see MSP-TXT-005; an unpaired
     *     surrogate is returned as itself), or -1 when there is none
     */
    static int firstUnprintable(String value) {
        for (int i = 0; i < value.length(); i++) {
            char ch = value.charAt(i);
            if (ch < 0x20 || (ch >= 0x7F && ch <= 0x9F) || ch == 0x2028 || ch == 0x2029
                    || (ch >= 0x202A && ch <= 0x202E) || (ch >= 0x2066 && ch <= 0x2069)) {
                return ch;
            }
            if (Character.isSurrogate(ch)) {
                if (Character.isHighSurrogate(ch) && i + 1 < value.length()
                        && Character.isLowSurrogate(value.charAt(i + 1))) {
                    i++;
                } else {
                    return ch;
                }
            }
        }
        return -1;
    }

    /**
     * @param value a text
     * @return the first control character of the text other than LF, CR and TAB (see MSP-TXT-006), or -1
     */
    static int firstTextControl(String value) {
        for (int i = 0; i < value.length(); i++) {
            char ch = value.charAt(i);
            if ((ch < 0x20 && ch != '\n' && ch != '\r' && ch != '\t') || (ch >= 0x7F && ch <= 0x9F)) {
                return ch;
            }
        }
        return -1;
    }

    /** @return what kind of character an identifier may not hold this is, with its code point */
    private static String describe(int ch) {
        String kind;
        if (Character.isSurrogate((char) ch)) {
            kind = "an unpaired surrogate";
        } else if (ch == 0x2028 || ch == 0x2029) {
            kind = "a line or paragraph separator";
        } else if (ch >= 0x202A) {
            kind = "a bidirectional formatting character";
        } else {
            kind = "a control character";
        }
        return kind + " (" + codePoint(ch) + ")";
    }

    /** @return the code point as {@code U+XXXX}: the kind of character only, never the text around it */
    private static String codePoint(int ch) {
        return String.format(java.util.Locale.ROOT, "U+%04X", ch);
    }

    private static void size(RecordCheck c, String path, int size, int max) {
        if (size > max) {
            c.add(TXT_004, path, "expected at most " + max + " entries, found " + size);
        }
    }
}
