package org.mspsdk.vocabulary;

/**
 * SG2e: what became of the risk, recorded only where a risk was identified.
 *
 * <p>Codes are stable; labels are the exact SAC labels of the SG2e guidance.
 */
public enum RiskOutcome implements Code {
    /** Risk remained ({@code remained}). */
    REMAINED("remained", "Risk remained"),
    /** Risk reduced ({@code reduced}). */
    REDUCED("reduced", "Risk reduced"),
    /** Risk removed ({@code removed}). */
    REMOVED("removed", "Risk removed");

    /** The code list. */
    public static final CodeList<RiskOutcome> LIST =
            CodeList.sac("sg2e-risk-outcome", "Risk outcome", SacTable.SG2E, values());

    private final CodeEntry entry;

    RiskOutcome(String code, String label, String... aliases) {
        this.entry = new CodeEntry(code, label, aliases);
    }

    @Override
    public CodeEntry entry() {
        return entry;
    }
}
