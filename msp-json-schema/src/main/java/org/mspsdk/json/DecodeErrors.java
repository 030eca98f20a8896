package org.mspsdk.json;

import java.util.ArrayDeque;
import java.util.Deque;

import org.mspsdk.json.internal.SafeText;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.StreamReadException;

/**
 * Builds the decoder's errors, and translates Jackson's exceptions into them without Jackson's message (which
 * may quote the document) or its stack trace.
 */
final class DecodeErrors {

    private DecodeErrors() {
    }

    /**
     * @param pointer  the JSON Pointer of the offending value
     * @param at       where it is, or null or {@link TokenStreamLocation#NA} when unknown
     * @param problem  what is wrong
     * @param expected what was expected
     * @return the error
     */
    static MspDecodeException fail(String pointer, TokenStreamLocation at, String problem, String expected) {
        long line = at == null || at == TokenStreamLocation.NA ? -1 : at.getLineNr();
        long column = at == null || at == TokenStreamLocation.NA ? -1 : at.getColumnNr();
        return new MspDecodeException(pointer, line, column, problem, expected);
    }

    /**
     * @param e        what Jackson threw
     * @param p        the parser that threw it
     * @param options  the limits, for naming the one exceeded
     * @param finished whether the record object had been read completely
     * @return the error naming the pointer, line and column, and what was expected
     */
    static MspDecodeException translate(JacksonException e, JsonParser p, DecodeOptions options, boolean finished) {
        String pointer = pointer(p);
        TokenStreamLocation at = e.getLocation() != null ? e.getLocation() : p.currentLocation();
        String original = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        if (finished) {
            return fail("", at, "there is content after the record object", "the end of the document after the record");
        }
        if (e instanceof StreamConstraintsException) {
            return limitExceeded(pointer, at, original, options);
        }
        if (e instanceof StreamReadException) {
            if (original.startsWith("Duplicate Object property")) {
                return fail(pointer, at, "a property appears more than once in the same object",
                        "each property at most once");
            }
            if (original.contains("Invalid UTF-8") || original.contains("Invalid UTF-32")
                    || original.contains("Unmatched byte-order") || original.contains("Unsupported UCS-4")) {
                return fail(pointer, at, "the bytes are not valid UTF-8", "UTF-8 encoded text");
            }
            if (original.contains("end-of-input")) {
                return fail(pointer, at, "the document ends before the record is complete",
                        "a complete JSON object");
            }
            if (original.contains("Illegal unquoted character") || original.contains("Illegal character")) {
                return fail(pointer, at, "a string contains an unescaped control character",
                        "control characters escaped as \\uXXXX");
            }
            if (original.contains("surrogate")) {
                return fail(pointer, at, "a string contains an invalid surrogate escape",
                        "well-formed Unicode escapes");
            }
        }
        return fail(pointer, at, "the document is not well-formed JSON", "JSON text as defined by RFC 8259");
    }

    /**
     * The pointer of the parser's position for a message, built from the typed steps of its context so that an
     * array index is shown and a property name only when it is a name of the wire format: a malformed line may hold
     * a value where a name belongs, and Jackson's context then holds that value as the current name.
     *
     * @param p a parser
     * @return the pointer of its current position
     */
    static String pointer(JsonParser p) {
        TokenStreamContext context;
        try {
            context = p.streamReadContext();
        } catch (RuntimeException ignored) {
            return "";
        }
        Deque<String> steps = new ArrayDeque<>();
        for (TokenStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
            if (c.inObject()) {
                String name = c.currentName();
                if (name != null) {
                    steps.addFirst(SafeText.name(name));
                }
            } else if (c.inArray() && c.hasCurrentIndex()) {
                steps.addFirst(Integer.toString(c.getCurrentIndex()));
            }
        }
        StringBuilder out = new StringBuilder();
        for (String step : steps) {
            out.append('/').append(step);
        }
        return out.toString();
    }

    private static MspDecodeException limitExceeded(String pointer, TokenStreamLocation at, String original,
            DecodeOptions options) {
        if (original.contains("nesting depth")) {
            return fail(pointer, at, "the document nests deeper than the limit of " + options.maxNestingDepth(),
                    "at most " + options.maxNestingDepth() + " levels of objects and arrays");
        }
        if (original.contains("String value length")) {
            return fail(pointer, at, "a string is longer than the limit of " + options.maxStringLength()
                    + " characters", "strings of at most " + options.maxStringLength() + " characters");
        }
        if (original.contains("Number value length")) {
            return fail(pointer, at, "a number is longer than the limit of " + options.maxNumberLength()
                    + " characters", "numbers of at most " + options.maxNumberLength() + " characters");
        }
        if (original.contains("Name length")) {
            return fail(pointer, at, "a property name is longer than the limit of " + options.maxNameLength()
                    + " characters", "property names of at most " + options.maxNameLength() + " characters");
        }
        if (original.contains("Token count")) {
            return fail(pointer, at, "the document has more tokens than the limit of " + options.maxTokenCount(),
                    "at most " + options.maxTokenCount() + " tokens");
        }
        if (original.contains("Document length")) {
            return new MspDecodeException("", -1, -1, "the document is longer than the limit of "
                    + options.maxDocumentLength() + " bytes", "a document of at most " + options.maxDocumentLength()
                    + " bytes");
        }
        return fail(pointer, at, "the document exceeds a processing limit", "a document within the limits");
    }
}
