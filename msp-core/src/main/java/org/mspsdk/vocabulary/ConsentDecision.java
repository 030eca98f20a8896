package org.mspsdk.vocabulary;

import java.util.List;

/**
 * The adult's consent to the enquiry and actions (SDK-defined).
 *
 * <p>Codes are stable; labels are the SDK's own wording.
 */
public enum ConsentDecision implements Code {
    /** Consented ({@code consented}). */
    CONSENTED("consented", "Consented"),
    /** Declined ({@code declined}). */
    DECLINED("declined", "Declined"),
    /** Unable to consent (lacked capacity) ({@code unable-to-consent}). */
    UNABLE_TO_CONSENT("unable-to-consent", "Unable to consent (lacked capacity)"),
    /** Not sought ({@code not-sought}). */
    NOT_SOUGHT("not-sought", "Not sought");

    /** The code list. */
    public static final CodeList<ConsentDecision> LIST =
            CodeList.sdk("consent-decision", "Consent", values());

    private final String code;
    private final String label;
    private final List<String> aliases;

    ConsentDecision(String code, String label, String... aliases) {
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
