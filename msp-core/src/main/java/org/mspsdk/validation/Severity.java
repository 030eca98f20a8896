package org.mspsdk.validation;

/** How serious a {@link Finding} is. A report with no {@link #ERROR} is valid. */
public enum Severity {
    /** The record breaks a rule: it must be corrected before it is relied on. */
    ERROR,
    /** The record is allowed but probably wrong or incomplete: a person should look at it. */
    WARNING,
    /**
     * A figure of a whole return that the collection would query: allowed, but the council should be ready to
     * explain it (the return's own consistency checks, rules MSP-RET-*).
     */
    QUERY
}
