package org.mspsdk.vocabulary;

import java.util.List;

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

    private final String code;
    private final String label;
    private final List<String> aliases;

    ConcernOutcome(String code, String label, String... aliases) {
        this.code = code;
        this.label = label;
        this.aliases = List.of(aliases);
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public String label() {
        return label;
    }

    @Override
    public List<String> aliases() {
        return aliases;
    }
}
