package org.mspsdk.json;

import tools.jackson.core.JsonParser;
import tools.jackson.databind.DatabindException;

/**
 * A record could not be decoded by {@link MspModule} inside a user's own Jackson mapper: the same error as
 * {@link MspDecodeException} (the same message, JSON Pointer, line, column, problem and expected form), as a
 * Jackson exception, so that a framework built on Jackson treats it as bad input (Spring answers 400 Bad Request,
 * as it does for any Jackson read error) instead of a server error.
 *
 * <p>Why two types: {@link MspDecodeException} is an {@link org.mspsdk.MspException}, the SDK's one exception type,
 * which callers of {@link MspJson} and the JSON Lines reader catch by kind; a Java class has one superclass, so it
 * cannot also be a {@code JacksonException}. The module is the one place where the SDK runs inside Jackson, so it
 * throws this type, and {@link #decodeError()} gives the SDK's exception back.
 *
 * <p>Like {@link MspDecodeException}, the message never repeats the document's values, and no exception is attached
 * as a cause. Jackson may add the path of the user's own objects that lead to the record (for example when the
 * record is a field of the user's message type) to {@link #getPath()}; the message leaves it out, because a path
 * step can be a map key taken from the document. The pointer is relative to the record object.
 *
 * <pre>{@code
 * try {
 *     Envelope e = mapper.readValue(json, Envelope.class);   // a mapper with new MspModule()
 * } catch (MspDatabindException e) {
 *     log.warn("rejected record: {} at line {}", e.pointer(), e.line());
 * }
 * }</pre>
 */
public final class MspDatabindException extends DatabindException {

    private static final long serialVersionUID = 1L;

    private final MspDecodeException error;

    /**
     * @param parser the parser that was reading the record (kept as Jackson's processor, not serialized)
     * @param error  the SDK's decode error
     */
    MspDatabindException(JsonParser parser, MspDecodeException error) {
        // no location is handed to Jackson: its location text can quote the source document, and the SDK's message
        // already names the line and column
        super(parser, error.getMessage());
        clearLocation();
        this.error = error;
    }

    /** @return the same error as the SDK's own exception type, for code that handles {@link MspDecodeException} */
    public MspDecodeException decodeError() {
        return error;
    }

    /** @return the JSON Pointer (RFC 6901) of the offending value, relative to the record object */
    public String pointer() {
        return error.pointer();
    }

    /** @return the 1-based line of the problem, or -1 when unknown */
    public long line() {
        return error.line();
    }

    /** @return the 1-based column of the problem, or -1 when unknown */
    public long column() {
        return error.column();
    }

    /** @return what is wrong (no personal data) */
    public String problem() {
        return error.problem();
    }

    /** @return what was expected at {@link #pointer()} */
    public String expected() {
        return error.expected();
    }

    /** @return the SDK's message: the pointer, the problem, the expected form, the line and column; no value */
    @Override
    public String getMessage() {
        return error.getMessage();
    }

    @Override
    public String getOriginalMessage() {
        return error.getMessage();
    }

    @Override
    public String getLocalizedMessage() {
        return error.getMessage();
    }

    @Override
    public String toString() {
        return getClass().getName() + ": " + error.getMessage();
    }
}
