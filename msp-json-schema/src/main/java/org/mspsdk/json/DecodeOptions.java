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
 * major version ({@code 1.x}), keeps every unknown field verbatim in {@code SafeguardingRecord.extensions()}
 * (keyed by JSON Pointer) so that the encoder writes it back, and reads an explicit {@code null} as an absent
 * optional field. Both modes reject wrong types, unknown codes, malformed dates and missing required fields.
 *
 * <p>The limits apply in both modes; each violation is an {@link MspDecodeException} naming the limit.
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

    private static final DecodeOptions DEFAULTS = new Builder().build();

    private final Mode mode;
    private final long maxDocumentLength;
    private final int maxStringLength;
    private final int maxNestingDepth;
    private final int maxNumberLength;
    private final int maxNameLength;
    private final int maxArrayItems;
    private final long maxTokenCount;

    private DecodeOptions(Builder b) {
        this.mode = b.mode;
        this.maxDocumentLength = b.maxDocumentLength;
        this.maxStringLength = b.maxStringLength;
        this.maxNestingDepth = b.maxNestingDepth;
        this.maxNumberLength = b.maxNumberLength;
        this.maxNameLength = b.maxNameLength;
        this.maxArrayItems = b.maxArrayItems;
        this.maxTokenCount = b.maxTokenCount;
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

    @Override
    public boolean equals(Object o) {
        return o instanceof DecodeOptions d && mode == d.mode && maxDocumentLength == d.maxDocumentLength
                && maxStringLength == d.maxStringLength && maxNestingDepth == d.maxNestingDepth
                && maxNumberLength == d.maxNumberLength && maxNameLength == d.maxNameLength
                && maxArrayItems == d.maxArrayItems && maxTokenCount == d.maxTokenCount;
    }

    @Override
    public int hashCode() {
        return Objects.hash(mode, maxDocumentLength, maxStringLength, maxNestingDepth, maxNumberLength,
                maxNameLength, maxArrayItems, maxTokenCount);
    }

    @Override
    public String toString() {
        return "DecodeOptions[mode=" + mode + ", maxDocumentLength=" + maxDocumentLength + ", maxStringLength="
                + maxStringLength + ", maxNestingDepth=" + maxNestingDepth + ", maxNumberLength=" + maxNumberLength
                + ", maxNameLength=" + maxNameLength + ", maxArrayItems=" + maxArrayItems + ", maxTokenCount="
                + maxTokenCount + "]";
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
