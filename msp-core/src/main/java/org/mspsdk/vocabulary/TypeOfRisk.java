package org.mspsdk.vocabulary;

/**
 * SG2a: the type of abuse or neglect a risk item is about.
 *
 * <p>Codes are stable; labels are the exact SAC labels of the SG2a guidance.
 */
public enum TypeOfRisk implements Code {
    /** Physical Abuse ({@code physical}). */
    PHYSICAL("physical", "Physical Abuse"),
    /** Sexual Abuse ({@code sexual}). */
    SEXUAL("sexual", "Sexual Abuse"),
    /** Psychological Abuse ({@code psychological}). */
    PSYCHOLOGICAL("psychological", "Psychological Abuse", "Psychological/Emotional Abuse"),
    /** Financial or Material Abuse ({@code financial-material}). */
    FINANCIAL_MATERIAL("financial-material", "Financial or Material Abuse", "Financial and Material Abuse"),
    /** Discriminatory Abuse ({@code discriminatory}). */
    DISCRIMINATORY("discriminatory", "Discriminatory Abuse"),
    /** Organisational Abuse ({@code organisational}). */
    ORGANISATIONAL("organisational", "Organisational Abuse", "Institutional Abuse"),
    /** Neglect and Acts of Omission ({@code neglect}). */
    NEGLECT("neglect", "Neglect and Acts of Omission", "Neglect"),
    /** Domestic Abuse ({@code domestic}). */
    DOMESTIC("domestic", "Domestic Abuse"),
    /** Sexual Exploitation ({@code sexual-exploitation}). */
    SEXUAL_EXPLOITATION("sexual-exploitation", "Sexual Exploitation"),
    /** Modern Slavery ({@code modern-slavery}). */
    MODERN_SLAVERY("modern-slavery", "Modern Slavery"),
    /** Self-Neglect ({@code self-neglect}). */
    SELF_NEGLECT("self-neglect", "Self-Neglect");

    /** The code list. */
    public static final CodeList<TypeOfRisk> LIST =
            CodeList.sac("sg2a-type-of-risk", "Type of risk", SacTable.SG2A, values());

    private final CodeEntry entry;

    TypeOfRisk(String code, String label, String... aliases) {
        this.entry = new CodeEntry(code, label, aliases);
    }

    @Override
    public CodeEntry entry() {
        return entry;
    }
}
