package org.mspsdk.vocabulary;

/**
 * The kind of organisation taking part (SDK-defined).
 *
 * <p>Codes are stable; labels are the SDK's own wording.
 */
public enum OrganisationType implements Code {
    /** Local authority ({@code local-authority}). */
    LOCAL_AUTHORITY("local-authority", "Local authority"),
    /** NHS trust ({@code nhs-trust}). */
    NHS_TRUST("nhs-trust", "NHS trust"),
    /** GP practice ({@code gp-practice}). */
    GP_PRACTICE("gp-practice", "GP practice"),
    /** Police ({@code police}). */
    POLICE("police", "Police"),
    /** Housing provider ({@code housing}). */
    HOUSING("housing", "Housing provider"),
    /** Care provider ({@code care-provider}). */
    CARE_PROVIDER("care-provider", "Care provider"),
    /** Voluntary or community organisation ({@code voluntary}). */
    VOLUNTARY("voluntary", "Voluntary or community organisation"),
    /** Other ({@code other}). */
    OTHER("other", "Other");

    /** The code list. */
    public static final CodeList<OrganisationType> LIST =
            CodeList.sdk("organisation-type", "Organisation type", values());

    private final CodeEntry entry;

    OrganisationType(String code, String label, String... aliases) {
        this.entry = new CodeEntry(code, label, aliases);
    }

    @Override
    public CodeEntry entry() {
        return entry;
    }
}
