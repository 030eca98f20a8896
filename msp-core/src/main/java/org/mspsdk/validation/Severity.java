package org.mspsdk.validation;

/** How serious a {@link Finding} is. A report with no {@link #ERROR} is valid. */
public enum Severity {
    /** The record breaks a rule: it must be corrected before it is relied on. */
    ERROR,
    /** The record is allowed but probably wrong or incomplete: a person should look at it. */
    WARNING
}
