package org.mspsdk.returns;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * The Making Safeguarding Personal measures for a reporting year, beside the SAC tables.
 *
 * <ul>
 *   <li>{@link SectorOutcomesMeasure}: distinct people with a concern received in the year; how many defined the
 *       outcomes they wanted (themselves, with a representative, or through a best-interests decision), and how
 *       many of those had their outcomes fully or partly met (as recorded when the data was aggregated);</li>
 *   <li>{@link ExperienceResult}: for each experience item of Part 2, the distribution of answers, over the
 *       completed Part 2 responses of records closed in the year (enquiry concluded in the year; or, with no
 *       enquiry, concern received in the year);</li>
 *   <li>{@link FeelingSafeChange}: for the same records, the change in "how safe do you feel" from start to end.</li>
 * </ul>
 *
 * <p>Percentages are computed from the exact counts.
 *
 * @param sectorOutcomes   the sector outcomes measure
 * @param part2Completed   completed Part 2 responses counted
 * @param part2NotOffered  Part 2 responses recorded as not offered
 * @param experience       one result per experience item, in item order
 * @param feelingSafe      the change in feeling safe
 */
public record MspMeasures(SectorOutcomesMeasure sectorOutcomes, long part2Completed, long part2NotOffered,
        List<ExperienceResult> experience, FeelingSafeChange feelingSafe) {

    /** Checks and copies. */
    public MspMeasures {
        Objects.requireNonNull(sectorOutcomes, "sectorOutcomes");
        experience = List.copyOf(experience);
        Objects.requireNonNull(feelingSafe, "feelingSafe");
    }

    /**
     * @param part  a part
     * @param whole the whole
     * @return part / whole x 100, empty when the whole is zero
     */
    static OptionalDouble percent(long part, long whole) {
        return whole == 0 ? OptionalDouble.empty() : OptionalDouble.of(part * 100.0 / whole);
    }

    /**
     * The LGA (2014) sector outcomes measure, counted over distinct people with a concern received in the year.
     * A person counts as having defined outcomes when at least one desired outcome is recorded on any of their
     * records with a concern in the year; the three "by whom" counts may overlap. "Met" uses the same achievement
     * the SG4a return uses (the recorded enquiry-level answer, else the roll-up of complete per-outcome ratings):
     * fully or partially achieved on any of their records.
     *
     * @param peopleWithConcern           distinct people with a concern received in the year
     * @param definedOutcomes             of those, people who defined outcomes
     * @param definedThemselves           outcomes expressed by the person
     * @param definedWithRepresentative   outcomes expressed with or by a representative
     * @param definedThroughBestInterests outcomes defined through a best-interests decision
     * @param achievementRecorded         of those who defined outcomes, people with an achievement recorded
     * @param fullyOrPartlyMet            of those who defined outcomes, people whose outcomes were fully or partly met
     */
    public record SectorOutcomesMeasure(long peopleWithConcern, long definedOutcomes, long definedThemselves,
            long definedWithRepresentative, long definedThroughBestInterests, long achievementRecorded,
            long fullyOrPartlyMet) {

        /** @return the percentage of people who defined outcomes, empty when there is nobody */
        public OptionalDouble definedOutcomesPercent() {
            return percent(definedOutcomes, peopleWithConcern);
        }

        /** @return the percentage of people who defined outcomes whose outcomes were fully or partly met */
        public OptionalDouble fullyOrPartlyMetPercent() {
            return percent(fullyOrPartlyMet, definedOutcomes);
        }

        /** @return the same, among only those with an achievement recorded */
        public OptionalDouble fullyOrPartlyMetOfRecordedPercent() {
            return percent(fullyOrPartlyMet, achievementRecorded);
        }
    }

    /**
     * The distribution of answers to one experience item.
     *
     * @param linkId      the item id, for example {@code listened-to}
     * @param counts      answer code to count, in scale order, followed by {@value #NOT_ANSWERED}
     */
    public record ExperienceResult(String linkId, Map<String, Long> counts) {

        /** The key of completed responses that left the item unanswered. */
        public static final String NOT_ANSWERED = "not-answered";

        /** Copies the counts, keeping their order. */
        public ExperienceResult {
            Objects.requireNonNull(linkId, "linkId");
            counts = Collections.unmodifiableMap(new LinkedHashMap<>(counts));
        }

        /** @return all responses counted for the item, answered or not */
        public long total() {
            return counts.values().stream().mapToLong(Long::longValue).sum();
        }

        /**
         * @param code an answer code
         * @return its percentage of the answered responses (unanswered excluded), empty when none answered
         */
        public OptionalDouble percentOfAnswered(String code) {
            long answered = total() - counts.getOrDefault(NOT_ANSWERED, 0L);
            return percent(counts.getOrDefault(code, 0L), answered);
        }
    }

    /**
     * The change in "how safe do you feel" (score 1 to 5) from start to end, over records with both ratings.
     *
     * @param pairs       records with both ratings
     * @param improved    end score higher than start
     * @param same        no change
     * @param worse       end score lower
     * @param totalChange the sum of (end - start) over the pairs
     * @param byChange    change (-4 to +4) to count
     * @param unpaired    records with only one of the two ratings
     */
    public record FeelingSafeChange(long pairs, long improved, long same, long worse, long totalChange,
            Map<Integer, Long> byChange, long unpaired) {

        /** Copies the distribution. */
        public FeelingSafeChange {
            byChange = Collections.unmodifiableMap(new LinkedHashMap<>(byChange));
        }

        /** @return the mean change in score, empty when there are no pairs */
        public OptionalDouble meanChange() {
            return pairs == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) totalChange / pairs);
        }
    }
}
