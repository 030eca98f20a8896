package org.mspsdk.json;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;

import org.mspsdk.MspException;
import org.mspsdk.json.internal.BoundedJson;
import org.mspsdk.model.SafeguardingRecord;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonEncoding;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.util.ByteArrayBuilder;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.ObjectWriteContext;

/**
 * The MSP JSON wire format: reads and writes one {@link SafeguardingRecord} per document, and JSON Lines
 * datasets (one record document per line) as streams.
 *
 * <p>A document is a JSON object whose properties are the model's component names in camelCase, with a
 * {@code "mspVersion": "1.0"} property; codes are the stable code strings, dates {@code yyyy-mm-dd}; an
 * absent optional value and an empty list are left out. Decoding is strict by default (see
 * {@link DecodeOptions}); every bad input is an {@link MspDecodeException} naming the JSON Pointer, line, column
 * and what was expected, and never a value of the document (a pointer shows only the format's own property
 * names). Bytes must be well-formed UTF-8 and strings well-formed Unicode. Tolerant decoding keeps unknown fields
 * and writes them back with the same values but not the same form (whitespace, string escapes, their place among
 * the known fields): see {@link DecodeOptions}. The published JSON Schema for the format is in
 * {@code org.mspsdk.schema}.
 * Instances are immutable and thread-safe.
 *
 * <pre>{@code
 * MspJson json = MspJson.strict();
 * String text = json.write(record);
 * SafeguardingRecord back = json.read(text);          // equals record
 *
 * try (JsonLinesReader lines = json.readLines(in)) {
 *     lines.forEachRemaining(r -> tally.add(r));
 * }
 * }</pre>
 */
public final class MspJson {

    /** The version of the wire format this SDK writes, and the only one strict decoding accepts. */
    public static final String WIRE_VERSION = "1.0";

    private static final MspJson STRICT = new MspJson(DecodeOptions.defaults());
    private static final MspJson TOLERANT =
            new MspJson(DecodeOptions.builder().mode(DecodeOptions.Mode.TOLERANT).build());

    private final DecodeOptions options;
    private final JsonFactory factory;
    // parsers for decoding: the decoder detects repeated property names itself (RecordDecoder.Obj), so Jackson's
    // duplicate detection, a hash set per object, is off here; captured unknown values are re-checked with `factory`
    private final JsonFactory readFactory;

    private MspJson(DecodeOptions options) {
        this.options = options;
        this.factory = BoundedJson.factory(options);
        this.readFactory = factory.rebuild().disable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
    }

    /** @return the codec with strict decoding and the default limits */
    public static MspJson strict() {
        return STRICT;
    }

    /** @return the codec with tolerant decoding (unknown fields kept as extensions) and the default limits */
    public static MspJson tolerant() {
        return TOLERANT;
    }

    /**
     * @param options the decoding mode and limits
     * @return a codec using them
     */
    public static MspJson of(DecodeOptions options) {
        if (options == null) {
            throw new MspException(MspException.Kind.MISSING_PART, "options is required but was missing");
        }
        return new MspJson(options);
    }

    /** @return the decoding mode and limits */
    public DecodeOptions options() {
        return options;
    }

    // ---------------------------------------------------------------- read

    /**
     * Decodes one record document.
     *
     * @param json the document
     * @return the record
     * @throws MspDecodeException when the document is not a valid record document
     */
    public SafeguardingRecord read(String json) {
        if (json == null) {
            throw new MspException(MspException.Kind.MISSING_PART, "json is required but was null");
        }
        if (json.length() > options.maxDocumentLength()) {
            throw tooLong();
        }
        try (JsonParser p = readFactory.createParser(ObjectReadContext.empty(), json)) {
            return RecordDecoder.decodeDocument(options, factory, p);
        } catch (JacksonException e) {
            throw malformed();
        }
    }

    /**
     * Decodes one record document from UTF-8 bytes.
     *
     * @param utf8 the document
     * @return the record
     * @throws MspDecodeException when the document is not a valid record document
     */
    public SafeguardingRecord read(byte[] utf8) {
        if (utf8 == null) {
            throw new MspException(MspException.Kind.MISSING_PART, "utf8 is required but was null");
        }
        return read(utf8, 0, utf8.length);
    }

    SafeguardingRecord read(byte[] utf8, int offset, int length) {
        if (length > options.maxDocumentLength()) {
            throw tooLong();
        }
        if (BoundedJson.looksLikeUtf16Or32(utf8, offset, length)) {
            throw new MspDecodeException("", 1, 1, "the bytes are not valid UTF-8 (UTF-16 or UTF-32 detected)",
                    "UTF-8 encoded text");
        }
        int bad = Utf8Check.firstInvalid(utf8, offset, offset + length);
        if (bad >= 0) {
            throw Utf8Check.error(readFactory, utf8, offset, bad);
        }
        try (JsonParser p = readFactory.createParser(ObjectReadContext.empty(), utf8, offset, length)) {
            return RecordDecoder.decodeDocument(options, factory, p);
        } catch (JacksonException e) {
            throw malformed();
        }
    }

    /**
     * Decodes one record document from a UTF-8 stream, reading it to its end (at most
     * {@link DecodeOptions#maxDocumentLength()} bytes). The stream is not closed.
     *
     * @param in the stream
     * @return the record
     * @throws MspDecodeException when the document is not a valid record document or is too long
     * @throws MspException       of kind {@code IO} when reading fails
     */
    public SafeguardingRecord read(InputStream in) {
        if (in == null) {
            throw new MspException(MspException.Kind.MISSING_PART, "in is required but was null");
        }
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        byte[] chunk = new byte[8192];
        try {
            int n;
            while ((n = in.read(chunk)) != -1) {
                if (buffer.size() + (long) n > options.maxDocumentLength()) {
                    throw tooLong();
                }
                buffer.write(chunk, 0, n);
            }
        } catch (IOException e) {
            throw new MspException(MspException.Kind.IO, "reading the document failed: " + e.getClass().getSimpleName());
        }
        return read(buffer.toByteArray());
    }

    /**
     * Streams a JSON Lines dataset (one record document per line) in constant memory. Close the reader when done;
     * it closes the stream.
     *
     * @param in the UTF-8 stream
     * @return a reader of the records
     */
    public JsonLinesReader readLines(InputStream in) {
        if (in == null) {
            throw new MspException(MspException.Kind.MISSING_PART, "in is required but was null");
        }
        return new JsonLinesReader(this, in);
    }

    private MspDecodeException tooLong() {
        return new MspDecodeException("", -1, -1, "the document is longer than the limit of "
                + options.maxDocumentLength() + " bytes", "a document of at most " + options.maxDocumentLength()
                + " bytes");
    }

    private static MspDecodeException malformed() {
        return new MspDecodeException("", -1, -1, "the document is not well-formed JSON",
                "JSON text as defined by RFC 8259");
    }

    // ---------------------------------------------------------------- write

    /**
     * Encodes one record as a compact document.
     *
     * @param record the record
     * @return the document
     * @throws MspException of kind {@code ENCODE} when the record's extensions cannot be written back
     */
    public String write(SafeguardingRecord record) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = factory.createGenerator(ObjectWriteContext.empty(), out)) {
            RecordEncoder.encode(factory, g, record);
        } catch (JacksonException e) {
            throw new MspException(MspException.Kind.ENCODE, "writing the record failed");
        }
        return out.toString();
    }

    /**
     * @param record the record
     * @return the document as UTF-8 bytes
     */
    public byte[] writeBytes(SafeguardingRecord record) {
        // Jackson's segmented builder grows without copying what it holds (a ByteArrayOutputStream copies on every
        // doubling), then copies once
        try (ByteArrayBuilder out = new ByteArrayBuilder()) {
            write(record, out);
            return out.toByteArray();
        }
    }

    /**
     * Writes one record document to a stream (UTF-8). The stream is flushed, not closed.
     *
     * @param record the record
     * @param out    the stream
     */
    public void write(SafeguardingRecord record, OutputStream out) {
        if (out == null) {
            throw new MspException(MspException.Kind.MISSING_PART, "out is required but was null");
        }
        try (JsonGenerator g = factory.createGenerator(ObjectWriteContext.empty(), out, JsonEncoding.UTF8)) {
            RecordEncoder.encode(factory, g, record);
        } catch (JacksonException e) {
            throw ioOrEncode(e);
        }
    }

    /**
     * Starts writing a JSON Lines dataset. Close the writer when done; it closes the stream.
     *
     * @param out the stream
     * @return the writer
     */
    public JsonLinesWriter writeLines(OutputStream out) {
        if (out == null) {
            throw new MspException(MspException.Kind.MISSING_PART, "out is required but was null");
        }
        return new JsonLinesWriter(this, out);
    }

    JsonFactory factory() {
        return factory;
    }

    static MspException ioOrEncode(JacksonException e) {
        Throwable c = e.getCause();
        if (c instanceof IOException || c instanceof UncheckedIOException) {
            return new MspException(MspException.Kind.IO, "writing failed: " + c.getClass().getSimpleName());
        }
        return new MspException(MspException.Kind.ENCODE, "writing the record failed");
    }
}
