package org.mspsdk.partnership;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.mspsdk.MspException;
import org.mspsdk.model.SafeguardingRecord;

/**
 * Groups records into journeys and merges each journey into one case.
 *
 * <pre>{@code
 * for (Journey j : Partnership.group(records)) {
 *     MergedJourney m = Partnership.merge(j);
 *     m.findings().forEach(f -> System.out.println(f.ruleId() + " " + f.path()));
 *     m.merged().ifPresent(caseView::show);
 * }
 * // a file whose records of one journey are adjacent (sorted by episodeId): one journey held at a time,
 * // plus the ids of finished episodes (to report one split across the file):
 * Iterator<Journey> journeys = Partnership.adjacent(records.iterator());
 * }</pre>
 *
 * <p>The merge: the lead council's record (no {@code recordedBy}, or the lead council's code) is the base and the
 * authority for the concern, the enquiry, the SG4a answers and everything else the SAC counts. Each partner's
 * record adds its organisations and roles (roles are joined; another lead council is not copied in), its desired
 * outcomes, negotiated outcomes (with their revisions and ratings) and questionnaire responses, each attributed to
 * the organisation that recorded it ({@code recordedBy}, else the partner record's own {@code recordedBy}) and with
 * its local id prefixed by that organisation's code and {@code /} (by {@code code#2/} and so on for a second
 * record of the same organisation) so ids stay unique. A desired outcome or a
 * response equal to one already in the case (same attribution, same content) is not added twice. Partners' notes,
 * enquiries and extensions stay in their own records (see {@link MergedJourney#journey()}), never silently merged:
 * where a partner's enquiry disagrees with the lead council's, a finding says so.
 */
public final class Partnership {

    private Partnership() {
    }

    /**
     * Groups records into journeys in memory: records sharing an {@code episodeId}, in the order of first
     * appearance; each record without one is a journey of its own.
     *
     * @param records the records
     * @return the journeys
     */
    public static List<Journey> group(Collection<SafeguardingRecord> records) {
        Objects.requireNonNull(records, "records");
        Map<String, List<SafeguardingRecord>> byEpisode = new LinkedHashMap<>();
        List<Object> order = new ArrayList<>();
        for (SafeguardingRecord r : records) {
            Objects.requireNonNull(r, "records[]");
            if (r.episodeId().isEmpty()) {
                order.add(r);
            } else {
                List<SafeguardingRecord> list = byEpisode.get(r.episodeId().get());
                if (list == null) {
                    list = new ArrayList<>();
                    byEpisode.put(r.episodeId().get(), list);
                    order.add(r.episodeId().get());
                }
                list.add(r);
            }
        }
        List<Journey> out = new ArrayList<>(order.size());
        for (Object o : order) {
            if (o instanceof SafeguardingRecord r) {
                out.add(new Journey(Optional.empty(), List.of(r)));
            } else {
                out.add(new Journey(Optional.of((String) o), byEpisode.get(o)));
            }
        }
        return out;
    }

    /**
     * Groups a stream of records whose records of one journey are adjacent (for example a file sorted by
     * {@code episodeId}), holding one journey at a time plus one entry per finished episode to detect a journey that
     * comes back.
     *
     * @param records the records, those of one journey next to each other
     * @return the journeys, lazily
     * @throws MspException (of kind {@code INVALID_VALUE}, when iterating) when a record of an episode already
     *     finished comes later: sort the input by {@code episodeId}
     */
    public static Iterator<Journey> adjacent(Iterator<SafeguardingRecord> records) {
        Objects.requireNonNull(records, "records");
        return new Iterator<>() {
            private final Set<String> finished = new HashSet<>();
            private SafeguardingRecord pending;

            @Override
            public boolean hasNext() {
                return pending != null || records.hasNext();
            }

            @Override
            public Journey next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                SafeguardingRecord first = pending != null ? pending : records.next();
                pending = null;
                Optional<String> episode = first.episodeId();
                List<SafeguardingRecord> list = new ArrayList<>();
                list.add(first);
                if (episode.isPresent()) {
                    if (!finished.add(episode.get())) {
                        throw new MspException(MspException.Kind.INVALID_VALUE, "a record's episodeId was seen"
                                + " earlier, with records of other journeys between: the records of one journey must"
                                + " be adjacent (sort the input by episodeId)");
                    }
                    while (records.hasNext()) {
                        SafeguardingRecord r = records.next();
                        if (episode.equals(r.episodeId())) {
                            list.add(r);
                        } else {
                            pending = r;
                            break;
                        }
                    }
                }
                return new Journey(episode, list);
            }
        };
    }

    /**
     * Merges a journey into one case and reports its conflicts.
     *
     * @param journey the journey
     * @return the merged case and the findings
     */
    public static MergedJourney merge(Journey journey) {
        return new JourneyMerge(journey).run();
    }

    /**
     * @param records records of any number of journeys, in any order
     * @return each journey merged, in the order of {@link #group(Collection)}
     */
    public static List<MergedJourney> mergeAll(Collection<SafeguardingRecord> records) {
        return group(records).stream().map(Partnership::merge).toList();
    }
}
