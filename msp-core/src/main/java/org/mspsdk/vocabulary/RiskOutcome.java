package org.mspsdk.vocabulary;

import java.util.List;

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
            CodeList.sac("sg2e-risk-outcome", "Risk outcome", "SG2e", values());

    private final String code;
    private final String label;
    private final List<String> aliases;

    RiskOutcome(String code, String label, String... aliases) {
        this.code = code;
        this.label = label;
        this.aliases = List.of(aliases);
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public String label() {
        return label;
    }

    @Override
    public List<String> aliases() {
        return aliases;
    }
}
