package org.mspsdk.returns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mspsdk.returns.Fixtures.d;
import static org.mspsdk.returns.Fixtures.person;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.mspsdk.model.Concern;
import org.mspsdk.model.SafeguardingRecord;
import org.mspsdk.synthetic.SyntheticDataGenerator;
import org.mspsdk.vocabulary.ConcernSource;
import org.mspsdk.vocabulary.NoEnquiryNextStep;
import org.mspsdk.vocabulary.Population;
import org.mspsdk.vocabulary.TableShape;

/**
 * The per-table extension point: a throwaway table (concerns received in the year by who raised them) is one
 * small {@link TableTally} class with its shape; the tally counts, merges and compares it without any other table
 * changing.
 */
class TableExtensionTest {

    /** The throwaway table: its shape, counting rule, merge, cells and equality. */
    static final class ConcernsBySource implements TableTally {

        static final TableShape SHAPE = TableShape.oneWay(List.of(Population.SAFEGUARDING_CONCERNS),
                TableShape.block("Source of Concern", ConcernSource.class));

        private final long[] counts = new long[ConcernSource.values().length];

        @Override
        public void add(RecordFacts r) {
            if (r.in(Population.SAFEGUARDING_CONCERNS)) {
                counts[r.record().concern().raisedBy().ordinal()]++;
            }
        }

        @Override
        public void merge(PartTally other) {
            Counts.addAll(counts, ((ConcernsBySource) other).counts);
        }

        @Override
        public long[] counts(Population population) {
            return counts;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof ConcernsBySource other && Arrays.equals(counts, other.counts);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(counts);
        }
    }

    private static final List<Supplier<? extends TableTally>> EXTRA = List.of(ConcernsBySource::new);

    private static SafeguardingRecord concern(String id, String received, ConcernSource source) {
        return Fixtures.record(id, person("P-" + id).build(), received)
                .concern(Concern.received(d(received), source).noEnquiry(NoEnquiryNextStep.values()[0])).build();
    }

    private static SacTally tally(SacSettings settings, List<SafeguardingRecord> records) {
        SacTally t = new SacTally(settings, EXTRA);
        records.forEach(t::add);
        return t;
    }

    @Test
    void aThrowawayTableCountsByItsOwnRuleInItsShapesOrder() {
        SacTally t = tally(SacSettings.of(Fixtures.YEAR), List.of(
                concern("R1", "2025-05-01", ConcernSource.POLICE),
                concern("R2", "2025-06-01", ConcernSource.POLICE),
                concern("R3", "2025-07-01", ConcernSource.SELF),
                concern("R4", "2025-03-31", ConcernSource.NHS)));          // before the year: not counted

        long[] counts = t.extraTable(ConcernsBySource.class).counts(Population.SAFEGUARDING_CONCERNS);
        List<String> cells = new ArrayList<>();
        List<TableShape.Labels> labels = ConcernsBySource.SHAPE.labels(Population.SAFEGUARDING_CONCERNS);
        for (int i = 0; i < counts.length; i++) {
            cells.add(labels.get(i).category() + " / " + labels.get(i).subcategory() + " = " + counts[i]);
        }
        assertThat(cells).containsExactly("Source of Concern / Self = 1",
                "Source of Concern / Family, friend or neighbour = 0", "Source of Concern / Care provider = 0",
                "Source of Concern / NHS = 0", "Source of Concern / Police = 2", "Source of Concern / Housing = 0",
                "Source of Concern / Other = 0");
        assertThat(counts[ConcernsBySource.SHAPE.index(ConcernSource.POLICE)]).isEqualTo(2);
    }

    @Test
    void theThrowawayTableMergesAndComparesWithTheRestOfTheTally() {
        SacSettings s = SacSettings.of(ReportingYear.of(2025));
        List<SafeguardingRecord> all = new SyntheticDataGenerator(11).records(1500);
        SacTally whole = tally(s, all);
        SacTally merged = tally(s, all.subList(0, 700)).merge(tally(s, all.subList(700, all.size())));

        assertThat(merged).isEqualTo(whole);
        assertThat(merged.extraTable(ConcernsBySource.class).counts(Population.SAFEGUARDING_CONCERNS))
                .containsExactly(whole.extraTable(ConcernsBySource.class).counts(Population.SAFEGUARDING_CONCERNS));
        assertThat(Arrays.stream(whole.extraTable(ConcernsBySource.class).counts(Population.SAFEGUARDING_CONCERNS))
                .sum()).isEqualTo(whole.result().total(Population.SAFEGUARDING_CONCERNS));
        // a count more in the throwaway table alone makes the tallies differ
        SacTally oneMore = tally(s, all);
        oneMore.extraTable(ConcernsBySource.class).add(new RecordFacts(s).reset(
                concern("X", "2025-05-01", ConcernSource.HOUSING)));
        assertThat(oneMore).isNotEqualTo(whole);
    }

    @Test
    void addingATableLeavesEveryOtherTableMeasureAndReportUnchanged() {
        SacSettings s = SacSettings.of(ReportingYear.of(2025)).withGroupings(Grouping.byQuarter());
        List<SafeguardingRecord> all = new SyntheticDataGenerator(12).records(1500);
        SacTally plain = s.newTally();
        all.forEach(plain::add);

        assertThat(tally(s, all).result()).isEqualTo(plain.result());
    }
}
