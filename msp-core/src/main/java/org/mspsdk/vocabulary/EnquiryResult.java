package org.mspsdk.vocabulary;

/**
 * SG2c: the result of a concluded enquiry and whether action was taken.
 *
 * <p>Codes are stable; labels are the exact SAC labels of the SG2c guidance. NHS England publishes the two
 * "inconclusive" entries without the dash ({@link Code#publishedLabel()}), which import also accepts.
 */
public enum EnquiryResult implements Code {
    /** Risk identified and action taken ({@code risk-identified-action}). */
    RISK_IDENTIFIED_ACTION("risk-identified-action", "Risk identified and action taken"),
    /** Risk identified and no action taken ({@code risk-identified-no-action}). */
    RISK_IDENTIFIED_NO_ACTION("risk-identified-no-action", "Risk identified and no action taken"),
    /** Risk - Assessment inconclusive and action taken ({@code inconclusive-action}). */
    INCONCLUSIVE_ACTION(CodeEntry.published("inconclusive-action", "Risk - Assessment inconclusive and action taken",
            "Risk Assessment inconclusive and action taken")),
    /** Risk - Assessment inconclusive and no action taken ({@code inconclusive-no-action}). */
    INCONCLUSIVE_NO_ACTION(CodeEntry.published("inconclusive-no-action",
            "Risk - Assessment inconclusive and no action taken", "Risk Assessment inconclusive and no action taken")),
    /** No risk identified and action taken ({@code no-risk-action}). */
    NO_RISK_ACTION("no-risk-action", "No risk identified and action taken"),
    /** No risk identified and no action taken ({@code no-risk-no-action}). */
    NO_RISK_NO_ACTION("no-risk-no-action", "No risk identified and no action taken"),
    /** Enquiry ceased at individual's request and no action taken ({@code ceased-at-request}). */
    CEASED_AT_REQUEST("ceased-at-request", "Enquiry ceased at individual's request and no action taken");

    /** The code list. */
    public static final CodeList<EnquiryResult> LIST =
            CodeList.sac("sg2c-action-and-result", "Action taken and result", SacTable.SG2C, values());

    private final CodeEntry entry;

    EnquiryResult(String code, String label, String... aliases) {
        this(new CodeEntry(code, label, aliases));
    }

    EnquiryResult(CodeEntry entry) {
        this.entry = entry;
    }

    /** @return true for the two "risk identified" results, the only ones that take a risk outcome (SG2e) */
    public boolean isRiskIdentified() {
        return this == RISK_IDENTIFIED_ACTION || this == RISK_IDENTIFIED_NO_ACTION;
    }

    @Override
    public CodeEntry entry() {
        return entry;
    }
}
