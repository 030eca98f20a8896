package org.mspsdk.vocabulary;

/**
 * The answer to "how safe do you feel?", asked at the start and at the end (SDK-defined five-point scale; score 1 to 5).
 *
 * <p>Codes are stable; labels are the SDK's own wording.
 */
public enum SafetyRating implements Code {
    /** Very unsafe ({@code very-unsafe}). */
    VERY_UNSAFE("very-unsafe", "Very unsafe"),
    /** Unsafe ({@code unsafe}). */
    UNSAFE("unsafe", "Unsafe"),
    /** Neither safe nor unsafe ({@code neither}). */
    NEITHER("neither", "Neither safe nor unsafe"),
    /** Safe ({@code safe}). */
    SAFE("safe", "Safe"),
    /** Very safe ({@code very-safe}). */
    VERY_SAFE("very-safe", "Very safe");

    /** The code list. */
    public static final CodeList<SafetyRating> LIST =
            CodeList.sdk("feeling-safe", "How safe do you feel", values());

    private final CodeEntry entry;

    SafetyRating(String code, String label, String... aliases) {
        this.entry = new CodeEntry(code, label, aliases);
    }

    /** @return the score on the five-point scale, 1 (very unsafe) to 5 (very safe) */
    public int score() {
        return ordinal() + 1;
    }

    @Override
    public CodeEntry entry() {
        return entry;
    }
}
