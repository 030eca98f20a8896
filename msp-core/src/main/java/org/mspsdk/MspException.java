package org.mspsdk;

import java.util.Objects;

/**
 * The one unchecked exception type of the MSP SDK.
 *
 * <p>Every failure the SDK reports by throwing carries a {@link Kind} so callers can branch without parsing
 * messages, and a message that names the field path, the rule and what was expected. Messages never contain
 * personal data (free text, names, identifiers, dates of birth): at most they name a field and a code list.
 *
 * <pre>{@code
 * try {
 *     TypeOfRisk type = TypeOfRisk.LIST.parse(cell);
 * } catch (MspException e) {
 *     if (e.kind() == MspException.Kind.UNKNOWN_CODE) { ... }
 * }
 * }</pre>
 */
public class MspException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** What kind of failure this is. */
    public enum Kind {
        /** A value is not a code or label of the code list it was read for. */
        UNKNOWN_CODE,
        /** A mandatory part of a value or aggregate is missing. */
        MISSING_PART,
        /** A value is present but has the wrong form (for example an NHS number failing its check digit). */
        INVALID_VALUE,
        /** A record breaks one or more validation rules; see the validation report attached by subclasses. */
        INVALID_RECORD,
        /** A document could not be decoded (wire format modules). */
        DECODE,
        /** A document could not be encoded or written (wire format modules). */
        ENCODE,
        /** Reading or writing failed for a reason outside the data (I/O). */
        IO
    }

    private final Kind kind;

    /**
     * Creates an exception.
     *
     * @param kind    what kind of failure this is
     * @param message a message naming the path, rule and expectation, with no personal data
     */
    public MspException(Kind kind, String message) {
        super(message);
        this.kind = Objects.requireNonNull(kind, "kind");
    }

    /**
     * Creates an exception with a cause. The cause's message must itself be free of personal data; wire
     * modules wrap library exceptions only after rewriting their message.
     *
     * @param kind    what kind of failure this is
     * @param message a message naming the path, rule and expectation, with no personal data
     * @param cause   the underlying cause
     */
    public MspException(Kind kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = Objects.requireNonNull(kind, "kind");
    }

    /** @return what kind of failure this is */
    public Kind kind() {
        return kind;
    }
}
