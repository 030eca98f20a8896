package org.mspsdk.vocabulary;

/**
 * SG3a: whether the adult lacked capacity to make decisions about the enquiry.
 *
 * <p>Codes are stable; labels are the exact SAC labels of the SG3a guidance.
 */
public enum CapacityAnswer implements Code {
    /** Yes, they lacked capacity ({@code lacked}). */
    LACKED("lacked", "Yes, they lacked capacity"),
    /** No, they did not lack capacity ({@code did-not-lack}). */
    DID_NOT_LACK("did-not-lack", "No, they did not lack capacity"),
    /** Don't know ({@code dont-know}). */
    DONT_KNOW("dont-know", "Don't know"),
    /** Not recorded ({@code not-recorded}). */
    NOT_RECORDED("not-recorded", "Not recorded");

    /** The code list. */
    public static final CodeList<CapacityAnswer> LIST =
            CodeList.sac("sg3a-mental-capacity", "Lacked mental capacity", SacTable.SG3A, values());

    private final CodeEntry entry;

    CapacityAnswer(String code, String label, String... aliases) {
        this.entry = new CodeEntry(code, label, aliases);
    }

    @Override
    public CodeEntry entry() {
        return entry;
    }
}
