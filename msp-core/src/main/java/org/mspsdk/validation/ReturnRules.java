package org.mspsdk.validation;

import static org.mspsdk.validation.Profile.SAC_COMPLETE;
import static org.mspsdk.validation.Severity.ERROR;
import static org.mspsdk.validation.Severity.QUERY;

import java.util.List;

/**
 * Rules MSP-RET: the SAC return's own consistency checks, council-level, like the inbuilt validations of the
 * collection tool. They check a whole return, not a record: {@code SacReturn.checks()} of
 * {@code org.mspsdk.returns} evaluates them, and each has a row in the data-quality output. Their path names
 * the table and block compared.
 */
final class ReturnRules {

    static final Rule RET_001 = new Rule("MSP-RET-001", ERROR, SAC_COMPLETE,
            "The SG3a total (the four mental capacity answers) equals the number of section 42 enquiries concluded in"
                    + " the year.",
            "SG3a has exactly one answer per concluded section 42 enquiry; NHS England's publication uses its total as"
                    + " the number of concluded enquiries.",
            "SG3a");
    static final Rule RET_002 = new Rule("MSP-RET-002", ERROR, SAC_COMPLETE,
            "The SG4a \"asked about desired outcomes\" total equals the number of section 42 enquiries concluded in the"
                    + " year.",
            "SG4a asks the question once for every concluded section 42 enquiry.",
            "SG4a/Asked about Desired Outcomes");
    static final Rule RET_003 = new Rule("MSP-RET-003", ERROR, SAC_COMPLETE,
            "The SG2c total equals the number of section 42 enquiries concluded in the year.",
            "SG2c has one action taken and result per concluded enquiry.",
            "SG2c");
    static final Rule RET_004 = new Rule("MSP-RET-004", ERROR, SAC_COMPLETE,
            "Fully + Partially + Not Achieved (SG4a) equal the enquiries where the person was asked and outcomes were"
                    + " expressed.",
            "The achieved block is asked of exactly the enquiries where outcomes were expressed.",
            "SG4a/Outcomes Achieved");
    static final Rule RET_005 = new Rule("MSP-RET-005", ERROR, SAC_COMPLETE,
            "The SG3a count of enquiries supported by an advocate, family or friend is at most the number where the"
                    + " person lacked capacity.",
            "The support question is a subset of the \"Yes, they lacked capacity\" enquiries.",
            "SG3a/Support");
    static final Rule RET_006 = new Rule("MSP-RET-006", ERROR, SAC_COMPLETE,
            "The SG1a individuals with a section 42 enquiry are at most the SG1f section 42 enquiries commenced.",
            "Every individual counted has at least one enquiry commenced in the year.",
            "SG1a/Section 42 Enquiries");
    static final Rule RET_007 = new Rule("MSP-RET-007", ERROR, SAC_COMPLETE,
            "The SG2e total is at most the SG2c enquiries where a risk was identified (with or without action).",
            "SG2e is asked only where a risk was identified.",
            "SG2e");
    static final Rule RET_008 = new Rule("MSP-RET-008", QUERY, SAC_COMPLETE,
            "The SG2e total equals the SG2c enquiries where a risk was identified.",
            "Each enquiry with an identified risk should say whether the risk remained, was reduced or removed; fewer"
                    + " means some were left out.",
            "SG2e");

    /** The area: its rules check a return, so the per-record check does nothing. */
    static final RuleArea AREA = new RuleArea("RET", "Return consistency (RET)",
            List.of(RET_001, RET_002, RET_003, RET_004, RET_005, RET_006, RET_007, RET_008), c -> { });

    private ReturnRules() {
    }
}
