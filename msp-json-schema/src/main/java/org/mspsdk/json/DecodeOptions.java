package org.mspsdk.json;

import org.mspsdk.MspException;

/**
 * How the decoder treats a document: strict (the default) or tolerant, and the limits that bound hostile input.
 *
 * <p><b>Strict</b> rejects anything the wire format does not define: an unknown field, a {@code null} value, a
 * version other than {@value MspJson#WIRE_VERSION}. <b>Tolerant</b> accepts a newer minor version of the same
 * major version ({@code 1.x}), keeps every unknown field verbatim in {@code SafeguardingRecord.extensions()}
 * (keyed by JSON Pointer) so that the encoder writes it back, and reads an explicit {@code null} as an absent
 * optional field. Both modes reject wrong types, unknown codes, malformed dates and missing required fields.
 *
 * <p>The limits apply in both modes; each violation is an {@link MspDecodeException} naming the limit.
 *
 * <pre>{@code
 * DecodeOptions options = DecodeOptions.tolerant().withMaxArrayItems(500);
 * MspJson json = MspJson.of(options);
 * }</pre>
 *
 * @param mode               strict or tolerant
 * @param maxDocumentLength  the largest document, in bytes (or chars for text input)
 * @param maxStringLength    the longest string value, in chars
 * @param maxNestingDepth    the deepest nesting of objects and arrays
 * @param maxNumberLength    the longest number literal, in chars
 * @param maxNameLength      the longest property name, in chars
 * @param maxArrayItems      the most items in any one array of the record
 * @param maxTokenCount      the most JSON tokens in one document
 */
public record DecodeOptions(Mode mode, long maxDocumentLength, int maxStringLength, int maxNestingDepth,
        int maxNumberLength, int maxNameLength, int maxArrayItems, long maxTokenCount) {

    /** Strict or tolerant decoding. */
    public enum Mode {
        /** Reject unknown fields, nulls and unknown versions (the default). */
        STRICT,
        /** Keep unknown fields in the record's extensions; accept newer minor versions and nulls as absent. */
        TOLERANT
    }

    /** Default largest document: 4 MiB. */
    public static final long DEFAULT_MAX_DOCUMENT_LENGTH = 4L * 1024 * 1024;
    /** Default longest string: 100,000 chars. */
    public static final int DEFAULT_MAX_STRING_LENGTH = 100_000;
    /** Default deepest nesting: 32 (a record needs 7). */
    public static final int DEFAULT_MAX_NESTING_DEPTH = 32;
    /** Default longest number: 20 chars. */
    public static final int DEFAULT_MAX_NUMBER_LENGTH = 20;
    /** Default longest property name: 256 chars. */
    public static final int DEFAULT_MAX_NAME_LENGTH = 256;
    /** Default most items in one array: 10,000. */
    public static final int DEFAULT_MAX_ARRAY_ITEMS = 10_000;
    /** Default most tokens in one document: 1,000,000. */
    public static final long DEFAULT_MAX_TOKEN_COUNT = 1_000_000L;

    /** Checks the limits are positive. */
    public DecodeOptions {
        if (mode == null) {
            throw new MspException(MspException.Kind.MISSING_PART, "mode is required but was missing");
        }
        positive(maxDocumentLength, "maxDocumentLength");
        positive(maxStringLength, "maxStringLength");
        positive(maxNestingDepth, "maxNestingDepth");
        positive(maxNumberLength, "maxNumberLength");
        positive(maxNameLength, "maxNameLength");
        positive(maxArrayItems, "maxArrayItems");
        positive(maxTokenCount, "maxTokenCount");
    }

    private static void positive(long v, String name) {
        if (v <= 0) {
            throw new MspException(MspException.Kind.INVALID_VALUE, name + " must be positive");
        }
    }

    /** @return strict decoding with the default limits */
    public static DecodeOptions strict() {
        return new DecodeOptions(Mode.STRICT, DEFAULT_MAX_DOCUMENT_LENGTH, DEFAULT_MAX_STRING_LENGTH,
                DEFAULT_MAX_NESTING_DEPTH, DEFAULT_MAX_NUMBER_LENGTH, DEFAULT_MAX_NAME_LENGTH,
                DEFAULT_MAX_ARRAY_ITEMS, DEFAULT_MAX_TOKEN_COUNT);
    }

    /** @return tolerant decoding with the default limits */
    public static DecodeOptions tolerant() {
        return strict().withMode(Mode.TOLERANT);
    }

    /** @return true in strict mode */
    public boolean isStrict() {
        return mode == Mode.STRICT;
    }

    /** @param v the mode @return a copy with it */
    public DecodeOptions withMode(Mode v) {
        return new DecodeOptions(v, maxDocumentLength, maxStringLength, maxNestingDepth, maxNumberLength,
                maxNameLength, maxArrayItems, maxTokenCount);
    }

    /** @param v the largest document in bytes @return a copy with it */
    public DecodeOptions withMaxDocumentLength(long v) {
        return new DecodeOptions(mode, v, maxStringLength, maxNestingDepth, maxNumberLength, maxNameLength,
                maxArrayItems, maxTokenCount);
    }

    /** @param v the longest string in chars @return a copy with it */
    public DecodeOptions withMaxStringLength(int v) {
        return new DecodeOptions(mode, maxDocumentLength, v, maxNestingDepth, maxNumberLength, maxNameLength,
                maxArrayItems, maxTokenCount);
    }

    /** @param v the deepest nesting @return a copy with it */
    public DecodeOptions withMaxNestingDepth(int v) {
        return new DecodeOptions(mode, maxDocumentLength, maxStringLength, v, maxNumberLength, maxNameLength,
                maxArrayItems, maxTokenCount);
    }

    /** @param v the longest number literal @return a copy with it */
    public DecodeOptions withMaxNumberLength(int v) {
        return new DecodeOptions(mode, maxDocumentLength, maxStringLength, maxNestingDepth, v, maxNameLength,
                maxArrayItems, maxTokenCount);
    }

    /** @param v the most items in one array @return a copy with it */
    public DecodeOptions withMaxArrayItems(int v) {
        return new DecodeOptions(mode, maxDocumentLength, maxStringLength, maxNestingDepth, maxNumberLength,
                maxNameLength, v, maxTokenCount);
    }
}
