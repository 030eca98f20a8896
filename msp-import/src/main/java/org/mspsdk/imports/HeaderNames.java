package org.mspsdk.imports;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Loose matching of a column header to the fields of the record model, for {@link MappingInit}: a header
 * matches a field when, reduced to lower-case letters and digits, it equals the field's data-dictionary path,
 * its mapping name, the last part of its name, or one of a few names case systems commonly use for it
 * ({@code DOB}, {@code Sex}, {@code Referral Date}). In a list (risk items, outcomes) the list's own word may
 * lead the header ({@code Risk Type}, {@code Risk1 Where}); a number in the header ({@code Risk2}) numbers the
 * item.
 */
final class HeaderNames {

    private static final Map<Target, Set<String>> NAMES = new EnumMap<>(Target.class);
    /** The last part of each field's name ({@code gender}, {@code agreedOn}): matched when no name is. */
    private static final Map<Target, String> LAST_PART = new EnumMap<>(Target.class);

    /** The words a header may begin with in each list, stripped before matching. */
    private static final Map<Target.Part, List<String>> LIST_WORDS = Map.of(
            Target.Part.ORGANISATIONS, List.of("organisation", "org"),
            Target.Part.RISK_ITEMS, List.of("risk"),
            Target.Part.DESIRED_OUTCOMES, List.of("desiredoutcome", "desired"),
            Target.Part.NEGOTIATED_OUTCOMES, List.of("negotiatedoutcome", "negotiated", "agreedoutcome", "agreed"));

    private HeaderNames() {
    }

    private static void names(Target t, String... names) {
        Set<String> s = NAMES.computeIfAbsent(t, k -> new LinkedHashSet<>());
        for (String n : names) {
            s.add(normalise(n));
        }
    }

    static {
        for (Target t : Target.values()) {
            String name = t.fieldName();
            names(t, t.path(), name);
            LAST_PART.put(t, normalise(name.substring(name.lastIndexOf('.') + 1)));
        }
        names(Target.RECORD_ID, "ref", "reference", "case ref", "case id", "case reference", "enquiry id", "enquiry ref", "referral id",
                "record ref", "safeguarding id");
        names(Target.PERSON_ID, "client id", "client ref", "person ref", "adult id", "person reference",
                "service user id");
        names(Target.NHS_NUMBER, "nhs no");
        names(Target.DATE_OF_BIRTH, "dob", "birth date");
        names(Target.AGE_AT_CONCERN, "age");
        names(Target.DATE_OF_DEATH, "dod");
        names(Target.GENDER, "sex");
        names(Target.ETHNICITY, "ethnic", "ethnic group", "ethnic origin");
        names(Target.PRIMARY_SUPPORT_REASON, "psr", "support reason");
        names(Target.CONCERN_RECEIVED_ON, "received", "concern received", "concern date", "referral date", "date received",
                "date of concern");
        names(Target.CONCERN_RAISED_BY, "concern source", "referrer", "referral source", "source of concern",
                "source of referral");
        names(Target.CONCERN_OUTCOME, "decision", "concern decision");
        names(Target.ENQUIRY_TYPE, "type of enquiry");
        names(Target.ENQUIRY_COMMENCED_ON, "enquiry start", "enq start", "enquiry started", "enquiry start date",
                "enquiry commenced");
        names(Target.ENQUIRY_CONCLUDED_ON, "enquiry end", "enq end", "enquiry ended", "enquiry end date",
                "enquiry concluded");
        names(Target.ENQUIRY_RESULT, "action and result", "action taken and result");
        names(Target.CAPACITY_LACKED, "lacked capacity", "lacks capacity", "capacity", "mental capacity");
        names(Target.CAPACITY_SUPPORTED, "capacity support", "advocate support");
        names(Target.OUTCOMES_ASKED, "asked about outcomes", "msp asked", "outcomes asked");
        names(Target.OUTCOMES_ACHIEVEMENT, "outcomes achieved", "msp achieved");
        names(Target.NOTES, "comments", "case notes");
        names(Target.RISK_TYPE, "risk", "type of risk", "type of abuse", "abuse type", "category");
        names(Target.RISK_LOCATION, "location of risk", "where");
        names(Target.RISK_SOURCE, "source of risk", "who");
        names(Target.DESIRED_ID, "outcome ref", "outcome id");
        names(Target.DESIRED_WORDING, "what the person wants", "wish", "desired outcome");
        names(Target.DESIRED_VOICE, "expressed by");
        names(Target.DESIRED_ON, "wish date", "date expressed");
        names(Target.NEGOTIATED_ID, "agreed ref", "agreed id");
        names(Target.NEGOTIATED_DESIRED_IDS, "for outcome", "desired outcome ids");
        names(Target.NEGOTIATED_AGREED_ON, "agreed on", "date agreed");
        names(Target.NEGOTIATED_WORDING, "agreed outcome", "negotiated outcome", "agreed wording");
        names(Target.NEGOTIATED_REASON, "change reason", "reason");
        names(Target.ACHIEVEMENT_LEVEL, "achieved", "achievement");
        names(Target.ACHIEVEMENT_JUDGE, "judged by", "rated by");
        names(Target.ACHIEVEMENT_ON, "rated on", "date rated");
    }

    /** @return lower-case letters and digits only */
    static String normalise(String header) {
        StringBuilder b = new StringBuilder(header.length());
        for (char c : header.toLowerCase(Locale.ROOT).toCharArray()) {
            if (Character.isLetterOrDigit(c)) {
                b.append(c);
            }
        }
        return b.toString();
    }

    /** @return the number in a header ({@code Risk2 Where}: 2), or 0 */
    static int number(String header) {
        String digits = header.replaceAll("[^0-9]", "");
        return digits.isEmpty() || digits.length() > 3 ? 0 : Integer.parseInt(digits);
    }

    /**
     * @param header a column header
     * @param part   the part of the record the column may feed
     * @return the fields of that part the header names (best match first; usually one)
     */
    static List<Target> match(String header, Target.Part part) {
        String h = normalise(header);
        String bare = h.replaceAll("[0-9]", "");
        List<Target> out = new ArrayList<>();
        for (Target t : Target.of(part)) {
            Set<String> names = NAMES.get(t);
            if (names.contains(h) || names.contains(bare)) {
                out.add(t);
            }
        }
        if (out.isEmpty()) {
            for (Target t : Target.of(part)) {
                if (LAST_PART.get(t).equals(h) || LAST_PART.get(t).equals(bare)) {
                    out.add(t);
                }
            }
        }
        if (out.isEmpty() && part != Target.Part.RECORD) {
            for (String word : LIST_WORDS.get(part)) {
                if (bare.startsWith(word) && bare.length() > word.length()) {
                    String rest = bare.substring(word.length());
                    for (Target t : Target.of(part)) {
                        if (NAMES.get(t).contains(rest) && !out.contains(t)) {
                            out.add(t);
                        }
                    }
                }
            }
        }
        return out;
    }
}
