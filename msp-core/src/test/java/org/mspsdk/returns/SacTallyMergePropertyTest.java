package org.mspsdk.returns;

import org.mspsdk.vocabulary.AskedAboutOutcomes;
import org.mspsdk.vocabulary.CapacityAnswer;
import org.mspsdk.vocabulary.EnquiryResult;
import org.mspsdk.vocabulary.Gender;
import org.mspsdk.vocabulary.OutcomeAchievement;
import org.mspsdk.vocabulary.Population;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.mspsdk.model.SafeguardingRecord;
import org.mspsdk.synthetic.SyntheticDataGenerator;
import org.mspsdk.vocabulary.OrganisationRole;

/**
 * Property over many generator seeds: split a dataset at random points, tally each part, merge the tallies:
 * the result equals the tally of the whole (and so does merging in a different grouping of the parts).
 */
class SacTallyMergePropertyTest {

    private static final int SEEDS = 60;

    private static SacSettings settings() {
        return SacSettings.of(ReportingYear.of(2025)).withDataQualitySampleSize(5).withGroupings(
                Grouping.byOrganisation(), Grouping.byOrganisationWithRole(OrganisationRole.RAISED_CONCERN),
                Grouping.byTypeOfRisk(), Grouping.byQuarter(),
                Grouping.byKey("locality", r -> r.adult().personId().hashCode() % 3 == 0 ? null
                        : "L" + Math.floorMod(r.adult().personId().hashCode(), 4)));
    }

    private static SacTally tally(SacSettings s, List<SafeguardingRecord> records) {
        SacTally t = s.newTally();
        records.forEach(t::add);
        return t;
    }

    @Test
    void mergingTalliesOfRandomPartsEqualsTheTallyOfTheWhole() {
        SacSettings s = settings();
        for (long seed = 1; seed <= SEEDS; seed++) {
            SplittableRandom random = new SplittableRandom(seed * 7919);
            int n = 200 + random.nextInt(1300);
            List<SafeguardingRecord> all = new SyntheticDataGenerator(seed).records(n);
            List<Integer> cuts = new ArrayList<>();
            int parts = 1 + random.nextInt(6);
            for (int i = 0; i < parts - 1; i++) {
                cuts.add(random.nextInt(n + 1));
            }
            cuts.add(0);
            cuts.add(n);
            Collections.sort(cuts);

            SacTally whole = tally(s, all);
            SacTally merged = s.newTally();
            List<SacTally> pieces = new ArrayList<>();
            for (int i = 0; i + 1 < cuts.size(); i++) {
                SacTally piece = tally(s, all.subList(cuts.get(i), cuts.get(i + 1)));
                pieces.add(piece);
                merged.merge(piece);
            }
            // a different bracketing: merge the parts from the last to the first
            SacTally reversed = s.newTally();
            for (int i = pieces.size() - 1; i >= 0; i--) {
                reversed.merge(tally(s, all.subList(cuts.get(i), cuts.get(i + 1))));
            }

            assertThat(merged).as("seed %d, cuts %s", seed, cuts).isEqualTo(whole);
            assertThat(reversed).as("seed %d, cuts %s (reversed)", seed, cuts).isEqualTo(whole);
            assertThat(merged.result()).as("seed %d result", seed).isEqualTo(whole.result());
        }
    }

    @Test
    void aParallelStreamCollectsTheSameReturnAsASequentialOne() {
        SacSettings s = settings();
        for (long seed = 100; seed < 105; seed++) {
            List<SafeguardingRecord> all = new SyntheticDataGenerator(seed).records(3000);
            SacReturn sequential = all.stream().collect(SacTally.collector(s));
            SacReturn parallel = all.parallelStream().collect(SacTally.collector(s));
            assertThat(parallel).as("seed %d", seed).isEqualTo(sequential);
        }
    }

    @Test
    void theTallyOfGeneratedDataIsNotEmptyAndKeepsTheInvariantsOfTheTables() {
        for (long seed = 1; seed <= 10; seed++) {
            SacReturn r = new SyntheticDataGenerator(seed).stream(5000).collect(SacTally.collector(settings()));
            Population c = Population.CONCLUDED_S42;
            long concluded = r.total(c, CapacityAnswer.class);
            assertThat(concluded).as("seed %d", seed).isPositive();
            // SG2c, SG3a and SG4a asked: exactly one count per concluded s42 enquiry (generated data is complete)
            assertThat(r.total(c, EnquiryResult.class)).as("seed %d", seed)
                    .isEqualTo(concluded);
            assertThat(r.total(c, AskedAboutOutcomes.class)).as("seed %d", seed)
                    .isEqualTo(concluded);
            // achieved block equals the asked-expressed count when every such enquiry has an achievement
            assertThat(r.total(c, OutcomeAchievement.class)).as("seed %d", seed)
                    .isEqualTo(r.count(c, AskedAboutOutcomes.ASKED_EXPRESSED)
                            - r.dataQuality().count(DataQualityIssue.ACHIEVEMENT_NOT_RECORDED));
            // distinct people never exceed enquiries
            assertThat(r.total(Population.S42_ENQUIRIES, Gender.class)).as("seed %d", seed)
                    .isLessThanOrEqualTo(r.total(Population.S42_ENQUIRIES));
        }
    }
}
