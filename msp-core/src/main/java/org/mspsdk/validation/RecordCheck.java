package org.mspsdk.validation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.mspsdk.instrument.InstrumentCatalogue;
import org.mspsdk.model.Concern;
import org.mspsdk.model.Enquiry;
import org.mspsdk.model.PersonalOutcomes;
import org.mspsdk.model.RollUpRule;
import org.mspsdk.model.SafeguardingRecord;
import org.mspsdk.vocabulary.ConcernOutcome;
import org.mspsdk.vocabulary.EnquiryType;

/**
 * One run of every {@link RuleArea} over one record: the record, the validator's settings, the facts several
 * areas share (concluded, closed on, section 42) and the findings so far. Messages are built only from fixed
 * text, codes of the SDK's code lists and the limits: never from the record's free text, identifiers or dates.
 */
final class RecordCheck {

    final SafeguardingRecord record;
    final LocalDate today;
    final InstrumentCatalogue instruments;
    final RollUpRule rollUp;

    final Concern concern;
    final Optional<Enquiry> enquiry;
    final PersonalOutcomes outcomes;
    /** True when the record has an enquiry with a conclusion date. */
    final boolean concluded;
    /**
     * When the journey closed: the enquiry's conclusion, or for a concern decided as no-enquiry (outcomes met at
     * the point of concern) the date the concern was received; empty while open.
     */
    final Optional<LocalDate> closedOn;
    /** True when the record has a section 42 enquiry. */
    final boolean s42;

    private final Profile profile;
    private final List<Finding> findings = new ArrayList<>();

    private RecordCheck(SafeguardingRecord record, Profile profile, LocalDate today, InstrumentCatalogue instruments,
            RollUpRule rollUp) {
        this.record = record;
        this.profile = profile;
        this.today = today;
        this.instruments = instruments;
        this.rollUp = rollUp;
        this.concern = record.concern();
        this.enquiry = record.enquiry();
        this.outcomes = record.outcomes();
        this.concluded = enquiry.map(Enquiry::isConcluded).orElse(false);
        this.closedOn = enquiry.isPresent() ? enquiry.get().concludedOn()
                : concern.outcome().filter(o -> o == ConcernOutcome.NO_ENQUIRY).map(o -> concern.receivedOn());
        this.s42 = enquiry.map(e -> e.type() == EnquiryType.S42).orElse(false);
    }

    /** @return every finding of every area of the catalogue, in catalogue order */
    static ValidationReport run(SafeguardingRecord record, Profile profile, LocalDate today,
            InstrumentCatalogue instruments, RollUpRule rollUp) {
        RecordCheck check = new RecordCheck(record, profile, today, instruments, rollUp);
        for (RuleArea area : RuleCatalogue.areas()) {
            area.check().accept(check);
        }
        return new ValidationReport(check.findings);
    }

    /**
     * Reports a finding of {@code rule} when the validator's profile includes the rule.
     *
     * @param rule    the rule that fired
     * @param path    where (one of the rule's documented paths, with indexes)
     * @param message what was expected; never personal data
     */
    void add(Rule rule, String path, String message) {
        if (profile.includes(rule.profile())) {
            findings.add(new Finding(rule.id(), rule.severity(), path, message));
        }
    }
}
