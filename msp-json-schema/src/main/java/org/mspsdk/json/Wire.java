package org.mspsdk.json;

import org.mspsdk.json.internal.WireNames;

/**
 * Constants of the wire format other than its property names (those are in {@link WireNames}), and JSON Pointer
 * escaping for the pointers of errors and extensions.
 */
final class Wire {

    private Wire() {
    }

    /** What an organisation code is called in messages: {@code recordedBy} on a record and on its parts. */
    static final String ORGANISATION_CODE = "the code of an organisation on the record";

    /** The extensions key under which a tolerant reader keeps a newer minor version. */
    static final String VERSION_POINTER = "/" + WireNames.SafeguardingRecord.mspVersion.wireName();

    /**
     * The ages the format accepts: the lowest. Ages have two tiers. The decoder (this bound) accepts 0 to 150
     * structurally, so decoding fails only on a value no person can have; the validator's rules (18 or over,
     * MSP-PER-002; at most 130, MSP-PER-005) report an age outside 18 to 130 as a finding with its rule id, which
     * a caller can see and correct, instead of losing the whole record to a decode error. The published schema
     * ({@code minimum} and {@code maximum} of {@code ageAtConcern} in {@code schema/defs.json}) expresses the
     * rules, 18 to 130, so a document the schema accepts never breaks them.
     */
    static final int MIN_AGE = 0;
    /** The ages the format accepts: the highest (see {@link #MIN_AGE} for the two tiers). */
    static final int MAX_AGE = 150;

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

    /**
     * @param s a text
     * @return whether it holds a UTF-16 surrogate without its partner (from a <code>&#92;uD800</code> escape in a
     *     document, or a Java string): such text is not Unicode, and the model refuses it
     */
    static boolean hasUnpairedSurrogate(String s) {
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (Character.isSurrogate(c)) {
                if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
                    i++;
                } else {
                    return true;
                }
            }
        }
        return false;
    }
}
