package org.mspsdk.vocabulary;

/**
 * SG4a: how far the desired outcomes were achieved (per outcome, and rolled up for the enquiry).
 *
 * <p>Codes are stable; labels are the exact SAC labels of the SG4a guidance.
 */
public enum OutcomeAchievement implements Code {
    /** Fully Achieved ({@code fully-achieved}). */
    FULLY_ACHIEVED("fully-achieved", "Fully Achieved", "Fully Met"),
    /** Partially Achieved ({@code partially-achieved}). */
    PARTIALLY_ACHIEVED("partially-achieved", "Partially Achieved", "Partially Met"),
    /** Not Achieved ({@code not-achieved}). */
    NOT_ACHIEVED("not-achieved", "Not Achieved", "Not Met");

    /** The code list. */
    public static final CodeList<OutcomeAchievement> LIST =
            CodeList.sac("sg4a-achieved", "Desired outcomes achieved", SacTable.SG4A, values());

    private final CodeEntry entry;

    OutcomeAchievement(String code, String label, String... aliases) {
        this.entry = new CodeEntry(code, label, aliases);
    }

    @Override
    public CodeEntry entry() {
        return entry;
    }
}
