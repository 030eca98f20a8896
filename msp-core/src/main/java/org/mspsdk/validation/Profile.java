package org.mspsdk.validation;

/**
 * Which set of rules a {@link Validator} applies.
 *
 * <p>{@link #IN_PROGRESS} is what must hold at every save, so a case in progress is not flooded with
 * completeness errors. {@link #SAC_COMPLETE} adds what a record with a section 42 enquiry needs to be counted
 * in the Safeguarding Adults Collection without a "Not recorded" (most of these rules apply once the enquiry
 * is concluded). Every {@code IN_PROGRESS} rule also applies under {@code SAC_COMPLETE}.
 */
public enum Profile {
    /** The rules that must hold at every save of a case in progress. */
    IN_PROGRESS,
    /** The in-progress rules plus what a (concluded) section 42 enquiry needs to be complete for the SAC. */
    SAC_COMPLETE;

    /**
     * @param ruleProfile the profile a rule belongs to
     * @return true when a validator with this profile applies a rule of {@code ruleProfile}
     */
    boolean includes(Profile ruleProfile) {
        return this == SAC_COMPLETE || ruleProfile == IN_PROGRESS;
    }
}
