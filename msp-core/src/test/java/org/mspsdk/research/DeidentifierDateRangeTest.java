package org.mspsdk.research;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.mspsdk.MspException;
import org.mspsdk.model.SafeguardingRecord;
import org.mspsdk.returns.ReportingYear;
import org.mspsdk.synthetic.SyntheticDataGenerator;
import org.mspsdk.testing.CanaryRecords;
import org.mspsdk.testing.RecordDates;
import org.mspsdk.validation.Finding;
import org.mspsdk.validation.Profile;
import org.mspsdk.validation.ValidationReport;
import org.mspsdk.validation.Validator;

/**
 * The de-identifier handles every record the validator accepts (issue 17, finding 8). Property-style over
 * generated records moved, whole, to the edges of the supported date range (1900-04-01 to 9999-03-31), one day
 * beyond them, and to random places inside, with the oldest and youngest adults: every record without an ERROR is
 * de-identified under both date granularities; every record moved beyond an edge is rejected by MSP-DAT-005 and
 * refused by the de-identifier with a documented exception citing it. A failure names the seed and index.
 */
class DeidentifierDateRangeTest {

    static final LocalDate FIRST = LocalDate.of(1900, 4, 1);
    static final LocalDate LAST = LocalDate.of(9999, 3, 31);

    private static final int SEEDS = 12;
    private static final int PER_SEED = 40;

    /** "Today" after every supported date, so MSP-DAT-003 (no date after today) hides nothing at the top edge. */
    private static final Validator VALIDATOR = Validator.builder().profile(Profile.IN_PROGRESS)
            .clock(Clock.fixed(LocalDate.of(9999, 12, 31).atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC))
            .build();
    private static final List<Deidentifier> DEIDENTIFIERS = List.of(
            Deidentifier.builder(DeidentifierTest.KEY).dates(DateGranularity.MONTH).build(),
            Deidentifier.builder(DeidentifierTest.KEY).dates(DateGranularity.REPORTING_YEAR).build());

    /** @return the variants of one generated record, by name */
    private static Map<String, SafeguardingRecord> variants(SafeguardingRecord r, Random random) {
        long toFirst = ChronoUnit.DAYS.between(RecordDates.first(r), FIRST);
        long toLast = ChronoUnit.DAYS.between(RecordDates.last(r), LAST);
        Map<String, SafeguardingRecord> v = new LinkedHashMap<>();
        SafeguardingRecord atFirst = RecordDates.shift(r, toFirst);
        v.put("earliest date on the first supported day", atFirst);
        v.put("earliest date on the first supported day, adult aged 130", oldest(atFirst));
        v.put("earliest date the day before", RecordDates.shift(r, toFirst - 1));
        SafeguardingRecord atLast = RecordDates.shift(r, toLast);
        v.put("latest date on the last supported day", atLast);
        v.put("latest date on the last supported day, adult aged 130", oldest(atLast));
        v.put("latest date the day after", RecordDates.shift(r, toLast + 1));
        v.put("somewhere inside", RecordDates.shift(r, toFirst + (long) (random.nextDouble() * (toLast - toFirst))));
        return v;
    }

    /** @return the record with the adult 130 at the concern (the oldest MSP-PER-005 allows), born 130 years before */
    private static SafeguardingRecord oldest(SafeguardingRecord r) {
        LocalDate received = r.concern().receivedOn();
        return r.toBuilder().adult(r.adult().toBuilder().dateOfBirth(received.minusYears(130)).ageAtConcern(null)
                .build()).build();
    }

    private static boolean onlyRangeErrors(ValidationReport report) {
        return !report.errors().isEmpty()
                && report.errors().stream().allMatch(f -> f.ruleId().equals("MSP-DAT-005"));
    }

    @Test
    void everyRecordTheValidatorAcceptsIsDeidentifiedAndEveryDateBeyondTheRangeIsRejectedByBoth() {
        SyntheticDataGenerator.Settings settings = SyntheticDataGenerator.Settings.defaults();
        List<String> failures = new ArrayList<>();
        Map<String, Integer> accepted = new LinkedHashMap<>();
        int checked = 0;
        for (long seed = 1; seed <= SEEDS; seed++) {
            Random random = new Random(seed);
            List<SafeguardingRecord> records = new SyntheticDataGenerator(seed * 6151L, settings).records(PER_SEED);
            for (int i = 0; i < records.size(); i++) {
                for (Map.Entry<String, SafeguardingRecord> e : variants(records.get(i), random).entrySet()) {
                    checked++;
                    String where = "seed " + seed * 6151L + " record " + i + " (" + e.getKey() + ")";
                    SafeguardingRecord r = e.getValue();
                    ValidationReport report = VALIDATOR.validate(r);
                    boolean beyond = RecordDates.first(r).isBefore(FIRST) || RecordDates.last(r).isAfter(LAST);
                    if (beyond && report.errors().stream().noneMatch(f -> f.ruleId().equals("MSP-DAT-005"))) {
                        failures.add(where + ": a date beyond the range without MSP-DAT-005");
                    }
                    if (report.isValid()) {
                        accepted.merge(e.getKey(), 1, Integer::sum);
                        for (Deidentifier d : DEIDENTIFIERS) {
                            try {
                                assertThat(d.deidentify(r).recordPseudonym()).matches("[0-9a-f]{64}");
                            } catch (RuntimeException | AssertionError x) {
                                failures.add(where + " " + d.dates() + ": accepted but not de-identified: " + x);
                            }
                        }
                    } else if (beyond && onlyRangeErrors(report)) {
                        for (Deidentifier d : DEIDENTIFIERS) {
                            MspException x = catchThrowableOfType(MspException.class, () -> d.deidentify(r));
                            if (x == null || x.kind() != MspException.Kind.INVALID_VALUE
                                    || !x.getMessage().contains("(rule MSP-DAT-005)")) {
                                failures.add(where + " " + d.dates() + ": expected the documented refusal, got " + x);
                            }
                        }
                    }
                    if (failures.size() > 20) {
                        break;
                    }
                }
            }
        }
        System.out.println("date range property: " + checked + " records, accepted by variant: " + accepted);
        assertThat(failures).as("failures (first ones)").isEmpty();
        // not vacuous: records at each edge, and the oldest adults there, were accepted and de-identified
        assertThat(accepted.getOrDefault("earliest date on the first supported day", 0)).isGreaterThan(SEEDS * 10);
        assertThat(accepted.getOrDefault("earliest date on the first supported day, adult aged 130", 0))
                .isGreaterThan(SEEDS * 10);
        assertThat(accepted.getOrDefault("latest date on the last supported day", 0)).isGreaterThan(SEEDS * 10);
        assertThat(accepted.getOrDefault("latest date on the last supported day, adult aged 130", 0))
                .isGreaterThan(SEEDS * 10);
        assertThat(accepted).doesNotContainKeys("earliest date the day before", "latest date the day after");
    }

    @Test
    void aConcernReceivedBeforeApril1900IsRejectedByTheValidatorAndRefusedByTheDeidentifierWithTheRuleId() {
        // finding 8: such a record passed validation, then the de-identifier threw an undocumented exception
        SafeguardingRecord r = CanaryRecords.record();
        SafeguardingRecord early = RecordDates.shift(r, ChronoUnit.DAYS.between(r.concern().receivedOn(),
                LocalDate.of(1900, 3, 31)));
        assertThat(VALIDATOR.validate(early).errors()).extracting(Finding::ruleId, Finding::path)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("MSP-DAT-005", "concern.receivedOn"));
        for (Deidentifier d : DEIDENTIFIERS) {
            MspException e = catchThrowableOfType(MspException.class, () -> d.deidentify(early));
            assertThat(e.kind()).isEqualTo(MspException.Kind.INVALID_VALUE);
            assertThat(e.getMessage()).isEqualTo("concern.receivedOn is outside the dates the SDK handles: expected a"
                    + " date from 1900-04-01 to 9999-03-31 (rule MSP-DAT-005); validate records before"
                    + " de-identifying them");
            assertNoCanary(e.getMessage());
        }
    }

    @Test
    void datesFromApril9999AreRejectedByTheValidatorAndRefusedByTheDeidentifierWithTheRuleId() {
        SafeguardingRecord r = CanaryRecords.record();
        SafeguardingRecord late = RecordDates.shift(r, ChronoUnit.DAYS.between(r.concern().receivedOn(),
                LocalDate.of(9999, 4, 1)));
        ValidationReport report = VALIDATOR.validate(late);
        assertThat(report.isValid()).isFalse();
        assertThat(report.errors()).allMatch(f -> f.ruleId().equals("MSP-DAT-005"))
                .extracting(Finding::path).contains("concern.receivedOn", "enquiry.commencedOn",
                        "enquiry.concludedOn", "questionnaires[0].date");
        report.findings().forEach(f -> assertNoCanary(f.message()));
        for (Deidentifier d : DEIDENTIFIERS) {
            MspException e = catchThrowableOfType(MspException.class, () -> d.deidentify(late));
            assertThat(e.kind()).isEqualTo(MspException.Kind.INVALID_VALUE);
            assertThat(e.getMessage()).startsWith("enquiry.commencedOn is outside the dates the SDK handles")
                    .contains("(rule MSP-DAT-005)");
            assertNoCanary(e.getMessage());
        }
    }

    @Test
    void theSupportedRangeIsExactlyWhatReportingYearsCanHold() {
        assertThat(ReportingYear.containing(FIRST).label()).isEqualTo("1900-01");
        assertThat(ReportingYear.containing(LAST).label()).isEqualTo("9998-99");
        assertThat(catchThrowableOfType(MspException.class, () -> ReportingYear.containing(FIRST.minusDays(1))))
                .isNotNull();
        assertThat(catchThrowableOfType(MspException.class, () -> ReportingYear.containing(LAST.plusDays(1))))
                .isNotNull();
        assertThat(org.mspsdk.internal.SupportedDates.FIRST).isEqualTo(FIRST);
        assertThat(org.mspsdk.internal.SupportedDates.LAST).isEqualTo(LAST);
    }

    private static void assertNoCanary(String text) {
        for (String canary : CanaryRecords.ALL) {
            assertThat(text).doesNotContain(canary);
        }
        assertThat(text).doesNotContain("CANARY");
    }
}
