package org.mspsdk.imports;

import org.mspsdk.MspException;

/**
 * A source that cannot be read on: missing, not CSV or not a workbook, wrongly encoded, or over a limit (a huge
 * cell, too many rows, a zip bomb). The message names the file, the sheet and the row where reading stopped and
 * what was expected; it never quotes the data.
 */
public final class SourceException extends MspException {

    private static final long serialVersionUID = 1L;

    SourceException(String message) {
        super(Kind.INVALID_VALUE, message);
    }

    SourceException(String message, Throwable cause) {
        super(Kind.INVALID_VALUE, message, cause);
    }
}
