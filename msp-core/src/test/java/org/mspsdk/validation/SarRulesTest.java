package org.mspsdk.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import org.mspsdk.model.SafeguardingAdultsReview;
import org.mspsdk.model.SarRegister;

/** Rules MSP-SAR: each fires on a register made to break it, with its path, and not on a near miss. */
class SarRulesTest {

    private static final Validator VALIDATOR = Validator.builder()
            .clock(Clock.fixed(LocalDate.of(2026, 6, 30).atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC))
            .build();

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    private static SafeguardingAdultsReview ok(String id) {
        return SafeguardingAdultsReview.completed(id, d("2025-01-10"), d("2025-11-04"), 1, 0);
    }

    private static SafeguardingAdultsReview review(String id, String commissioned, String completed, boolean died,
            int diedCount, int survived) {
        return new SafeguardingAdultsReview(id, Optional.ofNullable(commissioned).map(LocalDate::parse),
                Optional.ofNullable(completed).map(LocalDate::parse), died, diedCount, survived);
    }

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("MSP-SAR-001", "reviews[0].reviewId", review(" ", "2025-01-01", "2025-06-01", true, 1, 0),
                        review("SAR-1", "2025-01-01", "2025-06-01", true, 1, 0)),
                Arguments.of("MSP-SAR-001", "reviews[0].reviewId",
                        review("S".repeat(65), "2025-01-01", "2025-06-01", true, 1, 0),
                        review("S".repeat(64), "2025-01-01", "2025-06-01", true, 1, 0)),
                Arguments.of("MSP-SAR-002", "reviews[0].completedOn",
                        review("SAR-1", "2025-06-02", "2025-06-01", true, 1, 0),
                        review("SAR-1", "2025-06-01", "2025-06-01", true, 1, 0)),
                Arguments.of("MSP-SAR-003", "reviews[0].individualsSurvived",
                        review("SAR-1", "2025-01-01", "2025-06-01", true, 1, -1),
                        review("SAR-1", "2025-01-01", "2025-06-01", true, 1, 0)),
                Arguments.of("MSP-SAR-003", "reviews[0].individualsDied",
                        review("SAR-1", "2025-01-01", "2025-06-01", false, 0, 0),
                        review("SAR-1", "2025-01-01", null, false, 0, 0)),
                Arguments.of("MSP-SAR-004", "reviews[0].oneOrMoreDied",
                        review("SAR-1", "2025-01-01", "2025-06-01", false, 1, 0),
                        review("SAR-1", "2025-01-01", "2025-06-01", true, 1, 0)),
                Arguments.of("MSP-SAR-004", "reviews[0].oneOrMoreDied",
                        review("SAR-1", "2025-01-01", "2025-06-01", true, 0, 2),
                        review("SAR-1", "2025-01-01", "2025-06-01", false, 0, 2)),
                Arguments.of("MSP-SAR-005", "reviews[0].completedOn",
                        review("SAR-1", "2025-01-01", "2026-07-01", true, 1, 0),
                        review("SAR-1", "2025-01-01", "2026-06-30", true, 1, 0)),
                Arguments.of("MSP-SAR-005", "reviews[0].commissionedOn",
                        review("SAR-1", "2026-07-01", null, true, 1, 0),
                        review("SAR-1", "2026-06-30", null, true, 1, 0)));
    }

    @ParameterizedTest(name = "{0} at {1}")
    @MethodSource("cases")
    void eachRuleFiresOnceAndNotOnItsNearMiss(String ruleId, String path, SafeguardingAdultsReview fires,
            SafeguardingAdultsReview nearMiss) {
        ValidationReport bad = VALIDATOR.validate(SarRegister.of(fires));
        ValidationReport good = VALIDATOR.validate(SarRegister.of(nearMiss));

        assertThat(bad.findings()).extracting(Finding::ruleId, Finding::path, Finding::severity)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(ruleId, path, Severity.ERROR));
        assertThat(good.findings()).isEmpty();
    }

    @Test
    void aReviewIdUsedTwiceIsReportedOnTheSecond() {
        ValidationReport report = VALIDATOR.validate(SarRegister.of(ok("SAR-1"), ok("SAR-2"), ok("SAR-1")));

        assertThat(report.findings()).extracting(Finding::ruleId, Finding::path)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("MSP-SAR-001", "reviews[2].reviewId"));
    }

    @Test
    void messagesAndToStringNeverCarryTheReviewId() {
        String canary = "SAR-Jane-Canary-Smith";
        SafeguardingAdultsReview r = review(canary, "2025-06-02", "2025-06-01", false, 1, -1);
        ValidationReport report = VALIDATOR.validate(SarRegister.of(r, r));

        assertThat(report.findings()).isNotEmpty()
                .allSatisfy(f -> assertThat(f.toString()).doesNotContain(canary).doesNotContain("2025"));
        assertThat(r.toString()).doesNotContain(canary);
        assertThat(SarRegister.of(r).toString()).doesNotContain(canary);
    }

    @Test
    void theSarRulesAreInTheCatalogueButCheckNoRecord() {
        List<Rule> sar = RuleCatalogue.all().stream().filter(r -> r.area().equals("SAR")).toList();

        assertThat(sar).extracting(Rule::id).containsExactly("MSP-SAR-001", "MSP-SAR-002", "MSP-SAR-003",
                "MSP-SAR-004", "MSP-SAR-005");
        assertThat(sar).noneMatch(RuleCatalogue::checksRecords);
    }
}
