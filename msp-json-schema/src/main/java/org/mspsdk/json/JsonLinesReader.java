package org.mspsdk.json;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import org.mspsdk.MspException;
import org.mspsdk.model.SafeguardingRecord;

/**
 * Reads a JSON Lines dataset: one record document per line (lines end with LF or CRLF; a final line end is
 * optional). Memory stays constant: one line at a time, each at most {@link DecodeOptions#maxDocumentLength()}
 * bytes. A bad line is an {@link MspDecodeException} whose {@link MspDecodeException#line()} is the line in the
 * file; the reader stays usable, so a caller may note the error and go on with the next line. Blank lines are
 * an error in strict mode and skipped in tolerant mode.
 *
 * <pre>{@code
 * try (JsonLinesReader lines = MspJson.strict().readLines(Files.newInputStream(path))) {
 *     lines.stream().forEach(tally::add);
 * }
 * }</pre>
 */
public final class JsonLinesReader implements Iterator<SafeguardingRecord>, Closeable {

    private final MspJson codec;
    private final InputStream in;
    private final byte[] buffer = new byte[65536];
    private int position;
    private int limit;
    private byte[] line = new byte[8192];
    private int length;
    private long lineNumber;
    private boolean eof;
    private boolean lineReady;
    private boolean tooLong;

    JsonLinesReader(MspJson codec, InputStream in) {
        this.codec = codec;
        this.in = in;
    }

    /** @return the number of the line last read (1-based; 0 before the first) */
    public long lineNumber() {
        return lineNumber;
    }

    @Override
    public boolean hasNext() {
        while (!lineReady && !eof) {
            readLine();
            if (lineReady && isBlank() && !codec.options().isStrict()) {
                lineReady = false;
            }
        }
        return lineReady;
    }

    /**
     * @return the record on the next line
     * @throws MspDecodeException when that line is not a valid record document
     * @throws NoSuchElementException when there are no more lines
     */
    @Override
    public SafeguardingRecord next() {
        if (!hasNext()) {
            throw new NoSuchElementException("no more lines");
        }
        lineReady = false;
        long offset = lineNumber - 1;
        if (tooLong) {
            throw new MspDecodeException("", lineNumber, -1, "the line is longer than the limit of "
                    + codec.options().maxDocumentLength() + " bytes", "a document of at most "
                    + codec.options().maxDocumentLength() + " bytes per line");
        }
        if (isBlank()) {
            throw new MspDecodeException("", lineNumber, -1, "the line is blank (strict mode)",
                    "one record document per line");
        }
        try {
            return codec.read(line, 0, length);
        } catch (MspDecodeException e) {
            throw e.shiftLines(offset);
        }
    }

    /** @return the remaining records as a sequential stream (closing it closes this reader) */
    public Stream<SafeguardingRecord> stream() {
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(this,
                Spliterator.ORDERED | Spliterator.NONNULL), false).onClose(this::close);
    }

    private boolean isBlank() {
        for (int i = 0; i < length; i++) {
            byte b = line[i];
            if (b != ' ' && b != '\t' && b != '\r') {
                return false;
            }
        }
        return true;
    }

    private void readLine() {
        length = 0;
        tooLong = false;
        boolean any = false;
        try {
            while (true) {
                if (position >= limit && !fill()) {
                    break;
                }
                any = true;
                int start = position;
                int end = start;
                while (end < limit && buffer[end] != '\n') {
                    end++;
                }
                append(start, end - start);
                if (end < limit) {
                    position = end + 1;
                    break;
                }
                position = limit;
            }
        } catch (IOException e) {
            throw new MspException(MspException.Kind.IO, "reading line " + (lineNumber + 1) + " failed: "
                    + e.getClass().getSimpleName());
        }
        if (!any) {
            eof = true;
            return;
        }
        if (length > 0 && line[length - 1] == '\r') {
            length--;
        }
        lineNumber++;
        lineReady = true;
    }

    /** Reads the next chunk of the stream into the buffer; false at the end of the stream. */
    private boolean fill() throws IOException {
        int n;
        do {
            n = in.read(buffer, 0, buffer.length);
        } while (n == 0);
        position = 0;
        limit = Math.max(n, 0);
        return n > 0;
    }

    /** Adds bytes to the current line; past the limit the line is marked too long and the rest is skipped. */
    private void append(int from, int count) {
        if (tooLong || count == 0) {
            return;
        }
        long max = codec.options().maxDocumentLength();
        if (length + (long) count > max) {
            tooLong = true;
            return;
        }
        if (length + count > line.length) {
            int size = (int) Math.min(Math.min(max, Integer.MAX_VALUE - 8L),
                    Math.max((long) length + count, (long) line.length * 2));
            byte[] bigger = new byte[size];
            System.arraycopy(line, 0, bigger, 0, length);
            line = bigger;
        }
        System.arraycopy(buffer, from, line, length, count);
        length += count;
    }

    /** Closes the underlying stream. */
    @Override
    public void close() {
        try {
            in.close();
        } catch (IOException e) {
            throw new MspException(MspException.Kind.IO, "closing the stream failed: " + e.getClass().getSimpleName());
        }
    }
}
