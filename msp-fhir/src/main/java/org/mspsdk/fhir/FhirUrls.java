package org.mspsdk.fhir;

/**
 * The canonical URLs and identifier systems of the MSP FHIR mapping, all under the schema's base
 * ({@value #BASE}), and the national systems it uses.
 *
 * <pre>{@code
 * FhirUrls.codeSystem("sg2a-type-of-risk"); // https://mspsdk.org/schema/1.0/fhir/CodeSystem/sg2a-type-of-risk
 * FhirUrls.extension("ethnicity");          // https://mspsdk.org/schema/1.0/fhir/StructureDefinition/ethnicity
 * }</pre>
 */
public final class FhirUrls {

    /** The base of every canonical URL the mapping defines: the wire format's schema base plus {@code fhir/}. */
    public static final String BASE = "https://mspsdk.org/schema/1.0/fhir/";

    /** The NHS number identifier system (NHS England). */
    public static final String NHS_NUMBER = "https://fhir.nhs.uk/Id/nhs-number";

    /** The ODS organisation code identifier system (NHS England), read on import as an organisation code. */
    public static final String ODS_ORGANISATION_CODE = "https://fhir.nhs.uk/Id/ods-organization-code";

    /** The record id: {@code Bundle.identifier}. */
    public static final String RECORD_ID = BASE + "id/record-id";

    /** The adult's opaque local id: {@code Patient.identifier}. */
    public static final String PERSON_ID = BASE + "id/person-id";

    /** An organisation's code (ODS code where it has one, else a local code): {@code Organization.identifier}. */
    public static final String ORGANISATION_CODE = BASE + "id/organisation-code";

    /** A desired outcome's id within the record: {@code Goal.identifier}. */
    public static final String DESIRED_OUTCOME_ID = BASE + "id/desired-outcome-id";

    /** A negotiated outcome's id within the record: {@code Goal.identifier}. */
    public static final String NEGOTIATED_OUTCOME_ID = BASE + "id/negotiated-outcome-id";

    /**
     * The journey's shared episode id across a partnership: {@code EpisodeOfCare.identifier} (reserved for the
     * record-level {@code episodeId} of the attribution fields).
     */
    public static final String EPISODE_ID = BASE + "id/episode-id";

    /** The code system of the mapping's observation and component codes. */
    public static final String OBSERVATION_CODES = BASE + "CodeSystem/msp-observation";

    /** SNOMED CT. */
    public static final String SNOMED = "http://snomed.info/sct";

    /** HL7's goal achievement code system (the target of the SG4a concept map). */
    public static final String GOAL_ACHIEVEMENT = "http://terminology.hl7.org/CodeSystem/goal-achievement";

    /** HL7's goal achievement value set (the binding of {@code Goal.achievementStatus}). */
    public static final String GOAL_ACHIEVEMENT_VALUE_SET = "http://hl7.org/fhir/ValueSet/goal-achievement";

    /** FHIR's administrative gender code system. */
    public static final String ADMINISTRATIVE_GENDER = "http://hl7.org/fhir/administrative-gender";

    /** The Care Act 2014, section 42: the policy every MSP {@code Consent} is recorded under. */
    public static final String CARE_ACT_S42 = "https://www.legislation.gov.uk/ukpga/2014/23/section/42";

    private FhirUrls() {
    }

    /** @param listId a code list id @return the canonical URL of its CodeSystem */
    public static String codeSystem(String listId) {
        return BASE + "CodeSystem/" + listId;
    }

    /** @param listId a code list id @return the canonical URL of its ValueSet (every code of the list) */
    public static String valueSet(String listId) {
        return BASE + "ValueSet/" + listId;
    }

    /** @param name an extension name @return the canonical URL of its StructureDefinition */
    public static String extension(String name) {
        return BASE + "StructureDefinition/" + name;
    }

    /** @param instrumentId an instrument id @return the canonical URL of its Questionnaire (without version) */
    public static String questionnaire(String instrumentId) {
        return BASE + "Questionnaire/" + instrumentId;
    }

    /** @param id a concept map id @return the canonical URL of the ConceptMap */
    public static String conceptMap(String id) {
        return BASE + "ConceptMap/" + id;
    }
}
