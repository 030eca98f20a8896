package org.mspsdk.json;

import java.io.Closeable;
import java.io.Flushable;
import java.io.IOException;
import java.io.OutputStream;

import org.mspsdk.MspException;
import org.mspsdk.model.SafeguardingRecord;

/**
 * Writes a JSON Lines dataset: each record as one compact UTF-8 document followed by a line feed. Nothing is
 * held in memory beyond one record. Close it when done; it closes the stream.
 *
 * <pre>{@code
 * try (JsonLinesWriter out = MspJson.strict().writeLines(Files.newOutputStream(path))) {
 *     records.forEach(out::write);
 * }
 * }</pre>
 */
public final class JsonLinesWriter implements Closeable, Flushable {

    private final MspJson codec;
    private final OutputStream out;
    private long count;

    JsonLinesWriter(MspJson codec, OutputStream out) {
        this.codec = codec;
        this.out = out;
    }

    /**
     * Writes one record as one line.
     *
     * @param record the record
     * @return this
     * @throws MspException of kind {@code ENCODE} or {@code IO} when writing fails
     */
    public JsonLinesWriter write(SafeguardingRecord record) {
        byte[] doc = codec.writeBytes(record);
        try {
            out.write(doc);
            out.write('\n');
        } catch (IOException e) {
            throw new MspException(MspException.Kind.IO, "writing line " + (count + 1) + " failed: "
                    + e.getClass().getSimpleName());
        }
        count++;
        return this;
    }

    /** @return how many records were written */
    public long count() {
        return count;
    }

    @Override
    public void flush() {
        try {
            out.flush();
        } catch (IOException e) {
            throw new MspException(MspException.Kind.IO, "flushing failed: " + e.getClass().getSimpleName());
        }
    }

    /** Flushes and closes the underlying stream. */
    @Override
    public void close() {
        try {
            out.close();
        } catch (IOException e) {
            throw new MspException(MspException.Kind.IO, "closing the stream failed: " + e.getClass().getSimpleName());
        }
    }
}
