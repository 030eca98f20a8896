package org.mspsdk.vocabulary;

/**
 * What became of a concern (SDK-defined).
 *
 * <p>Codes are stable; labels are the SDK's own wording.
 */
public enum ConcernOutcome implements Code {
    /** Section 42 enquiry ({@code s42-enquiry}). */
    S42_ENQUIRY("s42-enquiry", "Section 42 enquiry"),
    /** Other enquiry ({@code other-enquiry}). */
    OTHER_ENQUIRY("other-enquiry", "Other enquiry"),
    /** No enquiry ({@code no-enquiry}). */
    NO_ENQUIRY("no-enquiry", "No enquiry");

    /** The code list. */
    public static final CodeList<ConcernOutcome> LIST =
            CodeList.sdk("concern-outcome", "What became of the concern", values());

    private final CodeEntry entry;

    ConcernOutcome(String code, String label, String... aliases) {
        this.entry = new CodeEntry(code, label, aliases);
    }

    @Override
    public CodeEntry entry() {
        return entry;
    }
}
