package org.mspsdk.returns;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.mspsdk.model.SafeguardingRecord;
import org.mspsdk.synthetic.SyntheticDataGenerator;
import org.mspsdk.validation.Profile;
import org.mspsdk.validation.Validator;
import org.mspsdk.vocabulary.Population;

/**
 * Linked journeys keep the tally streaming and mergeable: over many seeds, records with partner records (shuffled,
 * so a journey's records fall into different chunks, partner records often before their lead record) are split at
 * several random points; the merged tallies of the chunks, in any order, equal the tally of the whole, and so does
 * the tally of the records in another order. The SAC tables of linked data equal those of the lead records alone.
 */
class JourneyMergePropertyTest {

    private static final int SEEDS = 24;

    private static SacSettings settings() {
        return SacSettings.of(ReportingYear.of(2025)).withDataQualitySampleSize(3)
                .withGroupings(Grouping.byOrganisation(), Grouping.byQuarter());
    }

    private static SyntheticDataGenerator.Settings linked() {
        return SyntheticDataGenerator.Settings.defaults().withPartnerShare(0.4);
    }

    private static SacTally tally(SacSettings s, List<SafeguardingRecord> records) {
        SacTally t = s.newTally();
        records.forEach(t::add);
        return t;
    }

    @Test
    void mergingChunksOfShuffledLinkedRecordsEqualsTheWholeWhateverTheSplitAndOrder() {
        SacSettings s = settings();
        for (long seed = 1; seed <= SEEDS; seed++) {
            SplittableRandom random = new SplittableRandom(seed * 31);
            int n = 100 + random.nextInt(900);
            List<SafeguardingRecord> all = new ArrayList<>(new SyntheticDataGenerator(seed, linked()).records(n));
            if (seed % 2 == 0) {
                Collections.shuffle(all, new Random(seed));
            }
            List<Integer> cuts = new ArrayList<>(List.of(0, n));
            int parts = 2 + random.nextInt(7);
            for (int i = 0; i < parts - 1; i++) {
                cuts.add(random.nextInt(n + 1));
            }
            Collections.sort(cuts);
            SacTally whole = tally(s, all);
            List<SacTally> pieces = new ArrayList<>();
            for (int i = 0; i + 1 < cuts.size(); i++) {
                pieces.add(tally(s, all.subList(cuts.get(i), cuts.get(i + 1))));
            }
            SacTally forward = s.newTally();
            pieces.forEach(forward::merge);
            SacTally backward = s.newTally();
            for (int i = pieces.size() - 1; i >= 0; i--) {
                backward.merge(tally(s, all.subList(cuts.get(i), cuts.get(i + 1))));
            }
            // a tree: pairs merged first, then the pairs
            List<SacTally> level = new ArrayList<>();
            for (int i = 0; i + 1 < cuts.size(); i++) {
                level.add(tally(s, all.subList(cuts.get(i), cuts.get(i + 1))));
            }
            while (level.size() > 1) {
                List<SacTally> next = new ArrayList<>();
                for (int i = 0; i < level.size(); i += 2) {
                    next.add(i + 1 < level.size() ? level.get(i).merge(level.get(i + 1)) : level.get(i));
                }
                level = next;
            }
            List<SafeguardingRecord> reordered = new ArrayList<>(all);
            Collections.reverse(reordered);

            assertThat(forward).as("seed %d, cuts %s", seed, cuts).isEqualTo(whole);
            assertThat(backward).as("seed %d, cuts %s backward", seed, cuts).isEqualTo(whole);
            assertThat(level.get(0)).as("seed %d, cuts %s tree", seed, cuts).isEqualTo(whole);
            assertThat(tally(s, reordered)).as("seed %d reversed records", seed).isEqualTo(whole);
            assertThat(forward.result()).as("seed %d result", seed).isEqualTo(whole.result());
        }
    }

    @Test
    void theSacTablesOfLinkedDataAreThoseOfTheLeadRecordsAlone() {
        SacSettings s = settings();
        for (long seed = 1; seed <= 6; seed++) {
            List<SafeguardingRecord> all = new SyntheticDataGenerator(seed, linked()).records(3000);
            List<SafeguardingRecord> leadsUnlinked = all.stream().filter(SafeguardingRecord::isLeadRecord)
                    .map(r -> r.toBuilder().episodeId(null).build()).toList();
            assertThat(leadsUnlinked.size()).as("seed %d: some records are partners'", seed).isLessThan(all.size());
            SacReturn linked = tally(s, all).result();
            SacReturn alone = tally(s, leadsUnlinked).result();
            assertThat(linked.cells()).as("seed %d", seed).isEqualTo(alone.cells());
            assertThat(linked.measures()).as("seed %d", seed).isEqualTo(alone.measures());
            assertThat(linked.breakdowns()).as("seed %d", seed).isEqualTo(alone.breakdowns());
            // each journey whose concern was received in the year is one SG1f concern
            assertThat(linked.partnership().journeys().journeys()).isEqualTo(linked.total(
                    Population.SAFEGUARDING_CONCERNS));
            assertThat(linked.partnership().journeys().withPartnerRecords()).isPositive();
            assertThat(linked.partnership().journeys().partnerRecordsRead())
                    .isEqualTo(all.size() - leadsUnlinked.size());
        }
    }

    @Test
    void generatedLinkedRecordsAreValid() {
        SyntheticDataGenerator.Settings settings = linked();
        Validator v = Validator.builder().profile(Profile.IN_PROGRESS)
                .clock(Clock.fixed(settings.asOf().atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC)).build();
        int partners = 0;
        for (SafeguardingRecord r : new SyntheticDataGenerator(7, settings).records(3000)) {
            assertThat(v.validate(r).errors()).as(r.recordId()).isEmpty();
            partners += r.isPartnerRecord() ? 1 : 0;
        }
        assertThat(partners).isBetween(300, 1500);
    }
}
