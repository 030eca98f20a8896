package org.mspsdk.vocabulary;

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

    private final CodeEntry entry;

    ConsentDecision(String code, String label, String... aliases) {
        this.entry = new CodeEntry(code, label, aliases);
    }

    @Override
    public CodeEntry entry() {
        return entry;
    }
}
