package org.mspsdk.vocabulary;

/**
 * The type of enquiry: section 42 (all three criteria hold) or other (SDK-defined codes for the SAC's enquiry types).
 *
 * <p>Codes are stable; labels are the SDK's own wording.
 */
public enum EnquiryType implements Code {
    /** Section 42 Enquiry ({@code s42}). */
    S42("s42", "Section 42 Enquiry", "Section 42 Enquiries", "Section 42"),
    /** Other Enquiry ({@code other}). */
    OTHER("other", "Other Enquiry", "Other Enquiries", "Other");

    /** The code list. */
    public static final CodeList<EnquiryType> LIST =
            CodeList.sdk("enquiry-type", "Enquiry type", values());

    private final CodeEntry entry;

    EnquiryType(String code, String label, String... aliases) {
        this.entry = new CodeEntry(code, label, aliases);
    }

    @Override
    public CodeEntry entry() {
        return entry;
    }
}
