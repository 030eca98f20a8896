package org.mspsdk.vocabulary;

/**
 * SG1d: primary support reason.
 *
 * <p>Codes are stable; labels are the exact SAC labels of the SG1d guidance.
 */
public enum PrimarySupportReason implements Code {
    /** Physical Support ({@code physical}). */
    PHYSICAL("physical", "Physical Support"),
    /** Sensory Support ({@code sensory}). */
    SENSORY("sensory", "Sensory Support"),
    /** Support with Memory and Cognition ({@code memory-cognition}). */
    MEMORY_COGNITION("memory-cognition", "Support with Memory and Cognition"),
    /** Learning Disability Support ({@code learning-disability}). */
    LEARNING_DISABILITY("learning-disability", "Learning Disability Support"),
    /** Mental Health Support ({@code mental-health}). */
    MENTAL_HEALTH("mental-health", "Mental Health Support"),
    /** Social Support ({@code social}). */
    SOCIAL("social", "Social Support"),
    /** No Support Reason ({@code none}). */
    NONE("none", "No Support Reason"),
    /** Not Known ({@code not-known}). */
    NOT_KNOWN("not-known", "Not Known");

    /** The code list. */
    public static final CodeList<PrimarySupportReason> LIST =
            CodeList.sac("sg1d-primary-support-reason", "Primary support reason", SacTable.SG1D, values());

    private final CodeEntry entry;

    PrimarySupportReason(String code, String label, String... aliases) {
        this.entry = new CodeEntry(code, label, aliases);
    }

    @Override
    public CodeEntry entry() {
        return entry;
    }
}
