package org.mspsdk.testing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.mspsdk.model.Achievement;
import org.mspsdk.model.Concern;
import org.mspsdk.model.DesiredOutcome;
import org.mspsdk.model.NegotiatedOutcome;
import org.mspsdk.model.OutcomeRevision;
import org.mspsdk.model.QuestionnaireResponse;
import org.mspsdk.model.SafeguardingRecord;

/**
 * Moves every date of a record by the same number of days (the date of birth and of death included, so ages and
 * the order of the journey stay as they were), and lists a record's journey dates (every date but the date of
 * birth), for tests at the edges of the supported date range.
 */
public final class RecordDates {

    private RecordDates() {
    }

    /**
     * @param r    a record
     * @param days how many days to move every date (negative: earlier)
     * @return the record with every date moved
     */
    public static SafeguardingRecord shift(SafeguardingRecord r, long days) {
        Concern c = r.concern();
        SafeguardingRecord.Builder b = r.toBuilder()
                .concern(new Concern(c.receivedOn().plusDays(days), c.raisedBy(), c.outcome(), c.nextStep()))
                .adult(r.adult().toBuilder()
                        .dateOfBirth(r.adult().dateOfBirth().map(d -> d.plusDays(days)).orElse(null))
                        .dateOfDeath(r.adult().dateOfDeath().map(d -> d.plusDays(days)).orElse(null)).build())
                .enquiry(r.enquiry().map(e -> e.toBuilder().commencedOn(e.commencedOn().plusDays(days))
                        .concludedOn(e.concludedOn().map(d -> d.plusDays(days)).orElse(null)).build()).orElse(null))
                .outcomes(r.outcomes().toBuilder()
                        .desiredOutcomes(r.outcomes().desiredOutcomes().stream().map(d -> new DesiredOutcome(d.id(),
                                d.wording(), d.expressedBy(), d.expressedOn().plusDays(days), d.stage(), d.category()))
                                .toList())
                        .negotiatedOutcomes(r.outcomes().negotiatedOutcomes().stream().map(n -> new NegotiatedOutcome(
                                n.id(), n.desiredOutcomeIds(), n.revisions().stream().map(v -> new OutcomeRevision(
                                        v.agreedOn().plusDays(days), v.wording(), v.reason())).toList(),
                                n.achievement().map(a -> new Achievement(a.level(), a.judgedBy(),
                                        a.ratedOn().plusDays(days))))).toList())
                        .build())
                .questionnaires(r.questionnaires().stream().map(q -> new QuestionnaireResponse(q.instrumentId(),
                        q.instrumentVersion(), q.status(), q.respondent(), q.date().map(d -> d.plusDays(days)),
                        q.notOfferedReason(), q.answers())).toList());
        return b.build();
    }

    /**
     * @param r a record
     * @return every date of the journey: all but the date of birth
     */
    public static List<LocalDate> journeyDates(SafeguardingRecord r) {
        List<LocalDate> dates = new ArrayList<>();
        dates.add(r.concern().receivedOn());
        r.adult().dateOfDeath().ifPresent(dates::add);
        r.enquiry().ifPresent(e -> {
            dates.add(e.commencedOn());
            e.concludedOn().ifPresent(dates::add);
        });
        r.outcomes().desiredOutcomes().forEach(d -> dates.add(d.expressedOn()));
        for (NegotiatedOutcome n : r.outcomes().negotiatedOutcomes()) {
            n.revisions().forEach(v -> dates.add(v.agreedOn()));
            n.achievement().ifPresent(a -> dates.add(a.ratedOn()));
        }
        r.questionnaires().forEach(q -> q.date().ifPresent(dates::add));
        return dates;
    }

    /** @return the earliest journey date */
    public static LocalDate first(SafeguardingRecord r) {
        return journeyDates(r).stream().min(Comparator.naturalOrder()).orElseThrow();
    }

    /** @return the latest journey date */
    public static LocalDate last(SafeguardingRecord r) {
        return journeyDates(r).stream().max(Comparator.naturalOrder()).orElseThrow();
    }
}
