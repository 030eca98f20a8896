package org.mspsdk.returns;

import java.util.ArrayList;
import java.util.List;
import org.mspsdk.validation.Rule;
import org.mspsdk.validation.RuleCatalogue;
import org.mspsdk.vocabulary.AskedAboutOutcomes;
import org.mspsdk.vocabulary.CapacityAnswer;
import org.mspsdk.vocabulary.EnquiryResult;
import org.mspsdk.vocabulary.OutcomeAchievement;
import org.mspsdk.vocabulary.Population;
import org.mspsdk.vocabulary.RiskOutcome;
import org.mspsdk.vocabulary.SacTable;

/**
 * Evaluates the return's consistency checks (rules MSP-RET-001 to 008, defined with their ids and severities in
 * the rule catalogue) on a {@link SacReturn}. The base of three of them is the number of section 42 enquiries
 * concluded in the year ({@link SacReturn#concludedS42Enquiries()}); a return built by hand without it uses the
 * SG3a total, as NHS England's publication does, so MSP-RET-001 then holds by definition.
 */
final class ReturnChecks {

    private ReturnChecks() {
    }

    static List<ReturnCheck> of(SacReturn sac) {
        Population c = Population.CONCLUDED_S42;
        long sg3a = sac.total(c, CapacityAnswer.class);
        long concluded = sac.concludedS42Enquiries().orElse(sg3a);
        long asked = sac.total(c, AskedAboutOutcomes.class);
        long sg2c = sac.total(c, EnquiryResult.class);
        long expressed = sac.count(c, AskedAboutOutcomes.ASKED_EXPRESSED);
        long achieved = sac.total(c, OutcomeAchievement.class);
        long lacked = sac.count(c, CapacityAnswer.LACKED);
        long supported = sac.count(SacTable.SG3A, c, SacTable.Sg3aSupport.SUPPORTED);
        long individuals = sac.total(SacTable.SG1A, Population.S42_ENQUIRIES);
        long s42 = sac.total(Population.S42_ENQUIRIES);
        long sg2e = sac.total(c, RiskOutcome.class);
        long identified = sac.count(c, EnquiryResult.RISK_IDENTIFIED_ACTION)
                + sac.count(c, EnquiryResult.RISK_IDENTIFIED_NO_ACTION);
        List<ReturnCheck> out = new ArrayList<>();
        out.add(check("MSP-RET-001", List.of(SacTable.SG3A), sg3a == concluded, sg3a, concluded));
        out.add(check("MSP-RET-002", List.of(SacTable.SG4A), asked == concluded, asked, concluded));
        out.add(check("MSP-RET-003", List.of(SacTable.SG2C), sg2c == concluded, sg2c, concluded));
        out.add(check("MSP-RET-004", List.of(SacTable.SG4A), achieved == expressed, achieved, expressed));
        out.add(check("MSP-RET-005", List.of(SacTable.SG3A), supported <= lacked, supported, lacked));
        out.add(check("MSP-RET-006", List.of(SacTable.SG1A, SacTable.SG1F), individuals <= s42, individuals, s42));
        out.add(check("MSP-RET-007", List.of(SacTable.SG2E, SacTable.SG2C), sg2e <= identified, sg2e, identified));
        out.add(check("MSP-RET-008", List.of(SacTable.SG2E, SacTable.SG2C), sg2e >= identified, sg2e, identified));
        return List.copyOf(out);
    }

    private static ReturnCheck check(String id, List<SacTable> tables, boolean passed, long left, long right) {
        Rule rule = RuleCatalogue.find(id).orElseThrow(() -> new IllegalStateException("no rule " + id));
        return new ReturnCheck(rule, tables, passed, left, right);
    }
}
