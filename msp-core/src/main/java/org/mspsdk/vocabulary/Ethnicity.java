package org.mspsdk.vocabulary;

/**
 * SG1c: ethnicity (major groups).
 *
 * <p>Codes are stable; labels are the exact SAC labels of the SG1c guidance.
 */
public enum Ethnicity implements Code {
    /** White ({@code white}). */
    WHITE("white", "White"),
    /** Mixed / Multiple ({@code mixed}). */
    MIXED("mixed", "Mixed / Multiple", "Mixed"),
    /** Asian / Asian British ({@code asian}). */
    ASIAN("asian", "Asian / Asian British"),
    /** Black / African / Caribbean / Black British ({@code black}). */
    BLACK("black", "Black / African / Caribbean / Black British"),
    /** Other Ethnic Group ({@code other}). */
    OTHER("other", "Other Ethnic Group"),
    /** Refused ({@code refused}). */
    REFUSED("refused", "Refused"),
    /** Undeclared / Not Known ({@code not-known}). */
    NOT_KNOWN("not-known", "Undeclared / Not Known", "Undeclared", "Not Known");

    /** The code list. */
    public static final CodeList<Ethnicity> LIST =
            CodeList.sac("sg1c-ethnicity", "Ethnicity", SacTable.SG1C, values());

    private final CodeEntry entry;

    Ethnicity(String code, String label, String... aliases) {
        this.entry = new CodeEntry(code, label, aliases);
    }

    @Override
    public CodeEntry entry() {
        return entry;
    }
}
