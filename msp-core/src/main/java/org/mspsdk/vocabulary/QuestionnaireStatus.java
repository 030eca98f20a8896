package org.mspsdk.vocabulary;

/**
 * Whether an experience questionnaire was completed or not offered (SDK-defined).
 *
 * <p>Codes are stable; labels are the SDK's own wording.
 */
public enum QuestionnaireStatus implements Code {
    /** Completed ({@code completed}). */
    COMPLETED("completed", "Completed"),
    /** Not offered ({@code not-offered}). */
    NOT_OFFERED("not-offered", "Not offered");

    /** The code list. */
    public static final CodeList<QuestionnaireStatus> LIST =
            CodeList.sdk("questionnaire-status", "Questionnaire status", values());

    private final CodeEntry entry;

    QuestionnaireStatus(String code, String label, String... aliases) {
        this.entry = new CodeEntry(code, label, aliases);
    }

    @Override
    public CodeEntry entry() {
        return entry;
    }
}
