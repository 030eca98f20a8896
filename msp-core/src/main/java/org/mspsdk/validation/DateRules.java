package org.mspsdk.validation;

import static org.mspsdk.validation.Profile.IN_PROGRESS;
import static org.mspsdk.validation.Severity.ERROR;

import java.time.LocalDate;
import java.util.List;
import org.mspsdk.internal.SupportedDates;
import org.mspsdk.model.AdultAtRisk;
import org.mspsdk.model.DesiredOutcome;
import org.mspsdk.model.NegotiatedOutcome;
import org.mspsdk.model.QuestionnaireResponse;

/**
 * Rules MSP-DAT: the order of the journey's dates, no date after today (the validator's clock), and every date of
 * the journey within the range the SDK handles ({@link SupportedDates}).
 */
final class DateRules {

    static final Rule DAT_001 = new Rule("MSP-DAT-001", ERROR, IN_PROGRESS,
            "The enquiry commenced on or after the concern was received.",
            "An enquiry follows the concern that led to it; the SAC counts both by date.", "enquiry.commencedOn");
    static final Rule DAT_002 = new Rule("MSP-DAT-002", ERROR, IN_PROGRESS,
            "The enquiry concluded on or after it commenced.",
            "Durations and the reporting year of a concluded enquiry depend on both dates.", "enquiry.concludedOn");
    static final Rule DAT_003 = new Rule("MSP-DAT-003", ERROR, IN_PROGRESS,
            "No date is after today (today comes from the validator's clock).",
            "A future date is a typing error, or a record of something that has not happened.",
            "concern.receivedOn, enquiry.commencedOn, enquiry.concludedOn, adult.dateOfBirth, adult.dateOfDeath, "
                    + "outcomes.desiredOutcomes[].expressedOn, outcomes.negotiatedOutcomes[].revisions[].agreedOn, "
                    + "outcomes.negotiatedOutcomes[].achievement.ratedOn, questionnaires[].date");
    static final Rule DAT_004 = new Rule("MSP-DAT-004", ERROR, IN_PROGRESS,
            "Desired outcomes, negotiated wordings and questionnaires are not dated before the concern was received.",
            "Making Safeguarding Personal starts with the concern; an earlier date belongs to another record.",
            "outcomes.desiredOutcomes[].expressedOn, outcomes.negotiatedOutcomes[].revisions[].agreedOn, "
                    + "questionnaires[].date");

    static final Rule DAT_005 = new Rule("MSP-DAT-005", ERROR, IN_PROGRESS,
            "Every date of the journey is from " + SupportedDates.RANGE + " (the first and last days of the "
                    + "reporting years 1900-01 to 9998-99). A date of birth is not checked here: it may be earlier "
                    + "(MSP-PER-005 keeps it within " + PersonRules.MAX_AGE + " years before the concern), since the SG1a age needs the "
                    + "reporting year of the concern or enquiry, not of the birth.",
            "Returns and the research export place every date in a four-digit reporting year; a date outside "
                    + "the range is a typing error or a placeholder (0001-01-01, 9999-12-31) that the SDK cannot "
                    + "count, and the de-identifier refuses it (with this rule id).",
            "concern.receivedOn, enquiry.commencedOn, enquiry.concludedOn, adult.dateOfDeath, "
                    + "outcomes.desiredOutcomes[].expressedOn, outcomes.negotiatedOutcomes[].revisions[].agreedOn, "
                    + "outcomes.negotiatedOutcomes[].achievement.ratedOn, questionnaires[].date");

    static final RuleArea AREA = new RuleArea("DAT", "Dates (DAT)",
            List.of(DAT_001, DAT_002, DAT_003, DAT_004, DAT_005), DateRules::check);

    private DateRules() {
    }

    private static void check(RecordCheck c) {
        LocalDate received = c.concern.receivedOn();
        notFuture(c, "concern.receivedOn", received);
        supported(c, "concern.receivedOn", received);
        AdultAtRisk adult = c.record.adult();
        adult.dateOfBirth().ifPresent(d -> notFuture(c, "adult.dateOfBirth", d));
        adult.dateOfDeath().ifPresent(d -> {
            notFuture(c, "adult.dateOfDeath", d);
            supported(c, "adult.dateOfDeath", d);
        });
        c.enquiry.ifPresent(e -> {
            notFuture(c, "enquiry.commencedOn", e.commencedOn());
            supported(c, "enquiry.commencedOn", e.commencedOn());
            if (e.commencedOn().isBefore(received)) {
                c.add(DAT_001, "enquiry.commencedOn",
                        "expected the enquiry to commence on or after the concern was received");
            }
            e.concludedOn().ifPresent(d -> {
                notFuture(c, "enquiry.concludedOn", d);
                supported(c, "enquiry.concludedOn", d);
                if (d.isBefore(e.commencedOn())) {
                    c.add(DAT_002, "enquiry.concludedOn", "expected the enquiry to conclude on or after it commenced");
                }
            });
        });
        List<DesiredOutcome> desired = c.outcomes.desiredOutcomes();
        for (int i = 0; i < desired.size(); i++) {
            LocalDate d = desired.get(i).expressedOn();
            if (!inRange(c, d)) {
                String p = "outcomes.desiredOutcomes[" + i + "].expressedOn";
                notFuture(c, p, d);
                notBeforeConcern(c, p, d);
                supported(c, p, d);
            }
        }
        List<NegotiatedOutcome> negotiated = c.outcomes.negotiatedOutcomes();
        for (int i = 0; i < negotiated.size(); i++) {
            NegotiatedOutcome n = negotiated.get(i);
            for (int j = 0; j < n.revisions().size(); j++) {
                LocalDate d = n.revisions().get(j).agreedOn();
                if (!inRange(c, d)) {
                    String p = "outcomes.negotiatedOutcomes[" + i + "].revisions[" + j + "].agreedOn";
                    notFuture(c, p, d);
                    notBeforeConcern(c, p, d);
                    supported(c, p, d);
                }
            }
            int idx = i;
            n.achievement().ifPresent(a -> {
                if (!SupportedDates.contains(a.ratedOn()) || a.ratedOn().isAfter(c.today)) {
                    String p = "outcomes.negotiatedOutcomes[" + idx + "].achievement.ratedOn";
                    notFuture(c, p, a.ratedOn());
                    supported(c, p, a.ratedOn());
                }
            });
        }
        List<QuestionnaireResponse> qs = c.record.questionnaires();
        for (int i = 0; i < qs.size(); i++) {
            String p = "questionnaires[" + i + "].date";
            qs.get(i).date().ifPresent(d -> {
                notFuture(c, p, d);
                notBeforeConcern(c, p, d);
                supported(c, p, d);
            });
        }
    }

    private static void notFuture(RecordCheck c, String path, LocalDate date) {
        if (date.isAfter(c.today)) {
            c.add(DAT_003, path, "expected a date not after today");
        }
    }

    private static void supported(RecordCheck c, String path, LocalDate date) {
        if (!SupportedDates.contains(date)) {
            c.add(DAT_005, path, "expected a date from " + SupportedDates.RANGE
                    + " (the reporting years the SDK can count)");
        }
    }

    /**
     * @return true when the date is neither after today nor before the concern and is supported (no path needs
     *     building)
     */
    private static boolean inRange(RecordCheck c, LocalDate date) {
        return !date.isAfter(c.today) && !date.isBefore(c.concern.receivedOn()) && SupportedDates.contains(date);
    }

    private static void notBeforeConcern(RecordCheck c, String path, LocalDate date) {
        if (date.isBefore(c.concern.receivedOn())) {
            c.add(DAT_004, path, "expected a date on or after the concern was received");
        }
    }
}
