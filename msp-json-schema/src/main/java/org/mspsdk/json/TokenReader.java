package org.mspsdk.json;

import java.io.StringWriter;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

import org.mspsdk.MspException;
import org.mspsdk.json.internal.WireNames;
import org.mspsdk.model.NhsNumber;
import org.mspsdk.vocabulary.Code;
import org.mspsdk.vocabulary.CodeList;

import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.ObjectWriteContext;

/**
 * Reads one document's tokens for the binders: objects (through {@link PropertyWalker}), arrays and scalars, each
 * checked for its type, and every error with the value's JSON Pointer, line and column. Unknown properties that
 * tolerant decoding keeps are collected here. One instance per document.
 */
final class TokenReader {

    private final DecodeOptions options;
    private final JsonFactory factory;
    private final JsonParser p;
    private final Map<String, String> extensions = new LinkedHashMap<>();
    /** The characters of the unknown properties kept so far: their pointers and values. */
    private long unknownLength;

    /** What a string with an unpaired surrogate should have been. */
    static final String UNICODE_TEXT = "well-formed Unicode text (a surrogate escape only as a high-low pair, "
            + "such as \\ud83d\\ude00)";

    /**
     * @param options the mode and limits
     * @param factory the bounded factory (for capturing unknown fields)
     * @param p       the parser
     */
    TokenReader(DecodeOptions options, JsonFactory factory, JsonParser p) {
        this.options = options;
        this.factory = factory;
        this.p = p;
    }

    JsonParser parser() {
        return p;
    }

    DecodeOptions options() {
        return options;
    }

    /** @return the unknown properties kept so far (tolerant mode), by JSON Pointer */
    Map<String, String> extensions() {
        return extensions;
    }

    // ---------------------------------------------------------------- errors

    TokenStreamLocation here() {
        return p.currentTokenLocation();
    }

    MspDecodeException fail(Ptr pointer, TokenStreamLocation at, String problem, String expected) {
        return DecodeErrors.fail(pointer.toString(), at, problem, expected);
    }

    MspDecodeException wrongType(Ptr pointer, String expected) {
        return fail(pointer, here(), "found " + kind(p.currentToken()), expected);
    }

    private static String kind(JsonToken t) {
        if (t == null) {
            return "nothing";
        }
        return switch (t) {
            case START_OBJECT -> "an object";
            case START_ARRAY -> "an array";
            case VALUE_STRING -> "a string";
            case VALUE_NUMBER_INT -> "an integer";
            case VALUE_NUMBER_FLOAT -> "a decimal number";
            case VALUE_TRUE, VALUE_FALSE -> "a boolean";
            case VALUE_NULL -> "null";
            default -> "a " + t.name().toLowerCase(java.util.Locale.ROOT);
        };
    }

    /** Runs a model constructor or builder, reporting its structural checks at the object's pointer. */
    <T> T build(Ptr pointer, TokenStreamLocation at, Supplier<T> constructor) {
        try {
            return constructor.get();
        } catch (MspException e) {
            // the model's own structural checks; their messages hold no personal data
            throw fail(pointer, at, e.getMessage(), "a structurally complete value");
        }
    }

    // ---------------------------------------------------------------- objects and arrays

    /**
     * @param pointer the object's pointer
     * @param known   its properties
     * @param what    what the value must be, for the error when it is not an object
     * @param <E>     its name enum
     * @return a walker over the object's properties (the parser at its start)
     */
    <E extends Enum<E> & WireNames.Name> PropertyWalker<E> object(Ptr pointer, NameTable<E> known, String what) {
        if (p.currentToken() != JsonToken.START_OBJECT) {
            throw wrongType(pointer, what);
        }
        return new PropertyWalker<>(this, pointer, known, here());
    }

    /**
     * Keeps the unknown value at the parser (tolerant mode) under its pointer, within the limits on the number and
     * total length of the unknown properties a document may hold.
     */
    void capture(Ptr pointer, TokenStreamLocation nameAt) {
        int maxCount = options.maxUnknownProperties();
        if (extensions.size() >= maxCount) {
            throw fail(pointer, nameAt, "the document has more unknown properties than the limit of " + maxCount
                    + " (tolerant mode)", "at most " + maxCount + " unknown properties in one document");
        }
        String key = pointer.key();
        long budget = options.maxUnknownLength() - unknownLength - key.length();
        StringWriter out = new StringWriter();
        int copied;
        try (JsonGenerator g = factory.createGenerator(ObjectWriteContext.empty(), out)) {
            copied = JsonCopy.copy(p, g, budget, true);
        }
        if (copied == JsonCopy.UNPAIRED_SURROGATE) {
            throw fail(pointer, nameAt, "a string in the unknown property holds an unpaired surrogate escape",
                    UNICODE_TEXT);
        }
        String text = out.toString();
        if (copied == JsonCopy.TOO_LONG || text.length() > budget) {
            throw fail(pointer, nameAt, "the unknown properties are longer than the limit of "
                    + options.maxUnknownLength() + " characters (tolerant mode)", "at most "
                    + options.maxUnknownLength() + " characters of unknown properties in one document");
        }
        if (!p.isEnabled(StreamReadFeature.STRICT_DUPLICATE_DETECTION)) {
            // the parser did not check repeated names inside the unknown value: check them on the copy
            try (JsonParser copy = factory.createParser(ObjectReadContext.empty(), text)) {
                while (copy.nextToken() != null) {
                    // scan only
                }
            } catch (StreamReadException e) {
                throw fail(pointer, nameAt, "a property appears more than once in the same object",
                        "each property at most once");
            }
        }
        unknownLength += key.length() + text.length();
        extensions.put(key, text);
    }

    <T> List<T> array(Ptr pointer, String what, Function<Ptr, T> item) {
        if (p.currentToken() != JsonToken.START_ARRAY) {
            throw wrongType(pointer, "an array of " + what);
        }
        List<T> out = new ArrayList<>();
        int i = 0;
        while (p.nextToken() != JsonToken.END_ARRAY) {
            if (i >= options.maxArrayItems()) {
                throw fail(pointer, here(), "the array has more items than the limit of " + options.maxArrayItems(),
                        "at most " + options.maxArrayItems() + " items");
            }
            Ptr itemPointer = pointer.item(i);
            if (p.currentToken() == JsonToken.VALUE_NULL) {
                throw fail(itemPointer, here(), "arrays hold no nulls", what);
            }
            out.add(item.apply(itemPointer));
            i++;
        }
        return out;
    }

    <E extends Enum<E> & Code> Set<E> codeSet(Ptr pointer, CodeList<E> list) {
        TokenStreamLocation at = here();
        Set<E> set = EnumSet.noneOf(list.type());
        List<E> items = array(pointer, "codes of list '" + list.id() + "'", ptr -> code(ptr, list));
        for (int i = 0; i < items.size(); i++) {
            if (!set.add(items.get(i))) {
                throw fail(pointer.item(i), at, "a code appears more than once", "each code at most once");
            }
        }
        return set;
    }

    // ---------------------------------------------------------------- scalars

    String text(Ptr pointer, String what, boolean nonBlank) {
        if (p.currentToken() != JsonToken.VALUE_STRING) {
            throw wrongType(pointer, "a string (" + what + ")");
        }
        String s = p.getString();
        if (Wire.hasUnpairedSurrogate(s)) {
            throw fail(pointer, here(), "the string holds an unpaired surrogate escape (\\ud800 to \\udfff "
                    + "without its partner), which is not Unicode text", UNICODE_TEXT + " (" + what + ")");
        }
        if (nonBlank && s.isBlank()) {
            throw fail(pointer, here(), "the string is empty or blank", "a non-blank string (" + what + ")");
        }
        return s;
    }

    <E extends Enum<E> & Code> E code(Ptr pointer, CodeList<E> list) {
        if (p.currentToken() != JsonToken.VALUE_STRING) {
            throw wrongType(pointer, "a code string of list '" + list.id() + "'");
        }
        Optional<E> e = list.findByCode(p.getString());
        if (e.isEmpty()) {
            throw fail(pointer, here(), "not a code of list '" + list.id() + "' (" + list.title() + ")",
                    "one of " + list.codes());
        }
        return e.get();
    }

    LocalDate date(Ptr pointer) {
        if (p.currentToken() != JsonToken.VALUE_STRING) {
            throw wrongType(pointer, "a date string yyyy-mm-dd");
        }
        String s = p.getString();
        if (!isDateShape(s)) {
            throw fail(pointer, here(), "not a date in the form yyyy-mm-dd", "an ISO-8601 calendar date yyyy-mm-dd");
        }
        try {
            // the shape is checked above; LocalDate.of rejects what ISO_LOCAL_DATE rejects (month 13, 30 February)
            // without the formatter's per-call parse context
            return LocalDate.of(digits(s, 0, 4), digits(s, 5, 7), digits(s, 8, 10));
        } catch (DateTimeException e) {
            throw fail(pointer, here(), "not a real calendar date", "an existing date yyyy-mm-dd");
        }
    }

    private static int digits(String s, int from, int to) {
        int v = 0;
        for (int i = from; i < to; i++) {
            v = v * 10 + (s.charAt(i) - '0');
        }
        return v;
    }

    private static boolean isDateShape(String s) {
        if (s.length() != 10 || s.charAt(4) != '-' || s.charAt(7) != '-') {
            return false;
        }
        for (int i = 0; i < 10; i++) {
            if (i != 4 && i != 7 && (s.charAt(i) < '0' || s.charAt(i) > '9')) {
                return false;
            }
        }
        return true;
    }

    boolean bool(Ptr pointer) {
        JsonToken t = p.currentToken();
        if (t == JsonToken.VALUE_TRUE) {
            return true;
        }
        if (t == JsonToken.VALUE_FALSE) {
            return false;
        }
        throw wrongType(pointer, "true or false");
    }

    int age(Ptr pointer) {
        String expected = "an integer from " + Wire.MIN_AGE + " to " + Wire.MAX_AGE;
        if (p.currentToken() != JsonToken.VALUE_NUMBER_INT) {
            throw wrongType(pointer, expected);
        }
        if (p.getNumberType() != JsonParser.NumberType.INT) {
            throw fail(pointer, here(), "the number is out of range", expected);
        }
        int v = p.getIntValue();
        if (v < Wire.MIN_AGE || v > Wire.MAX_AGE) {
            throw fail(pointer, here(), "the number is out of range", expected);
        }
        return v;
    }

    NhsNumber nhsNumber(Ptr pointer) {
        String s = text(pointer, "an NHS number", false);
        if (s.length() != 10 || !s.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw fail(pointer, here(), "not an NHS number of exactly 10 digits",
                    "10 digits, no spaces or hyphens");
        }
        if (!NhsNumber.isValid(s)) {
            throw fail(pointer, here(), "the NHS number fails the Modulus 11 check digit",
                    "an NHS number with a valid check digit");
        }
        return new NhsNumber(s);
    }
}
