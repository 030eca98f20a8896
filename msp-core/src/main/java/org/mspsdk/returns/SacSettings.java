package org.mspsdk.returns;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.mspsdk.MspException;
import org.mspsdk.instrument.Instrument;
import org.mspsdk.instrument.Instruments;
import org.mspsdk.model.RollUpRule;
import org.mspsdk.model.SarRegister;

/**
 * What a {@link SacTally} counts: the reporting year, the roll-up rule, the board groupings, the experience
 * instrument and items, and how many record ids the data-quality report keeps per issue. Immutable; the
 * {@code with...} methods return copies.
 *
 * <pre>{@code
 * SacSettings settings = SacSettings.of(ReportingYear.of(2025))
 *         .withGroupings(Grouping.byOrganisation(), Grouping.byQuarter())
 *         .withDataQualitySampleSize(50);
 * SacReturn r = records.stream().collect(SacTally.collector(settings));
 * }</pre>
 *
 * @param year                   the reporting year
 * @param rollUp                 how per-outcome ratings become the enquiry answer where none is recorded
 * @param groupings              the board breakdowns to produce (distinct names)
 * @param experienceInstrument   the Part 2 instrument whose answers the experience measure counts
 * @param experienceItems        its scaled items to report
 * @param dataQualitySampleSize  how many record ids the data-quality report keeps per issue (counts are exact)
 * @param reviews                the board's register of Safeguarding Adults Reviews (SG5a, SG5b); empty: those
 *                               figures are missing
 */
public record SacSettings(ReportingYear year, RollUpRule rollUp, List<Grouping> groupings,
        Instrument experienceInstrument, List<String> experienceItems, int dataQualitySampleSize,
        Optional<SarRegister> reviews) {

    /** The default number of record ids kept per data-quality issue. */
    public static final int DEFAULT_SAMPLE_SIZE = 100;

    /** Checks the parts. */
    public SacSettings {
        Objects.requireNonNull(year, "year");
        Objects.requireNonNull(rollUp, "rollUp");
        groupings = List.copyOf(groupings);
        if (new HashSet<>(groupings).size() != groupings.size()) {
            throw new MspException(MspException.Kind.INVALID_VALUE, "settings.groupings: names must be distinct");
        }
        Objects.requireNonNull(experienceInstrument, "experienceInstrument");
        experienceItems = List.copyOf(experienceItems);
        for (String item : experienceItems) {
            boolean scaled = experienceInstrument.items().stream()
                    .anyMatch(i -> i.linkId().equals(item) && i.scale().isPresent());
            if (!scaled) {
                throw new MspException(MspException.Kind.INVALID_VALUE, "settings.experienceItems: '" + item
                        + "' is not a scaled item of instrument " + experienceInstrument.id());
            }
        }
        if (dataQualitySampleSize < 0) {
            throw new MspException(MspException.Kind.INVALID_VALUE,
                    "settings.dataQualitySampleSize must be zero or more");
        }
        Objects.requireNonNull(reviews, "reviews");
    }

    /**
     * Settings without a register of reviews.
     *
     * @param year                  the reporting year
     * @param rollUp                the roll-up rule
     * @param groupings             the board breakdowns
     * @param experienceInstrument  the Part 2 instrument
     * @param experienceItems       its scaled items to report
     * @param dataQualitySampleSize record ids kept per issue
     */
    public SacSettings(ReportingYear year, RollUpRule rollUp, List<Grouping> groupings,
            Instrument experienceInstrument, List<String> experienceItems, int dataQualitySampleSize) {
        this(year, rollUp, groupings, experienceInstrument, experienceItems, dataQualitySampleSize, Optional.empty());
    }

    /**
     * The defaults for a year: the SAC default roll-up, no groupings, Part 2 of "My Safeguarding Experience" with
     * {@link Instruments#PART_2_EXPERIENCE_ITEMS}, {@value #DEFAULT_SAMPLE_SIZE} ids per issue.
     *
     * @param year the reporting year
     * @return the settings
     */
    public static SacSettings of(ReportingYear year) {
        return new SacSettings(year, RollUpRule.SAC_DEFAULT, List.of(), Instruments.MY_SAFEGUARDING_EXPERIENCE_PART_2,
                Instruments.PART_2_EXPERIENCE_ITEMS, DEFAULT_SAMPLE_SIZE);
    }

    /** @param rule the roll-up rule @return a copy using it */
    public SacSettings withRollUp(RollUpRule rule) {
        return new SacSettings(year, rule, groupings, experienceInstrument, experienceItems, dataQualitySampleSize,
                reviews);
    }

    /** @param more groupings to add @return a copy with them added */
    public SacSettings withGroupings(Grouping... more) {
        List<Grouping> all = new ArrayList<>(groupings);
        all.addAll(List.of(more));
        return new SacSettings(year, rollUp, all, experienceInstrument, experienceItems, dataQualitySampleSize,
                reviews);
    }

    /** @param instrument the Part 2 instrument @param items its scaled items @return a copy using them */
    public SacSettings withExperience(Instrument instrument, List<String> items) {
        return new SacSettings(year, rollUp, groupings, instrument, items, dataQualitySampleSize, reviews);
    }

    /** @param n ids kept per issue @return a copy */
    public SacSettings withDataQualitySampleSize(int n) {
        return new SacSettings(year, rollUp, groupings, experienceInstrument, experienceItems, n, reviews);
    }

    /**
     * @param register the board's register of Safeguarding Adults Reviews; SG5a and SG5b count the reviews
     *                 completed in the year (validate it first: {@code Validator.validate(SarRegister)})
     * @return a copy using it
     */
    public SacSettings withReviews(SarRegister register) {
        return new SacSettings(year, rollUp, groupings, experienceInstrument, experienceItems, dataQualitySampleSize,
                Optional.of(Objects.requireNonNull(register, "register")));
    }

    /** @return a new, empty tally with these settings */
    public SacTally newTally() {
        return new SacTally(this);
    }

    @Override
    public String toString() {
        return "SacSettings[" + year.label() + ", groupings=" + groupings + ", experience=" + experienceInstrument.id()
                + ", dataQualitySampleSize=" + dataQualitySampleSize + ", reviews=" + reviews.isPresent() + "]";
    }
}
