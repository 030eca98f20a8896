package org.mspsdk.vocabulary;

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
            CodeList.sac("sg1b-gender", "Gender", SacTable.SG1B, values());

    private final CodeEntry entry;

    Gender(String code, String label, String... aliases) {
        this.entry = new CodeEntry(code, label, aliases);
    }

    @Override
    public CodeEntry entry() {
        return entry;
    }
}
