package org.mspsdk.returns;

import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * One board breakdown: for each group key (sorted), the {@link BoardMeasure} counts. Because a record can fall in
 * several groups, the groups of one breakdown need not add up to the whole.
 *
 * <pre>{@code
 * BoardBreakdown byTeam = sacReturn.breakdown("team");
 * long expressed = byTeam.count("North", BoardMeasure.OUTCOMES_EXPRESSED);
 * }</pre>
 */
public final class BoardBreakdown {

    private final String grouping;
    private final Map<String, Map<BoardMeasure, Long>> groups;

    BoardBreakdown(String grouping, Map<String, long[]> counts) {
        this.grouping = Objects.requireNonNull(grouping, "grouping");
        Map<String, Map<BoardMeasure, Long>> g = new LinkedHashMap<>();
        new TreeMap<>(counts).forEach((key, c) -> {
            EnumMap<BoardMeasure, Long> m = new EnumMap<>(BoardMeasure.class);
            for (BoardMeasure bm : BoardMeasure.values()) {
                m.put(bm, c[bm.ordinal()]);
            }
            g.put(key, Collections.unmodifiableMap(m));
        });
        this.groups = Collections.unmodifiableMap(g);
    }

    /** @return the grouping's name */
    public String grouping() {
        return grouping;
    }

    /** @return the counts per group key, keys sorted */
    public Map<String, Map<BoardMeasure, Long>> groups() {
        return groups;
    }

    /**
     * @param key     a group key
     * @param measure a measure
     * @return the count (0 when the group does not occur)
     */
    public long count(String key, BoardMeasure measure) {
        Map<BoardMeasure, Long> m = groups.get(key);
        return m == null ? 0 : m.get(measure);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof BoardBreakdown other && grouping.equals(other.grouping) && groups.equals(other.groups);
    }

    @Override
    public int hashCode() {
        return grouping.hashCode() * 31 + groups.hashCode();
    }

    @Override
    public String toString() {
        return "BoardBreakdown[" + grouping + ", " + groups.size() + " groups]";
    }
}
