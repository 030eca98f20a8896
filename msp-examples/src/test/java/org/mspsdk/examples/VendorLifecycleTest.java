package org.mspsdk.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mspsdk.validation.Finding;

class VendorLifecycleTest {

    private final List<VendorLifecycle.Step> steps = VendorLifecycle.run(LocalDate.of(2025, 12, 31));

    @Test
    void everyProperSaveIsValidWithoutFindings() {
        assertThat(steps).extracting(VendorLifecycle.Step::name).containsExactly("concern received",
                "enquiry started, outcomes agreed", "outcome renegotiated", "closure attempted with a gap",
                "enquiry concluded");
        for (int i : new int[] {0, 1, 2, 4}) {
            assertThat(steps.get(i).report().findings()).as(steps.get(i).name()).isEmpty();
        }
    }

    @Test
    void theClosureWithAGapIsRefusedWithEveryMissingPartNamed() {
        List<Finding> errors = steps.get(3).report().errors();
        assertThat(errors).extracting(Finding::ruleId, Finding::path).contains(
                org.assertj.core.groups.Tuple.tuple("MSP-RSK-002", "enquiry.riskOutcome"),
                org.assertj.core.groups.Tuple.tuple("MSP-OUT-004", "outcomes.enquiryAchievement"));
    }

    @Test
    void theRenegotiationKeepsThePersonsFirstAgreedWording() {
        var outcome = steps.get(2).record().outcomes().negotiatedOutcome("no-1").orElseThrow();
        assertThat(outcome.revisions()).hasSize(2);
        assertThat(outcome.firstRevision()).isEqualTo(
                steps.get(1).record().outcomes().negotiatedOutcome("no-1").orElseThrow().firstRevision());
    }

    @Test
    void thePrintedReportHasNoPersonalData() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        VendorLifecycle.print(steps, new PrintStream(bytes, true, StandardCharsets.UTF_8));
        String printed = bytes.toString(StandardCharsets.UTF_8);
        assertThat(printed).contains("MSP-RSK-002").doesNotContain("CASE-0042", "PERSON-0017", "frightened",
                "son visits", "1939");
    }
}
