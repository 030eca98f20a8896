package org.mspsdk.report;

import java.util.List;
import java.util.Optional;
import org.mspsdk.returns.MspMeasures;
import org.mspsdk.returns.SacCell;
import org.mspsdk.returns.SacReturn;
import org.mspsdk.vocabulary.SacTable;

/**
 * The figures several sections share, each made once from a return: the SG4a blocks, the SG1f totals, the
 * sector outcomes percentages, feeling safer and an experience item's positive answers.
 */
final class Measures {

    /** The SG4a category of the "asked" block. */
    static final String ASKED = "Asked about Desired Outcomes";
    /** The SG4a category of the "achieved" block. */
    static final String ACHIEVED = "Outcomes Achieved";

    private Measures() {
    }

    /** @return the SG4a cells of one category, in published order */
    static List<SacCell> sg4a(SacReturn sac, String category) {
        return sac.cells(SacTable.SG4A).stream().filter(c -> c.category().equals(category)).toList();
    }

    /** @return the sum of the cells */
    static long sum(List<SacCell> cells) {
        return cells.stream().mapToLong(SacCell::value).sum();
    }

    /** @return the sources of the cells */
    static List<String> sources(List<SacCell> cells) {
        return cells.stream().map(Sources::cell).toList();
    }

    /** @return the share of concluded s42 enquiries in which the person was asked and expressed outcomes */
    static Figure askedAndExpressed(Figures f, SacReturn sac) {
        List<SacCell> asked = sg4a(sac, ASKED);
        SacCell expressed = asked.get(0);
        return f.percent(sac.year(), expressed.value(), sum(asked), List.of(Sources.cell(expressed)),
                sources(asked));
    }

    /** @return the SG1f cell of a population, by its ENQUIRY_TYPE */
    static SacCell total(SacReturn sac, String enquiryType) {
        return sac.cells(SacTable.SG1F).stream().filter(c -> c.enquiryType().equals(enquiryType)).findFirst()
                .orElseThrow();
    }

    /** @return the SG1f total as a figure */
    static Figure totalFigure(Figures f, SacReturn sac, String enquiryType) {
        SacCell c = total(sac, enquiryType);
        return f.count(sac.year(), c.value(), Sources.cell(c));
    }

    /** @return the share of people who defined outcomes */
    static Figure definedPercent(Figures f, SacReturn sac) {
        MspMeasures.SectorOutcomesMeasure s = sac.measures().sectorOutcomes();
        return f.percent(sac.year(), s.definedOutcomes(), s.peopleWithConcern(), Sources.sector("definedOutcomes"),
                Sources.sector("peopleWithConcern"));
    }

    /** @return the share of those whose outcomes were fully or partly met */
    static Figure metPercent(Figures f, SacReturn sac) {
        MspMeasures.SectorOutcomesMeasure s = sac.measures().sectorOutcomes();
        return f.percent(sac.year(), s.fullyOrPartlyMet(), s.definedOutcomes(), Sources.sector("fullyOrPartlyMet"),
                Sources.sector("definedOutcomes"));
    }

    /** @return the share of people rated at start and end who felt safer at the end */
    static Figure saferPercent(Figures f, SacReturn sac) {
        MspMeasures.FeelingSafeChange c = sac.measures().feelingSafe();
        return f.percent(sac.year(), c.improved(), c.pairs(), Sources.FEELING_SAFE + "improved",
                Sources.FEELING_SAFE + "pairs");
    }

    /**
     * @param linkId an experience item
     * @return the share of those who answered it who said "yes, completely" or "yes, to some extent" (the first
     *     two answers of the scale), empty when the item is not counted
     */
    static Optional<Figure> positive(Figures f, SacReturn sac, String linkId) {
        return sac.measures().experience().stream().filter(e -> e.linkId().equals(linkId)).findFirst().map(e -> {
            List<String> codes = e.counts().keySet().stream()
                    .filter(k -> !k.equals(MspMeasures.ExperienceResult.NOT_ANSWERED)).toList();
            List<String> yes = codes.subList(0, Math.min(2, codes.size()));
            long part = yes.stream().mapToLong(k -> e.counts().get(k)).sum();
            long whole = codes.stream().mapToLong(k -> e.counts().get(k)).sum();
            return f.percent(sac.year(), part, whole, yes.stream().map(k -> Sources.experienceAnswer(linkId, k))
                    .toList(), codes.stream().map(k -> Sources.experienceAnswer(linkId, k)).toList());
        });
    }
}
