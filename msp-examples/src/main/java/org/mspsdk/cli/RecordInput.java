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
 * or JSON Lines (anything else, standard input included; {@code --format} overrides).
 *
 * <p>One fault is treated the same whatever the format. A document that cannot be decoded into a record (a
 * {@code .json} file, or one line of JSON Lines) is a finding about that record: it goes to the
 * {@link DecodeFailures} handler (by default a line on standard error with file, line, column and JSON Pointer),
 * is counted as a bad document, and reading goes on. An input is unusable, and nothing of it is read, only
 * when it is missing, a folder, unreadable, empty, longer than the document limit (a {@code .json} file), or not
 * JSON records at all: its first character after white space (and a UTF-8 byte-order mark) is not the
 * opening brace that starts every record document, as with a CSV file, a workbook or UTF-16 text given by mistake.
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

    /** What the caller does with each document that could not be decoded. */
    interface DecodeFailures {
        /**
         * @param file  the input it came from, as named by the user
         * @param line  the 1-based line of the document (1 for a single document)
         * @param error what is wrong, where
         */
        void failed(String file, long line, MspDecodeException error);
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

    /**
     * What reading every input gave; bad lines are the documents that could not be decoded or processed.
     *
     * @param records        records handed to the sink
     * @param badLines       documents that could not be decoded or processed
     * @param unusableInputs inputs of which nothing was read
     */
    record Totals(long records, long badLines, long unusableInputs) {
        /** @return whether any input was unusable */
        boolean unusable() {
            return unusableInputs > 0;
        }
    }

    private final MspJson codec;
    private final InputStream stdin;
    private final PrintWriter err;
    private final Progress progress;
    private final DecodeFailures failures;

    RecordInput(MspJson codec, InputStream stdin, PrintWriter err, Progress progress) {
        this(codec, stdin, err, progress, null);
    }

    /**
     * @param failures receives each document that could not be decoded; null prints it on {@code err}
     */
    RecordInput(MspJson codec, InputStream stdin, PrintWriter err, Progress progress, DecodeFailures failures) {
        this.codec = codec;
        this.stdin = stdin;
        this.err = err;
        this.progress = progress;
        this.failures = failures != null ? failures
                : (file, line, e) -> err.printf("%s:%s: %s%n", TerminalText.escape(file), position(e, line),
                        TerminalText.escape(describe(e)));
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
        long unusable = 0;
        for (String name : names) {
            Result r = read(name, format, sink);
            records += r.records();
            bad += r.badLines();
            unusable += r.unusable() ? 1 : 0;
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
        String shown = TerminalText.escape(name);
        InputStream in;
        try {
            in = "-".equals(name) ? stdin : open(name);
        } catch (NoSuchFileException e) {
            err.printf("%s: unusable: no such file%n", shown);
            return new Result(name, 0, 0, true);
        } catch (FolderException e) {
            err.printf("%s: unusable: a folder, not a file; name the files in it (for example %s/*.jsonl)%n",
                    shown, shown);
            return new Result(name, 0, 0, true);
        } catch (IOException e) {
            err.printf("%s: unusable: cannot be read: %s%n", shown, Msp.reason(e));
            return new Result(name, 0, 0, true);
        } catch (RuntimeException e) {
            err.printf("%s: unusable: cannot be read: %s%n", shown, e instanceof java.nio.file.InvalidPathException
                    ? "not a valid file name" : "not permitted or not a readable file");
            return new Result(name, 0, 0, true);
        }
        try (InputStream input = new BufferedInputStream(in, 1 << 16)) {
            int first = firstCharacter(input);
            if (first == -1) {
                err.printf("%s: unusable: no records (the input is empty)%n", shown);
                return new Result(name, 0, 0, true);
            }
            if (first != '{') {
                err.printf("%s: unusable: not JSON records (a record document starts with '{'); give .json "
                        + "record documents or JSON Lines, one record per line%n", shown);
                return new Result(name, 0, 0, true);
            }
            return single ? readDocument(name, input, sink) : readLines(name, input, sink);
        } catch (IOException e) {
            err.printf("%s: unusable: reading failed: %s%n", shown, Msp.reason(e));
            return new Result(name, 0, 0, true);
        }
    }

    /**
     * Looks at the start of an input without consuming it.
     *
     * @return the first byte after white space and a UTF-8 byte-order mark, or -1 when there is none within the
     *         first 64 KiB (an input of only white space is empty)
     */
    private static int firstCharacter(InputStream in) throws IOException {
        int window = 1 << 16;
        in.mark(window);
        try {
            for (int i = 0; i < window; i++) {
                int b = in.read();
                if (b == -1) {
                    return -1;
                }
                if (i < 3 && (b == 0xEF || b == 0xBB || b == 0xBF)) {
                    continue; // a UTF-8 byte-order mark; the decoder decides whether it may be there
                }
                if (b != ' ' && b != '\n' && b != '\r' && b != '\t') {
                    return b;
                }
            }
            return ' ';
        } finally {
            in.reset();
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
            err.printf("%s: unusable: the document is longer than the limit of %,d bytes%n",
                    TerminalText.escape(name), limit);
            return new Result(name, 0, 0, true);
        }
        SafeguardingRecord record;
        try {
            record = codec.read(bytes);
        } catch (MspDecodeException e) {
            failures.failed(name, 1, e);
            return new Result(name, 0, 1, false);
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
            if (e.kind() == MspException.Kind.IO) {
                throw e; // the output failed, not the record: the command stops
            }
            err.printf("%s:%d: not processed: %s%n", TerminalText.escape(name), line,
                    TerminalText.escape(e.getMessage()));
            return false;
        }
    }

    private Result readLines(String name, InputStream in, Sink sink) {
        long records = 0;
        long bad = 0;
        JsonLinesReader lines = codec.readLines(in);
        while (true) {
            SafeguardingRecord r;
            try {
                if (!lines.hasNext()) {
                    break;
                }
                r = lines.next();
            } catch (MspDecodeException e) {
                bad++;
                failures.failed(name, lines.lineNumber(), e);
                continue;
            } catch (MspException e) {
                err.printf("%s: unusable: %s%n", TerminalText.escape(name), TerminalText.escape(e.getMessage()));
                return new Result(name, records, bad, true);
            }
            if (deliver(sink, name, lines.lineNumber(), r)) {
                records++;
            } else {
                bad++;
            }
        }
        if (records == 0 && bad == 0) {
            err.printf("%s: unusable: no records (the input is empty)%n", TerminalText.escape(name));
            return new Result(name, 0, 0, true);
        }
        return new Result(name, records, bad, false);
    }

    /** The pointer, the problem and what was expected (the position is printed before it). */
    static String describe(MspDecodeException e) {
        String where = e.pointer().isEmpty() ? "(document)" : e.pointer();
        String expected = e.expected() == null || e.expected().isEmpty() ? "" : "; expected " + e.expected();
        return where + ": " + e.problem() + expected;
    }

    /**
     * @param e    the failure
     * @param line the document's line, used when the failure names none
     * @return {@code line} or {@code line:column}
     */
    static String position(MspDecodeException e, long line) {
        long at = e.line() > 0 ? e.line() : line;
        return at + (e.column() > 0 ? ":" + e.column() : "");
    }
}
