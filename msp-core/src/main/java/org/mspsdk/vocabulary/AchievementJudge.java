package org.mspsdk.vocabulary;

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

    private final CodeEntry entry;

    AchievementJudge(String code, String label, String... aliases) {
        this.entry = new CodeEntry(code, label, aliases);
    }

    @Override
    public CodeEntry entry() {
        return entry;
    }
}
