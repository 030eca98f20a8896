package org.mspsdk.vocabulary;

import java.util.List;

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

    private final String code;
    private final String label;
    private final List<String> aliases;

    ActionWithoutConsentReason(String code, String label, String... aliases) {
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
