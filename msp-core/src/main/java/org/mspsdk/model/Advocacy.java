package org.mspsdk.model;

import static org.mspsdk.internal.Checks.optional;
import static org.mspsdk.internal.Checks.optionalCode;

import java.util.Optional;

/**
 * The facts behind the advocacy duty (Care Act 2014 s68): the council must arrange an independent advocate
 * when the adult would have substantial difficulty being involved and has no appropriate person to support
 * them. Each answer may be unknown while a case is in progress.
 *
 * @param substantialDifficulty       the adult would have substantial difficulty being involved
 * @param appropriatePersonAvailable  an appropriate person is available to support their involvement
 * @param independentAdvocateArranged an independent advocate was arranged
 * @param recordedBy                  the code of the organisation that recorded these answers (an organisation on
 *                                    the record); empty means the organisation whose record this is
 */
public record Advocacy(Optional<Boolean> substantialDifficulty, Optional<Boolean> appropriatePersonAvailable,
        Optional<Boolean> independentAdvocateArranged, Optional<String> recordedBy) {

    /** Normalises missing answers to empty. */
    public Advocacy {
        substantialDifficulty = optional(substantialDifficulty);
        appropriatePersonAvailable = optional(appropriatePersonAvailable);
        independentAdvocateArranged = optional(independentAdvocateArranged);
        recordedBy = optionalCode(recordedBy, "enquiry.advocacy.recordedBy");
    }

    /**
     * Advocacy answers recorded by the organisation whose record it is.
     *
     * @param substantialDifficulty       substantial difficulty being involved
     * @param appropriatePersonAvailable  an appropriate person is available
     * @param independentAdvocateArranged an independent advocate was arranged
     */
    public Advocacy(Optional<Boolean> substantialDifficulty, Optional<Boolean> appropriatePersonAvailable,
            Optional<Boolean> independentAdvocateArranged) {
        this(substantialDifficulty, appropriatePersonAvailable, independentAdvocateArranged, Optional.empty());
    }

    /**
     * @param organisationCode the code of the organisation that recorded it, or null for the record's own
     * @return a copy attributed to that organisation
     */
    public Advocacy withRecordedBy(String organisationCode) {
        return new Advocacy(substantialDifficulty, appropriatePersonAvailable, independentAdvocateArranged,
                Optional.ofNullable(organisationCode));
    }

    /**
     * @param substantialDifficulty       substantial difficulty being involved
     * @param appropriatePersonAvailable  an appropriate person is available
     * @param independentAdvocateArranged an independent advocate was arranged
     * @return the advocacy answers, all known
     */
    public static Advocacy of(boolean substantialDifficulty, boolean appropriatePersonAvailable,
            boolean independentAdvocateArranged) {
        return new Advocacy(Optional.of(substantialDifficulty), Optional.of(appropriatePersonAvailable),
                Optional.of(independentAdvocateArranged));
    }

    /** @return true when the duty to arrange an independent advocate applies and none was arranged */
    public boolean dutyUnmet() {
        return substantialDifficulty.orElse(false) && !appropriatePersonAvailable.orElse(true)
                && !independentAdvocateArranged.orElse(false);
    }
}
