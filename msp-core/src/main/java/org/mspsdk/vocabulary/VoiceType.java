package org.mspsdk.vocabulary;

/**
 * Whose voice a desired outcome or questionnaire answer is in (SDK-defined).
 *
 * <p>Codes are stable; labels are the SDK's own wording.
 */
public enum VoiceType implements Code {
    /** The adult ({@code adult}). */
    ADULT("adult", "The adult"),
    /** A representative ({@code representative}). */
    REPRESENTATIVE("representative", "A representative"),
    /** A best-interests decision ({@code best-interests-decision}). */
    BEST_INTERESTS_DECISION("best-interests-decision", "A best-interests decision");

    /** The code list. */
    public static final CodeList<VoiceType> LIST =
            CodeList.sdk("voice-type", "Whose voice", values());

    private final CodeEntry entry;

    VoiceType(String code, String label, String... aliases) {
        this.entry = new CodeEntry(code, label, aliases);
    }

    @Override
    public CodeEntry entry() {
        return entry;
    }
}
