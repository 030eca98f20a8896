package org.mspsdk.returns;

/**
 * The counts a board breakdown gives for each group. Each is counted on the date of its own event, inside the
 * reporting year.
 */
public enum BoardMeasure {
    /** Concerns received in the year. */
    CONCERNS("Safeguarding concerns received"),
    /** Section 42 enquiries commenced in the year. */
    S42_COMMENCED("Section 42 enquiries commenced"),
    /** Other enquiries commenced in the year. */
    OTHER_COMMENCED("Other enquiries commenced"),
    /** Section 42 enquiries concluded in the year. */
    S42_CONCLUDED("Section 42 enquiries concluded"),
    /** Concluded s42 enquiries where the person was asked and expressed outcomes. */
    OUTCOMES_EXPRESSED("Asked and outcomes were expressed"),
    /** Of those, outcomes fully achieved. */
    FULLY_ACHIEVED("Outcomes fully achieved"),
    /** Of those, outcomes partially achieved. */
    PARTIALLY_ACHIEVED("Outcomes partially achieved"),
    /** Of those, outcomes not achieved. */
    NOT_ACHIEVED("Outcomes not achieved"),
    /** Concluded s42 enquiries where a risk was identified. */
    RISK_IDENTIFIED("Risk identified"),
    /** Of those, risk reduced or removed. */
    RISK_REDUCED_OR_REMOVED("Risk reduced or removed");

    private final String label;

    BoardMeasure(String label) {
        this.label = label;
    }

    /** @return a plain label */
    public String label() {
        return label;
    }

    /** @return the stable code, lower-case and hyphenated */
    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
