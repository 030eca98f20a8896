package org.mspsdk.validation;

import static org.mspsdk.validation.Profile.IN_PROGRESS;
import static org.mspsdk.validation.Profile.SAC_COMPLETE;
import static org.mspsdk.validation.Severity.ERROR;
import static org.mspsdk.validation.Severity.WARNING;

import java.util.List;
import java.util.Optional;
import org.mspsdk.model.Enquiry;
import org.mspsdk.model.S42Criteria;
import org.mspsdk.vocabulary.ConcernOutcome;
import org.mspsdk.vocabulary.EnquiryType;

/** Rules MSP-ENQ: the concern's outcome, the enquiry's type and section 42 criteria, its result (SG2c). */
final class EnquiryRules {

    static final Rule ENQ_001 = new Rule("MSP-ENQ-001", ERROR, IN_PROGRESS,
            "A section 42 enquiry whose criteria are recorded has all three criteria true.",
            "Care Act 2014 s42(1): the duty to enquire arises only when all three criteria hold.",
            "enquiry.s42Criteria.hasCareAndSupportNeeds, enquiry.s42Criteria.experiencingOrAtRiskOfAbuse, "
                    + "enquiry.s42Criteria.unableToProtectSelf");
    static final Rule ENQ_002 = new Rule("MSP-ENQ-002", ERROR, IN_PROGRESS,
            "An \"other\" enquiry whose criteria are recorded does not have all three criteria true.",
            "When all three hold the enquiry is a section 42 enquiry and must be reported as one.",
            "enquiry.s42Criteria");
    static final Rule ENQ_003 = new Rule("MSP-ENQ-003", ERROR, SAC_COMPLETE,
            "A section 42 enquiry has its three criteria recorded.",
            "The criteria are what make it a section 42 enquiry; an audit needs them.", "enquiry.s42Criteria");
    static final Rule ENQ_004 = new Rule("MSP-ENQ-004", ERROR, IN_PROGRESS,
            "When an enquiry is recorded, the concern outcome is the enquiry of that type (s42-enquiry or "
                    + "other-enquiry).",
            "SG1f counts concerns, section 42 enquiries and other enquiries; the two must tell the same story.",
            "concern.outcome");
    static final Rule ENQ_005 = new Rule("MSP-ENQ-005", WARNING, IN_PROGRESS,
            "When the concern outcome is an enquiry, an enquiry is recorded.",
            "The decision to enquire can precede the enquiry's start, but an enquiry that never appears is lost "
                    + "from the return.",
            "enquiry");
    static final Rule ENQ_006 = new Rule("MSP-ENQ-006", ERROR, IN_PROGRESS,
            "A next step for a concern is recorded only when the concern outcome is no-enquiry.",
            "Next steps (advice, assessment, referral, no further action) describe concerns that led to no enquiry.",
            "concern.nextStep");
    static final Rule ENQ_007 = new Rule("MSP-ENQ-007", ERROR, IN_PROGRESS,
            "An enquiry result (SG2c) is recorded only once the enquiry is concluded.",
            "SG2c counts concluded enquiries; a result without a conclusion date cannot be placed in a year.",
            "enquiry.result");
    static final Rule ENQ_008 = new Rule("MSP-ENQ-008", ERROR, SAC_COMPLETE,
            "A concluded section 42 enquiry has a result (SG2c).",
            "SG2c has exactly one result per concluded enquiry.", "enquiry.result");

    static final RuleArea AREA = new RuleArea("ENQ", "Concern and enquiry (ENQ)",
            List.of(ENQ_001, ENQ_002, ENQ_003, ENQ_004, ENQ_005, ENQ_006, ENQ_007, ENQ_008), EnquiryRules::check);

    private EnquiryRules() {
    }

    private static void check(RecordCheck c) {
        Optional<ConcernOutcome> outcome = c.concern.outcome();
        if (c.enquiry.isPresent()) {
            Enquiry e = c.enquiry.get();
            ConcernOutcome expected = e.type() == EnquiryType.S42 ? ConcernOutcome.S42_ENQUIRY
                    : ConcernOutcome.OTHER_ENQUIRY;
            if (outcome.isEmpty() || outcome.get() != expected) {
                c.add(ENQ_004, "concern.outcome", "expected " + expected.code() + " because the record has an "
                        + "enquiry of type " + e.type().code() + ", found "
                        + outcome.map(ConcernOutcome::code).orElse("none"));
            }
            if (e.s42Criteria().isPresent()) {
                criteria(c, e.type(), e.s42Criteria().get());
            } else if (e.type() == EnquiryType.S42) {
                c.add(ENQ_003, "enquiry.s42Criteria", "expected the three section 42 criteria to be recorded");
            }
            if (e.result().isPresent() && !e.isConcluded()) {
                c.add(ENQ_007, "enquiry.result", "a result is recorded but the enquiry has no concluded date");
            }
            if (c.s42 && e.isConcluded() && e.result().isEmpty()) {
                c.add(ENQ_008, "enquiry.result", "expected a result (SG2c) for a concluded section 42 enquiry");
            }
        } else if (outcome.isPresent() && outcome.get() != ConcernOutcome.NO_ENQUIRY) {
            c.add(ENQ_005, "enquiry", "the concern outcome is " + outcome.get().code() + " but no enquiry is recorded");
        }
        if (c.concern.nextStep().isPresent() && outcome.orElse(null) != ConcernOutcome.NO_ENQUIRY) {
            c.add(ENQ_006, "concern.nextStep", "a next step is recorded only when the concern outcome is "
                    + "no-enquiry, found " + outcome.map(ConcernOutcome::code).orElse("none"));
        }
    }

    private static void criteria(RecordCheck c, EnquiryType type, S42Criteria criteria) {
        if (type == EnquiryType.S42) {
            if (!criteria.hasCareAndSupportNeeds()) {
                c.add(ENQ_001, "enquiry.s42Criteria.hasCareAndSupportNeeds",
                        "expected true for a section 42 enquiry (Care Act 2014 s42(1)(a))");
            }
            if (!criteria.experiencingOrAtRiskOfAbuse()) {
                c.add(ENQ_001, "enquiry.s42Criteria.experiencingOrAtRiskOfAbuse",
                        "expected true for a section 42 enquiry (Care Act 2014 s42(1)(b))");
            }
            if (!criteria.unableToProtectSelf()) {
                c.add(ENQ_001, "enquiry.s42Criteria.unableToProtectSelf",
                        "expected true for a section 42 enquiry (Care Act 2014 s42(1)(c))");
            }
        } else if (criteria.allHold()) {
            c.add(ENQ_002, "enquiry.s42Criteria",
                    "all three section 42 criteria hold, so the enquiry should be of type s42, not other");
        }
    }
}
