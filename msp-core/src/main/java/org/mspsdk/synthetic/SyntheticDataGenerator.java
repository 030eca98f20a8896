package org.mspsdk.synthetic;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.mspsdk.model.SafeguardingRecord;

/**
 * A seeded, deterministic generator of realistic, internally consistent safeguarding records, for tests,
 * examples, demos and benchmarks. The same seed and settings give equal records, in the same order.
 *
 * <p>Records keep every rule of the validator: dates in order and not after {@link Settings#asOf()}, the
 * SG4a answer consistent with the desired outcomes, achievement only on concluded enquiries and agreeing with
 * the default roll-up, a risk outcome only where a risk was identified, complete risk items, the capacity and
 * consent follow-up answers. Proportions are roughly the national ones (about 30% of concerns lead to a
 * section 42 enquiry; neglect about 31% of risk types; own home about 45% of locations). Some people have
 * several records, so distinct-person counts differ from record counts. All identifiers and words are
 * invented; NHS numbers come only from the range the NHS reserves for test data (starting
 * {@value #TEST_NHS_NUMBER_PREFIX}), so none can be a real person's number.
 *
 * <pre>{@code
 * SyntheticDataGenerator gen = new SyntheticDataGenerator(42);
 * List<SafeguardingRecord> records = gen.records(1_000);
 * }</pre>
 *
 * <p>Not thread-safe; use one generator per thread (different seeds).
 */
public final class SyntheticDataGenerator implements Iterator<SafeguardingRecord> {

    /** Generated NHS numbers start with this prefix: the range the NHS reserves for test data. */
    public static final String TEST_NHS_NUMBER_PREFIX = "999";

    /**
     * Generator settings.
     *
     * @param councilCode      the lead council's code on every record
     * @param firstConcernDate the earliest concern received date
     * @param lastConcernDate  the latest concern received date
     * @param asOf             the "today" of the dataset: nothing is dated after it
     * @param enquiryShare     the share of concerns that lead to an enquiry (s42 or other)
     * @param partnerShare     the share of concerns whose journey partners also record: the lead council's record
     *                         gets an {@code episodeId} and one or two partner records follow it (see
     *                         {@link #withPartnerShare(double)}); 0 makes no partner record
     */
    public record Settings(String councilCode, LocalDate firstConcernDate, LocalDate lastConcernDate,
            LocalDate asOf, double enquiryShare, double partnerShare) {

        /** Checks the settings. */
        public Settings {
            Objects.requireNonNull(councilCode, "councilCode");
            Objects.requireNonNull(firstConcernDate, "firstConcernDate");
            Objects.requireNonNull(lastConcernDate, "lastConcernDate");
            Objects.requireNonNull(asOf, "asOf");
            if (lastConcernDate.isBefore(firstConcernDate) || asOf.isBefore(lastConcernDate)) {
                throw new IllegalArgumentException("need firstConcernDate <= lastConcernDate <= asOf");
            }
            if (enquiryShare < 0 || enquiryShare > 1) {
                throw new IllegalArgumentException("enquiryShare must be between 0 and 1");
            }
            if (partnerShare < 0 || partnerShare > 1) {
                throw new IllegalArgumentException("partnerShare must be between 0 and 1");
            }
        }

        /**
         * Settings without partner records.
         *
         * @param councilCode      the lead council's code on every record
         * @param firstConcernDate the earliest concern received date
         * @param lastConcernDate  the latest concern received date
         * @param asOf             the "today" of the dataset
         * @param enquiryShare     the share of concerns that lead to an enquiry
         */
        public Settings(String councilCode, LocalDate firstConcernDate, LocalDate lastConcernDate, LocalDate asOf,
                double enquiryShare) {
            this(councilCode, firstConcernDate, lastConcernDate, asOf, enquiryShare, 0);
        }

        /**
         * Linked journeys: that share of concerns is also recorded by partners. The organisation that raised the
         * concern (an NHS trust, the police, a care or housing provider) keeps a record written before the
         * council's, with the outcomes the person asked for at the point of concern in about half of them; where an
         * enquiry followed, a care provider that contributed keeps one written after it. Each partner record names
         * the lead council and itself ({@code recordedBy}), and shares the council record's {@code episodeId}; the
         * council's record names the partners with their roles. Counted with {@code count} records, a journey cut
         * off at the end leaves its partner record without the lead council's.
         *
         * @param share the share of concerns, 0 to 1 (0.25 is a partnership where a quarter of concerns are shared)
         * @return a copy with the share
         */
        public Settings withPartnerShare(double share) {
            return new Settings(councilCode, firstConcernDate, lastConcernDate, asOf, enquiryShare, share);
        }

        /**
         * The defaults: one council, concerns from 1 January 2025 to 31 March 2026 (all of reporting year
         * 2025-26 and the quarter before), data as of 30 June 2026, 34% of concerns leading to an enquiry.
         *
         * @return the default settings
         */
        public static Settings defaults() {
            return new Settings("E08000099", LocalDate.of(2025, 1, 1), LocalDate.of(2026, 3, 31),
                    LocalDate.of(2026, 6, 30), 0.34);
        }
    }

    private final RecordDraws draws;
    private final Settings settings;
    private final JourneyDraws journeys;
    private final java.util.ArrayDeque<SafeguardingRecord> pending = new java.util.ArrayDeque<>();
    private long leads;

    /**
     * A generator with the default settings.
     *
     * @param seed the seed
     */
    public SyntheticDataGenerator(long seed) {
        this(seed, Settings.defaults());
    }

    /**
     * A generator with the given settings.
     *
     * @param seed     the seed
     * @param settings the settings
     */
    public SyntheticDataGenerator(long seed, Settings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.draws = new RecordDraws(new SplittableRandom(seed), settings);
        this.journeys = settings.partnerShare() > 0
                ? new JourneyDraws(new SplittableRandom(seed ^ 0x6a6f75726e657973L), settings) : null;
    }

    /** @return the settings */
    public Settings settings() {
        return settings;
    }

    /** Always true: the generator is endless. */
    @Override
    public boolean hasNext() {
        return true;
    }

    /** @return the next record */
    @Override
    public SafeguardingRecord next() {
        if (journeys == null) {
            return draws.next();
        }
        if (pending.isEmpty()) {
            pending.addAll(journeys.journey(draws.next(), ++leads));
        }
        return pending.poll();
    }

    /**
     * @param count how many
     * @return the next {@code count} records
     */
    public List<SafeguardingRecord> records(int count) {
        List<SafeguardingRecord> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            out.add(next());
        }
        return out;
    }

    /**
     * @param count how many
     * @return a sequential stream of the next {@code count} records, generated lazily
     */
    public Stream<SafeguardingRecord> stream(long count) {
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(this, Spliterator.ORDERED), false)
                .limit(count);
    }
}
