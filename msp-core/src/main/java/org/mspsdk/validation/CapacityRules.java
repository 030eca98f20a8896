package org.mspsdk.validation;

import static org.mspsdk.validation.Profile.IN_PROGRESS;
import static org.mspsdk.validation.Profile.SAC_COMPLETE;
import static org.mspsdk.validation.Severity.ERROR;
import static org.mspsdk.validation.Severity.WARNING;

import java.util.List;
import org.mspsdk.model.Advocacy;
import org.mspsdk.model.Enquiry;
import org.mspsdk.model.MentalCapacity;
import org.mspsdk.vocabulary.CapacityAnswer;

/** Rules MSP-CAP: mental capacity and support (SG3a) and the advocacy duty. */
final class CapacityRules {

    static final Rule CAP_001 = new Rule("MSP-CAP-001", ERROR, IN_PROGRESS,
            "When the adult lacked capacity (SG3a), whether an advocate, family or friend supported them is recorded.",
            "SG3a asks the support question for every enquiry where capacity was lacked.",
            "enquiry.mentalCapacity.supportedByAdvocateFamilyOrFriend");
    static final Rule CAP_002 = new Rule("MSP-CAP-002", ERROR, IN_PROGRESS,
            "The support answer is recorded only when the adult lacked capacity.",
            "SG3a asks about support only where capacity was lacked.",
            "enquiry.mentalCapacity.supportedByAdvocateFamilyOrFriend");
    static final Rule CAP_003 = new Rule("MSP-CAP-003", WARNING, IN_PROGRESS,
            "When the adult would have substantial difficulty being involved and has no appropriate person, an "
                    + "independent advocate is arranged.",
            "The advocacy duty (Care Act 2014 s68) requires the council to arrange an independent advocate.",
            "enquiry.advocacy.independentAdvocateArranged");
    static final Rule CAP_004 = new Rule("MSP-CAP-004", ERROR, SAC_COMPLETE,
            "A concluded section 42 enquiry records mental capacity (SG3a).",
            "SG3a counts every concluded section 42 enquiry exactly once.", "enquiry.mentalCapacity");
    static final Rule CAP_005 = new Rule("MSP-CAP-005", WARNING, SAC_COMPLETE,
            "A concluded section 42 enquiry's capacity answer is not not-recorded.",
            "\"Not recorded\" is a valid SAC answer but a gap in practice.", "enquiry.mentalCapacity.lackedCapacity");

    static final RuleArea AREA = new RuleArea("CAP", "Mental capacity and advocacy (CAP)",
            List.of(CAP_001, CAP_002, CAP_003, CAP_004, CAP_005), CapacityRules::check);

    private CapacityRules() {
    }

    private static void check(RecordCheck c) {
        if (c.enquiry.isEmpty()) {
            return;
        }
        Enquiry e = c.enquiry.get();
        if (e.mentalCapacity().isPresent()) {
            MentalCapacity m = e.mentalCapacity().get();
            String p = "enquiry.mentalCapacity.supportedByAdvocateFamilyOrFriend";
            if (m.lackedCapacity() == CapacityAnswer.LACKED && m.supportedByAdvocateFamilyOrFriend().isEmpty()) {
                c.add(CAP_001, p, "expected whether an advocate, family or friend supported the adult, because "
                        + "capacity was lacked");
            }
            if (m.lackedCapacity() != CapacityAnswer.LACKED && m.supportedByAdvocateFamilyOrFriend().isPresent()) {
                c.add(CAP_002, p, "the support answer is recorded only when capacity was lacked, found "
                        + m.lackedCapacity().code());
            }
            if (c.s42 && c.concluded && m.lackedCapacity() == CapacityAnswer.NOT_RECORDED) {
                c.add(CAP_005, "enquiry.mentalCapacity.lackedCapacity", "the capacity answer is not-recorded");
            }
        } else if (c.s42 && c.concluded) {
            c.add(CAP_004, "enquiry.mentalCapacity", "expected the mental capacity answer (SG3a) for a concluded "
                    + "section 42 enquiry");
        }
        e.advocacy().ifPresent((Advocacy a) -> {
            if (a.substantialDifficulty().orElse(false) && !a.appropriatePersonAvailable().orElse(true)
                    && !a.independentAdvocateArranged().orElse(false)) {
                c.add(CAP_003, "enquiry.advocacy.independentAdvocateArranged", "substantial difficulty being "
                        + "involved and no appropriate person, but no independent advocate arranged (advocacy duty, "
                        + "Care Act 2014 s68)");
            }
        });
    }
}
