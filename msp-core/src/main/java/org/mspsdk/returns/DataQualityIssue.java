package org.mspsdk.returns;

/**
 * Why a record was counted as "Not recorded" / "Not Known", or left out of a table or measure. Each issue names
 * the table it affects and what the SDK did; messages carry no personal data.
 */
public enum DataQualityIssue {
    /** No date of birth and no age recorded. */
    AGE_NOT_RECORDED("SG1a", "no date of birth or age recorded: counted as Age unknown"),
    /** Only an age at the concern is recorded, and the age on the reference date may fall in either of two bands. */
    AGE_AMBIGUOUS("SG1a", "only an age at concern is recorded and the age on the last day of the year (or at death)"
            + " could fall either side of a band boundary: counted as Age unknown"),
    /** The age on the reference date is under 18. */
    AGE_UNDER_18("SG1a", "age on the last day of the year (or at death) is under 18: counted as Age unknown"),
    /** Gender missing. */
    GENDER_NOT_RECORDED("SG1b", "gender not recorded: counted as Not Known"),
    /** Ethnicity missing. */
    ETHNICITY_NOT_RECORDED("SG1c", "ethnicity not recorded: counted as Undeclared / Not Known"),
    /** Primary support reason missing. */
    SUPPORT_REASON_NOT_RECORDED("SG1d", "primary support reason not recorded: counted as Not Known"),
    /** One or both SG1e flags missing. */
    DISABILITY_FLAGS_NOT_RECORDED("SG1e", "learning, developmental or intellectual disability flag not recorded:"
            + " not counted under that flag"),
    /** A concluded enquiry has no risk items. */
    NO_RISK_ITEMS("SG2a/SG2b", "concluded enquiry without risk items: left out of SG2a and SG2b"),
    /** A risk item has no source. */
    RISK_SOURCE_NOT_RECORDED("SG2a/SG2b", "risk item without a source of risk: that item left out of SG2a and SG2b"),
    /** A risk item has no location. */
    RISK_LOCATION_NOT_RECORDED("SG2b", "risk item without a location of risk: that item left out of SG2b"),
    /** A concluded enquiry has no result. */
    RESULT_NOT_RECORDED("SG2c/SG2e", "concluded enquiry without action taken and result: left out of SG2c and SG2e"),
    /** A risk was identified but no risk outcome is recorded. */
    RISK_OUTCOME_NOT_RECORDED("SG2e", "risk identified but no risk outcome recorded: left out of SG2e"),
    /** A risk outcome is recorded although no risk was identified. */
    RISK_OUTCOME_WITHOUT_IDENTIFIED_RISK("SG2e", "risk outcome recorded although the result is not one of the two"
            + " 'risk identified' values: left out of SG2e"),
    /** Mental capacity missing. */
    CAPACITY_NOT_RECORDED("SG3a", "mental capacity not recorded: counted as Not recorded"),
    /** Capacity lacked but the advocate/family/friend support answer is missing. */
    CAPACITY_SUPPORT_NOT_RECORDED("SG3a", "capacity lacked but whether an advocate, family or friend supported the"
            + " person is not recorded: not counted in the support subset"),
    /** The SG4a asked answer is missing. */
    ASKED_NOT_RECORDED("SG4a", "whether the person was asked about desired outcomes not recorded: counted as Not"
            + " Recorded"),
    /** Asked and expressed, but no achievement can be determined. */
    ACHIEVEMENT_NOT_RECORDED("SG4a", "outcomes expressed but no enquiry-level achievement and no complete set of"
            + " per-outcome ratings: left out of the achieved block"),
    /** The enquiry-level answer was absent and the roll-up of per-outcome ratings was counted. */
    ACHIEVEMENT_FROM_ROLL_UP("SG4a", "no enquiry-level achievement recorded: counted from the roll-up of the"
            + " per-outcome ratings"),
    /** The recorded enquiry-level answer disagrees with the roll-up of per-outcome ratings. */
    ACHIEVEMENT_DISAGREES_WITH_ROLL_UP("SG4a", "the enquiry-level achievement (counted) disagrees with the roll-up"
            + " of the per-outcome ratings"),
    /** An achievement is recorded although the answer is not asked-expressed. */
    ACHIEVEMENT_WITHOUT_OUTCOMES_EXPRESSED("SG4a", "achievement recorded although the SG4a answer is not 'asked and"
            + " outcomes were expressed': not counted in the achieved block"),
    /** A Part 2 answer is not on the item's scale. */
    EXPERIENCE_ANSWER_NOT_ON_SCALE("experience", "experience answer not on the item's answer scale: left out"),
    /** Only one of the two "how safe do you feel" ratings is recorded. */
    FEELING_SAFE_NOT_PAIRED("feeling-safe", "only one of the start and end 'how safe do you feel' ratings is"
            + " recorded: left out of the change measure"),
    /** A caller-supplied grouping returned no key. */
    GROUPING_KEY_NOT_RECORDED("board", "the grouping key is not recorded: grouped under Not recorded");

    private final String affects;
    private final String description;

    DataQualityIssue(String affects, String description) {
        this.affects = affects;
        this.description = description;
    }

    /** @return the table(s) or measure the issue affects, for example {@code SG4a} */
    public String affects() {
        return affects;
    }

    /** @return what happened to the record, in plain words with no personal data */
    public String description() {
        return description;
    }

    /** @return the stable code, lower-case and hyphenated */
    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
