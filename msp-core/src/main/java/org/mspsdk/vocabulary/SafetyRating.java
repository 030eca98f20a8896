package org.mspsdk.vocabulary;

import java.util.List;

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

    private final String code;
    private final String label;
    private final List<String> aliases;

    SafetyRating(String code, String label, String... aliases) {
        this.code = code;
        this.label = label;
        this.aliases = List.of(aliases);
    }

    /** @return the score on the five-point scale, 1 (very unsafe) to 5 (very safe) */
    public int score() {
        return ordinal() + 1;
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
