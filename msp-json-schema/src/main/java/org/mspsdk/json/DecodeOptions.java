package org.mspsdk.json;

import java.util.Objects;

import org.mspsdk.MspException;

/**
 * How the decoder treats a document: strict (the default) or tolerant, and the limits that bound hostile input.
 * An immutable value built like Jackson's {@code StreamReadConstraints}: {@link #defaults()}, {@link #builder()},
 * and {@link #rebuild()} to change a copy.
 *
 * <p><b>Strict</b> rejects anything the wire format does not define: an unknown field, a {@code null} value, a
 * version other than {@value MspJson#WIRE_VERSION}. <b>Tolerant</b> accepts a newer minor version of the same
 * major version ({@code 1.x}), keeps every unknown field in {@code SafeguardingRecord.extensions()} (keyed by JSON
 * Pointer, the value as compact JSON text) so that the encoder writes it back, and reads an explicit {@code null}
 * as an absent optional field. Both modes reject wrong types, unknown codes, malformed dates, missing required
 * fields, text that is not Unicode (an unpaired surrogate escape such as <code>"&#92;ud800"</code>) and bytes that
 * are not UTF-8 (including overlong forms such as {@code C0 AF} and encoded surrogates such as {@code ED A0 80}).
 *
 * <p><b>What tolerant pass-through keeps.</b> Reading a document tolerantly and writing the record again keeps
 * every value: each unknown field with its name, under the same object, with the same JSON value (the same
 * strings character for character, numbers as the literal the document held ({@code 1e5} stays {@code 1e5}),
 * and objects and arrays inside it with their members in their order), and a newer minor version. It does not
 * keep the form of the document: whitespace and line breaks are dropped, strings are written with the encoder's
 * escaping (<code>"&#92;u00e9"</code> comes back as {@code "é"}), known fields are written in the format's order,
 * unknown fields after the known fields of their object (in the order they appeared), and a known field whose
 * value was {@code null} is left out. Compare the two documents as JSON values, not as text.
 *
 * <p>The limits apply in both modes; each violation is an {@link MspDecodeException} naming the limit. Two of
 * them bound what tolerant decoding keeps, so that a document full of unknown fields cannot exhaust the heap:
 * {@link #maxUnknownProperties()} (default {@value #DEFAULT_MAX_UNKNOWN_PROPERTIES} per document) and
 * {@link #maxUnknownLength()} (default {@value #DEFAULT_MAX_UNKNOWN_LENGTH} characters per document, the pointers
 * and the compact JSON text of the values kept).
 *
 * <pre>{@code
 * DecodeOptions options = DecodeOptions.builder().mode(DecodeOptions.Mode.TOLERANT).maxArrayItems(500).build();
 * MspJson json = MspJson.of(options);
 * DecodeOptions larger = options.rebuild().maxDocumentLength(16L * 1024 * 1024).build();
 * }</pre>
 */
public final class DecodeOptions {

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

    /** Default most unknown fields tolerant decoding keeps in one document: 1,000. */
    public static final int DEFAULT_MAX_UNKNOWN_PROPERTIES = 1_000;
    /** Default most characters of unknown fields tolerant decoding keeps in one document: 1 Mi (1,048,576). */
    public static final long DEFAULT_MAX_UNKNOWN_LENGTH = 1024L * 1024;

    private static final DecodeOptions DEFAULTS = new Builder().build();

    private final Mode mode;
    private final long maxDocumentLength;
    private final int maxStringLength;
    private final int maxNestingDepth;
    private final int maxNumberLength;
    private final int maxNameLength;
    private final int maxArrayItems;
    private final long maxTokenCount;
    private final int maxUnknownProperties;
    private final long maxUnknownLength;

    private DecodeOptions(Builder b) {
        this.mode = b.mode;
        this.maxDocumentLength = b.maxDocumentLength;
        this.maxStringLength = b.maxStringLength;
        this.maxNestingDepth = b.maxNestingDepth;
        this.maxNumberLength = b.maxNumberLength;
        this.maxNameLength = b.maxNameLength;
        this.maxArrayItems = b.maxArrayItems;
        this.maxTokenCount = b.maxTokenCount;
        this.maxUnknownProperties = b.maxUnknownProperties;
        this.maxUnknownLength = b.maxUnknownLength;
    }

    /** @return strict decoding with the default limits */
    public static DecodeOptions defaults() {
        return DEFAULTS;
    }

    /** @return a builder starting from {@link #defaults()} */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder starting from these options, to build a changed copy */
    public Builder rebuild() {
        return new Builder(this);
    }

    /** @return strict or tolerant */
    public Mode mode() {
        return mode;
    }

    /** @return true in strict mode */
    public boolean isStrict() {
        return mode == Mode.STRICT;
    }

    /** @return the largest document, in bytes (or chars for text input) */
    public long maxDocumentLength() {
        return maxDocumentLength;
    }

    /** @return the longest string value, in chars */
    public int maxStringLength() {
        return maxStringLength;
    }

    /** @return the deepest nesting of objects and arrays */
    public int maxNestingDepth() {
        return maxNestingDepth;
    }

    /** @return the longest number literal, in chars */
    public int maxNumberLength() {
        return maxNumberLength;
    }

    /** @return the longest property name, in chars */
    public int maxNameLength() {
        return maxNameLength;
    }

    /** @return the most items in any one array of the record */
    public int maxArrayItems() {
        return maxArrayItems;
    }

    /** @return the most JSON tokens in one document */
    public long maxTokenCount() {
        return maxTokenCount;
    }

    /**
     * @return the most unknown fields tolerant decoding keeps in one document (one per unknown property, whatever
     *     its value holds; a newer minor version counts as one); one more is an error
     */
    public int maxUnknownProperties() {
        return maxUnknownProperties;
    }

    /**
     * @return the most characters tolerant decoding keeps for the unknown fields of one document: the lengths of
     *     their JSON Pointers and of their values as compact JSON text, added up; more is an error
     */
    public long maxUnknownLength() {
        return maxUnknownLength;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DecodeOptions d && mode == d.mode && maxDocumentLength == d.maxDocumentLength
                && maxStringLength == d.maxStringLength && maxNestingDepth == d.maxNestingDepth
                && maxNumberLength == d.maxNumberLength && maxNameLength == d.maxNameLength
                && maxArrayItems == d.maxArrayItems && maxTokenCount == d.maxTokenCount
                && maxUnknownProperties == d.maxUnknownProperties && maxUnknownLength == d.maxUnknownLength;
    }

    @Override
    public int hashCode() {
        return Objects.hash(mode, maxDocumentLength, maxStringLength, maxNestingDepth, maxNumberLength,
                maxNameLength, maxArrayItems, maxTokenCount, maxUnknownProperties, maxUnknownLength);
    }

    @Override
    public String toString() {
        return "DecodeOptions[mode=" + mode + ", maxDocumentLength=" + maxDocumentLength + ", maxStringLength="
                + maxStringLength + ", maxNestingDepth=" + maxNestingDepth + ", maxNumberLength=" + maxNumberLength
                + ", maxNameLength=" + maxNameLength + ", maxArrayItems=" + maxArrayItems + ", maxTokenCount="
                + maxTokenCount + ", maxUnknownProperties=" + maxUnknownProperties + ", maxUnknownLength="
                + maxUnknownLength + "]";
    }

    /**
     * Builds {@link DecodeOptions}; each setter checks its value at once (a mode is required, a limit must be
     * positive).
     */
    public static final class Builder {
        private Mode mode = Mode.STRICT;
        private long maxDocumentLength = DEFAULT_MAX_DOCUMENT_LENGTH;
        private int maxStringLength = DEFAULT_MAX_STRING_LENGTH;
        private int maxNestingDepth = DEFAULT_MAX_NESTING_DEPTH;
        private int maxNumberLength = DEFAULT_MAX_NUMBER_LENGTH;
        private int maxNameLength = DEFAULT_MAX_NAME_LENGTH;
        private int maxArrayItems = DEFAULT_MAX_ARRAY_ITEMS;
        private long maxTokenCount = DEFAULT_MAX_TOKEN_COUNT;
        private int maxUnknownProperties = DEFAULT_MAX_UNKNOWN_PROPERTIES;
        private long maxUnknownLength = DEFAULT_MAX_UNKNOWN_LENGTH;

        private Builder() {
        }

        private Builder(DecodeOptions o) {
            this.mode = o.mode;
            this.maxDocumentLength = o.maxDocumentLength;
            this.maxStringLength = o.maxStringLength;
            this.maxNestingDepth = o.maxNestingDepth;
            this.maxNumberLength = o.maxNumberLength;
            this.maxNameLength = o.maxNameLength;
            this.maxArrayItems = o.maxArrayItems;
            this.maxTokenCount = o.maxTokenCount;
            this.maxUnknownProperties = o.maxUnknownProperties;
            this.maxUnknownLength = o.maxUnknownLength;
        }

        /** @param v strict or tolerant @return this builder */
        public Builder mode(Mode v) {
            if (v == null) {
                throw new MspException(MspException.Kind.MISSING_PART, "mode is required but was missing");
            }
            this.mode = v;
            return this;
        }

        /** @param v the largest document in bytes (chars for text input) @return this builder */
        public Builder maxDocumentLength(long v) {
            this.maxDocumentLength = positive(v, "maxDocumentLength");
            return this;
        }

        /** @param v the longest string value in chars @return this builder */
        public Builder maxStringLength(int v) {
            this.maxStringLength = (int) positive(v, "maxStringLength");
            return this;
        }

        /** @param v the deepest nesting of objects and arrays @return this builder */
        public Builder maxNestingDepth(int v) {
            this.maxNestingDepth = (int) positive(v, "maxNestingDepth");
            return this;
        }

        /** @param v the longest number literal in chars @return this builder */
        public Builder maxNumberLength(int v) {
            this.maxNumberLength = (int) positive(v, "maxNumberLength");
            return this;
        }

        /** @param v the longest property name in chars @return this builder */
        public Builder maxNameLength(int v) {
            this.maxNameLength = (int) positive(v, "maxNameLength");
            return this;
        }

        /** @param v the most items in any one array of the record @return this builder */
        public Builder maxArrayItems(int v) {
            this.maxArrayItems = (int) positive(v, "maxArrayItems");
            return this;
        }

        /** @param v the most JSON tokens in one document @return this builder */
        public Builder maxTokenCount(long v) {
            this.maxTokenCount = positive(v, "maxTokenCount");
            return this;
        }

        /** @param v the most unknown fields tolerant decoding keeps in one document @return this builder */
        public Builder maxUnknownProperties(int v) {
            this.maxUnknownProperties = (int) positive(v, "maxUnknownProperties");
            return this;
        }

        /**
         * @param v the most characters of unknown fields (pointers and compact values) tolerant decoding keeps in
         *          one document
         * @return this builder
         */
        public Builder maxUnknownLength(long v) {
            this.maxUnknownLength = positive(v, "maxUnknownLength");
            return this;
        }

        /** @return the options */
        public DecodeOptions build() {
            return new DecodeOptions(this);
        }

        private static long positive(long v, String name) {
            if (v <= 0) {
                throw new MspException(MspException.Kind.INVALID_VALUE, name + " must be positive");
            }
            return v;
        }
    }
}
