package org.mspsdk.csv.internal;

import static org.mspsdk.csv.internal.CsvColumn.data;
import static org.mspsdk.csv.internal.CsvColumn.sdk;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.mspsdk.returns.BoardMeasure;
import org.mspsdk.vocabulary.SacTable;
import org.mspsdk.vocabulary.TableShape;

/**
 * Every CSV file the SDK writes, each column with the source of its values. This is the one place a column is
 * added: a column of record or option data is {@link CsvColumn#data(String) data} (guarded), one the SDK fills
 * itself is {@link CsvColumn#sdk(String) sdk}. A cell is {@code DATA} whenever a caller can put arbitrary text in
 * it, through a record, an option or a public value type ({@link org.mspsdk.research.ResearchRecord}, a
 * {@link org.mspsdk.returns.SacCell} of a hand-made return): the guard leaves the SDK's own labels unchanged.
 */
public final class CsvLayouts {

    /**
     * The published SAC long layout ({@code SacCsv.writePublished}); the council columns are a caller's option.
     * Quoted only where needed, as the publication's CSV is ({@code pandas.to_csv}).
     */
    public static final CsvLayout SAC_PUBLISHED = CsvLayout.of("sac-published", data("GEOGRAPHY"),
            data("COUNCIL_TYPE"), data("REGION_CODE"), data("REGION_NAME"), data("ONS_CODE"), data("LA_CODE"),
            data("LA_NAME"), sdk("TABLE_REFERENCE"), data("ENQUIRY_TYPE"), data("CATEGORY"), data("SUBCATEGORY"),
            sdk("VALUE"));

    /**
     * The Power BI long layout ({@code SacCsv.writePowerBi}), as NHS England's publication writes its Power BI
     * file: {@code FY Key, Year, CASSR Code, Measure, Value}.
     */
    public static final CsvLayout SAC_POWER_BI = CsvLayout.of("sac-power-bi", data("FY Key"), sdk("Year"),
            data("CASSR Code"), sdk("Measure"), sdk("Value"));

    /** A board breakdown ({@code SacCsv.writeBreakdown}): the group key, then one count per measure. */
    public static final CsvLayout SAC_BREAKDOWN = new CsvLayout("sac-breakdown", Stream.concat(
            Stream.of(data("GROUP")), Arrays.stream(BoardMeasure.values()).map(m -> sdk(m.code()))).toList(),
            java.util.Optional.empty(), CsvLayout.Quoting.CAUTIOUS);

    /** The data-quality report ({@code SacCsv.writeDataQuality}); it holds record ids. */
    public static final CsvLayout SAC_DATA_QUALITY = CsvLayout.of("sac-data-quality", sdk("ISSUE"), sdk("AFFECTS"),
            sdk("DESCRIPTION"), sdk("COUNT"), data("SAMPLE_RECORD_IDS")).quoted(CsvLayout.Quoting.CAUTIOUS);

    /** {@code records.csv} of the research export. */
    public static final CsvLayout RESEARCH_RECORDS = CsvLayout.of("records.csv", data("record_pseudonym"),
            data("person_pseudonym"), data("format_version"), sdk("date_granularity"), data("age_reference_year"),
            sdk("age_band"), sdk("five_year_age_band"), sdk("year_of_death"), sdk("gender"), sdk("ethnicity"),
            sdk("primary_support_reason"), sdk("autism_excluding_asperger"),
            sdk("asperger_or_high_functioning_autism"), data("lead_council_code"), data("concern_received_in"),
            data("concern_received_reporting_year"), sdk("concern_raised_by"), sdk("concern_outcome"),
            sdk("concern_next_step"), sdk("enquiry_type"), sdk("s42_care_and_support_needs"),
            sdk("s42_experiencing_or_at_risk_of_abuse"), sdk("s42_unable_to_protect_self"),
            data("enquiry_commenced_in"), data("enquiry_commenced_reporting_year"), data("enquiry_concluded_in"),
            data("enquiry_concluded_reporting_year"), sdk("enquiry_result"), sdk("risk_outcome"),
            sdk("capacity_lacked"), sdk("capacity_supported_by_advocate_family_or_friend"),
            sdk("advocacy_substantial_difficulty"), sdk("advocacy_appropriate_person_available"),
            sdk("advocacy_independent_advocate_arranged"), sdk("consent_decision"), sdk("action_without_consent"),
            sdk("action_without_consent_reasons"), sdk("person_informed"), sdk("asked_about_outcomes"),
            sdk("enquiry_achievement"), sdk("feeling_safe_at_start"), sdk("feeling_safe_at_end"),
            sdk("desired_outcome_count"), sdk("negotiated_outcome_count"), sdk("risk_item_count"),
            sdk("questionnaire_count"), data("removed"), data("episode_pseudonym"), data("recorded_by"),
            data("advocacy_recorded_by"), data("consent_recorded_by"));

    /** {@code organisations.csv} of the research export. */
    public static final CsvLayout RESEARCH_ORGANISATIONS = CsvLayout.of("organisations.csv",
            data("record_pseudonym"), data("organisation_code"), sdk("pseudonymised"), sdk("organisation_type"),
            sdk("roles"));

    /** {@code risk_items.csv} of the research export. */
    public static final CsvLayout RESEARCH_RISK_ITEMS = CsvLayout.of("risk_items.csv", data("record_pseudonym"),
            sdk("item"), sdk("type_of_risk"), sdk("location_of_risk"), sdk("source_of_risk"));

    /** {@code outcomes.csv} of the research export. */
    public static final CsvLayout RESEARCH_OUTCOMES = CsvLayout.of("outcomes.csv", data("record_pseudonym"),
            data("person_pseudonym"), data("outcome_id"), sdk("outcome_kind"), sdk("expressed_by"),
            sdk("representative_role"), data("expressed_in"), sdk("stage"), sdk("category"),
            data("desired_outcome_ids"), sdk("revision_count"), data("first_agreed_in"), data("last_agreed_in"),
            sdk("last_change_reason"), sdk("achievement"), sdk("judged_by"), data("rated_in"), data("recorded_by"),
            data("achievement_recorded_by"));

    /** {@code answers.csv} of the research export. */
    public static final CsvLayout RESEARCH_ANSWERS = CsvLayout.of("answers.csv", data("record_pseudonym"),
            data("person_pseudonym"), sdk("questionnaire"), data("instrument_id"), data("instrument_version"),
            sdk("in_catalogue"), sdk("status"), sdk("respondent"), sdk("respondent_role"), data("answered_in"),
            sdk("not_offered_reason"), data("link_id"), sdk("answer_form"), data("answer_code"), data("recorded_by"));

    /** The fields table of the data dictionary, generated by the SDK from its own model. */
    public static final CsvLayout DICTIONARY_FIELDS = CsvLayout.of("data-dictionary-fields", sdk("form"),
            sdk("path"), sdk("type"), sdk("required"), sdk("description"), sdk("code_list"), sdk("allowed_codes"),
            sdk("sac_tables"), sdk("vocabulary_version"), sdk("research_treatment"));

    /** The codes table of the data dictionary, generated by the SDK from its code lists. */
    public static final CsvLayout DICTIONARY_CODES = CsvLayout.of("data-dictionary-codes", sdk("list_id"),
            sdk("list_title"), sdk("source"), sdk("code"), sdk("label"), sdk("sac_table"), sdk("version"));

    private CsvLayouts() {
    }

    /**
     * The plain grid of one SAC table ({@code SacCsv.writeTable}): a cross-tabulation has {@code ENQUIRY_TYPE}
     * and the table's row list (for example {@code TYPE_OF_RISK}); the other tables {@code CATEGORY} and
     * {@code SUBCATEGORY}; then one count column per column key found in the return (the keys are its cells'
     * labels, so their header names are guarded like every header).
     *
     * @param table the table
     * @return its layout
     */
    public static CsvLayout sacTable(SacTable table) {
        boolean crossTab = table.shape().kind() == TableShape.Kind.CROSS_TAB;
        CsvLayout fixed = crossTab
                ? CsvLayout.of("sac-table-" + table.reference(), data("ENQUIRY_TYPE"),
                        data(table.title().toUpperCase(Locale.ROOT).replace(' ', '_')))
                : CsvLayout.of("sac-table-" + table.reference(), data("CATEGORY"), data("SUBCATEGORY"));
        return fixed.thenRepeated(sdk(crossTab ? "(one count per column key)" : "(one count per enquiry type)"))
                .quoted(CsvLayout.Quoting.CAUTIOUS);
    }

    /** @return every layout the SDK writes: the SAC files (one grid per table), the research tables, the dictionary */
    public static List<CsvLayout> all() {
        List<CsvLayout> all = new ArrayList<>(List.of(SAC_PUBLISHED, SAC_POWER_BI, SAC_BREAKDOWN, SAC_DATA_QUALITY));
        for (SacTable t : SacTable.values()) {
            all.add(sacTable(t));
        }
        all.addAll(List.of(RESEARCH_RECORDS, RESEARCH_ORGANISATIONS, RESEARCH_RISK_ITEMS, RESEARCH_OUTCOMES,
                RESEARCH_ANSWERS, DICTIONARY_FIELDS, DICTIONARY_CODES));
        return List.copyOf(all);
    }
}
