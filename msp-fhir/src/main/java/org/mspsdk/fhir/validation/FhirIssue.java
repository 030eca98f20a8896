package org.mspsdk.fhir.validation;

import java.util.Objects;

/**
 * One issue HAPI's instance validator found.
 *
 * <p>{@link #message()} is HAPI's text and may quote the value at fault (which can be a person's words):
 * {@link #toString()} leaves it out, and so should a log line.
 *
 * @param severity  how bad it is
 * @param location  where, as HAPI's FHIRPath location
 * @param messageId HAPI's stable message id (for example {@code Terminology_TX_NoValid_1_CC})
 * @param message   HAPI's text (may quote a value)
 */
public record FhirIssue(Severity severity, String location, String messageId, String message) {

    /** The severity of an issue, as FHIR's OperationOutcome has it. */
    public enum Severity {
        /** Information only. */
        INFORMATION,
        /** A warning: the resource is still valid. */
        WARNING,
        /** An error: the resource is not valid. */
        ERROR,
        /** A fatal error: validation could not go on. */
        FATAL
    }

    /** Checks the parts. */
    public FhirIssue {
        Objects.requireNonNull(severity, "severity");
        location = location == null ? "" : location;
        messageId = messageId == null ? "" : messageId;
        message = message == null ? "" : message;
    }

    /** @return true for an error or a fatal error */
    public boolean isError() {
        return severity == Severity.ERROR || severity == Severity.FATAL;
    }

    @Override
    public String toString() {
        return "FhirIssue[" + severity + " " + location + " " + messageId + "]";
    }
}
