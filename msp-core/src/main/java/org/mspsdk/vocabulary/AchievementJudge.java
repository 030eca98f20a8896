package org.mspsdk.vocabulary;

import java.util.List;

/**
 * Who judged how far an outcome was achieved (SDK-defined).
 *
 * <p>Codes are stable; labels are the SDK's own wording.
 */
public enum AchievementJudge implements Code {
    /** The adult ({@code adult}). */
    ADULT("adult", "The adult"),
    /** A representative ({@code representative}). */
    REPRESENTATIVE("representative", "A representative"),
    /** The practitioner ({@code practitioner}). */
    PRACTITIONER("practitioner", "The practitioner");

    /** The code list. */
    public static final CodeList<AchievementJudge> LIST =
            CodeList.sdk("achievement-judge", "Who judged achievement", values());

    private final String code;
    private final String label;
    private final List<String> aliases;

    AchievementJudge(String code, String label, String... aliases) {
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
