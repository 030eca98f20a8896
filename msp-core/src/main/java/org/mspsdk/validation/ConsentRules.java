package org.mspsdk.validation;

import static org.mspsdk.validation.Profile.IN_PROGRESS;
import static org.mspsdk.validation.Severity.ERROR;
import static org.mspsdk.validation.Severity.WARNING;

import java.util.List;
import org.mspsdk.model.Consent;

/** Rules MSP-CON: consent to the enquiry, and action taken without it. */
final class ConsentRules {

    static final Rule CON_001 = new Rule("MSP-CON-001", ERROR, IN_PROGRESS,
            "Action without consent gives at least one reason.",
            "Acting without the person's consent is lawful only for stated reasons (emergency, others at risk, "
                    + "serious crime, unreasonably high risk, person in a position of trust).",
            "enquiry.consent.reasons");
    static final Rule CON_002 = new Rule("MSP-CON-002", ERROR, IN_PROGRESS,
            "Action without consent records whether the person was told.",
            "The person must be told of action taken without their consent.", "enquiry.consent.personInformed");
    static final Rule CON_003 = new Rule("MSP-CON-003", WARNING, IN_PROGRESS,
            "A person whose consent was overridden was told.",
            "Not telling the person is sometimes justified (it would put them in danger) but should be reviewed.",
            "enquiry.consent.personInformed");
    static final Rule CON_004 = new Rule("MSP-CON-004", ERROR, IN_PROGRESS,
            "Reasons for action without consent, and whether the person was told, are recorded only when action was "
                    + "taken without consent.",
            "Otherwise the record contradicts itself.", "enquiry.consent.reasons, enquiry.consent.personInformed");

    static final RuleArea AREA = new RuleArea("CON", "Consent (CON)", List.of(CON_001, CON_002, CON_003, CON_004),
            ConsentRules::check);

    private ConsentRules() {
    }

    private static void check(RecordCheck c) {
        if (c.enquiry.isEmpty() || c.enquiry.get().consent().isEmpty()) {
            return;
        }
        Consent consent = c.enquiry.get().consent().get();
        if (consent.actionWithoutConsent()) {
            if (consent.reasons().isEmpty()) {
                c.add(CON_001, "enquiry.consent.reasons", "expected at least one reason for action without consent");
            }
            if (consent.personInformed().isEmpty()) {
                c.add(CON_002, "enquiry.consent.personInformed",
                        "expected whether the person was told of action taken without their consent");
            } else if (!consent.personInformed().get()) {
                c.add(CON_003, "enquiry.consent.personInformed",
                        "the person was not told of action taken without their consent");
            }
        } else {
            if (!consent.reasons().isEmpty()) {
                c.add(CON_004, "enquiry.consent.reasons", "reasons are recorded only when action was taken without "
                        + "consent");
            }
            if (consent.personInformed().isPresent()) {
                c.add(CON_004, "enquiry.consent.personInformed", "whether the person was told is recorded only when "
                        + "action was taken without consent");
            }
        }
    }
}
