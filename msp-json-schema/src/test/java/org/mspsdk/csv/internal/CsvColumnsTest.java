package org.mspsdk.csv.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.mspsdk.dictionary.DataDictionary;
import org.mspsdk.model.RiskItem;
import org.mspsdk.model.SafeguardingRecord;
import org.mspsdk.model.Voice;
import org.mspsdk.research.AnswerForm;
import org.mspsdk.research.DateGranularity;
import org.mspsdk.research.FiveYearAgeBand;
import org.mspsdk.research.ResearchAchievement;
import org.mspsdk.research.ResearchAnswer;
import org.mspsdk.research.ResearchConcern;
import org.mspsdk.research.ResearchDesiredOutcome;
import org.mspsdk.research.ResearchEnquiry;
import org.mspsdk.research.ResearchNegotiatedOutcome;
import org.mspsdk.research.ResearchOrganisation;
import org.mspsdk.research.ResearchOutcomes;
import org.mspsdk.research.ResearchPerson;
import org.mspsdk.research.ResearchQuestionnaire;
import org.mspsdk.research.ResearchRecord;
import org.mspsdk.research.ResearchRevision;
import org.mspsdk.research.io.DataDictionaryCsv;
import org.mspsdk.research.io.ResearchCsv;
import org.mspsdk.returns.CouncilMetadata;
import org.mspsdk.returns.ExportOptions;
import org.mspsdk.returns.Grouping;
import org.mspsdk.returns.PublishedRow;
import org.mspsdk.returns.ReportingYear;
import org.mspsdk.returns.SacCell;
import org.mspsdk.returns.SacReturn;
import org.mspsdk.returns.SacSettings;
import org.mspsdk.returns.SacTally;
import org.mspsdk.returns.io.SacCsv;
import org.mspsdk.synthetic.SyntheticDataGenerator;
import org.mspsdk.vocabulary.AchievementJudge;
import org.mspsdk.vocabulary.AgeBand;
import org.mspsdk.vocabulary.ConcernSource;
import org.mspsdk.vocabulary.EnquiryType;
import org.mspsdk.vocabulary.OrganisationRole;
import org.mspsdk.vocabulary.OrganisationType;
import org.mspsdk.vocabulary.OutcomeAchievement;
import org.mspsdk.vocabulary.QuestionnaireStatus;
import org.mspsdk.vocabulary.RecordingStage;
import org.mspsdk.vocabulary.SacTable;
import org.mspsdk.vocabulary.TypeOfRisk;
import org.mspsdk.vocabulary.VoiceType;
import tools.jackson.databind.MappingIterator;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvReadFeature;

/**
 * Every CSV column the SDK writes, file by file: its declared source is the one listed here, every column of record
 * or option data comes out guarded against spreadsheet formulas whatever hostile value it is fed, and no other
 * code of the module writes CSV or applies the guard.
 */
class CsvColumnsTest {

    /** Values a spreadsheet would run as a formula (OWASP CSV injection). */
    static Stream<String> hostile() {
        return Stream.of("=cmd|' /C calc'!A0", "+1", "-1+1", "@SUM(1)", "\tHOSTILE", "\rHOSTILE");
    }

    /**
     * The inventory, {@code name:D} for record or option data (guarded), {@code name:S} for what the SDK writes
     * itself; {@code *} is a repeated column. A column added to a layout without being added here fails
     * {@link #theDeclaredLayoutsAreExactlyTheInventory()}: decide its source, then add it.
     */
    private static final Map<String, String> INVENTORY = new LinkedHashMap<>();

    static {
        INVENTORY.put("sac-published", "GEOGRAPHY:D COUNCIL_TYPE:D REGION_CODE:D REGION_NAME:D ONS_CODE:D LA_CODE:D"
                + " LA_NAME:D TABLE_REFERENCE:S ENQUIRY_TYPE:D CATEGORY:D SUBCATEGORY:D VALUE:S");
        INVENTORY.put("sac-power-bi", "FY Key:D Year:S CASSR Code:D Measure:S Value:S");
        INVENTORY.put("sac-breakdown", "GROUP:D concerns:S s42-commenced:S other-commenced:S s42-concluded:S"
                + " outcomes-expressed:S fully-achieved:S partially-achieved:S not-achieved:S risk-identified:S"
                + " risk-reduced-or-removed:S");
        INVENTORY.put("sac-data-quality", "ISSUE:S AFFECTS:S DESCRIPTION:S COUNT:S SAMPLE_RECORD_IDS:D");
        for (String t : List.of("SG1a", "SG1b", "SG1c", "SG1d", "SG1e", "SG1f")) {
            INVENTORY.put("sac-table-" + t, "CATEGORY:D SUBCATEGORY:D *:S");
        }
        INVENTORY.put("sac-table-SG2a", "ENQUIRY_TYPE:D TYPE_OF_RISK:D *:S");
        INVENTORY.put("sac-table-SG2b", "ENQUIRY_TYPE:D LOCATION_OF_RISK:D *:S");
        INVENTORY.put("sac-table-SG2a_b1", "ENQUIRY_TYPE:D TYPE_OF_RISK_BY_LOCATION_OF_RISK:D *:S");
        for (String t : List.of("SG2c", "SG2e", "SG3a", "SG4a", "SG5a", "SG5b")) {
            INVENTORY.put("sac-table-" + t, "CATEGORY:D SUBCATEGORY:D *:S");
        }
        INVENTORY.put("records.csv", "record_pseudonym:D person_pseudonym:D format_version:D date_granularity:S"
                + " age_reference_year:D age_band:S five_year_age_band:S year_of_death:S gender:S ethnicity:S"
                + " primary_support_reason:S autism_excluding_asperger:S asperger_or_high_functioning_autism:S"
                + " lead_council_code:D concern_received_in:D concern_received_reporting_year:D concern_raised_by:S"
                + " concern_outcome:S concern_next_step:S enquiry_type:S s42_care_and_support_needs:S"
                + " s42_experiencing_or_at_risk_of_abuse:S s42_unable_to_protect_self:S enquiry_commenced_in:D"
                + " enquiry_commenced_reporting_year:D enquiry_concluded_in:D enquiry_concluded_reporting_year:D"
                + " enquiry_result:S risk_outcome:S capacity_lacked:S"
                + " capacity_supported_by_advocate_family_or_friend:S advocacy_substantial_difficulty:S"
                + " advocacy_appropriate_person_available:S advocacy_independent_advocate_arranged:S"
                + " consent_decision:S action_without_consent:S action_without_consent_reasons:S person_informed:S"
                + " asked_about_outcomes:S enquiry_achievement:S feeling_safe_at_start:S feeling_safe_at_end:S"
                + " desired_outcome_count:S negotiated_outcome_count:S risk_item_count:S questionnaire_count:S"
                + " removed:D episode_pseudonym:D recorded_by:D advocacy_recorded_by:D consent_recorded_by:D");
        INVENTORY.put("organisations.csv", "record_pseudonym:D organisation_code:D pseudonymised:S"
                + " organisation_type:S roles:S");
        INVENTORY.put("risk_items.csv", "record_pseudonym:D item:S type_of_risk:S location_of_risk:S"
                + " source_of_risk:S");
        INVENTORY.put("outcomes.csv", "record_pseudonym:D person_pseudonym:D outcome_id:D outcome_kind:S"
                + " expressed_by:S representative_role:S expressed_in:D stage:S category:S desired_outcome_ids:D"
                + " revision_count:S first_agreed_in:D last_agreed_in:D last_change_reason:S achievement:S"
                + " judged_by:S rated_in:D recorded_by:D achievement_recorded_by:D");
        INVENTORY.put("answers.csv", "record_pseudonym:D person_pseudonym:D questionnaire:S instrument_id:D"
                + " instrument_version:D in_catalogue:S status:S respondent:S respondent_role:S answered_in:D"
                + " not_offered_reason:S link_id:D answer_form:S answer_code:D recorded_by:D");
        INVENTORY.put("data-dictionary-fields", "form:S path:S type:S required:S description:S code_list:S"
                + " allowed_codes:S sac_tables:S vocabulary_version:S research_treatment:S");
        INVENTORY.put("data-dictionary-codes", "list_id:S list_title:S source:S code:S label:S sac_table:S version:S");
    }

    private static String describe(CsvLayout layout) {
        Stream<String> fixed = layout.columns().stream().map(c -> c.name() + ":" + (c.guarded() ? "D" : "S"));
        Stream<String> repeated = layout.repeated().stream().map(c -> "*:" + (c.guarded() ? "D" : "S"));
        return Stream.concat(fixed, repeated).collect(Collectors.joining(" "));
    }

    @Test
    void theDeclaredLayoutsAreExactlyTheInventory() {
        Map<String, String> declared = new LinkedHashMap<>();
        CsvLayouts.all().forEach(l -> declared.put(l.id(), describe(l)));
        assertThat(declared).containsExactlyEntriesOf(INVENTORY);
    }

    @Test
    void thePublicColumnListsAreTheLayouts() {
        assertThat(CsvLayouts.SAC_PUBLISHED.names()).isEqualTo(PublishedRow.COLUMNS);
        for (ResearchCsv.Table t : ResearchCsv.Table.values()) {
            assertThat(INVENTORY).containsKey(t.fileName());
        }
        assertThat(DataDictionaryCsv.FIELD_COLUMNS).isEqualTo(CsvLayouts.DICTIONARY_FIELDS.names());
        assertThat(DataDictionaryCsv.CODE_COLUMNS).isEqualTo(CsvLayouts.DICTIONARY_CODES.names());
    }

    /** Issue 17, finding 2: {@code lead_council_code} of records.csv and the council columns arrived raw. */
    @Test
    void theLeadCouncilCodeAndTheCouncilColumnsAreWrittenAsText() throws IOException {
        String formula = "=cmd|' /C calc'!A0";
        Map<CsvLayout, String> files = writeEveryFile(formula);
        List<List<String>> records = read(files.get(CsvLayouts.RESEARCH_RECORDS));
        int lead = records.get(0).indexOf("lead_council_code");
        assertThat(records.get(1).get(lead)).isEqualTo("'" + formula);
        List<List<String>> published = read(files.get(CsvLayouts.SAC_PUBLISHED));
        assertThat(published.get(1).subList(0, 7)).containsOnly("'" + formula);
    }

    @ParameterizedTest
    @MethodSource("hostile")
    void everyDataColumnOfEveryFileComesOutGuarded(String hostile) throws IOException {
        Map<CsvLayout, String> files = writeEveryFile(hostile);
        assertThat(files.keySet().stream().map(CsvLayout::id)).as("every layout written")
                .containsExactlyInAnyOrderElementsOf(INVENTORY.keySet());

        for (Map.Entry<CsvLayout, String> file : files.entrySet()) {
            CsvLayout layout = file.getKey();
            List<List<String>> rows = read(file.getValue());
            List<String> header = rows.get(0);
            assertThat(header.subList(0, layout.columns().size())).as(layout.id() + " header")
                    .isEqualTo(layout.names());
            assertThat(header).as(layout.id() + " header names").allSatisfy(CsvColumnsTest::notAFormula);
            assertThat(rows).as(layout.id() + " has rows").hasSizeGreaterThan(1);
            for (int c = 0; c < header.size(); c++) {
                CsvColumn column = c < layout.columns().size() ? layout.columns().get(c)
                        : layout.repeated().orElseThrow();
                String where = layout.id() + " column " + column.name();
                List<String> cells = new ArrayList<>();
                for (List<String> row : rows.subList(1, rows.size())) {
                    assertThat(row).as(where + " row width").hasSize(header.size());
                    cells.add(row.get(c));
                }
                assertThat(cells).as(where).allSatisfy(CsvColumnsTest::notAFormula);
                if (column.guarded()) {
                    assertThat(cells).as(where + " was fed the hostile value and guarded it")
                            .anySatisfy(v -> assertThat(v).startsWith("'" + hostile));
                } else {
                    assertThat(cells).as(where + " is written by the SDK: no record or option data in it")
                            .noneSatisfy(v -> assertThat(v).contains(hostile));
                }
            }
        }
    }

    @Test
    void noOtherClassOfTheModuleWritesCsvOrAppliesTheGuard() throws IOException, URISyntaxException {
        Path classes = Path.of(CsvTableWriter.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<String> offenders;
        try (Stream<Path> all = Files.walk(classes)) {
            offenders = all.filter(p -> p.toString().endsWith(".class"))
                    .filter(p -> !classes.relativize(p).toString().replace('\\', '/')
                            .startsWith("org/mspsdk/csv/internal/"))
                    .filter(p -> {
                        String bytes = read(p);
                        return bytes.contains("tools/jackson/dataformat/csv") || bytes.contains("spreadsheetCell")
                                && !p.getFileName().toString().startsWith("SafeText");
                    })
                    .map(p -> classes.relativize(p).toString()).toList();
        }
        assertThat(offenders).as("classes writing CSV or guarding cells outside org.mspsdk.csv.internal").isEmpty();
    }

    private static String read(Path classFile) {
        try {
            return new String(Files.readAllBytes(classFile), StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void notAFormula(String cell) {
        assertThat(cell).doesNotStartWith("=").doesNotStartWith("+").doesNotStartWith("-").doesNotStartWith("@")
                .doesNotStartWith("\t").doesNotStartWith("\r");
    }

    /** Writes every CSV file of the SDK with the hostile value in every record field, option and caller value. */
    private static Map<CsvLayout, String> writeEveryFile(String hostile) {
        Map<CsvLayout, String> files = new LinkedHashMap<>();
        SacReturn tallied = new SyntheticDataGenerator(3).stream(400)
                .map(r -> r.toBuilder().recordId(hostile + "-" + r.recordId()).build())
                .collect(SacTally.collector(SacSettings.of(ReportingYear.of(2025))
                        .withGroupings(Grouping.byKey("team", r -> hostile))));
        // a return whose cells a caller built: every label is caller text
        SacReturn handMade = new SacReturn(tallied.year(), tallied.recordsRead(), tallied.cells().stream()
                .map(c -> new SacCell(c.table(), hostile, hostile, hostile, c.value())).toList(),
                tallied.measures(), tallied.breakdowns(), tallied.dataQuality());
        CouncilMetadata council = new CouncilMetadata(hostile, hostile, hostile, hostile, hostile, hostile, hostile);

        files.put(CsvLayouts.SAC_PUBLISHED, text(out -> SacCsv.writePublished(handMade, council,
                ExportOptions.defaults(), out)));
        files.put(CsvLayouts.SAC_POWER_BI, text(out -> SacCsv.writePowerBi(tallied, council, hostile, out)));
        files.put(CsvLayouts.SAC_BREAKDOWN, text(out -> SacCsv.writeBreakdown(tallied.breakdown("team"),
                ExportOptions.defaults(), out)));
        files.put(CsvLayouts.SAC_DATA_QUALITY, text(out -> SacCsv.writeDataQuality(tallied.dataQuality(), out)));
        for (SacTable t : SacTable.values()) {
            files.put(CsvLayouts.sacTable(t), text(out -> SacCsv.writeTable(handMade, t, ExportOptions.defaults(),
                    out)));
        }

        Map<ResearchCsv.Table, StringWriter> outs = new EnumMap<>(ResearchCsv.Table.class);
        for (ResearchCsv.Table t : ResearchCsv.Table.values()) {
            outs.put(t, new StringWriter());
        }
        try (ResearchCsv csv = ResearchCsv.to(new EnumMap<>(outs))) {
            csv.write(researchRecord(hostile));
        }
        for (CsvLayout l : List.of(CsvLayouts.RESEARCH_RECORDS, CsvLayouts.RESEARCH_ORGANISATIONS,
                CsvLayouts.RESEARCH_RISK_ITEMS, CsvLayouts.RESEARCH_OUTCOMES, CsvLayouts.RESEARCH_ANSWERS)) {
            ResearchCsv.Table t = Stream.of(ResearchCsv.Table.values()).filter(x -> x.fileName().equals(l.id()))
                    .findFirst().orElseThrow();
            files.put(l, outs.get(t).toString());
        }

        DataDictionary dictionary = DataDictionary.generate();
        files.put(CsvLayouts.DICTIONARY_FIELDS, text(out -> DataDictionaryCsv.writeFields(dictionary, out)));
        files.put(CsvLayouts.DICTIONARY_CODES, text(out -> DataDictionaryCsv.writeCodes(dictionary, out)));
        return files;
    }

    /** A research record with the hostile value in every text field and every optional part present. */
    private static ResearchRecord researchRecord(String h) {
        ResearchPerson person = new ResearchPerson(h, h, AgeBand.values()[0], FiveYearAgeBand.values()[0],
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty());
        ResearchOrganisation lead = new ResearchOrganisation(h, false, OrganisationType.values()[0],
                Set.of(OrganisationRole.LEAD_COUNCIL));
        ResearchConcern concern = new ResearchConcern(h, h, ConcernSource.values()[0], Optional.empty(),
                Optional.empty());
        ResearchEnquiry enquiry = new ResearchEnquiry(EnquiryType.values()[0], Optional.empty(), h, h,
                Optional.of(h), Optional.of(h), List.of(new RiskItem(TypeOfRisk.values()[0], Optional.empty(),
                        Optional.empty())), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.of(new org.mspsdk.model.Advocacy(Optional.empty(), Optional.empty(), Optional.empty(),
                        Optional.of(h))),
                Optional.of(new org.mspsdk.model.Consent(org.mspsdk.vocabulary.ConsentDecision.values()[0], false,
                        Set.of(), Optional.empty(), Optional.of(h))));
        Voice adult = new Voice(VoiceType.values()[0], Optional.empty());
        ResearchOutcomes outcomes = new ResearchOutcomes(Optional.empty(),
                List.of(new ResearchDesiredOutcome(h, adult, h, RecordingStage.values()[0], Optional.empty(),
                        Optional.of(h))),
                List.of(new ResearchNegotiatedOutcome(h, List.of(h), List.of(new ResearchRevision(h,
                        Optional.empty(), Optional.of(h))), Optional.of(new ResearchAchievement(
                        OutcomeAchievement.values()[0], AchievementJudge.values()[0], h, Optional.of(h))))),
                Optional.empty(), Optional.empty(), Optional.empty());
        ResearchQuestionnaire questionnaire = new ResearchQuestionnaire(Optional.of(h), Optional.of(h), false,
                QuestionnaireStatus.values()[0], Optional.empty(), Optional.of(h), Optional.empty(),
                List.of(new ResearchAnswer(h, AnswerForm.values()[0], Optional.of(h))), Optional.of(h));
        return new ResearchRecord(h, h, DateGranularity.values()[0], person, List.of(lead), concern,
                Optional.of(enquiry), outcomes, List.of(questionnaire), List.of(h), Optional.of(h), Optional.of(h));
    }

    private interface Write {
        void to(Writer out);
    }

    private static String text(Write write) {
        StringWriter out = new StringWriter();
        write.to(out);
        return out.toString();
    }

    private static List<List<String>> read(String csv) throws IOException {
        CsvMapper mapper = CsvMapper.builder().enable(CsvReadFeature.WRAP_AS_ARRAY).build();
        List<List<String>> rows = new ArrayList<>();
        try (MappingIterator<List<String>> it = mapper.readerFor(List.class).readValues(csv)) {
            while (it.hasNext()) {
                rows.add(it.next());
            }
        }
        return rows;
    }
}
