package org.mspsdk.returns;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.mspsdk.synthetic.SyntheticDataGenerator;
import org.mspsdk.validation.Severity;
import org.mspsdk.vocabulary.AskedAboutOutcomes;
import org.mspsdk.vocabulary.CapacityAnswer;
import org.mspsdk.vocabulary.EnquiryResult;
import org.mspsdk.vocabulary.OutcomeAchievement;
import org.mspsdk.vocabulary.Population;
import org.mspsdk.vocabulary.RiskOutcome;
import org.mspsdk.vocabulary.SacTable;

/**
 * The return's consistency checks (MSP-RET-001..008): all pass on a consistent return, and each fires, alone,
 * when one figure of that return is changed by hand so that only its relation breaks.
 */
class ReturnChecksTest {

    private static final String C = Population.CONCLUDED_S42.enquiryType();
    private static SacReturn consistent;

    @BeforeAll
    static void aConsistentReturn() {
        consistent = new SyntheticDataGenerator(5).stream(4_000)
                .collect(SacTally.collector(SacSettings.of(Fixtures.YEAR)));
    }

    /** The return with one cell set to a new value (found by its table, ENQUIRY_TYPE and SUBCATEGORY). */
    private static SacReturn with(SacTable table, String enquiryType, String subcategory,
            java.util.function.LongUnaryOperator change) {
        List<SacCell> cells = new ArrayList<>();
        boolean found = false;
        for (SacCell c : consistent.cells()) {
            if (c.table() == table && c.enquiryType().equals(enquiryType) && c.subcategory().equals(subcategory)) {
                cells.add(new SacCell(table, enquiryType, c.category(), subcategory, change.applyAsLong(c.value())));
                found = true;
            } else {
                cells.add(c);
            }
        }
        assertThat(found).as("cell %s %s", table, subcategory).isTrue();
        return new SacReturn(consistent.year(), consistent.recordsRead(), cells, consistent.measures(),
                consistent.breakdowns(), consistent.dataQuality(), consistent.concludedS42Enquiries());
    }

    private static List<String> failed(SacReturn sac) {
        return sac.checks().stream().filter(c -> !c.passed()).map(c -> c.rule().id()).toList();
    }

    @Test
    void aConsistentReturnPassesEveryCheck() {
        assertThat(consistent.concludedS42Enquiries()).hasValue(consistent.total(Population.CONCLUDED_S42,
                CapacityAnswer.class));
        assertThat(consistent.checks()).hasSize(8).allMatch(ReturnCheck::passed);
        assertThat(consistent.checks()).extracting(c -> c.rule().id()).containsExactly("MSP-RET-001",
                "MSP-RET-002", "MSP-RET-003", "MSP-RET-004", "MSP-RET-005", "MSP-RET-006", "MSP-RET-007",
                "MSP-RET-008");
        assertThat(consistent.count(Population.CONCLUDED_S42, EnquiryResult.RISK_IDENTIFIED_ACTION)).isPositive();
    }

    static Stream<Arguments> breaks() {
        return Stream.of(
                Arguments.of("MSP-RET-001", Severity.ERROR, SacTable.SG3A, C, CapacityAnswer.DONT_KNOW.label(), 1L),
                Arguments.of("MSP-RET-002", Severity.ERROR, SacTable.SG4A, C, AskedAboutOutcomes.NOT_ASKED.label(),
                        1L),
                Arguments.of("MSP-RET-003", Severity.ERROR, SacTable.SG2C, C,
                        EnquiryResult.NO_RISK_NO_ACTION.label(), -1L),
                Arguments.of("MSP-RET-004", Severity.ERROR, SacTable.SG4A, C,
                        OutcomeAchievement.FULLY_ACHIEVED.label(), 1L),
                Arguments.of("MSP-RET-007", Severity.ERROR, SacTable.SG2E, C, RiskOutcome.REMOVED.label(), 1L),
                Arguments.of("MSP-RET-008", Severity.QUERY, SacTable.SG2E, C, RiskOutcome.REMOVED.label(), -1L));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("breaks")
    void eachCheckFiresAloneWhenItsFigureIsOffByOne(String ruleId, Severity severity, SacTable table,
            String enquiryType, String subcategory, long by) {
        SacReturn broken = with(table, enquiryType, subcategory, v -> v + by);

        assertThat(failed(broken)).containsExactly(ruleId);
        ReturnCheck check = broken.checks().stream().filter(c -> !c.passed()).findFirst().orElseThrow();
        assertThat(check.rule().severity()).isEqualTo(severity);
        assertThat(check.message(true)).isEqualTo(severity.name() + " (" + check.left() + " against "
                + check.right() + "): " + check.rule().checks());
        assertThat(check.message(false)).isEqualTo(severity.name() + ": " + check.rule().checks());
    }

    @Test
    void theSupportCountAboveLackedCapacityFiresRet005AndEqualDoesNot() {
        long lacked = consistent.count(Population.CONCLUDED_S42, CapacityAnswer.LACKED);
        String support = SacTable.Sg3aSupport.SUPPORTED.label();

        assertThat(failed(with(SacTable.SG3A, C, support, v -> lacked + 1))).containsExactly("MSP-RET-005");
        assertThat(failed(with(SacTable.SG3A, C, support, v -> lacked))).isEmpty();
    }

    @Test
    void moreSg1aIndividualsThanSg1fEnquiriesFiresRet006AndEqualDoesNot() {
        String s42 = Population.S42_ENQUIRIES.enquiryType();
        long enquiries = consistent.total(Population.S42_ENQUIRIES);
        long others = consistent.total(SacTable.SG1A, Population.S42_ENQUIRIES)
                - consistent.count(Population.S42_ENQUIRIES, org.mspsdk.vocabulary.AgeBand.AGE_18_64);

        assertThat(failed(with(SacTable.SG1A, s42, "18-64", v -> enquiries - others + 1)))
                .containsExactly("MSP-RET-006");
        assertThat(failed(with(SacTable.SG1A, s42, "18-64", v -> enquiries - others))).isEmpty();
    }

    @Test
    void aHandBuiltReturnWithoutTheConcludedCountUsesTheSg3aTotal() {
        SacReturn handBuilt = new SacReturn(consistent.year(), 0, consistent.cells(), consistent.measures(),
                consistent.breakdowns(), consistent.dataQuality());

        assertThat(handBuilt.checks()).allMatch(ReturnCheck::passed);
        assertThat(handBuilt.checks().get(0).right()).isEqualTo(handBuilt.checks().get(0).left());
    }
}
