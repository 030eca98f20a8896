package org.mspsdk.returns;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.mspsdk.model.Enquiry;
import org.mspsdk.vocabulary.AskedAboutOutcomes;
import org.mspsdk.vocabulary.OutcomeAchievement;
import org.mspsdk.vocabulary.Population;
import org.mspsdk.vocabulary.RiskOutcome;

/**
 * The board breakdowns: for each grouping of the settings and each group key, the {@link BoardMeasure} counts,
 * each event counted on its own date (a record may fall in several groups). One small array per group key.
 */
final class BoardTally implements PartTally {

    private static final int MEASURES = BoardMeasure.values().length;

    private final List<Grouping> groupings;
    private final ReportingYear year;
    private final Map<String, Map<String, long[]>> boards = new LinkedHashMap<>();
    /** The current record's events (at most one per measure), reused from record to record. */
    private final BoardMeasure[] measures = new BoardMeasure[MEASURES];
    private final LocalDate[] dates = new LocalDate[MEASURES];
    private int events;

    BoardTally(SacSettings settings) {
        this.groupings = settings.groupings();
        this.year = settings.year();
        groupings.forEach(g -> boards.put(g.name(), new HashMap<>()));
    }

    @Override
    public void add(RecordFacts r) {
        if (groupings.isEmpty()) {
            return;
        }
        events = 0;
        if (r.in(Population.SAFEGUARDING_CONCERNS)) {
            event(BoardMeasure.CONCERNS, r.eventDate(Population.SAFEGUARDING_CONCERNS));
        }
        if (r.in(Population.S42_ENQUIRIES)) {
            event(BoardMeasure.S42_COMMENCED, r.eventDate(Population.S42_ENQUIRIES));
        } else if (r.in(Population.OTHER_ENQUIRIES)) {
            event(BoardMeasure.OTHER_COMMENCED, r.eventDate(Population.OTHER_ENQUIRIES));
        }
        if (r.concluded() == Population.CONCLUDED_S42) {
            concluded(r, r.eventDate(Population.CONCLUDED_S42));
        }
        if (events > 0) {
            count(r);
        }
    }

    private void concluded(RecordFacts r, LocalDate on) {
        event(BoardMeasure.S42_CONCLUDED, on);
        Enquiry e = r.enquiry();
        if (e.result().isPresent() && e.result().get().isRiskIdentified()) {
            event(BoardMeasure.RISK_IDENTIFIED, on);
            if (e.riskOutcome().isPresent() && e.riskOutcome().get() != RiskOutcome.REMAINED) {
                event(BoardMeasure.RISK_REDUCED_OR_REMOVED, on);
            }
        }
        if (r.record().outcomes().asked().orElse(AskedAboutOutcomes.NOT_RECORDED)
                == AskedAboutOutcomes.ASKED_EXPRESSED) {
            event(BoardMeasure.OUTCOMES_EXPRESSED, on);
            Optional<OutcomeAchievement> a = r.achievement();
            if (a.isPresent()) {
                event(switch (a.get()) {
                    case FULLY_ACHIEVED -> BoardMeasure.FULLY_ACHIEVED;
                    case PARTIALLY_ACHIEVED -> BoardMeasure.PARTIALLY_ACHIEVED;
                    case NOT_ACHIEVED -> BoardMeasure.NOT_ACHIEVED;
                }, on);
            }
        }
    }

    private void event(BoardMeasure m, LocalDate on) {
        measures[events] = m;
        dates[events] = on;
        events++;
    }

    private void count(RecordFacts r) {
        for (Grouping g : groupings) {
            Map<String, long[]> groups = boards.get(g.name());
            for (int i = 0; i < events; i++) {
                Collection<String> keys = g.keys(r.record(), measures[i], dates[i], year);
                if (keys.isEmpty()) {
                    if (g.reportsMissingKey()) {
                        r.issue(DataQualityIssue.GROUPING_KEY_NOT_RECORDED);
                    }
                    keys = List.of(Grouping.NOT_RECORDED);
                }
                for (String key : keys) {
                    groups.computeIfAbsent(key, k -> new long[MEASURES])[measures[i].ordinal()]++;
                }
            }
        }
    }

    @Override
    public void merge(PartTally other) {
        ((BoardTally) other).boards.forEach((name, groups) -> {
            Map<String, long[]> mine = boards.get(name);
            groups.forEach((key, counts) -> Counts.addAll(mine.computeIfAbsent(key, k -> new long[MEASURES]), counts));
        });
    }

    /** @return the breakdowns by grouping name, in settings order */
    Map<String, BoardBreakdown> result() {
        Map<String, BoardBreakdown> out = new LinkedHashMap<>();
        boards.forEach((name, groups) -> out.put(name, new BoardBreakdown(name, groups)));
        return out;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof BoardTally other) || !boards.keySet().equals(other.boards.keySet())) {
            return false;
        }
        for (Map.Entry<String, Map<String, long[]>> e : boards.entrySet()) {
            Map<String, long[]> theirs = other.boards.get(e.getKey());
            if (theirs.size() != e.getValue().size()) {
                return false;
            }
            for (Map.Entry<String, long[]> g : e.getValue().entrySet()) {
                if (!Arrays.equals(g.getValue(), theirs.get(g.getKey()))) {
                    return false;
                }
            }
        }
        return true;
    }

    @Override
    public int hashCode() {
        return boards.keySet().hashCode();
    }
}
