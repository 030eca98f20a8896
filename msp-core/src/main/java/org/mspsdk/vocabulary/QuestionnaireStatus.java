package org.mspsdk.vocabulary;

import java.util.List;

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

    private final String code;
    private final String label;
    private final List<String> aliases;

    QuestionnaireStatus(String code, String label, String... aliases) {
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
