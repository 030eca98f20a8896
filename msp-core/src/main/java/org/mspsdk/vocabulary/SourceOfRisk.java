package org.mspsdk.vocabulary;

import java.util.List;

/**
 * The source of risk (the columns of SG2a and SG2b). A service provider is anyone paid, contracted or commissioned to provide social care, care homes included; staff doing assessment and care management (council, NHS trust, GP) count as other.
 *
 * <p>Codes are stable; labels are the exact SAC labels of the SG2a/SG2b guidance.
 */
public enum SourceOfRisk implements Code {
    /** Service Provider ({@code service-provider}). */
    SERVICE_PROVIDER("service-provider", "Service Provider"),
    /** Other - Known to individual ({@code known}). */
    KNOWN("known", "Other - Known to individual", "Known to individual"),
    /** Other - Unknown to individual ({@code unknown}). */
    UNKNOWN("unknown", "Other - Unknown to individual", "Unknown to individual");

    /** The code list. */
    public static final CodeList<SourceOfRisk> LIST =
            CodeList.sac("sg2-source-of-risk", "Source of risk", List.of(SacTable.SG2A, SacTable.SG2B),
                    values());

    private final CodeEntry entry;

    SourceOfRisk(String code, String label, String... aliases) {
        this.entry = new CodeEntry(code, label, aliases);
    }

    @Override
    public CodeEntry entry() {
        return entry;
    }
}
