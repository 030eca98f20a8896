package org.mspsdk.synthetic;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.mspsdk.model.Enquiry;
import org.mspsdk.model.NegotiatedOutcome;
import org.mspsdk.model.SafeguardingRecord;
import org.mspsdk.vocabulary.AskedAboutOutcomes;
import org.mspsdk.vocabulary.ConcernOutcome;
import org.mspsdk.vocabulary.EnquiryType;
import org.mspsdk.vocabulary.LocationOfRisk;
import org.mspsdk.vocabulary.TypeOfRisk;

class SyntheticDataGeneratorTest {

    @Test
    void equalSeedsGiveEqualRecords() {
        assertThat(new SyntheticDataGenerator(7).records(500)).isEqualTo(new SyntheticDataGenerator(7).records(500));
    }

    @Test
    void differentSeedsGiveDifferentRecords() {
        List<SafeguardingRecord> a = new SyntheticDataGenerator(7).records(50);
        List<SafeguardingRecord> b = new SyntheticDataGenerator(8).records(50);
        assertThat(a).isNotEqualTo(b);
        long same = 0;
        for (int i = 0; i < a.size(); i++) {
            if (a.get(i).equals(b.get(i))) {
                same++;
            }
        }
        assertThat(same).isZero();
    }

    @Test
    void nhsNumbersComeOnlyFromTheRangeReservedForTestData() {
        long withNumber = new SyntheticDataGenerator(11).stream(100_000)
                .map(r -> r.adult().nhsNumber())
                .flatMap(java.util.Optional::stream)
                .peek(n -> assertThat(n.value()).startsWith("999").hasSize(10))
                .count();
        assertThat(withNumber).isGreaterThan(10_000);
    }

    @Test
    void streamGivesTheSameRecordsAsTheList() {
        assertThat(new SyntheticDataGenerator(3).stream(100).toList())
                .isEqualTo(new SyntheticDataGenerator(3).records(100));
    }

    @Test
    void tenThousandRecordsObeyTheConsistencyRules() {
        for (long seed = 1; seed <= 10; seed++) {
            SyntheticDataGenerator gen = new SyntheticDataGenerator(seed);
            LocalDate asOf = gen.settings().asOf();
            for (SafeguardingRecord r : gen.records(1_000)) {
                String where = "seed " + seed + " record " + r.recordId();
                checkDates(r, asOf, where);
                checkOutcomesAgreeWithSg4a(r, where);
                checkRisk(r, where);
            }
        }
    }

    private static void checkDates(SafeguardingRecord r, LocalDate asOf, String where) {
        LocalDate received = r.concern().receivedOn();
        assertThat(received).as(where).isBeforeOrEqualTo(asOf);
        r.adult().dateOfBirth().ifPresent(dob -> assertThat(dob.plusYears(18)).as(where).isBeforeOrEqualTo(received));
        r.adult().ageAtConcern().ifPresent(age -> assertThat(age).as(where).isGreaterThanOrEqualTo(18));
        r.enquiry().ifPresent(e -> {
            assertThat(e.commencedOn()).as(where).isAfterOrEqualTo(received).isBeforeOrEqualTo(asOf);
            e.concludedOn().ifPresent(c -> assertThat(c).as(where).isAfterOrEqualTo(e.commencedOn())
                    .isBeforeOrEqualTo(asOf));
        });
        r.outcomes().negotiatedOutcomes().forEach(n -> {
            for (int i = 1; i < n.revisions().size(); i++) {
                assertThat(n.revisions().get(i).agreedOn()).as(where)
                        .isAfterOrEqualTo(n.revisions().get(i - 1).agreedOn());
            }
        });
        r.questionnaires().forEach(q -> assertThat(q.date().orElseThrow()).as(where).isBeforeOrEqualTo(asOf));
    }

    private static void checkOutcomesAgreeWithSg4a(SafeguardingRecord r, String where) {
        boolean expressed = r.outcomes().asked().orElse(null) == AskedAboutOutcomes.ASKED_EXPRESSED;
        assertThat(!r.outcomes().desiredOutcomes().isEmpty()).as(where).isEqualTo(expressed);
        boolean concluded = r.enquiry().map(Enquiry::isConcluded).orElse(false);
        assertThat(r.outcomes().enquiryAchievement().isPresent()).as(where).isEqualTo(expressed && concluded);
        for (NegotiatedOutcome n : r.outcomes().negotiatedOutcomes()) {
            boolean metAtConcern = r.enquiry().isEmpty()
                    && r.concern().outcome().orElse(null) == ConcernOutcome.NO_ENQUIRY;
            assertThat(n.achievement().isPresent()).as(where).isEqualTo(concluded || (metAtConcern
                    && n.achievement().isPresent()));
            Set<String> ids = new HashSet<>();
            r.outcomes().desiredOutcomes().forEach(d -> ids.add(d.id()));
            assertThat(ids).as(where).containsAll(n.desiredOutcomeIds());
            if (!n.firstRevision().wording().equals(r.outcomes().desiredOutcomes().stream()
                    .filter(d -> d.id().equals(n.desiredOutcomeIds().get(0))).findFirst().orElseThrow().wording())) {
                assertThat(n.firstRevision().reason()).as(where).isPresent();
            }
        }
        assertThat(r.outcomes().feelingSafeAtEnd().isEmpty() || concluded).as(where).isTrue();
    }

    private static void checkRisk(SafeguardingRecord r, String where) {
        r.enquiry().ifPresent(e -> {
            assertThat(e.riskOutcome().isPresent()).as(where)
                    .isEqualTo(e.result().map(res -> res.isRiskIdentified()).orElse(false));
            assertThat(e.result().isPresent()).as(where).isEqualTo(e.isConcluded());
            assertThat(e.riskItems()).as(where).isNotEmpty()
                    .allSatisfy(i -> assertThat(i.location().isPresent() && i.source().isPresent()).isTrue());
            assertThat(e.s42Criteria().orElseThrow().allHold()).as(where).isEqualTo(e.type() == EnquiryType.S42);
            ConcernOutcome expected = e.type() == EnquiryType.S42 ? ConcernOutcome.S42_ENQUIRY
                    : ConcernOutcome.OTHER_ENQUIRY;
            assertThat(r.concern().outcome()).as(where).contains(expected);
        });
    }

    @Test
    void proportionsAreRoughlyTheNationalOnes() {
        List<SafeguardingRecord> records = new SyntheticDataGenerator(11).records(10_000);
        long s42 = records.stream().filter(r -> r.enquiry().map(e -> e.type() == EnquiryType.S42).orElse(false))
                .count();
        assertThat(s42 / 10_000.0).isBetween(0.26, 0.36);
        long items = records.stream().flatMap(r -> r.enquiry().stream()).mapToLong(e -> e.riskItems().size()).sum();
        long neglect = records.stream().flatMap(r -> r.enquiry().stream()).flatMap(e -> e.riskItems().stream())
                .filter(i -> i.type() == TypeOfRisk.NEGLECT).count();
        long ownHome = records.stream().flatMap(r -> r.enquiry().stream()).flatMap(e -> e.riskItems().stream())
                .filter(i -> i.location().orElseThrow() == LocationOfRisk.OWN_HOME).count();
        assertThat((double) neglect / items).isBetween(0.26, 0.36);
        assertThat((double) ownHome / items).isBetween(0.40, 0.50);
        long people = records.stream().map(r -> r.adult().personId()).distinct().count();
        assertThat(people).isLessThan(records.size()).isGreaterThan(records.size() * 8L / 10);
    }
}
