package org.mspsdk.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mspsdk.cli.Msp;
import org.mspsdk.imports.ImportIssue;
import org.mspsdk.imports.ImportSummary;
import org.mspsdk.imports.Importer;
import org.mspsdk.imports.Mapping;
import org.mspsdk.json.JsonLinesReader;
import org.mspsdk.json.MspJson;
import java.time.LocalDate;
import java.util.Optional;
import org.mspsdk.model.AdultAtRisk;
import org.mspsdk.model.Concern;
import org.mspsdk.model.DesiredOutcome;
import org.mspsdk.model.Enquiry;
import org.mspsdk.model.MentalCapacity;
import org.mspsdk.model.OrganisationInvolvement;
import org.mspsdk.model.PersonalOutcomes;
import org.mspsdk.model.RiskItem;
import org.mspsdk.model.SafeguardingRecord;
import org.mspsdk.model.Voice;
import org.mspsdk.vocabulary.AskedAboutOutcomes;
import org.mspsdk.vocabulary.CapacityAnswer;
import org.mspsdk.vocabulary.ConcernOutcome;
import org.mspsdk.vocabulary.ConcernSource;
import org.mspsdk.vocabulary.EnquiryResult;
import org.mspsdk.vocabulary.EnquiryType;
import org.mspsdk.vocabulary.Ethnicity;
import org.mspsdk.vocabulary.Gender;
import org.mspsdk.vocabulary.LocationOfRisk;
import org.mspsdk.vocabulary.OrganisationRole;
import org.mspsdk.vocabulary.OrganisationType;
import org.mspsdk.vocabulary.OutcomeAchievement;
import org.mspsdk.vocabulary.RecordingStage;
import org.mspsdk.vocabulary.RiskOutcome;
import org.mspsdk.vocabulary.SourceOfRisk;
import org.mspsdk.vocabulary.TypeOfRisk;
import org.mspsdk.returns.CouncilMetadata;
import org.mspsdk.returns.ExportOptions;
import org.mspsdk.returns.ReportingYear;
import org.mspsdk.returns.SacSettings;
import org.mspsdk.returns.SacTally;
import org.mspsdk.returns.io.SacCsv;

/** The flat CSV example: a council's extract mapped onto records, compared with the same cases written as JSON. */
class ImportExampleTest {

    static Path dir() throws URISyntaxException {
        return Path.of(ImportExampleTest.class.getResource("imports/flat-csv/mapping.yaml").toURI()).getParent();
    }

    static List<SafeguardingRecord> imported(List<ImportIssue> issues) throws Exception {
        List<SafeguardingRecord> out = new ArrayList<>();
        ImportSummary s = Importer.builder(Mapping.read(dir().resolve("mapping.yaml"))).build()
                .run(List.of(dir().resolve("cases.csv")), r -> out.add(r.record()), issues::add);
        assertThat(s.records()).isEqualTo(6);
        return out;
    }

    static List<SafeguardingRecord> expected() throws Exception {
        try (JsonLinesReader in = MspJson.strict().readLines(Files.newInputStream(dir().resolve("expected.jsonl")))) {
            return in.stream().toList();
        }
    }

    static String sac(List<SafeguardingRecord> records) {
        StringWriter w = new StringWriter();
        SacCsv.writePublished(records.stream().collect(SacTally.collector(SacSettings.of(ReportingYear.of(2025)))),
                new CouncilMetadata("Local Authority", "Metropolitan District", "E12000002", "North West",
                        "E08000001", "350", "Fictional"), ExportOptions.defaults(), w);
        return w.toString();
    }

    @Test
    void theFlatWindows1252ExtractMapsToTheExpectedRecordsWithNoIssue() throws Exception {
        List<ImportIssue> issues = new ArrayList<>();
        assertThat(imported(issues)).isEqualTo(expected());
        assertThat(issues).isEmpty();
    }

    /**
     * Three of the six cases written by hand from the rows of {@code cases.csv} and the mapping, with the model's
     * builders: independent of the importer and of {@code expected.jsonl}.
     */
    static List<SafeguardingRecord> handWritten() {
        OrganisationInvolvement council = OrganisationInvolvement.of("E08000001", OrganisationType.LOCAL_AUTHORITY,
                OrganisationRole.LEAD_COUNCIL);
        SafeguardingRecord a1001 = SafeguardingRecord.builder().recordId("A-1001")
                .adult(AdultAtRisk.builder("CL-1").dateOfBirth(LocalDate.of(1941, 5, 2)).gender(Gender.FEMALE)
                        .ethnicity(Ethnicity.WHITE).build())
                .addOrganisation(council)
                .concern(Concern.received(LocalDate.of(2025, 6, 2), ConcernSource.FAMILY)
                        .decided(ConcernOutcome.S42_ENQUIRY))
                .enquiry(Enquiry.builder(EnquiryType.S42, LocalDate.of(2025, 6, 3))
                        .concludedOn(LocalDate.of(2025, 8, 15))
                        .addRiskItem(RiskItem.of(TypeOfRisk.FINANCIAL_MATERIAL, LocationOfRisk.OWN_HOME,
                                SourceOfRisk.KNOWN))
                        .addRiskItem(RiskItem.of(TypeOfRisk.PSYCHOLOGICAL, LocationOfRisk.OWN_HOME, SourceOfRisk.KNOWN))
                        .result(EnquiryResult.RISK_IDENTIFIED_ACTION).riskOutcome(RiskOutcome.REDUCED)
                        .mentalCapacity(MentalCapacity.of(CapacityAnswer.DID_NOT_LACK)).build())
                .outcomes(PersonalOutcomes.builder().asked(AskedAboutOutcomes.ASKED_EXPRESSED)
                        .addDesiredOutcome(new DesiredOutcome("d1", "I want my grandson to stop taking my pension",
                                Voice.adult(), LocalDate.of(2025, 6, 3), RecordingStage.ENQUIRY_START,
                                Optional.empty()))
                        .enquiryAchievement(OutcomeAchievement.FULLY_ACHIEVED).build())
                .notes("Daughter says \u201cstop\u201d \u2013 caf\u00e9 meeting")
                .build();
        SafeguardingRecord a1003 = SafeguardingRecord.builder().recordId("A-1003")
                .adult(AdultAtRisk.builder("CL-3").dateOfBirth(LocalDate.of(1939, 1, 1)).gender(Gender.FEMALE)
                        .ethnicity(Ethnicity.BLACK).build())
                .addOrganisation(council)
                .concern(Concern.received(LocalDate.of(2025, 9, 5), ConcernSource.NHS)
                        .decided(ConcernOutcome.S42_ENQUIRY))
                .enquiry(Enquiry.builder(EnquiryType.S42, LocalDate.of(2025, 9, 8))
                        .addRiskItem(RiskItem.of(TypeOfRisk.PHYSICAL, LocationOfRisk.COMMUNITY, SourceOfRisk.UNKNOWN))
                        .mentalCapacity(MentalCapacity.of(CapacityAnswer.DONT_KNOW)).build())
                .outcomes(PersonalOutcomes.builder().asked(AskedAboutOutcomes.ASKED_EXPRESSED)
                        .addDesiredOutcome(new DesiredOutcome("d1", "To feel safe going out, \"not scared\"",
                                Voice.adult(), LocalDate.of(2025, 9, 8), RecordingStage.ENQUIRY_START,
                                Optional.empty())).build())
                .notes("Open enquiry")
                .build();
        SafeguardingRecord a1004 = SafeguardingRecord.builder().recordId("A-1004")
                .adult(AdultAtRisk.builder("CL-4").dateOfBirth(LocalDate.of(1970, 3, 23)).gender(Gender.NOT_KNOWN)
                        .ethnicity(Ethnicity.NOT_KNOWN).build())
                .addOrganisation(council)
                .concern(Concern.received(LocalDate.of(2025, 10, 12), ConcernSource.SELF)
                        .decided(ConcernOutcome.NO_ENQUIRY))
                .notes("No enquiry \u2013 advice given")
                .build();
        return List.of(a1001, a1003, a1004);
    }

    @Test
    void threeCasesWrittenByHandAreExactlyWhatTheImportAndExpectedJsonLinesHold() throws Exception {
        List<SafeguardingRecord> hand = handWritten();
        List<String> ids = hand.stream().map(SafeguardingRecord::recordId).toList();
        assertThat(imported(new ArrayList<>()).stream().filter(r -> ids.contains(r.recordId())).toList())
                .isEqualTo(hand);
        assertThat(expected().stream().filter(r -> ids.contains(r.recordId())).toList()).isEqualTo(hand);
    }

    @Test
    void theMappedExtractGivesExactlyTheSacReturnOfTheSameCasesWrittenAsJson() throws Exception {
        String fromImport = sac(imported(new ArrayList<>()));
        assertThat(fromImport).isEqualTo(sac(expected()));
        assertThat(fromImport).contains("SG2a");
    }

    @Test
    void theCommandWritesTheExpectedJsonLinesAndExitsZero() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = Msp.run(new ByteArrayInputStream(new byte[0]), out, err, "import", "--mapping",
                dir().resolve("mapping.yaml").toString(), "--today", "2026-04-30", dir().resolve("cases.csv").toString());
        assertThat(exit).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8))
                .isEqualTo(Files.readString(dir().resolve("expected.jsonl"), StandardCharsets.UTF_8));
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("6 rows read: 6 records written");
    }

    @Test
    void anUnusableMappingExitsTwoNamingThePathAndUnmappedCellsExitOne(@org.junit.jupiter.api.io.TempDir Path tmp)
            throws Exception {
        Path bad = tmp.resolve("bad.yaml");
        Files.writeString(bad, Files.readString(dir().resolve("mapping.yaml")).replace("M: male", "M: man"));
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = Msp.run(new ByteArrayInputStream(new byte[0]), new ByteArrayOutputStream(), err, "import",
                "--mapping", bad.toString(), dir().resolve("cases.csv").toString());
        assertThat(exit).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).startsWith(
                "mapping bad.yaml at record.fields.adult.gender.values.M: expected a code");

        Path narrow = tmp.resolve("narrow.yaml");
        Files.writeString(narrow, Files.readString(dir().resolve("mapping.yaml")).replace("U: not-known}", "}")
                .replace("lookup: none}", "lookup: none}\n    adult.nhsNumber: Comments"));
        err.reset();
        exit = Msp.run(new ByteArrayInputStream(new byte[0]), new ByteArrayOutputStream(), err, "import",
                "--mapping", narrow.toString(), "--today", "2026-04-30", dir().resolve("cases.csv").toString());
        String e = err.toString(StandardCharsets.UTF_8);
        assertThat(exit).isEqualTo(1);
        assertThat(e).contains("cases.csv: row 5, column Sex: cell adult.gender (code-list:sg1b-gender): value 'U'")
                .contains("column Comments: cell adult.nhsNumber (nhs-number)")
                .doesNotContain("café").doesNotContain("advice given");
    }
}
