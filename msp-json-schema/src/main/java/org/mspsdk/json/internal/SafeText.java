package org.mspsdk.json.internal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Keeps document content out of messages. Property names are chosen by whoever wrote the document, so a name that
 * is not a plain identifier (a letter, then up to 63 letters, digits, {@code _} or {@code -}) may be personal
 * data (someone's name typed as a key) and is shown as {@value #REDACTED_NAME}. Not part of the public API.
 */
public final class SafeText {

    /** What an unsafe property name is shown as. */
    public static final String REDACTED_NAME = "(name-not-shown)";

    private static final Pattern SAFE_TOKEN = Pattern.compile("[0-9]{1,9}|[A-Za-z][A-Za-z0-9_-]{0,63}");
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
     * @param pointer a JSON Pointer (RFC 6901)
     * @return the pointer with every unsafe reference token replaced; array indexes and identifiers kept
     */
    public static String pointer(String pointer) {
        if (pointer == null || pointer.isEmpty()) {
            return "";
        }
        StringBuilder out = new StringBuilder(pointer.length());
        for (String token : pointer.substring(1).split("/", -1)) {
            out.append('/').append(SAFE_TOKEN.matcher(token).matches() ? token : REDACTED_NAME);
        }
        return out.toString();
    }

    /**
     * @param message a library message that may quote property names in single quotes
     * @return the message with every quoted name that is not a plain identifier replaced
     */
    public static String quotedNames(String message) {
        Matcher m = QUOTED.matcher(message);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String name = m.group(1);
            m.appendReplacement(out, Matcher.quoteReplacement(
                    SAFE_TOKEN.matcher(name).matches() ? "'" + name + "'" : REDACTED_NAME));
        }
        m.appendTail(out);
        return out.toString();
    }
}
