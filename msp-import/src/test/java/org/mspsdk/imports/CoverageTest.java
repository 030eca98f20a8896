package org.mspsdk.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mspsdk.dictionary.DataDictionary;
import org.mspsdk.dictionary.DictionaryField;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code msp import --check}: the coverage of a mapping over its sources, read before anything is written. */
class CoverageTest {

    static final String MAPPING = """
            msp-mapping: 1
            sources:
              cases: cases.csv
              risks: risks.csv
            defaults: {date-formats: [dd/MM/yyyy]}
            record:
              source: cases
              key: Ref
              fields:
                recordId: Ref
                adult.personId: Person
                adult.gender: {column: Sex, values: {F: female, M: male}}
                adult.ethnicity: Ethnic
                concern.receivedOn: Received
                concern.raisedBy: {column: Source, values: {FAM: family}}
                notes: Notes
              lists:
                organisations:
                  - fields: {code: {constant: E08000001}, type: {constant: local-authority}, roles: {constant: lead-council}}
                enquiry.riskItems:
                  - source: risks
                    key: Ref
                    fields:
                      type: {column: Kind, values: {FIN: financial-material}}
            """;

    static Coverage check(Path dir) throws Exception {
        Fixture f = new Fixture(dir)
                .file("cases.csv", """
                        Ref,Person,Sex,Received,Source,Ethnic,Notes,Team
                        C1,P1,F,02/06/2025,FAM,,secret canary one,North
                        C2,P2,X,31/02/2025,FAM,,,South
                        C3,P3,x,2025-06-04,POL,,CANARY-NOTE,North
                        C4,P4,M,05/06/2025,FAM,,,
                        """)
                .file("risks.csv", "Ref,Kind,Detail\nC1,FIN,canary detail\nC1,PHY,\nC3,neglect,\nC9,FIN,\n")
                .file("extra.csv", "x\n");
        return Importer.builder(Mapping.parse(MAPPING, "m.yaml")).build().check(f.inputs);
    }

    @Test
    void theTextReportNamesUnfedFieldsTheTablesTheyStarveUnmappedValuesWithCountsAndUnusedColumns(@TempDir Path dir)
            throws Exception {
        assertThat(check(dir).toText()).isEqualTo("""
                Coverage of m.yaml
                  source cases: cases.csv, 4 rows
                  source risks: risks.csv, 4 rows

                SDK fields no column feeds: 49
                  adult.nhsNumber
                  adult.dateOfBirth (SG1a)
                  adult.ageAtConcern (SG1a)
                  adult.dateOfDeath (SG1a)
                  adult.ethnicity (SG1c): column Ethnic is blank in every row
                  adult.primarySupportReason (SG1d)
                  adult.autismExcludingAsperger (SG1e)
                  adult.aspergerOrHighFunctioningAutism (SG1e)
                  concern.outcome (SG1f)
                  concern.nextStep
                  enquiry.type (SG1f, SG2a, SG2b, SG2c, SG2e, SG3a, SG4a)
                  enquiry.s42Criteria.hasCareAndSupportNeeds
                  enquiry.s42Criteria.experiencingOrAtRiskOfAbuse
                  enquiry.s42Criteria.unableToProtectSelf
                  enquiry.commencedOn (SG1a, SG1b, SG1c, SG1d, SG1e, SG1f)
                  enquiry.concludedOn (SG2a, SG2b, SG2c, SG2e, SG3a, SG4a)
                  enquiry.result (SG2c)
                  enquiry.riskOutcome (SG2e)
                  enquiry.mentalCapacity.lackedCapacity (SG3a)
                  enquiry.mentalCapacity.supportedByAdvocateFamilyOrFriend (SG3a)
                  enquiry.advocacy.substantialDifficulty
                  enquiry.advocacy.appropriatePersonAvailable
                  enquiry.advocacy.independentAdvocateArranged
                  enquiry.consent.decision
                  enquiry.consent.actionWithoutConsent
                  enquiry.consent.reasons[]
                  enquiry.consent.personInformed
                  outcomes.asked (SG4a)
                  outcomes.enquiryAchievement (SG4a)
                  outcomes.feelingSafeAtStart
                  outcomes.feelingSafeAtEnd
                  organisations[].name
                  enquiry.riskItems[].location (SG2b)
                  enquiry.riskItems[].source (SG2a, SG2b)
                  outcomes.desiredOutcomes[].id
                  outcomes.desiredOutcomes[].wording
                  outcomes.desiredOutcomes[].expressedBy.type
                  outcomes.desiredOutcomes[].expressedBy.representativeRole
                  outcomes.desiredOutcomes[].expressedOn
                  outcomes.desiredOutcomes[].stage
                  outcomes.desiredOutcomes[].category
                  outcomes.negotiatedOutcomes[].id
                  outcomes.negotiatedOutcomes[].desiredOutcomeIds[]
                  outcomes.negotiatedOutcomes[].revisions[].agreedOn
                  outcomes.negotiatedOutcomes[].revisions[].wording
                  outcomes.negotiatedOutcomes[].revisions[].reason
                  outcomes.negotiatedOutcomes[].achievement.level (SG4a)
                  outcomes.negotiatedOutcomes[].achievement.judgedBy
                  outcomes.negotiatedOutcomes[].achievement.ratedOn
                SAC tables starved (the unfed fields that feed them):
                  SG1a: adult.dateOfBirth, adult.ageAtConcern, adult.dateOfDeath, enquiry.commencedOn
                  SG1b: enquiry.commencedOn
                  SG1c: adult.ethnicity, enquiry.commencedOn
                  SG1d: adult.primarySupportReason, enquiry.commencedOn
                  SG1e: adult.autismExcludingAsperger, adult.aspergerOrHighFunctioningAutism, enquiry.commencedOn
                  SG1f: concern.outcome, enquiry.type, enquiry.commencedOn
                  SG2a: enquiry.type, enquiry.concludedOn, enquiry.riskItems[].source
                  SG2b: enquiry.type, enquiry.concludedOn, enquiry.riskItems[].location, enquiry.riskItems[].source
                  SG2c: enquiry.type, enquiry.concludedOn, enquiry.result
                  SG2e: enquiry.type, enquiry.concludedOn, enquiry.riskOutcome
                  SG3a: enquiry.type, enquiry.concludedOn, enquiry.mentalCapacity.lackedCapacity, \
                enquiry.mentalCapacity.supportedByAdvocateFamilyOrFriend
                  SG4a: enquiry.type, enquiry.concludedOn, outcomes.asked, outcomes.enquiryAchievement, \
                outcomes.negotiatedOutcomes[].achievement.level

                Cells that would not map: 6
                  cases.csv, column Sex -> adult.gender (code-list:sg1b-gender): 2 cells: 'X' 2
                  cases.csv, column Received -> concern.receivedOn (date-format): 2 cells
                  cases.csv, column Source -> concern.raisedBy (code-list:concern-source): 1 cell: 'POL' 1
                  risks.csv, column Kind -> enquiry.riskItems[].type (code-list:sg2a-type-of-risk): 1 cell: 'PHY' 1

                Columns no rule reads: 2
                  cases.csv: Team
                  risks.csv: Detail

                Files no source names: extra.csv
                """);
    }

    @Test
    void theJsonReportCarriesTheSameFacts(@TempDir Path dir) throws Exception {
        Coverage c = check(dir);
        JsonNode json = JsonMapper.builder().build().readTree(c.toJson());
        JsonMapper m = JsonMapper.builder().build();
        assertThat(json.get("sources")).isEqualTo(m.readTree("""
                [{"name":"cases","file":"cases.csv","rows":4},{"name":"risks","file":"risks.csv","rows":4}]"""));
        assertThat(json.get("unfedFields").size()).isEqualTo(49);
        assertThat(json.get("unfedFields").get(4)).isEqualTo(m.readTree("""
                {"path":"adult.ethnicity","sacTables":["SG1c"],"blankColumn":"Ethnic"}"""));
        assertThat(json.get("starvedTables").get("SG1c")).isEqualTo(m.readTree("""
                ["adult.ethnicity","enquiry.commencedOn"]"""));
        assertThat(json.get("unmappedCells")).isEqualTo(m.readTree("""
                [{"file":"cases.csv","column":"Sex","field":"adult.gender","rule":"code-list:sg1b-gender","cells":2,
                  "values":[{"value":"X","count":2}]},
                 {"file":"cases.csv","column":"Received","field":"concern.receivedOn","rule":"date-format","cells":2,
                  "values":[]},
                 {"file":"cases.csv","column":"Source","field":"concern.raisedBy","rule":"code-list:concern-source",
                  "cells":1,"values":[{"value":"POL","count":1}]},
                 {"file":"risks.csv","column":"Kind","field":"enquiry.riskItems[].type",
                  "rule":"code-list:sg2a-type-of-risk","cells":1,"values":[{"value":"PHY","count":1}]}]"""));
        assertThat(json.get("unusedColumns")).isEqualTo(m.readTree("""
                [{"file":"cases.csv","column":"Team","position":8},{"file":"risks.csv","column":"Detail","position":3}]"""));
        assertThat(json.get("unusedFiles")).isEqualTo(m.readTree("[\"extra.csv\"]"));
        assertThat(c.allCellsMap()).isFalse();
    }

    @Test
    void freeTextDatesAndIdentifiersAreNeverShownOnlyCounted(@TempDir Path dir) throws Exception {
        Coverage c = check(dir);
        for (String report : List.of(c.toText(), c.toJson(), c.toString())) {
            assertThat(report.toLowerCase(java.util.Locale.ROOT)).doesNotContain("canary").doesNotContain("31/02")
                    .doesNotContain("2025-06-04").doesNotContain("north");
        }
    }

    @Test
    void aMappingThatCoversItsDataHasNoUnmappedCells(@TempDir Path dir) throws Exception {
        Fixture f = new Fixture(dir).file("cases.csv", "Ref,Person,Sex,Received,Source,Ethnic,Notes\n"
                + "C1,P1,F,02/06/2025,FAM,white,\n").file("risks.csv", "Ref,Kind\nC1,FIN\n");
        Coverage c = Importer.builder(Mapping.parse(MAPPING, "m.yaml")).build().check(f.inputs);
        assertThat(c.allCellsMap()).isTrue();
        assertThat(c.unusedColumns()).isEmpty();
        assertThat(c.unfedFields()).extracting(Coverage.UnfedField::path).doesNotContain("adult.ethnicity",
                "adult.gender", "organisations[].code", "enquiry.riskItems[].type");
        // a column named for a field but blank in every row does not feed it
        assertThat(c.unfedFields()).filteredOn(u -> u.path().equals("notes")).singleElement()
                .extracting(u -> u.blankColumn().orElseThrow()).isEqualTo("Notes");
    }

    @Test
    void aColumnTheSourcesLackIsAMappingErrorNamingThePath(@TempDir Path dir) throws Exception {
        Fixture f = new Fixture(dir).file("cases.csv", "Ref,Person\nC1,P1\n").file("risks.csv", "Ref,Kind\n");
        assertThatThrownBy(() -> Importer.builder(Mapping.parse(MAPPING, "m.yaml")).build().check(f.inputs))
                .isInstanceOf(MappingException.class)
                .hasMessageStartingWith("mapping m.yaml at record.fields.adult.gender.column: no such column");
    }

    @Test
    void everyImportTargetIsAFieldOfTheDataDictionary() {
        Map<String, DictionaryField> dictionary = new HashMap<>();
        DataDictionary.generate().fields(DataDictionary.SAFEGUARDING_RECORD).forEach(f -> dictionary.put(f.path(), f));
        for (Target t : Target.values()) {
            assertThat(dictionary).as(t.path()).containsKey(t.path());
        }
        assertThat(CoverageScan.sacTables(Target.RISK_SOURCE, dictionary)).containsExactly("SG2a", "SG2b");
    }
}
