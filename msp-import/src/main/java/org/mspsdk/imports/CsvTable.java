package org.mspsdk.imports;

import java.io.FilterReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A CSV source read with Apache Commons CSV (RFC 4180 quoting, embedded line breaks, any delimiter), decoded
 * strictly in the declared encoding (a byte that is not valid in it stops reading with a message, rather than
 * becoming a replacement character), a UTF-8 byte-order mark skipped, and every row bounded in length.
 */
final class CsvTable implements Table {

    private final String file;
    private final ImportLimits limits;
    private final BoundedReader reader;
    private final CSVParser parser;
    private final Iterator<CSVRecord> records;
    private final List<String> header;
    private long rows;

    CsvTable(Path path, String file, SourceSpec spec, ImportLimits limits) throws SourceException {
        this.file = file;
        this.limits = limits;
        try {
            InputStream in = new java.io.BufferedInputStream(Files.newInputStream(path), 1 << 16);
            java.nio.charset.Charset charset = spec.encoding();
            in.mark(3);
            byte[] bom = in.readNBytes(3);
            if (bom.length == 3 && (bom[0] & 0xFF) == 0xEF && (bom[1] & 0xFF) == 0xBB && (bom[2] & 0xFF) == 0xBF) {
                charset = java.nio.charset.StandardCharsets.UTF_8; // a byte-order mark declares UTF-8
            } else {
                in.reset();
            }
            Reader decoded = new InputStreamReader(in, charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT));
            this.reader = new BoundedReader(decoded, limits.maxRowChars());
            CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(spec.delimiter()).setIgnoreEmptyLines(true)
                    .setTrim(false).get();
            this.parser = format.parse(reader);
            this.records = parser.iterator();
        } catch (IOException e) {
            throw new SourceException(file + ": cannot be read (" + e.getClass().getSimpleName() + ")");
        }
        List<String> names = null;
        for (int i = 1; i <= spec.headerRow(); i++) {
            Row r = next();
            if (r == null) {
                throw new SourceException(file + ": no header row (the file is empty or shorter than "
                        + spec.headerRow() + " rows)");
            }
            if (i == spec.headerRow()) {
                names = new ArrayList<>();
                for (int c = 0; c < r.width(); c++) {
                    String name = r.cell(c);
                    names.add(name.trim());
                }
            }
        }
        this.header = List.copyOf(names);
    }

    @Override
    public String file() {
        return file;
    }

    @Override
    public Optional<String> sheet() {
        return Optional.empty();
    }

    @Override
    public List<String> header() {
        return header;
    }

    @Override
    public Row next() throws SourceException {
        long at = rows + 1;
        CSVRecord rec;
        try {
            reader.startRow();
            if (!records.hasNext()) {
                return null;
            }
            rec = records.next();
        } catch (UncheckedIOException e) {
            throw broken(at, e.getCause());
        } catch (IllegalStateException e) {
            throw new SourceException(file + ": row " + at + ": not valid CSV (unbalanced quotes or a stray "
                    + "quote character)");
        }
        rows++;
        if (rows > limits.maxRows()) {
            throw new SourceException(file + ": more than " + limits.maxRows() + " rows (limits.max-rows); "
                    + "reading stopped");
        }
        if (rec.size() > limits.maxColumns()) {
            throw new SourceException(file + ": row " + rows + " has " + rec.size() + " columns, more than "
                    + limits.maxColumns() + " (limits.max-columns)");
        }
        String[] cells = new String[rec.size()];
        for (int i = 0; i < cells.length; i++) {
            String v = rec.get(i);
            if (v.length() > limits.maxCellChars()) {
                throw new SourceException(file + ": row " + rows + ", column " + (i + 1) + ": a cell longer than "
                        + limits.maxCellChars() + " characters (limits.max-cell-chars); reading stopped");
            }
            cells[i] = v;
        }
        return new Row(rows, cells, null);
    }

    private SourceException broken(long at, IOException cause) {
        if (cause instanceof RowTooLong) {
            return new SourceException(file + ": row " + at + " is longer than " + limits.maxRowChars()
                    + " characters (limits.max-row-chars; an unclosed quote can cause this); reading stopped");
        }
        if (cause instanceof CharacterCodingException) {
            // text is decoded in blocks ahead of the parser, so the row is where reading had got to
            return new SourceException(file + ": at or after row " + at + ": bytes that are not valid in the declared encoding "
                    + "(set the source's 'encoding', for example windows-1252)");
        }
        return new SourceException(file + ": row " + at + ": not valid CSV (" + cause.getClass().getSimpleName()
                + ", for example a quote that is never closed)");
    }

    @Override
    public void close() throws IOException {
        parser.close();
    }

    /** Thrown inside the parser when one row grows past the limit. */
    private static final class RowTooLong extends IOException {
        private static final long serialVersionUID = 1L;
    }

    /** Counts the characters read since the start of the current row and refuses rows over the limit. */
    private static final class BoundedReader extends FilterReader {
        private final long max;
        private long count;
        private long rowStart;

        BoundedReader(Reader in, long max) {
            super(in);
            this.max = max;
        }

        void startRow() {
            rowStart = count;
        }

        @Override
        public int read() throws IOException {
            int c = super.read();
            if (c >= 0) {
                add(1);
            }
            return c;
        }

        @Override
        public int read(char[] buf, int off, int len) throws IOException {
            int n = super.read(buf, off, len);
            if (n > 0) {
                add(n);
            }
            return n;
        }

        private void add(int n) throws IOException {
            count += n;
            // the parser reads ahead in blocks, so allow one block beyond the limit
            if (count - rowStart > max + 65_536) {
                throw new RowTooLong();
            }
        }
    }
}
