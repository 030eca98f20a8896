/**
 * MSP records to and from HL7 FHIR R4 ({@link org.mspsdk.fhir.MspFhir}): one record is one collection
 * {@code Bundle} of Patient, Organization, CareTeam, RelatedPerson, ServiceRequest (the concern), EpisodeOfCare
 * (the journey), Observation (the enquiry's findings and the outcome ratings), Consent, Goal (desired and
 * negotiated outcomes) and QuestionnaireResponse; and the conformance resources that define it
 * ({@link org.mspsdk.fhir.Conformance}: code systems, value sets, concept maps, extensions, questionnaires), all
 * under {@link org.mspsdk.fhir.FhirUrls#BASE}. HAPI FHIR's R4 model is the API here; msp-core knows nothing of it.
 */
package org.mspsdk.fhir;
