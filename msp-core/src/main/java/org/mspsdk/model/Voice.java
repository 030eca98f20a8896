package org.mspsdk.model;

import static org.mspsdk.internal.Checks.optional;
import static org.mspsdk.internal.Checks.required;

import java.util.Optional;
import org.mspsdk.vocabulary.RepresentativeRole;
import org.mspsdk.vocabulary.VoiceType;

/**
 * Whose voice something is in: the adult, a representative (with their role), or a best-interests decision
 * (optionally naming the decision maker's role). Used for who expressed a desired outcome and who answered a
 * questionnaire.
 *
 * <pre>{@code
 * Voice v = Voice.representative(RepresentativeRole.IMCA);
 * }</pre>
 *
 * @param type               whose voice
 * @param representativeRole the representative's role (required by validation for a representative)
 */
public record Voice(VoiceType type, Optional<RepresentativeRole> representativeRole) {

    /** Checks the mandatory type. */
    public Voice {
        required(type, "voice.type");
        representativeRole = optional(representativeRole);
    }

    /** @return the adult's own voice */
    public static Voice adult() {
        return new Voice(VoiceType.ADULT, Optional.empty());
    }

    /**
     * @param role the representative's role
     * @return a representative's voice
     */
    public static Voice representative(RepresentativeRole role) {
        return new Voice(VoiceType.REPRESENTATIVE, Optional.of(role));
    }

    /** @return a best-interests decision, decision maker's role not recorded */
    public static Voice bestInterestsDecision() {
        return new Voice(VoiceType.BEST_INTERESTS_DECISION, Optional.empty());
    }
}
