package org.mspsdk.report;

import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import org.mspsdk.returns.MspMeasures;
import org.mspsdk.returns.SacReturn;
import org.mspsdk.vocabulary.Population;

/**
 * "At a glance": the headline figures of the year as large numbers, each with its one-sentence definition, the
 * number it is out of, and the figure of the year before when the report has a trend.
 */
final class SummarySection implements Section {

    @Override
    public String id() {
        return "glance";
    }

    @Override
    public String heading(ReportData data) {
        return "At a glance";
    }

    @Override
    public void write(Page page) {
        SacReturn sac = page.current();
        Figures f = page.figures();
        MspMeasures.SectorOutcomesMeasure s = sac.measures().sectorOutcomes();
        Optional<SacReturn> before = page.data().hasTrend()
                ? Optional.of(page.data().years().get(page.data().years().size() - 2)) : Optional.empty();
        Html html = page.html();
        html.open("div", "class", "tiles").nl();
        tile(page, "People with a safeguarding concern",
                f.count(sac.year(), s.peopleWithConcern(), Sources.sector("peopleWithConcern")),
                List.of("Different people with a concern received in the year (from ",
                        Measures.totalFigure(f, sac, Population.SAFEGUARDING_CONCERNS.enquiryType()),
                        " concerns)."),
                before, (ff, r) -> ff.count(r.year(), r.measures().sectorOutcomes().peopleWithConcern(),
                        Sources.sector("peopleWithConcern")));
        tile(page, "Said what outcomes they wanted", Measures.definedPercent(f, sac),
                List.of("Of ", f.count(sac.year(), s.peopleWithConcern(), Sources.sector("peopleWithConcern")),
                        " people with a concern, the share who defined the outcomes they wanted."),
                before, Measures::definedPercent);
        tile(page, "Outcomes fully or partly met", Measures.metPercent(f, sac),
                List.of("Of ", f.count(sac.year(), s.definedOutcomes(), Sources.sector("definedOutcomes")),
                        " people who defined outcomes, the share whose outcomes were fully or partly met."),
                before, Measures::metPercent);
        tile(page, "Asked, and said what they wanted (SG4a)", Measures.askedAndExpressed(f, sac),
                List.of("Of ", f.count(sac.year(), Measures.sum(Measures.sg4a(sac, Measures.ASKED)),
                        Measures.sources(Measures.sg4a(sac, Measures.ASKED)).toArray(String[]::new)),
                        " section 42 enquiries concluded, the share where the person was asked and expressed "
                        + "outcomes."),
                before, Measures::askedAndExpressed);
        MspMeasures.FeelingSafeChange safe = sac.measures().feelingSafe();
        tile(page, "Felt safer at the end", Measures.saferPercent(f, sac),
                List.of("Of ", f.count(sac.year(), safe.pairs(), Sources.FEELING_SAFE + "pairs"),
                        " people asked how safe they felt at the start and at the end, the share who felt safer."),
                before, Measures::saferPercent);
        Optional<Figure> listened = Measures.positive(f, sac, "listened-to");
        if (listened.isPresent()) {
            tile(page, "Felt listened to", listened.get(),
                    List.of("Of those who answered Part 2 of My Safeguarding Experience, the share who felt listened "
                            + "to completely or to some extent."),
                    before, (ff, r) -> Measures.positive(ff, r, "listened-to").orElseThrow());
        }
        html.close("div").nl();
    }

    private static void tile(Page page, String name, Figure figure, List<Object> definition,
            Optional<SacReturn> before, BiFunction<Figures, SacReturn, Figure> sameFigureOf) {
        Html html = page.html();
        html.open("div", "class", "tile").element("p", name, "class", "tile-name");
        html.open("p", "class", "tile-figure").element("span", figure.text(), figure.attributeArray("class",
                "figure")).close("p");
        html.open("p", "class", "tile-definition");
        page.inline(definition.toArray());
        html.close("p");
        before.ifPresent(b -> {
            html.open("p", "class", "tile-before");
            page.inline(b.year().label() + ": ", sameFigureOf.apply(page.figures(), b));
            html.close("p");
        });
        html.close("div").nl();
    }
}
