package org.mspsdk.vocabulary;

import java.util.List;

/**
 * SG1b: gender.
 *
 * <p>Codes are stable; labels are the exact SAC labels of the SG1b guidance.
 */
public enum Gender implements Code {
    /** Male ({@code male}). */
    MALE("male", "Male"),
    /** Female ({@code female}). */
    FEMALE("female", "Female"),
    /** Not Known ({@code not-known}). */
    NOT_KNOWN("not-known", "Not Known");

    /** The code list. */
    public static final CodeList<Gender> LIST =
            CodeList.sac("sg1b-gender", "Gender", "SG1b", values());

    private final String code;
    private final String label;
    private final List<String> aliases;

    Gender(String code, String label, String... aliases) {
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
