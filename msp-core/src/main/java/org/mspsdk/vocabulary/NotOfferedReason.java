package org.mspsdk.vocabulary;

/**
 * Why the closing experience questionnaire was not offered or not answered (SDK-defined).
 *
 * <p>Codes are stable; labels are the SDK's own wording.
 */
public enum NotOfferedReason implements Code {
    /** It may place the person in danger ({@code danger}). */
    DANGER("danger", "It may place the person in danger"),
    /** It may expose the person to further abuse or harm ({@code further-abuse-or-harm}). */
    FURTHER_ABUSE_OR_HARM("further-abuse-or-harm", "It may expose the person to further abuse or harm"),
    /** Not ethically appropriate ({@code not-ethically-appropriate}). */
    NOT_ETHICALLY_APPROPRIATE("not-ethically-appropriate", "Not ethically appropriate"),
    /** The person declined ({@code declined}). */
    DECLINED("declined", "The person declined"),
    /** Could not be contacted ({@code could-not-be-contacted}). */
    COULD_NOT_BE_CONTACTED("could-not-be-contacted", "Could not be contacted"),
    /** Other ({@code other}). */
    OTHER("other", "Other");

    /** The code list. */
    public static final CodeList<NotOfferedReason> LIST =
            CodeList.sdk("part2-not-offered-reason", "Reason Part 2 was not offered", values());

    private final CodeEntry entry;

    NotOfferedReason(String code, String label, String... aliases) {
        this.entry = new CodeEntry(code, label, aliases);
    }

    @Override
    public CodeEntry entry() {
        return entry;
    }
}
