package org.mspsdk.spring;

import org.mspsdk.json.DecodeOptions;
import org.mspsdk.validation.Profile;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The starter's settings, under {@code msp.}:
 *
 * <pre>
 * msp.json.mode=strict            # or tolerant: keep unknown fields, accept 1.x versions (default strict)
 * msp.json.redact-parse-errors=true  # Jackson's error messages quote no content from the body (default true)
 * msp.validation.profile=in-progress  # the profile of the Validator bean (default in-progress)
 * msp.problems.enabled=true       # RFC 9457 problem responses for MSP decode and validation failures
 * </pre>
 */
@ConfigurationProperties("msp")
public class MspProperties {

    private final Json json = new Json();
    private final Validation validation = new Validation();
    private final Problems problems = new Problems();

    /** @return the wire format settings */
    public Json getJson() {
        return json;
    }

    /** @return the validation settings */
    public Validation getValidation() {
        return validation;
    }

    /** @return the problem response settings */
    public Problems getProblems() {
        return problems;
    }

    /** Wire format settings. */
    public static class Json {
        private DecodeOptions.Mode mode = DecodeOptions.Mode.STRICT;
        private boolean redactParseErrors = true;

        /** @return whether Spring's mapper quotes no content of a document in its error messages */
        public boolean isRedactParseErrors() {
            return redactParseErrors;
        }

        /** @param redactParseErrors whether Spring's mapper quotes no content in its error messages */
        public void setRedactParseErrors(boolean redactParseErrors) {
            this.redactParseErrors = redactParseErrors;
        }

        /** @return strict or tolerant decoding */
        public DecodeOptions.Mode getMode() {
            return mode;
        }

        /** @param mode strict or tolerant decoding */
        public void setMode(DecodeOptions.Mode mode) {
            this.mode = mode;
        }
    }

    /** Validation settings. */
    public static class Validation {
        private Profile profile = Profile.IN_PROGRESS;

        /** @return the profile of the auto-configured {@link org.mspsdk.validation.Validator} */
        public Profile getProfile() {
            return profile;
        }

        /** @param profile the profile of the auto-configured validator */
        public void setProfile(Profile profile) {
            this.profile = profile;
        }
    }

    /** Problem response settings. */
    public static class Problems {
        private boolean enabled = true;

        /** @return whether MSP decode and validation failures are answered as RFC 9457 problems */
        public boolean isEnabled() {
            return enabled;
        }

        /** @param enabled whether to answer MSP failures as RFC 9457 problems */
        public void setEnabled(boolean enabled) {
            this.enabled = enabled;
        }
    }
}
