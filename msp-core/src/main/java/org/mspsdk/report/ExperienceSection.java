package org.mspsdk.report;

import java.util.ArrayList;
import java.util.List;
import org.mspsdk.instrument.AnswerOption;
import org.mspsdk.instrument.Instrument;
import org.mspsdk.instrument.InstrumentItem;
import org.mspsdk.returns.MspMeasures;
import org.mspsdk.returns.ReportingYear;

/**
 * How people felt about the process: the answers to each Part 2 question of "My Safeguarding Experience", as
 * shares of those who answered it.
 */
final class ExperienceSection implements Section {

    @Override
    public String id() {
        return "experience";
    }

    @Override
    public String heading(ReportData data) {
        return "How did people feel about the process?";
    }

    @Override
    public boolean shows(ReportData data) {
        return !data.current().measures().experience().isEmpty();
    }

    @Override
    public void write(Page page) {
        MspMeasures m = page.current().measures();
        Figures f = page.figures();
        ReportingYear y = page.year();
        Instrument instrument = page.data().settings().sac().experienceInstrument();
        page.definition("Part 2 of My Safeguarding Experience, asked when the enquiry closes: the answers to each "
                + "question as a share of the people who answered it, over the completed responses of records "
                + "closed in the year.");
        page.paragraph(f.count(y, m.part2Completed(), Sources.EXPERIENCE + "part2Completed"),
                " responses were completed; Part 2 was recorded as not offered ",
                f.count(y, m.part2NotOffered(), Sources.EXPERIENCE + "part2NotOffered"), " times.");
        List<String> categories = new ArrayList<>();
        List<ShareBars.Row> bars = new ArrayList<>();
        List<Grid.Row> rows = new ArrayList<>();
        List<String> columns = new ArrayList<>();
        for (MspMeasures.ExperienceResult e : m.experience()) {
            InstrumentItem item = instrument.item(e.linkId()).orElse(null);
            String question = item == null ? e.linkId() : item.adultWording();
            List<String> codes = e.counts().keySet().stream()
                    .filter(k -> !k.equals(MspMeasures.ExperienceResult.NOT_ANSWERED)).toList();
            long answered = codes.stream().mapToLong(k -> e.counts().get(k)).sum();
            List<String> answeredSources = codes.stream().map(k -> Sources.experienceAnswer(e.linkId(), k)).toList();
            if (categories.isEmpty()) {
                for (String code : codes) {
                    String label = item == null ? code : item.scale().flatMap(s -> s.option(code))
                            .map(AnswerOption::label).orElse(code);
                    categories.add(label);
                    columns.add(label);
                    columns.add("%");
                }
                columns.add("Not answered");
            }
            List<Figure> shares = new ArrayList<>();
            List<Figure> cells = new ArrayList<>();
            for (String code : codes) {
                String source = Sources.experienceAnswer(e.linkId(), code);
                Figure share = f.percent(y, e.counts().get(code), answered, List.of(source), answeredSources);
                shares.add(share);
                cells.add(f.count(y, e.counts().get(code), source));
                cells.add(share);
            }
            cells.add(f.count(y, e.counts().getOrDefault(MspMeasures.ExperienceResult.NOT_ANSWERED, 0L),
                    Sources.experienceAnswer(e.linkId(), MspMeasures.ExperienceResult.NOT_ANSWERED)));
            Figure n = f.count(y, answered, answeredSources.toArray(String[]::new));
            bars.add(new ShareBars.Row(question, n, shares));
            if (cells.size() == columns.size()) {
                rows.add(new Grid.Row(question, cells));
            }
        }
        String title = "Answers to Part 2 of My Safeguarding Experience, " + y.label();
        page.chart(title + " (share of those who answered each question; n is the number who answered)",
                ShareBars.draw(page.chartId(), title, categories, bars),
                new Grid("Figures: " + title, "Question", columns, rows));
    }
}
