package org.mspsdk.vocabulary;

/**
 * Who raised a concern (SDK-defined).
 *
 * <p>Codes are stable; labels are the SDK's own wording.
 */
public enum ConcernSource implements Code {
    /** Self ({@code self}). */
    SELF("self", "Self"),
    /** Family, friend or neighbour ({@code family}). */
    FAMILY("family", "Family, friend or neighbour"),
    /** Care provider ({@code care-provider}). */
    CARE_PROVIDER("care-provider", "Care provider"),
    /** NHS ({@code nhs}). */
    NHS("nhs", "NHS"),
    /** Police ({@code police}). */
    POLICE("police", "Police"),
    /** Housing ({@code housing}). */
    HOUSING("housing", "Housing"),
    /** Other ({@code other}). */
    OTHER("other", "Other");

    /** The code list. */
    public static final CodeList<ConcernSource> LIST =
            CodeList.sdk("concern-source", "Who raised the concern", values());

    private final CodeEntry entry;

    ConcernSource(String code, String label, String... aliases) {
        this.entry = new CodeEntry(code, label, aliases);
    }

    @Override
    public CodeEntry entry() {
        return entry;
    }
}
