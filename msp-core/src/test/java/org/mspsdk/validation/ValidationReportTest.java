package org.mspsdk.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.mspsdk.validation.Fixtures.*;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mspsdk.MspException;
import org.mspsdk.model.AdultAtRisk;
import org.mspsdk.model.Concern;
import org.mspsdk.model.SafeguardingRecord;
import org.mspsdk.vocabulary.ConcernSource;
import org.mspsdk.vocabulary.OutcomeAchievement;

class ValidationReportTest {

    @Test
    void aReportWithOnlyWarningsIsValidAndOrThrowReturnsIt() {
        ValidationReport report = validator(Profile.IN_PROGRESS).validate(
                outcomes(valid(), o -> o.enquiryAchievement(OutcomeAchievement.FULLY_ACHIEVED)));
        assertThat(report.isValid()).isTrue();
        assertThat(report.errors()).isEmpty();
        assertThat(report.warnings()).extracting(Finding::ruleId).containsExactly("MSP-OUT-008");
        assertThat(report.orThrow()).isSameAs(report);
    }

    @Test
    void orThrowCarriesEveryFindingWithKindInvalidRecord() {
        SafeguardingRecord r = enquiry(valid(), e -> e.commencedOn(RECEIVED.minusDays(1)).riskOutcome(null));
        ValidationReport report = validator(Profile.IN_PROGRESS).validate(r);
        ValidationException e = catchThrowableOfType(ValidationException.class, report::orThrow);
        assertThat(e.kind()).isEqualTo(MspException.Kind.INVALID_RECORD);
        assertThat(e).isInstanceOf(MspException.class);
        assertThat(e.findings()).isEqualTo(report.findings());
        assertThat(e.report()).isEqualTo(report);
        assertThat(e.getMessage()).isEqualTo("record is invalid: 2 errors, 0 warnings: "
                + "ERROR MSP-DAT-001 at enquiry.commencedOn: expected the enquiry to commence on or after the concern "
                + "was received; ERROR MSP-RSK-002 at enquiry.riskOutcome: expected a risk outcome because the result "
                + "is risk-identified-action");
    }

    @Test
    void exceptionMessageListsAtMostTenFindings() {
        ValidationReport report = validator(Profile.SAC_COMPLETE).validate(CanaryTest.canaryRecord());
        assertThat(report.findings().size()).isGreaterThan(10);
        ValidationException e = catchThrowableOfType(ValidationException.class, report::orThrow);
        assertThat(e.getMessage()).endsWith("; and " + (report.findings().size() - 10) + " more");
        assertThat(e.findings()).hasSize(report.findings().size());
    }

    @Test
    void pathsMapToJsonPointers() {
        Finding f = new Finding("MSP-OUT-014", Severity.ERROR, "outcomes.negotiatedOutcomes[1].revisions[0].reason",
                "m");
        assertThat(f.jsonPointer()).isEqualTo("/outcomes/negotiatedOutcomes/1/revisions/0/reason");
        assertThat(new Finding("MSP-ORG-001", Severity.ERROR, "organisations", "m").jsonPointer())
                .isEqualTo("/organisations");
    }

    @Test
    void theClockDecidesWhatIsInTheFuture() {
        SafeguardingRecord r = valid();
        Clock dayBeforeConclusion = Clock.fixed(CONCLUDED.minusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC),
                ZoneOffset.UTC);
        ValidationReport early = Validator.builder().clock(dayBeforeConclusion).build().validate(r);
        assertThat(early.errors()).extracting(Finding::ruleId, Finding::path).contains(
                org.assertj.core.groups.Tuple.tuple("MSP-DAT-003", "enquiry.concludedOn"));
        assertThat(Validator.builder().clock(CLOCK).build().validate(r).findings()).isEmpty();
    }

    @Test
    void aMinimalRecordJustReceivedIsValidInProgress() {
        SafeguardingRecord r = SafeguardingRecord.builder().recordId("R-1")
                .adult(AdultAtRisk.builder("P-1").build())
                .addOrganisation(valid().organisations().get(0))
                .concern(Concern.received(LocalDate.of(2026, 6, 29), ConcernSource.SELF))
                .build();
        assertThat(validator(Profile.IN_PROGRESS).validate(r).findings()).isEmpty();
        assertThat(validator(Profile.SAC_COMPLETE).validate(r).findings()).isEmpty();
    }

    @Test
    void sacCompleteReportsInProgressRulesToo() {
        SafeguardingRecord r = enquiry(valid(), e -> e.commencedOn(RECEIVED.minusDays(1)).mentalCapacity(null));
        assertThat(validator(Profile.IN_PROGRESS).validate(r).ruleIds()).containsExactly("MSP-DAT-001");
        assertThat(validator(Profile.SAC_COMPLETE).validate(r).ruleIds()).containsExactly("MSP-CAP-004", "MSP-DAT-001");
    }

    @Test
    void findingsAreReproducible() {
        SafeguardingRecord r = CanaryTest.canaryRecord();
        List<Finding> first = validator(Profile.SAC_COMPLETE).validate(r).findings();
        assertThat(validator(Profile.SAC_COMPLETE).validate(r).findings()).isEqualTo(first);
    }
}
