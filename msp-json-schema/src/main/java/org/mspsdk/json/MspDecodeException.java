package org.mspsdk.json;

import org.mspsdk.MspException;
import org.mspsdk.json.internal.SafeText;

/**
 * A document could not be decoded: the one exception the JSON codec throws for bad input (kind
 * {@link MspException.Kind#DECODE}).
 *
 * <p>It names where the problem is (a JSON Pointer into the document, and the line and column), what is wrong,
 * and what was expected there. The message never repeats the document's values (free text and identifiers are
 * personal data), only field names, rules and expected forms, and no exception of the JSON library is attached
 * as a cause.
 *
 * <pre>{@code
 * try {
 *     SafeguardingRecord r = MspJson.strict().read(json);
 * } catch (MspDecodeException e) {
 *     log.warn("rejected document: {} at line {}", e.pointer(), e.line());
 * }
 * }</pre>
 */
public final class MspDecodeException extends MspException {

    private static final long serialVersionUID = 1L;

    private final String pointer;
    private final long line;
    private final long column;
    private final String problem;
    private final String expected;

    /**
     * Creates a decode exception.
     *
     * @param pointer  the JSON Pointer of the offending value ({@code ""} for the whole document)
     * @param line     the 1-based line, or -1 when not known
     * @param column   the 1-based column, or -1 when not known
     * @param problem  what is wrong, without personal data
     * @param expected what was expected there
     */
    public MspDecodeException(String pointer, long line, long column, String problem, String expected) {
        super(Kind.DECODE, format(SafeText.pointer(pointer), line, column, problem, expected));
        this.pointer = SafeText.pointer(pointer);
        this.line = line;
        this.column = column;
        this.problem = problem;
        this.expected = expected;
    }

    private static String format(String pointer, long line, long column, String problem, String expected) {
        StringBuilder b = new StringBuilder();
        b.append(pointer.isEmpty() ? "(document)" : pointer).append(": ").append(problem);
        if (expected != null && !expected.isEmpty()) {
            b.append("; expected ").append(expected);
        }
        if (line > 0) {
            b.append(" (line ").append(line);
            if (column > 0) {
                b.append(", column ").append(column);
            }
            b.append(')');
        }
        return b.toString();
    }

    /** @return the JSON Pointer (RFC 6901) of the offending value; {@code ""} means the whole document */
    public String pointer() {
        return pointer;
    }

    /** @return the 1-based line of the problem (for JSON Lines, the line in the file), or -1 when unknown */
    public long line() {
        return line;
    }

    /** @return the 1-based column of the problem, or -1 when unknown */
    public long column() {
        return column;
    }

    /** @return what is wrong (no personal data) */
    public String problem() {
        return problem;
    }

    /** @return what was expected at {@link #pointer()} */
    public String expected() {
        return expected;
    }

    /**
     * @param lineOffset lines before the document (JSON Lines)
     * @return a copy with the line moved by the offset
     */
    MspDecodeException shiftLines(long lineOffset) {
        if (lineOffset == 0) {
            return this;
        }
        return new MspDecodeException(pointer, line > 0 ? line + lineOffset : lineOffset + 1, column, problem,
                expected);
    }
}
