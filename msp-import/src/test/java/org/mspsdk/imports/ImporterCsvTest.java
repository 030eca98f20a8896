package org.mspsdk.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mspsdk.model.AdultAtRisk;
import org.mspsdk.model.Concern;
import org.mspsdk.model.Enquiry;
import org.mspsdk.model.OrganisationInvolvement;
import org.mspsdk.model.PersonalOutcomes;
import org.mspsdk.model.RiskItem;
import org.mspsdk.model.SafeguardingRecord;
import org.mspsdk.vocabulary.AskedAboutOutcomes;
import org.mspsdk.vocabulary.ConcernOutcome;
import org.mspsdk.vocabulary.ConcernSource;
import org.mspsdk.vocabulary.EnquiryType;
import org.mspsdk.vocabulary.Gender;
import org.mspsdk.vocabulary.LocationOfRisk;
import org.mspsdk.vocabulary.OrganisationRole;
import org.mspsdk.vocabulary.OrganisationType;
import org.mspsdk.vocabulary.SourceOfRisk;
import org.mspsdk.vocabulary.TypeOfRisk;

class ImporterCsvTest {

    static final String FLAT = """
            msp-mapping: 1
            sources:
              cases: {file: cases.csv, encoding: windows-1252}
            defaults:
              date-formats: [dd/MM/yyyy]
              blank-values: ["", "NULL"]
            record:
              source: cases
              fields:
                recordId: CaseRef
                adult.personId: PersonRef
                adult.dateOfBirth: DOB
                adult.gender: {column: Sex, values: {F: female, M: male}}
                concern.receivedOn: Received
                concern.raisedBy: {column: Source, values: {FAM: family}}
                concern.outcome: {constant: s42-enquiry}
                enquiry.type: {column: Type, values: {S42: s42}}
                enquiry.commencedOn: Started
                outcomes.asked: {column: Asked, values: {Y: asked-expressed, N: asked-not-expressed}}
                notes: Notes
              lists:
                organisations:
                  - fields:
                      code: {constant: E08000001}
                      type: {constant: local-authority}
                      roles: {constant: lead-council}
            """;

    static final String HEADER = "CaseRef,PersonRef,DOB,Sex,Received,Source,Type,Started,Asked,Notes\r\n";

    static SafeguardingRecord expectedC1(String notes) {
        return SafeguardingRecord.builder()
                .recordId("C1")
                .adult(AdultAtRisk.builder("P1").dateOfBirth(LocalDate.of(1941, 5, 2)).gender(Gender.FEMALE).build())
                .addOrganisation(OrganisationInvolvement.of("E08000001", OrganisationType.LOCAL_AUTHORITY,
                        OrganisationRole.LEAD_COUNCIL))
                .concern(Concern.received(LocalDate.of(2025, 6, 2), ConcernSource.FAMILY)
                        .decided(ConcernOutcome.S42_ENQUIRY))
                .enquiry(Enquiry.builder(EnquiryType.S42, LocalDate.of(2025, 6, 3)).build())
                .outcomes(PersonalOutcomes.builder().asked(AskedAboutOutcomes.ASKED_EXPRESSED).build())
                .notes(notes)
                .build();
    }

    @Test
    void flatWindows1252RowWithLocalCodesUkDatesAndConstantsBecomesTheHandWrittenRecord(@TempDir Path dir)
            throws Exception {
        Fixture f = new Fixture(dir).file("cases.csv", HEADER
                + "C1,P1,02/05/1941,F,02/06/2025,FAM,S42,03/06/2025,Y,Caf\u00e9 visit \u2013 \u201cnote\u201d\r\n",
                Charset.forName("windows-1252")).run(FLAT);
        assertThat(f.issues).isEmpty();
        assertThat(f.records).containsExactly(expectedC1("Caf\u00e9 visit \u2013 \u201cnote\u201d"));
        assertThat(f.summary).isEqualTo(new ImportSummary(1, 1, 0, 0, 0, 0, false));
        assertThat(f.imported.get(0).row()).isEqualTo(2);
    }

    @Test
    void aUtf8ByteOrderMarkIsSkippedAndDeclaresUtf8(@TempDir Path dir) throws Exception {
        Fixture f = new Fixture(dir).file("cases.csv", "\uFEFF" + HEADER
                + "C1,P1,02/05/1941,F,02/06/2025,FAM,S42,03/06/2025,Y,\"Caf\u00e9, \"\"quoted\"\"\r\nsecond line\"\r\n",
                StandardCharsets.UTF_8).run(FLAT);
        assertThat(f.issues).isEmpty();
        assertThat(f.records).containsExactly(expectedC1("Caf\u00e9, \"quoted\"\r\nsecond line"));
    }

    @Test
    void valuesAreReadByTheSdkCodeOrSacLabelWhenTheValueMapHasNoEntry(@TempDir Path dir) throws Exception {
        Fixture f = new Fixture(dir).file("cases.csv", HEADER
                + "C1,P1,02/05/1941,female,02/06/2025,\"Family, friend or neighbour\",Section 42 enquiry,"
                + "03/06/2025,Yes they were asked and outcomes were expressed,x\r\n").run(FLAT);
        assertThat(f.issues).isEmpty();
        assertThat(f.records).containsExactly(expectedC1("x"));
    }

    @Test
    void blankValuesAreAbsentByDefaultAndNullCountsAsBlank(@TempDir Path dir) throws Exception {
        Fixture f = new Fixture(dir).file("cases.csv", HEADER
                + "C1,P1,NULL,  ,02/06/2025,FAM,S42,03/06/2025,NULL,\r\n").run(FLAT);
        assertThat(f.issues).isEmpty();
        SafeguardingRecord r = f.records.get(0);
        assertThat(r.adult().dateOfBirth()).isEmpty();
        assertThat(r.adult().gender()).isEmpty();
        assertThat(r.outcomes().asked()).isEmpty();
        assertThat(r.notes()).isEmpty();
    }

    @Test
    void blankErrorAndIfBlankAreApplied(@TempDir Path dir) throws Exception {
        String mapping = FLAT.replace("adult.gender: {column: Sex, values: {F: female, M: male}}",
                "adult.gender: {column: Sex, values: {F: female, M: male}, if-blank: not-known}")
                .replace("adult.dateOfBirth: DOB", "adult.dateOfBirth: {column: DOB, blank: error}");
        Fixture f = new Fixture(dir).file("cases.csv", HEADER
                + "C1,P1,,,02/06/2025,FAM,S42,03/06/2025,Y,x\r\n"
                + "C2,P2,02/05/1941,,02/06/2025,FAM,S42,03/06/2025,Y,x\r\n").run(mapping);
        assertThat(f.issues).extracting(ImportIssue::kind, ImportIssue::row, ImportIssue::column,
                ImportIssue::fieldPath, ImportIssue::rule).containsExactly(
                        org.assertj.core.groups.Tuple.tuple(ImportIssue.Kind.CELL, 2L, Optional.of("DOB"),
                                "adult.dateOfBirth", "blank"),
                        org.assertj.core.groups.Tuple.tuple(ImportIssue.Kind.ROW, 2L, Optional.empty(), "", "cells"));
        assertThat(f.records).hasSize(1);
        assertThat(f.records.get(0).adult().gender()).contains(Gender.NOT_KNOWN);
        assertThat(f.summary.rowsRefused()).isEqualTo(1);
    }

    @Test
    void anUnmappedLocalCodeIsReportedWithItsPlaceAndTheRestGoOn(@TempDir Path dir) throws Exception {
        Fixture f = new Fixture(dir).file("cases.csv", HEADER
                + "C1,P1,02/05/1941,X,02/06/2025,FAM,S42,03/06/2025,Y,x\r\n"
                + "C2,P2,31/02/1941,F,02/06/2025,FAM,S42,03/06/2025,Y,x\r\n"
                + "C3,P3,02/05/1941,F,02/06/2025,FAM,S42,03/06/2025,Y,x\r\n").run(FLAT);
        assertThat(f.issues).hasSize(4);
        ImportIssue gender = f.issues.get(0);
        assertThat(gender).isEqualTo(new ImportIssue(ImportIssue.Kind.CELL, "cases.csv", Optional.empty(), 2,
                Optional.of("Sex"), "adult.gender", "code-list:sg1b-gender", "a code or SAC label of 'sg1b-gender', "
                        + "or a local value of the value map at record.fields.adult.gender.values", Optional.of("X")));
        ImportIssue date = f.issues.get(2);
        assertThat(date.row()).isEqualTo(3);
        assertThat(date.rule()).isEqualTo("date-format");
        assertThat(date.expected()).isEqualTo("a date in one of the formats [dd/MM/yyyy]");
        assertThat(date.value()).isEmpty();
        assertThat(f.records).extracting(SafeguardingRecord::recordId).containsExactly("C3");
        assertThat(f.summary).isEqualTo(new ImportSummary(3, 1, 2, 2, 0, 0, false));
    }

    @Test
    void lookupNoneRefusesValuesOutsideTheValueMap(@TempDir Path dir) throws Exception {
        String mapping = FLAT.replace("values: {F: female, M: male}}", "values: {F: female, M: male}, lookup: none}");
        Fixture f = new Fixture(dir).file("cases.csv", HEADER
                + "C1,P1,02/05/1941,female,02/06/2025,FAM,S42,03/06/2025,Y,x\r\n").run(mapping);
        assertThat(f.issues.get(0).rule()).isEqualTo("value-map");
        assertThat(f.records).isEmpty();
    }

    @Test
    void aMissingMandatoryPartRefusesTheRowNamingFieldAndColumn(@TempDir Path dir) throws Exception {
        Fixture f = new Fixture(dir).file("cases.csv", HEADER
                + "C1,P1,02/05/1941,F,,FAM,S42,03/06/2025,Y,x\r\n").run(FLAT);
        assertThat(f.issues).singleElement().isEqualTo(new ImportIssue(ImportIssue.Kind.ROW, "cases.csv",
                Optional.empty(), 2, Optional.of("Received"), "concern.receivedOn", "required",
                "a value: the record cannot be made without it", Optional.empty()));
    }

    static final String JOINED = """
            msp-mapping: 1
            sources:
              cases: cases.csv
              risks: {file: risks.csv, delimiter: ";"}
            defaults: {date-formats: [dd/MM/yyyy, yyyy-MM-dd]}
            record:
              source: cases
              key: Ref
              fields:
                recordId: Ref
                adult.personId: Person
                concern.receivedOn: Received
                concern.raisedBy: {constant: self}
                enquiry.type: {constant: s42}
                enquiry.commencedOn: Received
              lists:
                enquiry.riskItems:
                  - source: risks
                    key: CaseRef
                    fields:
                      type: {column: Category, values: {FIN: financial-material, "Neglect/Omission": neglect}}
                      location: {column: Where, values: {HOME: own-home}}
                      source: {column: Who, values: {K: known, SP: service-provider}}
            """;

    @Test
    void childRowsJoinToTheirRecordByKeyInTheirOrderAndOrphansAreReported(@TempDir Path dir) throws Exception {
        Fixture f = new Fixture(dir)
                .file("cases.csv", "Ref,Person,Received\nA,P1,01/07/2025\nB,P2,2025-07-02\n")
                .file("risks.csv", "CaseRef;Category;Where;Who\nB;FIN;HOME;K\nA;Neglect/Omission;;SP\n"
                        + "B;physical abuse;HOME;\nZ;FIN;HOME;K\n")
                .run(JOINED);
        assertThat(f.records).extracting(r -> r.enquiry().orElseThrow().riskItems()).containsExactly(
                List.of(new RiskItem(TypeOfRisk.NEGLECT, Optional.empty(), Optional.of(SourceOfRisk.SERVICE_PROVIDER))),
                List.of(RiskItem.of(TypeOfRisk.FINANCIAL_MATERIAL, LocationOfRisk.OWN_HOME, SourceOfRisk.KNOWN),
                        new RiskItem(TypeOfRisk.PHYSICAL, Optional.of(LocationOfRisk.OWN_HOME), Optional.empty())));
        assertThat(f.records.get(1).concern().receivedOn()).isEqualTo(LocalDate.of(2025, 7, 2));
        assertThat(f.issues).singleElement().isEqualTo(new ImportIssue(ImportIssue.Kind.ORPHAN_ROW, "risks.csv",
                Optional.empty(), 5, Optional.of("CaseRef"), "enquiry.riskItems[]", "join",
                "a record whose key equals this row's CaseRef", Optional.empty()));
        assertThat(f.summary.orphanRows()).isEqualTo(1);
    }

    @Test
    void aBadCellInAChildRowRefusesItsRecord(@TempDir Path dir) throws Exception {
        Fixture f = new Fixture(dir)
                .file("cases.csv", "Ref,Person,Received\nA,P1,01/07/2025\nB,P2,01/07/2025\n")
                .file("risks.csv", "CaseRef;Category;Where;Who\nA;NOPE;HOME;K\nB;FIN;HOME;K\n")
                .run(JOINED);
        assertThat(f.records).extracting(SafeguardingRecord::recordId).containsExactly("B");
        assertThat(f.issues.get(0)).isEqualTo(new ImportIssue(ImportIssue.Kind.CELL, "risks.csv", Optional.empty(),
                2, Optional.of("Category"), "enquiry.riskItems[].type", "code-list:sg2a-type-of-risk",
                "a code or SAC label of 'sg2a-type-of-risk', or a local value of the value map at "
                        + "record.lists.enquiry.riskItems[0].fields.type.values", Optional.of("NOPE")));
        assertThat(f.issues.get(1).kind()).isEqualTo(ImportIssue.Kind.ROW);
        assertThat(f.issues.get(1).file()).isEqualTo("cases.csv");
    }
}
