package org.mspsdk.report;

import java.util.List;
import org.mspsdk.returns.BoardBreakdown;
import org.mspsdk.returns.BoardMeasure;
import org.mspsdk.returns.ReportingYear;

/** The shares a board breakdown gives for one group. */
final class Breakdowns {

    private Breakdowns() {
    }

    /** @return of the s42 enquiries concluded, the share where the person was asked and expressed outcomes */
    static Figure expressedShare(Figures f, ReportingYear y, BoardBreakdown b, String key) {
        return share(f, y, b, key, List.of(BoardMeasure.OUTCOMES_EXPRESSED), BoardMeasure.S42_CONCLUDED);
    }

    /** @return of the enquiries where outcomes were expressed, the share fully or partially achieved */
    static Figure achievedShare(Figures f, ReportingYear y, BoardBreakdown b, String key) {
        return share(f, y, b, key, List.of(BoardMeasure.FULLY_ACHIEVED, BoardMeasure.PARTIALLY_ACHIEVED),
                BoardMeasure.OUTCOMES_EXPRESSED);
    }

    /** @return the share of one count (or the sum of several) in another, for one group */
    static Figure share(Figures f, ReportingYear y, BoardBreakdown b, String key, List<BoardMeasure> parts,
            BoardMeasure whole) {
        long part = parts.stream().mapToLong(m -> b.count(key, m)).sum();
        return f.percent(y, part, b.count(key, whole),
                parts.stream().map(m -> Sources.breakdown(b.grouping(), key, m)).toList(),
                List.of(Sources.breakdown(b.grouping(), key, whole)));
    }

    /** @return a count for one group */
    static Figure count(Figures f, ReportingYear y, BoardBreakdown b, String key, BoardMeasure m) {
        return f.count(y, b.count(key, m), Sources.breakdown(b.grouping(), key, m));
    }
}
