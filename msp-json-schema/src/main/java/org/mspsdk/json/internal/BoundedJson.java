package org.mspsdk.json.internal;

import org.mspsdk.json.DecodeOptions;

import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.json.JsonReadFeature;
import tools.jackson.core.json.JsonWriteFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one place where the Jackson features the wire format relies on are set, explicitly, whatever Jackson's
 * defaults are. Not part of the public API.
 */
public final class BoundedJson {

    private BoundedJson() {
    }

    /**
     * @param options the limits
     * @return a JSON factory that parses strict RFC 8259 JSON within the limits
     */
    public static JsonFactory factory(DecodeOptions options) {
        StreamReadConstraints constraints = StreamReadConstraints.builder()
                .maxDocumentLength(options.maxDocumentLength())
                .maxStringLength(options.maxStringLength())
                .maxNestingDepth(options.maxNestingDepth())
                .maxNumberLength(options.maxNumberLength())
                .maxNameLength(options.maxNameLength())
                .maxTokenCount(options.maxTokenCount())
                .build();
        return JsonFactory.builder()
                .streamReadConstraints(constraints)
                // duplicate keys are an error, not "last one wins"
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                // the caller owns the streams it passes in
                .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
                .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
                // locations carry line and column only, never the document text
                .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
                // RFC 8259 only: no comments, single quotes, NaN, leading zeros, trailing commas...
                .disable(JsonReadFeature.ALLOW_JAVA_COMMENTS, JsonReadFeature.ALLOW_YAML_COMMENTS,
                        JsonReadFeature.ALLOW_SINGLE_QUOTES, JsonReadFeature.ALLOW_UNQUOTED_PROPERTY_NAMES,
                        JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS,
                        JsonReadFeature.ALLOW_BACKSLASH_ESCAPING_ANY_CHARACTER,
                        JsonReadFeature.ALLOW_LEADING_ZEROS_FOR_NUMBERS,
                        JsonReadFeature.ALLOW_LEADING_PLUS_SIGN_FOR_NUMBERS,
                        JsonReadFeature.ALLOW_LEADING_DECIMAL_POINT_FOR_NUMBERS,
                        JsonReadFeature.ALLOW_TRAILING_DECIMAL_POINT_FOR_NUMBERS,
                        JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS, JsonReadFeature.ALLOW_MISSING_VALUES,
                        JsonReadFeature.ALLOW_TRAILING_COMMA, JsonReadFeature.ALLOW_RS_CONTROL_CHAR)
                // output: plain UTF-8 JSON, non-ASCII written as is, quoted names
                .disable(JsonWriteFeature.ESCAPE_NON_ASCII)
                .enable(JsonWriteFeature.QUOTE_PROPERTY_NAMES)
                .build();
    }

    /**
     * @param options the limits
     * @return a mapper over {@link #factory(DecodeOptions)} with the features the wire format relies on
     */
    public static JsonMapper mapper(DecodeOptions options) {
        return JsonMapper.builder(factory(options))
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .disable(SerializationFeature.INDENT_OUTPUT)
                .build();
    }

    /**
     * JSON exchanged between systems is UTF-8 (RFC 8259 section 8.1); Jackson would silently detect UTF-16 and
     * UTF-32. A JSON text starts with an ASCII character (or a UTF-8 byte-order mark), so a zero byte among the
     * first two or a UTF-16 byte-order mark means another encoding.
     *
     * @param b      the bytes
     * @param offset where the document starts
     * @param length its length
     * @return true when the bytes are evidently UTF-16 or UTF-32
     */
    public static boolean looksLikeUtf16Or32(byte[] b, int offset, int length) {
        if (length < 2) {
            return length == 1 && b[offset] == 0;
        }
        int b0 = b[offset] & 0xFF;
        int b1 = b[offset + 1] & 0xFF;
        return b0 == 0 || b1 == 0 || (b0 == 0xFE && b1 == 0xFF) || (b0 == 0xFF && b1 == 0xFE);
    }
}
