package org.mspsdk.vocabulary;

/**
 * Why a negotiated outcome differs from the person's words or from its previous wording (SDK-defined).
 *
 * <p>Codes are stable; labels are the SDK's own wording.
 */
public enum NegotiationChangeReason implements Code {
    /** Unrealistic or impossible ({@code unrealistic-or-impossible}). */
    UNREALISTIC_OR_IMPOSSIBLE("unrealistic-or-impossible", "Unrealistic or impossible"),
    /** Mutually exclusive with another outcome ({@code mutually-exclusive}). */
    MUTUALLY_EXCLUSIVE("mutually-exclusive", "Mutually exclusive with another outcome"),
    /** Risk to others ({@code risk-to-others}). */
    RISK_TO_OTHERS("risk-to-others", "Risk to others"),
    /** The person changed their mind ({@code person-changed-mind}). */
    PERSON_CHANGED_MIND("person-changed-mind", "The person changed their mind"),
    /** Family disagreement ({@code family-disagreement}). */
    FAMILY_DISAGREEMENT("family-disagreement", "Family disagreement"),
    /** Legal constraint ({@code legal-constraint}). */
    LEGAL_CONSTRAINT("legal-constraint", "Legal constraint"),
    /** Other ({@code other}). */
    OTHER("other", "Other");

    /** The code list. */
    public static final CodeList<NegotiationChangeReason> LIST =
            CodeList.sdk("negotiation-change-reason", "Reason a negotiated outcome differs", values());

    private final CodeEntry entry;

    NegotiationChangeReason(String code, String label, String... aliases) {
        this.entry = new CodeEntry(code, label, aliases);
    }

    @Override
    public CodeEntry entry() {
        return entry;
    }
}
