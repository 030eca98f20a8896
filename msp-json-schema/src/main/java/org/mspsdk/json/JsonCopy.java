package org.mspsdk.json;

import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

/**
 * Copies one JSON value token by token from a parser to a generator, for the unknown properties tolerant decoding
 * keeps and the encoder writes back. Unlike Jackson's {@code copyCurrentStructure} it writes every number as the
 * literal the document held ({@code 1e5} stays {@code 1e5}, {@code 1.10} stays {@code 1.10}), and it can stop as
 * soon as a budget of characters is spent and check every string and name for unpaired surrogates. What it does
 * not keep: whitespace, and how a string was escaped (<code>"&#92;u00e9"</code> is written {@code "é"}); the characters of
 * every string are the same.
 */
final class JsonCopy {

    /** The value was copied. */
    static final int COPIED = 0;
    /** The budget was spent before the value's end; the parser is left inside the value. */
    static final int TOO_LONG = 1;
    /** A string or name holds an unpaired surrogate; the parser is left inside the value. */
    static final int UNPAIRED_SURROGATE = 2;

    private JsonCopy() {
    }

    /**
     * @param p         a parser at the first token of a value
     * @param g         where to write it
     * @param budget    the most characters to spend, counted as a lower bound of what is written (before escaping,
     *                  without commas), so that a value within the budget is never stopped
     * @param checkText whether to check strings and names for unpaired surrogates
     * @return {@link #COPIED}, {@link #TOO_LONG} or {@link #UNPAIRED_SURROGATE}; the parser at the value's last
     *     token when copied
     */
    static int copy(JsonParser p, JsonGenerator g, long budget, boolean checkText) {
        long spent = 0;
        int depth = 0;
        JsonToken t = p.currentToken();
        while (true) {
            switch (t) {
                case START_OBJECT -> {
                    g.writeStartObject();
                    depth++;
                    spent += 1;
                }
                case START_ARRAY -> {
                    g.writeStartArray();
                    depth++;
                    spent += 1;
                }
                case END_OBJECT -> {
                    g.writeEndObject();
                    depth--;
                    spent += 1;
                }
                case END_ARRAY -> {
                    g.writeEndArray();
                    depth--;
                    spent += 1;
                }
                case PROPERTY_NAME -> {
                    String name = p.currentName();
                    if (checkText && Wire.hasUnpairedSurrogate(name)) {
                        return UNPAIRED_SURROGATE;
                    }
                    g.writeName(name);
                    spent += name.length() + 3;
                }
                case VALUE_STRING -> {
                    String s = p.getString();
                    if (checkText && Wire.hasUnpairedSurrogate(s)) {
                        return UNPAIRED_SURROGATE;
                    }
                    g.writeString(s);
                    spent += s.length() + 2;
                }
                case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> {
                    // the literal as written: the parser has checked that it is a JSON number
                    String literal = p.getString();
                    g.writeNumber(literal);
                    spent += literal.length();
                }
                case VALUE_TRUE, VALUE_FALSE -> {
                    g.writeBoolean(t == JsonToken.VALUE_TRUE);
                    spent += 4;
                }
                case VALUE_NULL -> {
                    g.writeNull();
                    spent += 4;
                }
                default -> throw new IllegalStateException("unexpected token " + t);
            }
            if (spent > budget) {
                return TOO_LONG;
            }
            if (depth == 0) {
                return COPIED;
            }
            t = p.nextToken();
        }
    }
}
