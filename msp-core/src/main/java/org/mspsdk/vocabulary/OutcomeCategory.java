package org.mspsdk.vocabulary;

/**
 * An optional category for a desired outcome, from the kinds of outcome people name (SDK-defined).
 *
 * <p>Codes are stable; labels are the SDK's own wording.
 */
public enum OutcomeCategory implements Code {
    /** To be and feel safer ({@code be-and-feel-safer}). */
    BE_AND_FEEL_SAFER("be-and-feel-safer", "To be and feel safer"),
    /** Keep a key relationship ({@code keep-relationship}). */
    KEEP_RELATIONSHIP("keep-relationship", "Keep a key relationship"),
    /** Make new friends ({@code new-friends}). */
    NEW_FRIENDS("new-friends", "Make new friends"),
    /** Help to recover ({@code recover}). */
    RECOVER("recover", "Help to recover"),
    /** Justice, an apology or knowing action was taken ({@code justice}). */
    JUSTICE("justice", "Justice, an apology or knowing action was taken"),
    /** Knowing it will not happen to anyone else ({@code protect-others}). */
    PROTECT_OTHERS("protect-others", "Knowing it will not happen to anyone else"),
    /** Keeping control ({@code keep-control}). */
    KEEP_CONTROL("keep-control", "Keeping control"),
    /** Being involved in decisions ({@code involved-in-decisions}). */
    INVOLVED_IN_DECISIONS("involved-in-decisions", "Being involved in decisions"),
    /** Exercising choice ({@code exercise-choice}). */
    EXERCISE_CHOICE("exercise-choice", "Exercising choice"),
    /** Protecting myself in future ({@code protect-self}). */
    PROTECT_SELF("protect-self", "Protecting myself in future"),
    /** Knowing where to get help ({@code know-where-help}). */
    KNOW_WHERE_HELP("know-where-help", "Knowing where to get help"),
    /** Other ({@code other}). */
    OTHER("other", "Other");

    /** The code list. */
    public static final CodeList<OutcomeCategory> LIST =
            CodeList.sdk("outcome-category", "Desired outcome category", values());

    private final CodeEntry entry;

    OutcomeCategory(String code, String label, String... aliases) {
        this.entry = new CodeEntry(code, label, aliases);
    }

    @Override
    public CodeEntry entry() {
        return entry;
    }
}
