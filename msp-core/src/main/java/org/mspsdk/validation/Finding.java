package org.mspsdk.validation;

import java.io.Serializable;
import java.util.Objects;

/**
 * One problem found in a record: which rule, how serious, where, and what was expected.
 *
 * <p>The path uses the model's record component names with zero-based indexes, for example
 * {@code outcomes.negotiatedOutcomes[1].revisions[0].reason}; the JSON wire format uses the same names, so a
 * path maps one to one to a JSON Pointer ({@code /outcomes/negotiatedOutcomes/1/revisions/0/reason}). The
 * message never contains personal data: no free text, identifiers or dates from the record.
 *
 * @param ruleId   the stable rule id, for example {@code MSP-OUT-003} (see {@link RuleCatalogue})
 * @param severity error or warning
 * @param path     where in the record
 * @param message  a plain-English message naming what was expected
 */
public record Finding(String ruleId, Severity severity, String path, String message) implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Checks that every part is present. */
    public Finding {
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(message, "message");
    }

    /** @return true for an error */
    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** @return the path as a JSON Pointer (RFC 6901), for example {@code /enquiry/riskItems/0/location} */
    public String jsonPointer() {
        if (path.isEmpty()) {
            return "";
        }
        StringBuilder sb = new StringBuilder();
        for (String segment : path.split("\\.")) {
            int bracket = segment.indexOf('[');
            String name = bracket < 0 ? segment : segment.substring(0, bracket);
            sb.append('/').append(name.replace("~", "~0").replace("/", "~1"));
            while (bracket >= 0) {
                int close = segment.indexOf(']', bracket);
                sb.append('/').append(segment, bracket + 1, close);
                bracket = segment.indexOf('[', close);
            }
        }
        return sb.toString();
    }

    /** @return {@code ERROR MSP-OUT-003 at outcomes.enquiryAchievement: message} */
    @Override
    public String toString() {
        return severity + " " + ruleId + " at " + path + ": " + message;
    }
}
