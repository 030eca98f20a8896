package org.mspsdk.vocabulary;

/**
 * The tables of the Safeguarding Adults Collection that the SDK produces, with their published reference.
 */
public enum SacTable {
    /** SG1a: individuals by age band (age on the last day of the year, or at death). */
    SG1A("SG1a", "Age band"),
    /** SG1b: individuals by gender. */
    SG1B("SG1b", "Gender"),
    /** SG1c: individuals by ethnicity. */
    SG1C("SG1c", "Ethnicity"),
    /** SG1d: individuals by primary support reason (a person may be counted under more than one reason). */
    SG1D("SG1d", "Primary Support Reason"),
    /** SG1e: individuals with a learning, developmental or intellectual disability flag. */
    SG1E("SG1e", "Learning, Developmental or Intellectual Disability"),
    /** SG1f: totals of concerns, section 42 enquiries and other enquiries. */
    SG1F("SG1f", "Totals"),
    /** SG2a: concluded enquiries by type of risk and source of risk. */
    SG2A("SG2a", "Type of Risk"),
    /** SG2b: concluded enquiries by location of risk and source of risk. */
    SG2B("SG2b", "Location of Risk"),
    /** SG2c: concluded enquiries by action taken and result. */
    SG2C("SG2c", "Action Taken and Result"),
    /** SG2e: concluded enquiries where a risk was identified, by risk outcome. */
    SG2E("SG2e", "Risk Outcome"),
    /** SG3a: concluded section 42 enquiries by mental capacity, with the advocacy support subset. */
    SG3A("SG3a", "Mental Capacity"),
    /** SG4a: concluded section 42 enquiries: asked about desired outcomes, and outcomes achieved. */
    SG4A("SG4a", "Making Safeguarding Personal");

    private final String reference;
    private final String title;

    SacTable(String reference, String title) {
        this.reference = reference;
        this.title = title;
    }

    /** @return the published table reference, for example {@code SG2a} */
    public String reference() {
        return reference;
    }

    /** @return a short title */
    public String title() {
        return title;
    }

    /**
     * @param reference a published reference, for example {@code SG4a} (case-insensitive)
     * @return the table
     * @throws org.mspsdk.MspException of kind {@code UNKNOWN_CODE} when there is no such table
     */
    public static SacTable fromReference(String reference) {
        for (SacTable t : values()) {
            if (t.reference.equalsIgnoreCase(reference)) {
                return t;
            }
        }
        throw new org.mspsdk.MspException(org.mspsdk.MspException.Kind.UNKNOWN_CODE,
                "Unknown SAC table reference: expected one of SG1a-SG1f, SG2a, SG2b, SG2c, SG2e, SG3a, SG4a");
    }
}
