package org.mspsdk.csv.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.mspsdk.dictionary.DataDictionary;
import org.mspsdk.dictionary.DictionaryField;
import org.mspsdk.instrument.AnswerOption;
import org.mspsdk.instrument.Instrument;
import org.mspsdk.instrument.InstrumentItem;
import org.mspsdk.instrument.Instruments;
import org.mspsdk.returns.BoardMeasure;
import org.mspsdk.vocabulary.SacTable;
import org.mspsdk.vocabulary.TableShape;

/**
 * Generates {@code docs/csv-files.md}: every CSV file of {@link CsvLayouts#all()} with the command and API that
 * write it and the meaning of each column, then the items of the built-in questionnaires. A research column takes
 * its meaning from the research-record field of the {@link DataDictionary} it is written from; every other column's
 * meaning is written here, next to the layouts. A column with neither makes {@link #markdown()} fail, so a new
 * column cannot go undocumented.
 */
final class CsvFilesDoc {

    /** Group of the per-table SAC grids, whose layouts share their meanings. */
    private static final String SAC_TABLE = "sac-table";
    /** Key of the row-list column of a cross-tabulated SAC table (its name is the table's title). */
    private static final String ROW_LIST = "(row list)";

    /** Layout id (or {@link #SAC_TABLE}) to: file name, what writes it. */
    private static final Map<String, String[]> FILES = new LinkedHashMap<>();
    /** Layout id (or {@link #SAC_TABLE}), then column name, to its meaning; research columns not in the dictionary. */
    private static final Map<String, Map<String, String>> MEANINGS = new HashMap<>();
    /** Research column name to the research-record field path whose dictionary description is its meaning. */
    private static final Map<String, String> RESEARCH_FIELDS = new HashMap<>();

    private CsvFilesDoc() {
    }

    private static void file(String id, String fileName, String writtenBy) {
        FILES.put(id, new String[] {fileName, writtenBy});
    }

    private static void meaning(String id, String column, String meaning) {
        MEANINGS.computeIfAbsent(id, k -> new HashMap<>()).put(column, meaning);
    }

    private static void field(String column, String path) {
        RESEARCH_FIELDS.put(column, path);
    }

    static {
        file("sac-published", "`sac-published.csv`", "`msp sac --out DIR`, `msp sac --output csv`; "
                + "`SacCsv.writePublished`");
        meaning("sac-published", "GEOGRAPHY", "Geography level of the council (a caller's option).");
        meaning("sac-published", "COUNCIL_TYPE", "Council type (a caller's option).");
        meaning("sac-published", "REGION_CODE", "ONS code of the council's region (a caller's option).");
        meaning("sac-published", "REGION_NAME", "Name of the council's region (a caller's option).");
        meaning("sac-published", "ONS_CODE", "ONS code of the council (a caller's option).");
        meaning("sac-published", "LA_CODE", "The council's CASSR code, as the publication writes it (a caller's"
                + " option).");
        meaning("sac-published", "LA_NAME", "Name of the council (a caller's option).");
        meaning("sac-published", "TABLE_REFERENCE", "The SAC table, for example SG1a.");
        meaning("sac-published", "ENQUIRY_TYPE", "What the table counts: Safeguarding Concerns, Section 42"
                + " Enquiries, Other Enquiries, Concluded Section 42 Enquiries, or for SG5a/SG5b the reviews and the"
                + " individuals involved in them.");
        meaning("sac-published", "CATEGORY", "The table's row (the publication's wording of its label).");
        meaning("sac-published", "SUBCATEGORY", "The table's column or sub-row (the publication's wording), where it"
                + " has one.");
        meaning("sac-published", "VALUE", "The count; empty when missing. With disclosure control: [c] for 0-4,"
                + " others rounded to the nearest 5, [x] when missing.");

        file("sac-power-bi", "`sac-power-bi.csv`", "`msp sac --out DIR`; `SacCsv.writePowerBi`");
        meaning("sac-power-bi", "FY Key", "The reporting year's key (a caller's option; empty unless given).");
        meaning("sac-power-bi", "Year", "The reporting year, for example 2025-26.");
        meaning("sac-power-bi", "CASSR Code", "The council's CASSR code; 1010 for England.");
        meaning("sac-power-bi", "Measure", "The measure, named as in the publication's Power BI file.");
        meaning("sac-power-bi", "Value", "The figure: counts under 5 as 0, others rounded to the nearest 5;"
                + " percentages as whole numbers from unrounded counts.");

        file("sac-breakdown", "standard output of `msp measures --by ... --output csv`",
                "`msp measures`; `SacCsv.writeBreakdown`");
        meaning("sac-breakdown", "GROUP", "The group: an organisation, who raised the concern, a risk type or "
                + "a quarter.");

        file("sac-data-quality", "`data-quality.csv`", "`msp sac --out DIR`; `SacCsv.writeDataQuality`");
        meaning("sac-data-quality", "ISSUE", "The issue's code.");
        meaning("sac-data-quality", "AFFECTS", "The SAC tables or counts it affects.");
        meaning("sac-data-quality", "DESCRIPTION", "What the issue is, in words.");
        meaning("sac-data-quality", "COUNT", "How many records have it.");
        meaning("sac-data-quality", "SAMPLE_RECORD_IDS", "A few ids of records that have it, to look them up.");

        file(SAC_TABLE, "`<table>.csv`, for example `SG1a.csv`", "`msp sac --out DIR`; `SacCsv.writeTable`");
        meaning(SAC_TABLE, "ENQUIRY_TYPE", "Section 42 or other enquiry.");
        meaning(SAC_TABLE, ROW_LIST, "The row: one entry of the table's row list (its SAC label).");
        meaning(SAC_TABLE, "CATEGORY", "The row (its SAC label).");
        meaning(SAC_TABLE, "SUBCATEGORY", "The sub-row (its SAC label), where the table has one.");
        meaning(SAC_TABLE, "(one count per column key)", "One count column per column of the table (its SAC "
                + "label as header).");
        meaning(SAC_TABLE, "(one count per enquiry type)", "One count column per enquiry type found in the "
                + "return.");

        String export = "`msp export --out DIR`; `ResearchCsv`";
        file("records.csv", "`records.csv`", export + " (one row per record)");
        file("organisations.csv", "`organisations.csv`", export + " (one row per organisation of a record)");
        file("risk_items.csv", "`risk_items.csv`", export + " (one row per risk item of an enquiry)");
        file("outcomes.csv", "`outcomes.csv`", export + " (one row per desired or negotiated outcome)");
        file("answers.csv", "`answers.csv`", export + " (one row per questionnaire answer; a questionnaire "
                + "without answers has one row with empty link_id)");
        field("record_pseudonym", "recordPseudonym");
        field("person_pseudonym", "person.personPseudonym");
        field("format_version", "formatVersion");
        field("date_granularity", "dateGranularity");
        field("age_reference_year", "person.ageReferenceYear");
        field("age_band", "person.ageBand");
        field("five_year_age_band", "person.fiveYearAgeBand");
        field("year_of_death", "person.yearOfDeath");
        field("gender", "person.gender");
        field("ethnicity", "person.ethnicity");
        field("primary_support_reason", "person.primarySupportReason");
        field("autism_excluding_asperger", "person.autismExcludingAsperger");
        field("asperger_or_high_functioning_autism", "person.aspergerOrHighFunctioningAutism");
        field("concern_received_in", "concern.receivedIn");
        field("concern_received_reporting_year", "concern.receivedReportingYear");
        field("concern_raised_by", "concern.raisedBy");
        field("concern_outcome", "concern.outcome");
        field("concern_next_step", "concern.nextStep");
        field("enquiry_type", "enquiry.type");
        field("s42_care_and_support_needs", "enquiry.s42Criteria.hasCareAndSupportNeeds");
        field("s42_experiencing_or_at_risk_of_abuse", "enquiry.s42Criteria.experiencingOrAtRiskOfAbuse");
        field("s42_unable_to_protect_self", "enquiry.s42Criteria.unableToProtectSelf");
        field("enquiry_commenced_in", "enquiry.commencedIn");
        field("enquiry_commenced_reporting_year", "enquiry.commencedReportingYear");
        field("enquiry_concluded_in", "enquiry.concludedIn");
        field("enquiry_concluded_reporting_year", "enquiry.concludedReportingYear");
        field("enquiry_result", "enquiry.result");
        field("risk_outcome", "enquiry.riskOutcome");
        field("capacity_lacked", "enquiry.mentalCapacity.lackedCapacity");
        field("capacity_supported_by_advocate_family_or_friend",
                "enquiry.mentalCapacity.supportedByAdvocateFamilyOrFriend");
        field("advocacy_substantial_difficulty", "enquiry.advocacy.substantialDifficulty");
        field("advocacy_appropriate_person_available", "enquiry.advocacy.appropriatePersonAvailable");
        field("advocacy_independent_advocate_arranged", "enquiry.advocacy.independentAdvocateArranged");
        field("consent_decision", "enquiry.consent.decision");
        field("action_without_consent", "enquiry.consent.actionWithoutConsent");
        field("action_without_consent_reasons", "enquiry.consent.reasons[]");
        field("person_informed", "enquiry.consent.personInformed");
        field("asked_about_outcomes", "outcomes.asked");
        field("enquiry_achievement", "outcomes.enquiryAchievement");
        field("feeling_safe_at_start", "outcomes.feelingSafeAtStart");
        field("feeling_safe_at_end", "outcomes.feelingSafeAtEnd");
        field("removed", "removed[]");
        field("organisation_code", "organisations[].code");
        field("pseudonymised", "organisations[].pseudonymised");
        field("organisation_type", "organisations[].type");
        field("roles", "organisations[].roles[]");
        field("type_of_risk", "enquiry.riskItems[].type");
        field("location_of_risk", "enquiry.riskItems[].location");
        field("source_of_risk", "enquiry.riskItems[].source");
        field("expressed_by", "outcomes.desiredOutcomes[].expressedBy.type");
        field("representative_role", "outcomes.desiredOutcomes[].expressedBy.representativeRole");
        field("expressed_in", "outcomes.desiredOutcomes[].expressedIn");
        field("stage", "outcomes.desiredOutcomes[].stage");
        field("category", "outcomes.desiredOutcomes[].category");
        field("desired_outcome_ids", "outcomes.negotiatedOutcomes[].desiredOutcomeIds[]");
        field("last_change_reason", "outcomes.negotiatedOutcomes[].revisions[].reason");
        field("achievement", "outcomes.negotiatedOutcomes[].achievement.level");
        field("judged_by", "outcomes.negotiatedOutcomes[].achievement.judgedBy");
        field("rated_in", "outcomes.negotiatedOutcomes[].achievement.ratedIn");
        field("instrument_id", "questionnaires[].instrumentId");
        field("instrument_version", "questionnaires[].instrumentVersion");
        field("in_catalogue", "questionnaires[].inCatalogue");
        field("status", "questionnaires[].status");
        field("respondent", "questionnaires[].respondent.type");
        field("respondent_role", "questionnaires[].respondent.representativeRole");
        field("answered_in", "questionnaires[].answeredIn");
        field("not_offered_reason", "questionnaires[].notOfferedReason");
        field("link_id", "questionnaires[].answers[].linkId");
        field("answer_form", "questionnaires[].answers[].form");
        field("answer_code", "questionnaires[].answers[].code");
        field("episode_pseudonym", "episodePseudonym");
        field("advocacy_recorded_by", "enquiry.advocacy.recordedBy");
        field("consent_recorded_by", "enquiry.consent.recordedBy");
        field("achievement_recorded_by", "outcomes.negotiatedOutcomes[].achievement.recordedBy");
        meaning("records.csv", "recorded_by", "The code of the organisation whose record this is, as in "
                + "organisations.csv (empty for the lead council's own record).");
        meaning("outcomes.csv", "recorded_by", "The organisation that recorded the outcome (a negotiated outcome: its "
                + "latest revision), as in organisations.csv; empty when the record's own organisation did.");
        meaning("answers.csv", "recorded_by", "The organisation that collected the questionnaire, as in "
                + "organisations.csv; empty when the record's own organisation did.");
        meaning("records.csv", "lead_council_code", "The code of the lead council.");
        meaning("records.csv", "desired_outcome_count", "How many desired outcomes the record has.");
        meaning("records.csv", "negotiated_outcome_count", "How many negotiated outcomes the record has.");
        meaning("records.csv", "risk_item_count", "How many risk items the enquiry has.");
        meaning("records.csv", "questionnaire_count", "How many questionnaires the record has.");
        meaning("risk_items.csv", "item", "The risk item's position in the enquiry (1, 2, ...).");
        meaning("outcomes.csv", "outcome_id", "Record-local id of the outcome (d1, d2, ... desired; n1, n2, ... "
                + "negotiated).");
        meaning("outcomes.csv", "outcome_kind", "Desired or negotiated.");
        meaning("outcomes.csv", "revision_count", "How many revisions the negotiated outcome has.");
        meaning("outcomes.csv", "first_agreed_in", "The period its first revision was agreed in.");
        meaning("outcomes.csv", "last_agreed_in", "The period its last revision was agreed in.");
        meaning("answers.csv", "questionnaire", "The questionnaire's position in the record (1, 2, ...).");

        file("data-dictionary-fields", "`data-dictionary-fields.csv`", "`msp dictionary --out DIR`, "
                + "`msp dictionary --output fields-csv`; `DataDictionaryCsv.writeFields`");
        meaning("data-dictionary-fields", "form", "safeguarding-record or research-record.");
        meaning("data-dictionary-fields", "path", "The field's path, for example enquiry.riskItems[].type.");
        meaning("data-dictionary-fields", "type", "Its type in words (text, date, code, list of ...).");
        meaning("data-dictionary-fields", "required", "Whether it is always present.");
        meaning("data-dictionary-fields", "description", "What it means.");
        meaning("data-dictionary-fields", "code_list", "The id of its code list, if coded.");
        meaning("data-dictionary-fields", "allowed_codes", "The codes it allows, if coded.");
        meaning("data-dictionary-fields", "sac_tables", "The SAC tables it feeds.");
        meaning("data-dictionary-fields", "vocabulary_version", "The version of its code list, if coded.");
        meaning("data-dictionary-fields", "research_treatment", "What the research export does with it.");

        file("data-dictionary-codes", "`data-dictionary-codes.csv`", "`msp dictionary --out DIR`, "
                + "`msp dictionary --output codes-csv`; `DataDictionaryCsv.writeCodes`");
        meaning("data-dictionary-codes", "list_id", "The code list's id.");
        meaning("data-dictionary-codes", "list_title", "The code list's title.");
        meaning("data-dictionary-codes", "source", "Where the list comes from (SAC guidance or the SDK).");
        meaning("data-dictionary-codes", "code", "The code.");
        meaning("data-dictionary-codes", "label", "Its label.");
        meaning("data-dictionary-codes", "sac_table", "The SAC table the list belongs to, if any.");
        meaning("data-dictionary-codes", "version", "The list's version.");
    }

    /**
     * @return the Markdown of {@code docs/csv-files.md}
     * @throws IllegalStateException naming every column that has no meaning, or a dictionary path that is gone
     */
    static String markdown() {
        List<String> missing = new ArrayList<>();
        StringBuilder md = new StringBuilder();
        md.append("# CSV files\n\n")
                .append("<!-- Generated by CsvFilesDoc (msp-json-schema); do not edit. Regenerate with:\n")
                .append("     ./mvnw -B -pl msp-json-schema -am verify -Dtest=CsvFilesDocTest ")
                .append("-Dsurefire.failIfNoSpecifiedTests=false -Dmsp.regenerateDocs=true -->\n\n")
                .append("Every CSV file the SDK writes, with the command and API that write it and every column. ")
                .append("*Guarded* columns hold record or option data and go through the spreadsheet formula ")
                .append("guard (a cell starting with `=`, `+`, `-`, `@`, tab or carriage return is prefixed with ")
                .append("`'`); the others hold only what the SDK writes itself. A research column's meaning is ")
                .append("the description of the research-record field it comes from (see the data dictionary, ")
                .append("`msp dictionary`). How source columns map to record fields is in ")
                .append("[import/MAPPING.md](import/MAPPING.md).\n");
        layouts(CsvLayouts.all(), md, missing);
        if (!missing.isEmpty()) {
            throw new IllegalStateException("CSV columns without a meaning in CsvFilesDoc: " + missing);
        }
        questionnaires(md);
        return md.toString();
    }

    /**
     * @param layouts layouts to document
     * @return the columns (as {@code layout/column}) that have no meaning, empty when all have one
     */
    static List<String> undocumented(CsvLayout... layouts) {
        List<String> missing = new ArrayList<>();
        layouts(List.of(layouts), new StringBuilder(), missing);
        return missing;
    }

    private static void layouts(List<CsvLayout> layouts, StringBuilder md, List<String> missing) {
        Map<String, String> dictionary = DataDictionary.generate().fields(DataDictionary.RESEARCH_RECORD).stream()
                .collect(Collectors.toMap(DictionaryField::path, DictionaryField::description));
        String section = "";
        for (CsvLayout layout : layouts) {
            boolean sacTable = layout.id().startsWith(SAC_TABLE + "-");
            String group = sacTable ? SAC_TABLE : layout.id();
            String heading = sacTable ? "SAC tables" : layout.id().startsWith("sac-") ? "SAC return"
                    : layout.id().endsWith(".csv") ? "Research export" : "Data dictionary";
            if (!heading.equals(section)) {
                section = heading;
                md.append("\n## ").append(heading).append('\n');
            }
            String[] file = FILES.get(group);
            if (file == null) {
                missing.add(layout.id() + " (file)");
                continue;
            }
            md.append("\n### ").append(sacTable ? layout.id().substring(SAC_TABLE.length() + 1) + ".csv"
                    : layout.id()).append("\n\n");
            if (sacTable) {
                SacTable table = SacTable.valueOf(layout.id().substring(SAC_TABLE.length() + 1)
                        .toUpperCase(java.util.Locale.ROOT));
                md.append(table.title()).append(". ");
            } else {
                md.append("File: ").append(file[0]).append(". ");
            }
            md.append("Written by ").append(file[1]).append(".\n\n| Column | Guarded | Meaning |\n|---|---|---|\n");
            for (int i = 0; i < layout.columns().size(); i++) {
                CsvColumn c = layout.columns().get(i);
                String key = sacTable && i == 1 && isCrossTab(layout) ? ROW_LIST : c.name();
                row(md, c, meaningOf(group, key, c.name(), dictionary, missing));
            }
            if (layout.repeated().isPresent()) {
                CsvColumn c = layout.repeated().get();
                row(md, c, meaningOf(group, c.name(), c.name(), dictionary, missing));
            }
            if (layout == CsvLayouts.SAC_BREAKDOWN) {
                for (BoardMeasure m : BoardMeasure.values()) {
                    md.append("\n- `").append(m.code()).append("`: ").append(m.label()).append('.');
                }
                md.append('\n');
            }
        }
    }

    private static boolean isCrossTab(CsvLayout layout) {
        return SacTable.valueOf(layout.id().substring(SAC_TABLE.length() + 1).toUpperCase(java.util.Locale.ROOT))
                .shape().kind() == TableShape.Kind.CROSS_TAB;
    }

    private static String meaningOf(String group, String key, String column, Map<String, String> dictionary,
            List<String> missing) {
        String own = MEANINGS.getOrDefault(group, Map.of()).get(key);
        if (own != null) {
            return own;
        }
        if (group.endsWith(".csv") && RESEARCH_FIELDS.containsKey(column)) {
            String path = RESEARCH_FIELDS.get(column);
            String description = dictionary.get(path);
            if (description != null) {
                return description + " (`" + path + "`)";
            }
            missing.add(group + "/" + column + " (no dictionary field " + path + ")");
            return "";
        }
        if (group.equals("sac-breakdown")) {
            Optional<BoardMeasure> m = java.util.Arrays.stream(BoardMeasure.values())
                    .filter(b -> b.code().equals(column)).findFirst();
            if (m.isPresent()) {
                return m.get().label() + ".";
            }
        }
        missing.add(group + "/" + column);
        return "";
    }

    private static void row(StringBuilder md, CsvColumn c, String meaning) {
        md.append("| `").append(c.name()).append("` | ").append(c.guarded() ? "yes" : "no").append(" | ")
                .append(cell(meaning)).append(" |\n");
    }

    private static void questionnaires(StringBuilder md) {
        md.append("\n## Questionnaire items\n\nThe built-in instruments; `answers.csv` keeps `link_id` and, when ")
                .append("the answer is on the item's scale, `answer_code` (free-text answers are never exported).\n");
        for (Instrument instrument : Instruments.builtIn()) {
            md.append("\n### ").append(instrument.title()).append(" (`").append(instrument.id()).append("` ")
                    .append(instrument.version()).append(")\n\nStage: ").append(instrument.stage())
                    .append(".\n\n| linkId | To the adult | To a representative | Answers |\n|---|---|---|---|\n");
            for (InstrumentItem item : instrument.items()) {
                String answers = item.scale().map(s -> s.options().stream()
                        .map((AnswerOption o) -> "`" + o.code() + "` " + o.label())
                        .collect(Collectors.joining("; "))).orElse("free text");
                md.append("| `").append(item.linkId()).append("` | ").append(cell(item.adultWording()))
                        .append(" | ").append(cell(item.representativeWording())).append(" | ")
                        .append(cell(answers)).append(" |\n");
            }
        }
    }

    private static String cell(String text) {
        return text.replace("|", "\\|").replace("\n", " ");
    }
}
