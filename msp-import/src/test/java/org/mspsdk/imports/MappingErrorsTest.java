package org.mspsdk.imports;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MappingErrorsTest {

    private static void refused(String yaml, String message) {
        assertThatThrownBy(() -> Mapping.parse(yaml, "m.yaml")).isInstanceOf(MappingException.class)
                .hasMessage(message);
    }

    @Test
    void notYamlNamesLineAndColumn() {
        refused("msp-mapping: 1\nsources: [a\n", "mapping m.yaml: not valid YAML (line 2, column 12)");
    }

    @Test
    void wrongVersion() {
        refused("msp-mapping: 2\n", "mapping m.yaml at msp-mapping: expected the mapping format version 1");
    }

    @Test
    void anUnknownKeyIsNamed() {
        refused(ImporterCsvTest.FLAT.replace("date-formats: [dd/MM/yyyy]", "date-format: [dd/MM/yyyy]"),
                "mapping m.yaml at defaults.date-format: unknown key; expected one of [date-formats, blank-values, "
                        + "separator]");
    }

    @Test
    void aValueMapToACodeNotInTheListIsNamed() {
        refused(ImporterCsvTest.FLAT.replace("M: male", "M: man"),
                "mapping m.yaml at record.fields.adult.gender.values.M: expected a code (or SAC label) of the list "
                        + "'sg1b-gender': one of [male, female, not-known]");
    }

    @Test
    void aFieldThatDoesNotExistIsNamed() {
        refused(ImporterCsvTest.FLAT.replace("adult.dateOfBirth: DOB", "adult.dob: DOB"),
                "mapping m.yaml at record.fields.adult.dob: not a field of the record; expected one of [recordId, "
                        + "adult.personId, adult.nhsNumber, adult.dateOfBirth, adult.ageAtConcern, adult.dateOfDeath, "
                        + "adult.gender, adult.ethnicity, adult.primarySupportReason, adult.autismExcludingAsperger, "
                        + "adult.aspergerOrHighFunctioningAutism, concern.receivedOn, concern.raisedBy, "
                        + "concern.outcome, concern.nextStep, enquiry.type, enquiry.s42Criteria.hasCareAndSupportNeeds, "
                        + "enquiry.s42Criteria.experiencingOrAtRiskOfAbuse, enquiry.s42Criteria.unableToProtectSelf, "
                        + "enquiry.commencedOn, enquiry.concludedOn, enquiry.result, enquiry.riskOutcome, "
                        + "enquiry.mentalCapacity.lackedCapacity, "
                        + "enquiry.mentalCapacity.supportedByAdvocateFamilyOrFriend, "
                        + "enquiry.advocacy.substantialDifficulty, enquiry.advocacy.appropriatePersonAvailable, "
                        + "enquiry.advocacy.independentAdvocateArranged, enquiry.consent.decision, "
                        + "enquiry.consent.actionWithoutConsent, enquiry.consent.reasons, "
                        + "enquiry.consent.personInformed, outcomes.asked, outcomes.enquiryAchievement, "
                        + "outcomes.feelingSafeAtStart, outcomes.feelingSafeAtEnd, notes]");
    }

    @Test
    void aBadDateFormatIsNamed() {
        refused(ImporterCsvTest.FLAT.replace("date-formats: [dd/MM/yyyy]", "date-formats: [dd/MM/yyyy, qq]"),
                "mapping m.yaml at defaults.date-formats: expected date formats such as dd/MM/yyyy or yyyy-MM-dd "
                        + "(Java DateTimeFormatter patterns with day, month and year)");
    }

    @Test
    void anUnknownEncodingIsNamed() {
        refused(ImporterCsvTest.FLAT.replace("windows-1252", "klingon"),
                "mapping m.yaml at sources.cases.encoding: expected an encoding such as UTF-8 or windows-1252");
    }

    @Test
    void columnAndConstantTogetherAreRefused() {
        refused(ImporterCsvTest.FLAT.replace("enquiry.commencedOn: Started",
                "enquiry.commencedOn: {column: Started, constant: 2025-01-01}"),
                "mapping m.yaml at record.fields.enquiry.commencedOn: expected either 'column' or 'constant'");
    }

    @Test
    void aChildSourceWithoutARecordKeyIsRefused() {
        refused(ImporterCsvTest.JOINED.replace("  key: Ref\n", ""),
                "mapping m.yaml at record.key: expected the record source's key column: child sources join on it");
    }

    @Test
    void anUnknownListIsNamed() {
        refused(ImporterCsvTest.JOINED.replace("enquiry.riskItems:", "risks:"),
                "mapping m.yaml at record.lists.risks: expected one of the record's lists: organisations, "
                        + "enquiry.riskItems, outcomes.desiredOutcomes, outcomes.negotiatedOutcomes, questionnaires");
    }

    @Test
    void aColumnTheFileLacksIsNamedWithItsMappingPath(@TempDir Path dir) throws Exception {
        Fixture f = new Fixture(dir).file("cases.csv", ImporterCsvTest.HEADER.replace("Sex", "Gender"));
        assertThatThrownBy(() -> f.run(ImporterCsvTest.FLAT)).isInstanceOf(MappingException.class)
                .hasMessage("mapping m.yaml at record.fields.adult.gender.column: no such column in cases.csv; its "
                        + "columns are [CaseRef, PersonRef, DOB, Gender, Received, Source, Type, Started, Asked, "
                        + "Notes]");
    }

    @Test
    void aMissingInputFileIsNamed(@TempDir Path dir) {
        Fixture f = new Fixture(dir);
        assertThatThrownBy(() -> f.run(ImporterCsvTest.FLAT)).isInstanceOf(SourceException.class)
                .hasMessage("mapping m.yaml at sources.cases: no input file named cases.csv was given");
    }
}
