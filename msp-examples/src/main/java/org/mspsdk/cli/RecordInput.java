package org.mspsdk.cli;

import java.io.BufferedInputStream;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import org.mspsdk.MspException;
import org.mspsdk.json.JsonLinesReader;
import org.mspsdk.json.MspDecodeException;
import org.mspsdk.json.MspJson;
import org.mspsdk.model.SafeguardingRecord;

/**
 * Reads records from a file or standard input ({@code -}), either one JSON document (a {@code .json} file)
 * or JSON Lines (anything else, standard input included; {@code --format} overrides). A line that cannot be
 * decoded is reported on standard error with its file, line, column and JSON Pointer, and reading goes on; a
 * file that cannot be read at all, is empty, or (for a single document) cannot be decoded, is unusable.
 */
final class RecordInput {

    /** What the caller does with each record. */
    interface Sink {
        /**
         * @param file   the input it came from, as named by the user
         * @param line   its 1-based line (1 for a single document)
         * @param record the record
         */
        void accept(String file, long line, SafeguardingRecord record);
    }

    /** The input format. */
    enum Format {
        /** By file name: {@code .json} is one document, anything else JSON Lines. */
        AUTO,
        /** One JSON document. */
        JSON,
        /** JSON Lines: one document per line. */
        JSONL
    }

    /** What reading one input gave. */
    private record Result(String name, long records, long badLines, boolean unusable) {
    }

    /** What reading every input gave; bad lines include records that could not be processed. */
    record Totals(long records, long badLines, boolean unusable) {
    }

    private final MspJson codec;
    private final InputStream stdin;
    private final PrintWriter err;
    private final Progress progress;

    RecordInput(MspJson codec, InputStream stdin, PrintWriter err, Progress progress) {
        this.codec = codec;
        this.stdin = stdin;
        this.err = err;
        this.progress = progress;
    }

    /**
     * Reads every input in turn, then clears the progress line.
     *
     * @param names  paths, or {@code -} for standard input
     * @param format the format
     * @param sink   receives each record
     * @return the totals
     */
    Totals readAll(java.util.List<String> names, Format format, Sink sink) {
        long records = 0;
        long bad = 0;
        boolean unusable = false;
        for (String name : names) {
            Result r = read(name, format, sink);
            records += r.records();
            bad += r.badLines();
            unusable |= r.unusable();
        }
        progress.done();
        return new Totals(records, bad, unusable);
    }

    /**
     * Reads one input.
     *
     * @param name   a path, or {@code -} for standard input
     * @param format the format
     * @param sink   receives each record
     * @return what was read
     */
    private Result read(String name, Format format, Sink sink) {
        boolean single = format == Format.JSON
                || (format == Format.AUTO && name.toLowerCase(Locale.ROOT).endsWith(".json"));
        InputStream in;
        try {
            in = "-".equals(name) ? stdin : open(name);
        } catch (NoSuchFileException e) {
            err.printf("%s: unusable: no such file%n", name);
            return new Result(name, 0, 0, true);
        } catch (FolderException e) {
            err.printf("%s: unusable: a folder, not a file; name the files in it (for example %s/*.jsonl)%n",
                    name, name);
            return new Result(name, 0, 0, true);
        } catch (IOException | RuntimeException e) {
            err.printf("%s: unusable: cannot be read (%s)%n", name, e.getClass().getSimpleName());
            return new Result(name, 0, 0, true);
        }
        try (InputStream input = new BufferedInputStream(in, 1 << 16)) {
            return single ? readDocument(name, input, sink) : readLines(name, input, sink);
        } catch (IOException e) {
            err.printf("%s: unusable: reading failed (%s)%n", name, e.getClass().getSimpleName());
            return new Result(name, 0, 0, true);
        }
    }

    /** Thrown by {@link #open} for a folder. */
    private static final class FolderException extends IOException {
        private static final long serialVersionUID = 1L;
    }

    /**
     * Opens a named input. A regular file goes through NIO; anything else (a named pipe, process substitution
     * such as {@code <(zcat f.gz)}, a device) through {@link FileInputStream}, because on Java 17 the NIO stream
     * of a pipe fails with "Illegal seek" as soon as a buffered reader asks how much is available.
     */
    private static InputStream open(String name) throws IOException {
        Path path = Path.of(name);
        if (Files.isDirectory(path)) {
            throw new FolderException();
        }
        if (Files.isRegularFile(path)) {
            return Files.newInputStream(path);
        }
        if (!Files.exists(path)) {
            throw new NoSuchFileException(name);
        }
        return new FileInputStream(path.toFile());
    }

    private Result readDocument(String name, InputStream in, Sink sink) throws IOException {
        long limit = codec.options().maxDocumentLength();
        byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
        if (bytes.length > limit) {
            err.printf("%s: unusable: the document is longer than the limit of %,d bytes%n", name, limit);
            return new Result(name, 0, 0, true);
        }
        if (isBlank(bytes)) {
            err.printf("%s: unusable: the file is empty%n", name);
            return new Result(name, 0, 0, true);
        }
        SafeguardingRecord record;
        try {
            record = codec.read(bytes);
        } catch (MspDecodeException e) {
            err.printf("%s:%s: unusable: %s%n", name, position(e), describe(e));
            return new Result(name, 0, 0, true);
        }
        boolean accepted = deliver(sink, name, 1, record);
        return new Result(name, accepted ? 1 : 0, accepted ? 0 : 1, false);
    }

    /**
     * Hands one record to the sink. A record the sink refuses with an {@link MspException} (for example one the
     * de-identifier cannot export) is reported with its file and line and counted like an undecodable line;
     * reading goes on.
     */
    private boolean deliver(Sink sink, String name, long line, SafeguardingRecord record) {
        try {
            sink.accept(name, line, record);
            progress.tick();
            return true;
        } catch (MspException e) {
            err.printf("%s:%d: not processed: %s%n", name, line, e.getMessage());
            return false;
        }
    }

    private Result readLines(String name, InputStream in, Sink sink) {
        long records = 0;
        long bad = 0;
        JsonLinesReader lines = codec.readLines(in);
        while (true) {
            try {
                if (!lines.hasNext()) {
                    break;
                }
                SafeguardingRecord r = lines.next();
                if (deliver(sink, name, lines.lineNumber(), r)) {
                    records++;
                } else {
                    bad++;
                }
            } catch (MspDecodeException e) {
                bad++;
                err.printf("%s:%s: %s%n", name, position(e), describe(e));
            } catch (MspException e) {
                err.printf("%s: unusable: %s%n", name, e.getMessage());
                return new Result(name, records, bad, true);
            }
        }
        if (records == 0 && bad == 0) {
            err.printf("%s: unusable: no records (the input is empty)%n", name);
            return new Result(name, 0, 0, true);
        }
        return new Result(name, records, bad, false);
    }

    /** The pointer, the problem and what was expected (the position is printed before it). */
    private static String describe(MspDecodeException e) {
        String where = e.pointer().isEmpty() ? "(document)" : e.pointer();
        String expected = e.expected() == null || e.expected().isEmpty() ? "" : "; expected " + e.expected();
        return where + ": " + e.problem() + expected;
    }

    private static String position(MspDecodeException e) {
        if (e.line() <= 0) {
            return "";
        }
        return e.line() + (e.column() > 0 ? ":" + e.column() : "");
    }

    private static boolean isBlank(byte[] bytes) {
        for (byte b : bytes) {
            if (b != ' ' && b != '\n' && b != '\r' && b != '\t') {
                return false;
            }
        }
        return true;
    }
}
