package org.mspsdk.json.internal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Keeps document content out of messages. Property names are chosen by whoever wrote the document: a name may be
 * personal data (someone's name typed as a key), and a malformed line may hold a value (a record or person id)
 * where a property name belongs. So a JSON Pointer in a message shows a property name only when it is a property
 * name of the wire format ({@link WireNames#isWireName}); any other name is shown as {@value #UNKNOWN_NAME} when it
 * is a plain identifier (a letter, then up to 63 letters, digits, {@code _} or {@code -}; such a name may still be
 * an id) and as {@value #REDACTED_NAME} otherwise. Array indexes are shown. Not part of the public API.
 */
public final class SafeText {

    /** What an unsafe property name is shown as. */
    public static final String REDACTED_NAME = "(name-not-shown)";
    /** What a property name that is a plain identifier but not a name of the wire format is shown as. */
    public static final String UNKNOWN_NAME = "(unknown-property)";

    private static final Pattern INDEX = Pattern.compile("0|[1-9][0-9]{0,8}");
    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z][A-Za-z0-9_-]{0,63}");
    private static final Pattern QUOTED = Pattern.compile("'([^']*)'");

    private SafeText() {
    }

    /**
     * Guards a CSV cell that holds data from the records (a record id, a group key, an organisation code) against
     * spreadsheet formula injection: a value starting with {@code = + - @}, a tab or a carriage return is written
     * with a leading apostrophe, which spreadsheets show as text (OWASP "CSV injection").
     *
     * @param value the cell value
     * @return the value, prefixed with {@code '} when a spreadsheet would run it as a formula
     */
    public static String spreadsheetCell(String value) {
        if (value == null || value.isEmpty()) {
            return value;
        }
        char c = value.charAt(0);
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r' ? "'" + value : value;
    }

    /**
     * @param name a property name from a document (not escaped)
     * @return the name when it is a property name of the wire format, else {@value #UNKNOWN_NAME} or
     *     {@value #REDACTED_NAME}
     */
    public static String name(String name) {
        if (WireNames.isWireName(name)) {
            return name;
        }
        return IDENTIFIER.matcher(name).matches() ? UNKNOWN_NAME : REDACTED_NAME;
    }

    /**
     * The last line of defence for a pointer held as text, where an array index and a property name made of digits
     * look alike: the decoder builds its pointers from typed steps (see {@link #name}) before they get here.
     *
     * @param pointer a JSON Pointer (RFC 6901)
     * @return the pointer with every reference token that is not an array index, a property name of the wire
     *     format or one of the two placeholders replaced by a placeholder
     */
    public static String pointer(String pointer) {
        if (pointer == null || pointer.isEmpty()) {
            return "";
        }
        StringBuilder out = new StringBuilder(pointer.length());
        for (String token : pointer.substring(1).split("/", -1)) {
            out.append('/');
            if (INDEX.matcher(token).matches() || token.equals(UNKNOWN_NAME) || token.equals(REDACTED_NAME)) {
                out.append(token);
            } else {
                out.append(name(token));
            }
        }
        return out.toString();
    }

    /**
     * @param message a library message that may quote property names in single quotes
     * @return the message with every quoted text that is not a property name of the wire format replaced
     */
    public static String quotedNames(String message) {
        Matcher m = QUOTED.matcher(message);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String name = m.group(1);
            m.appendReplacement(out, Matcher.quoteReplacement(
                    WireNames.isWireName(name) ? "'" + name + "'" : name(name)));
        }
        m.appendTail(out);
        return out.toString();
    }
}
