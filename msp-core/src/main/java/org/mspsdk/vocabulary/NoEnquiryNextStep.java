package org.mspsdk.vocabulary;

/**
 * The next step after a concern that leads to no enquiry (SDK-defined).
 *
 * <p>Codes are stable; labels are the SDK's own wording.
 */
public enum NoEnquiryNextStep implements Code {
    /** Advice and information ({@code advice-information}). */
    ADVICE_INFORMATION("advice-information", "Advice and information"),
    /** Care Act assessment ({@code care-act-assessment}). */
    CARE_ACT_ASSESSMENT("care-act-assessment", "Care Act assessment"),
    /** Referral elsewhere ({@code referral-elsewhere}). */
    REFERRAL_ELSEWHERE("referral-elsewhere", "Referral elsewhere"),
    /** No further action ({@code no-further-action}). */
    NO_FURTHER_ACTION("no-further-action", "No further action");

    /** The code list. */
    public static final CodeList<NoEnquiryNextStep> LIST =
            CodeList.sdk("no-enquiry-next-step", "Next step when no enquiry follows", values());

    private final CodeEntry entry;

    NoEnquiryNextStep(String code, String label, String... aliases) {
        this.entry = new CodeEntry(code, label, aliases);
    }

    @Override
    public CodeEntry entry() {
        return entry;
    }
}
