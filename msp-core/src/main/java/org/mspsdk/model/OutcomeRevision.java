package org.mspsdk.model;

import static org.mspsdk.internal.Checks.optional;
import static org.mspsdk.internal.Checks.optionalCode;
import static org.mspsdk.internal.Checks.required;
import static org.mspsdk.internal.Checks.text;

import java.time.LocalDate;
import java.util.Optional;
import org.mspsdk.vocabulary.NegotiationChangeReason;

/**
 * One entry in a negotiated outcome's history: the wording agreed on a date and, where it departs from the
 * person's words or from the previous wording, the reason. The wording is personal data and does not appear
 * in {@link #toString()}.
 *
 * @param agreedOn the date this wording was agreed
 * @param wording  the agreed wording
 * @param reason   why it differs from the person's words or the previous wording, where it does
 * @param recordedBy the code of the organisation that recorded it (an organisation on the record); empty means
 *                 the organisation whose record this is ({@link SafeguardingRecord#recorder()})
 */
public record OutcomeRevision(LocalDate agreedOn, String wording, Optional<NegotiationChangeReason> reason,
        Optional<String> recordedBy) {

    /** Checks the mandatory parts. */
    public OutcomeRevision {
        required(agreedOn, "negotiatedOutcomes[].revisions[].agreedOn");
        text(wording, "negotiatedOutcomes[].revisions[].wording");
        reason = optional(reason);
        recordedBy = optionalCode(recordedBy, "negotiatedOutcomes[].revisions[].recordedBy");
    }

    /**
     * A revision recorded by the organisation whose record it is.
     *
     * @param agreedOn the date this wording was agreed
     * @param wording  the agreed wording
     * @param reason   why it differs, where it does
     */
    public OutcomeRevision(LocalDate agreedOn, String wording, Optional<NegotiationChangeReason> reason) {
        this(agreedOn, wording, reason, Optional.empty());
    }

    /**
     * @param organisationCode the code of the organisation that recorded it, or null for the record's own
     * @return a copy attributed to that organisation
     */
    public OutcomeRevision withRecordedBy(String organisationCode) {
        return new OutcomeRevision(agreedOn, wording, reason, Optional.ofNullable(organisationCode));
    }

    /**
     * @param agreedOn the date
     * @param wording  the wording, unchanged from the person's words
     * @return a revision with no change reason
     */
    public static OutcomeRevision of(LocalDate agreedOn, String wording) {
        return new OutcomeRevision(agreedOn, wording, Optional.empty());
    }

    /**
     * @param agreedOn the date
     * @param wording  the new wording
     * @param reason   why it changed
     * @return a revision recording a change
     */
    public static OutcomeRevision changed(LocalDate agreedOn, String wording, NegotiationChangeReason reason) {
        return new OutcomeRevision(agreedOn, wording, Optional.of(reason));
    }

    @Override
    public String toString() {
        return "OutcomeRevision[agreedOn=" + agreedOn + ", wording=redacted, reason="
                + reason.map(NegotiationChangeReason::code).orElse("none")
                + recordedBy.map(c -> ", recordedBy=" + c).orElse("") + "]";
    }
}
