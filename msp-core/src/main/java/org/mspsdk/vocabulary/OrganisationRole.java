package org.mspsdk.vocabulary;

/**
 * The part an organisation played in a record (SDK-defined).
 *
 * <p>Codes are stable; labels are the SDK's own wording.
 */
public enum OrganisationRole implements Code {
    /** Lead council ({@code lead-council}). */
    LEAD_COUNCIL("lead-council", "Lead council"),
    /** Raised the concern ({@code raised-concern}). */
    RAISED_CONCERN("raised-concern", "Raised the concern"),
    /** Caused to make enquiries ({@code caused-to-make-enquiries}). */
    CAUSED_TO_MAKE_ENQUIRIES("caused-to-make-enquiries", "Caused to make enquiries"),
    /** Contributed ({@code contributed}). */
    CONTRIBUTED("contributed", "Contributed"),
    /** Recorded an outcome ({@code recorded-outcome}). */
    RECORDED_OUTCOME("recorded-outcome", "Recorded an outcome");

    /** The code list. */
    public static final CodeList<OrganisationRole> LIST =
            CodeList.sdk("organisation-role", "Organisation role", values());

    private final CodeEntry entry;

    OrganisationRole(String code, String label, String... aliases) {
        this.entry = new CodeEntry(code, label, aliases);
    }

    @Override
    public CodeEntry entry() {
        return entry;
    }
}
