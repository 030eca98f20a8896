package org.mspsdk.vocabulary;

/**
 * SG4a: whether the adult (or their representative) was asked about the outcomes they wanted.
 *
 * <p>Codes are stable; labels are the exact SAC labels of the SG4a guidance.
 */
public enum AskedAboutOutcomes implements Code {
    /** Yes they were asked and outcomes were expressed ({@code asked-expressed}). */
    ASKED_EXPRESSED("asked-expressed", "Yes they were asked and outcomes were expressed"),
    /** Yes they were asked but no outcomes were expressed ({@code asked-not-expressed}). */
    ASKED_NOT_EXPRESSED("asked-not-expressed", "Yes they were asked but no outcomes were expressed"),
    /** No ({@code not-asked}). */
    NOT_ASKED("not-asked", "No"),
    /** Don't Know ({@code dont-know}). */
    DONT_KNOW("dont-know", "Don't Know"),
    /** Not Recorded ({@code not-recorded}). */
    NOT_RECORDED("not-recorded", "Not Recorded");

    /** The code list. */
    public static final CodeList<AskedAboutOutcomes> LIST =
            CodeList.sac("sg4a-asked", "Asked about desired outcomes", SacTable.SG4A, values());

    private final CodeEntry entry;

    AskedAboutOutcomes(String code, String label, String... aliases) {
        this.entry = new CodeEntry(code, label, aliases);
    }

    @Override
    public CodeEntry entry() {
        return entry;
    }
}
