package org.mspsdk.returns;

import static org.mspsdk.vocabulary.SacTable.SG1A;
import static org.mspsdk.vocabulary.SacTable.SG1B;
import static org.mspsdk.vocabulary.SacTable.SG1C;
import static org.mspsdk.vocabulary.SacTable.SG1D;
import static org.mspsdk.vocabulary.SacTable.SG1E;
import static org.mspsdk.vocabulary.SacTable.SG2A;
import static org.mspsdk.vocabulary.SacTable.SG2B;
import static org.mspsdk.vocabulary.SacTable.SG2C;
import static org.mspsdk.vocabulary.SacTable.SG2E;
import static org.mspsdk.vocabulary.SacTable.SG3A;
import static org.mspsdk.vocabulary.SacTable.SG4A;

import java.util.List;
import java.util.stream.Collectors;
import org.mspsdk.vocabulary.SacTable;

/**
 * Why a record was counted as "Not recorded" / "Not Known", or left out of a table or measure. Each issue names
 * the table it affects and what the SDK did; messages carry no personal data.
 */
public enum DataQualityIssue {
    /** No date of birth and no age recorded. */
    AGE_NOT_RECORDED(List.of(SG1A), "no date of birth or age recorded: counted as Age unknown"),
    /** Only an age at the concern is recorded, and the age on the reference date may fall in either of two bands. */
    AGE_AMBIGUOUS(List.of(SG1A),
            "only an age at concern is recorded and the age on the last day of the year (or at death)"
            + " could fall either side of a band boundary: counted as Age unknown unless the person's other records"
            + " fix the band"),
    /** The age on the reference date is under 18. */
    AGE_UNDER_18(List.of(SG1A), "age on the last day of the year (or at death) is under 18: counted as Age unknown"),
    /** Gender missing. */
    GENDER_NOT_RECORDED(List.of(SG1B), "gender not recorded: counted as Not Known"),
    /** Ethnicity missing. */
    ETHNICITY_NOT_RECORDED(List.of(SG1C), "ethnicity not recorded: counted as Undeclared / Not Known"),
    /** Primary support reason missing. */
    SUPPORT_REASON_NOT_RECORDED(List.of(SG1D), "primary support reason not recorded: counted as Not Known"),
    /** One or both SG1e flags missing. */
    DISABILITY_FLAGS_NOT_RECORDED(List.of(SG1E), "learning, developmental or intellectual disability flag not recorded:"
            + " not counted under that flag"),
    /** A concluded enquiry has no risk items. */
    NO_RISK_ITEMS(List.of(SG2A, SG2B), "concluded enquiry without risk items: left out of SG2a and SG2b"),
    /** A risk item has no source. */
    RISK_SOURCE_NOT_RECORDED(List.of(SG2A, SG2B),
            "risk item without a source of risk: that item left out of SG2a and SG2b"),
    /** A risk item has no location. */
    RISK_LOCATION_NOT_RECORDED(List.of(SG2B), "risk item without a location of risk: that item left out of SG2b"),
    /** A concluded enquiry has no result. */
    RESULT_NOT_RECORDED(List.of(SG2C, SG2E),
            "concluded enquiry without action taken and result: left out of SG2c and SG2e"),
    /** A risk was identified but no risk outcome is recorded. */
    RISK_OUTCOME_NOT_RECORDED(List.of(SG2E), "risk identified but no risk outcome recorded: left out of SG2e"),
    /** A risk outcome is recorded although no risk was identified. */
    RISK_OUTCOME_WITHOUT_IDENTIFIED_RISK(List.of(SG2E),
            "risk outcome recorded although the result is not one of the two"
            + " 'risk identified' values: left out of SG2e"),
    /** Mental capacity missing. */
    CAPACITY_NOT_RECORDED(List.of(SG3A), "mental capacity not recorded: counted as Not recorded"),
    /** Capacity lacked but the advocate/family/friend support answer is missing. */
    CAPACITY_SUPPORT_NOT_RECORDED(List.of(SG3A),
            "capacity lacked but whether an advocate, family or friend supported the"
            + " person is not recorded: not counted in the support subset"),
    /** The SG4a asked answer is missing. */
    ASKED_NOT_RECORDED(List.of(SG4A), "whether the person was asked about desired outcomes not recorded: counted as Not"
            + " Recorded"),
    /** Asked and expressed, but no achievement can be determined. */
    ACHIEVEMENT_NOT_RECORDED(List.of(SG4A), "outcomes expressed but no enquiry-level achievement and no complete set of"
            + " per-outcome ratings: left out of the achieved block"),
    /** The enquiry-level answer was absent and the roll-up of per-outcome ratings was counted. */
    ACHIEVEMENT_FROM_ROLL_UP(List.of(SG4A), "no enquiry-level achievement recorded: counted from the roll-up of the"
            + " per-outcome ratings"),
    /** The recorded enquiry-level answer disagrees with the roll-up of per-outcome ratings. */
    ACHIEVEMENT_DISAGREES_WITH_ROLL_UP(List.of(SG4A),
            "the enquiry-level achievement (counted) disagrees with the roll-up"
            + " of the per-outcome ratings"),
    /** An achievement is recorded although the answer is not asked-expressed. */
    ACHIEVEMENT_WITHOUT_OUTCOMES_EXPRESSED(List.of(SG4A),
            "achievement recorded although the SG4a answer is not 'asked and"
            + " outcomes were expressed': not counted in the achieved block"),
    /** A Part 2 answer is not on the item's scale. */
    EXPERIENCE_ANSWER_NOT_ON_SCALE("experience", "experience answer not on the item's answer scale: left out"),
    /** Only one of the two "how safe do you feel" ratings is recorded. */
    FEELING_SAFE_NOT_PAIRED("feeling-safe", "only one of the start and end 'how safe do you feel' ratings is"
            + " recorded: left out of the change measure"),
    /** A caller-supplied grouping returned no key. */
    GROUPING_KEY_NOT_RECORDED("board", "the grouping key is not recorded: grouped under Not recorded"),
    /** A partner's record without an episodeId: it cannot be linked to the lead council's record. */
    PARTNER_RECORD_NOT_LINKED("journey", "a partner's record (recordedBy another organisation than the lead council)"
            + " without an episodeId: it cannot be linked to the lead council's record and is counted nowhere"),
    /** A partner's record whose journey has no lead council record in the data. */
    PARTNER_RECORD_WITHOUT_LEAD_RECORD("journey", "a partner's record whose journey (episodeId) has no lead council"
            + " record in the data: not a council concern, counted nowhere"),
    /** A journey with more than one lead council record (counted in journeys, not records; no ids kept). */
    SEVERAL_LEAD_RECORDS("journey", "journeys (not records) with more than one lead council record: each lead"
            + " record was counted by the SAC tables; the partnership view names them (rule MSP-JNY-005)"),
    /**
     * A person's records give ages that no one SG1a band fits (counted per person with a section 42 enquiry in
     * the year, without record ids: the person is known only by a fingerprint of their id).
     */
    AGE_RECORDS_DISAGREE(List.of(SG1A), "people with a section 42 enquiry whose records give ages no one band fits:"
            + " counted as Age unknown (a count of people; no record ids)"),
    /** A person's records give different genders (counted per person with a section 42 enquiry). */
    GENDER_RECORDS_DISAGREE(List.of(SG1B), "people with a section 42 enquiry whose records give different genders:"
            + " counted under the gender of their latest record (a count of people; no record ids)"),
    /** A person's records give different ethnicities (counted per person with a section 42 enquiry). */
    ETHNICITY_RECORDS_DISAGREE(List.of(SG1C), "people with a section 42 enquiry whose records give different"
            + " ethnicities: counted under the ethnicity of their latest record (a count of people; no record ids)");

    private final List<SacTable> tables;
    private final String affects;
    private final String description;

    DataQualityIssue(List<SacTable> tables, String description) {
        this.tables = tables;
        this.affects = tables.stream().map(SacTable::reference).collect(Collectors.joining("/"));
        this.description = description;
    }

    DataQualityIssue(String measure, String description) {
        this.tables = List.of();
        this.affects = measure;
        this.description = description;
    }

    /**
     * @return the table(s) or measure the issue affects: the tables' references joined by {@code /} (for example
     *     {@code SG2a/SG2b}), or the measure ({@code experience}, {@code feeling-safe}, {@code board}, {@code journey})
     */
    public String affects() {
        return affects;
    }

    /** @return the SAC tables the issue affects, in table order; empty for an issue of a measure */
    public List<SacTable> tables() {
        return tables;
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
