package org.mspsdk.vocabulary;

import java.util.Arrays;
import java.util.stream.Collectors;
import org.mspsdk.MspException;

/**
 * Whom or what a SAC table counts: the {@code ENQUIRY_TYPE} column of the published layout. The SG1 tables count
 * distinct people in the first three populations; SG1f counts their concerns and enquiries; SG2a-SG4a count
 * enquiries concluded in the year. Which populations a table has is part of its {@link SacTable#shape() shape}.
 *
 * <pre>{@code
 * long fully = sac.count(Population.CONCLUDED_S42, OutcomeAchievement.FULLY_ACHIEVED);
 * String column = Population.CONCLUDED_S42.enquiryType();   // "Concluded Section 42 Enquiries"
 * }</pre>
 */
public enum Population {
    /** People with (SG1a-SG1e), or the number of (SG1f), safeguarding concerns received in the year. */
    SAFEGUARDING_CONCERNS("Safeguarding Concerns"),
    /** People with (SG1a-SG1e), or the number of (SG1f), section 42 enquiries commenced in the year. */
    S42_ENQUIRIES("Section 42 Enquiries"),
    /** People with (SG1a-SG1e), or the number of (SG1f), other enquiries commenced in the year (voluntary). */
    OTHER_ENQUIRIES("Other Enquiries"),
    /** Section 42 enquiries concluded in the year (SG2a-SG4a). */
    CONCLUDED_S42("Concluded Section 42 Enquiries"),
    /** Other enquiries concluded in the year (the voluntary SG2 rows; the wording is the SDK's). */
    CONCLUDED_OTHER("Concluded Other Enquiries"),
    /** Safeguarding Adults Reviews completed in the year (SG5a), from the board's register. */
    SAFEGUARDING_ADULT_REVIEWS("Count of Safeguarding Adult Reviews"),
    /** Individuals involved in the Safeguarding Adults Reviews completed in the year (SG5b). */
    SAR_INDIVIDUALS("Count of Individuals Involved in Safeguarding Adult Reviews");

    private final String enquiryType;

    Population(String enquiryType) {
        this.enquiryType = enquiryType;
    }

    /**
     * @return true for the populations NHS England publishes: all but {@link #CONCLUDED_OTHER}, which the SDK
     *     counts for the council's own use
     */
    public boolean published() {
        return this != CONCLUDED_OTHER;
    }

    /** @return the {@code ENQUIRY_TYPE} label of the published layout, for example {@code Section 42 Enquiries} */
    public String enquiryType() {
        return enquiryType;
    }

    /**
     * @param enquiryType an {@code ENQUIRY_TYPE} label, exactly as published
     * @return the population
     * @throws MspException of kind {@code UNKNOWN_CODE} when no population has that label
     */
    public static Population fromEnquiryType(String enquiryType) {
        for (Population p : values()) {
            if (p.enquiryType.equals(enquiryType)) {
                return p;
            }
        }
        throw new MspException(MspException.Kind.UNKNOWN_CODE, "Unknown ENQUIRY_TYPE: expected one of "
                + Arrays.stream(values()).map(Population::enquiryType).collect(Collectors.joining(", ")));
    }
}
