package org.mspsdk.vocabulary;

/**
 * Why action was taken without the adult's consent (SDK-defined).
 *
 * <p>Codes are stable; labels are the SDK's own wording.
 */
public enum ActionWithoutConsentReason implements Code {
    /** Emergency or life-threatening situation ({@code emergency}). */
    EMERGENCY("emergency", "Emergency or life-threatening situation"),
    /** Other people, including children, are or may be at risk ({@code others-at-risk}). */
    OTHERS_AT_RISK("others-at-risk", "Other people, including children, are or may be at risk"),
    /** A serious crime has been or may be committed ({@code serious-crime}). */
    SERIOUS_CRIME("serious-crime", "A serious crime has been or may be committed"),
    /** The risk is unreasonably high ({@code risk-unreasonably-high}). */
    RISK_UNREASONABLY_HIGH("risk-unreasonably-high", "The risk is unreasonably high"),
    /** Someone in a position of trust is implicated ({@code position-of-trust}). */
    POSITION_OF_TRUST("position-of-trust", "Someone in a position of trust is implicated");

    /** The code list. */
    public static final CodeList<ActionWithoutConsentReason> LIST =
            CodeList.sdk("action-without-consent-reason", "Reason for action without consent", values());

    private final CodeEntry entry;

    ActionWithoutConsentReason(String code, String label, String... aliases) {
        this.entry = new CodeEntry(code, label, aliases);
    }

    @Override
    public CodeEntry entry() {
        return entry;
    }
}
