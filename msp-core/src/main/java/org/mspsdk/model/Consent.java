package org.mspsdk.model;

import static org.mspsdk.internal.Checks.enumSet;
import static org.mspsdk.internal.Checks.optional;
import static org.mspsdk.internal.Checks.optionalCode;
import static org.mspsdk.internal.Checks.required;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.mspsdk.vocabulary.ActionWithoutConsentReason;
import org.mspsdk.vocabulary.ConsentDecision;

/**
 * The adult's consent, and any action taken without it with the reasons and whether the person was told.
 *
 * <pre>{@code
 * Consent c = Consent.withoutConsent(ConsentDecision.DECLINED, true,
 *         ActionWithoutConsentReason.OTHERS_AT_RISK);
 * }</pre>
 *
 * @param decision              the adult's consent decision
 * @param actionWithoutConsent  whether action was taken without consent
 * @param reasons               the reasons for action without consent
 * @param personInformed        whether the person was told of action taken without their consent
 * @param recordedBy            the code of the organisation that recorded the decision (an organisation on the
 *                              record); empty means the organisation whose record this is
 */
public record Consent(ConsentDecision decision, boolean actionWithoutConsent,
        Set<ActionWithoutConsentReason> reasons, Optional<Boolean> personInformed, Optional<String> recordedBy) {

    /** Checks the mandatory decision and copies the reasons. */
    public Consent {
        required(decision, "enquiry.consent.decision");
        reasons = enumSet(reasons, ActionWithoutConsentReason.class, "enquiry.consent.reasons");
        personInformed = optional(personInformed);
        recordedBy = optionalCode(recordedBy, "enquiry.consent.recordedBy");
    }

    /**
     * Consent recorded by the organisation whose record it is.
     *
     * @param decision             the adult's consent decision
     * @param actionWithoutConsent whether action was taken without consent
     * @param reasons              the reasons for action without consent
     * @param personInformed       whether the person was told
     */
    public Consent(ConsentDecision decision, boolean actionWithoutConsent, Set<ActionWithoutConsentReason> reasons,
            Optional<Boolean> personInformed) {
        this(decision, actionWithoutConsent, reasons, personInformed, Optional.empty());
    }

    /**
     * @param organisationCode the code of the organisation that recorded it, or null for the record's own
     * @return a copy attributed to that organisation
     */
    public Consent withRecordedBy(String organisationCode) {
        return new Consent(decision, actionWithoutConsent, reasons, personInformed, Optional.ofNullable(organisationCode));
    }

    /**
     * @param decision the consent decision
     * @return consent with no action without consent
     */
    public static Consent of(ConsentDecision decision) {
        return new Consent(decision, false, Set.of(), Optional.empty());
    }

    /**
     * @param decision       the consent decision
     * @param personInformed whether the person was told
     * @param reasons        why action was taken without consent
     * @return consent recording action without it
     */
    public static Consent withoutConsent(ConsentDecision decision, boolean personInformed,
            ActionWithoutConsentReason... reasons) {
        return new Consent(decision, true, Set.copyOf(List.of(reasons)), Optional.of(personInformed));
    }
}
