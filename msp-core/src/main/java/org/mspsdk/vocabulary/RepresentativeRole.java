package org.mspsdk.vocabulary;

/**
 * Someone who speaks with or for the adult (SDK-defined).
 *
 * <p>Codes are stable; labels are the SDK's own wording.
 */
public enum RepresentativeRole implements Code {
    /** Family member ({@code family-member}). */
    FAMILY_MEMBER("family-member", "Family member"),
    /** Friend ({@code friend}). */
    FRIEND("friend", "Friend"),
    /** Unpaid carer ({@code unpaid-carer}). */
    UNPAID_CARER("unpaid-carer", "Unpaid carer"),
    /** Independent advocate (Care Act) ({@code independent-advocate}). */
    INDEPENDENT_ADVOCATE("independent-advocate", "Independent advocate (Care Act)"),
    /** Independent Mental Capacity Advocate (IMCA) ({@code imca}). */
    IMCA("imca", "Independent Mental Capacity Advocate (IMCA)", "IMCA"),
    /** Attorney (Lasting Power of Attorney) ({@code attorney}). */
    ATTORNEY("attorney", "Attorney (Lasting Power of Attorney)"),
    /** Court-appointed deputy ({@code deputy}). */
    DEPUTY("deputy", "Court-appointed deputy"),
    /** Best-interests decision maker ({@code best-interests-decision-maker}). */
    BEST_INTERESTS_DECISION_MAKER("best-interests-decision-maker", "Best-interests decision maker"),
    /** Other ({@code other}). */
    OTHER("other", "Other");

    /** The code list. */
    public static final CodeList<RepresentativeRole> LIST =
            CodeList.sdk("representative-role", "Representative role", values());

    private final CodeEntry entry;

    RepresentativeRole(String code, String label, String... aliases) {
        this.entry = new CodeEntry(code, label, aliases);
    }

    @Override
    public CodeEntry entry() {
        return entry;
    }
}
