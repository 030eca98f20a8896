package org.mspsdk.validation;

import static org.mspsdk.validation.Profile.IN_PROGRESS;
import static org.mspsdk.validation.Severity.ERROR;

import java.util.List;
import org.mspsdk.model.Enquiry;
import org.mspsdk.model.RiskItem;

/** Rules MSP-RSK: the risk items (SG2a, SG2b) and the risk outcome (SG2e) of an enquiry. */
final class RiskRules {

    static final Rule RSK_001 = new Rule("MSP-RSK-001", ERROR, IN_PROGRESS,
            "A risk outcome (SG2e) is recorded only when the result is one of the two \"risk identified\" values.",
            "SG2e asks whether an identified risk remained, was reduced or removed; with no identified risk the "
                    + "question does not arise.",
            "enquiry.riskOutcome");
    static final Rule RSK_002 = new Rule("MSP-RSK-002", ERROR, IN_PROGRESS,
            "When the result is one of the two \"risk identified\" values, a risk outcome (SG2e) is recorded.",
            "SG2e has one risk outcome for every concluded enquiry where a risk was identified.",
            "enquiry.riskOutcome");
    static final Rule RSK_003 = new Rule("MSP-RSK-003", ERROR, IN_PROGRESS,
            "A concluded enquiry has at least one risk item.",
            "SG2a and SG2b count the types, locations and sources of the risks each concluded enquiry looked into.",
            "enquiry.riskItems");
    static final Rule RSK_004 = new Rule("MSP-RSK-004", ERROR, IN_PROGRESS,
            "Every risk item of a concluded enquiry has a location and a source (it always has a type).",
            "SG2a cross-tabulates type by source and SG2b location by source, per risk item.",
            "enquiry.riskItems[].location, enquiry.riskItems[].source");

    static final RuleArea AREA = new RuleArea("RSK", "Risk (RSK)", List.of(RSK_001, RSK_002, RSK_003, RSK_004),
            RiskRules::check);

    private RiskRules() {
    }

    private static void check(RecordCheck c) {
        if (c.enquiry.isEmpty()) {
            return;
        }
        Enquiry e = c.enquiry.get();
        boolean identified = e.result().map(r -> r.isRiskIdentified()).orElse(false);
        if (e.riskOutcome().isPresent() && !identified) {
            c.add(RSK_001, "enquiry.riskOutcome", "a risk outcome is recorded only when the result is "
                    + "risk-identified-action or risk-identified-no-action, found "
                    + e.result().map(r -> r.code()).orElse("none"));
        }
        if (identified && e.riskOutcome().isEmpty()) {
            c.add(RSK_002, "enquiry.riskOutcome", "expected a risk outcome because the result is "
                    + e.result().get().code());
        }
        if (e.isConcluded()) {
            if (e.riskItems().isEmpty()) {
                c.add(RSK_003, "enquiry.riskItems", "expected at least one risk item for a concluded enquiry");
            }
            for (int i = 0; i < e.riskItems().size(); i++) {
                RiskItem item = e.riskItems().get(i);
                if (item.location().isEmpty()) {
                    c.add(RSK_004, "enquiry.riskItems[" + i + "].location",
                            "expected a location of risk for a concluded enquiry");
                }
                if (item.source().isEmpty()) {
                    c.add(RSK_004, "enquiry.riskItems[" + i + "].source",
                            "expected a source of risk for a concluded enquiry");
                }
            }
        }
    }
}
