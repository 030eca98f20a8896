package org.mspsdk.fhir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.function.Consumer;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.Enumerations.AdministrativeGender;
import org.hl7.fhir.r4.model.Goal;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.junit.jupiter.api.Test;
import org.mspsdk.MspException;

/**
 * A Bundle the mapping cannot read is refused with the FHIRPath of the element at fault, what is wrong and
 * what was expected. The concluded example's Bundle is the starting point; each test breaks one thing.
 */
class ReaderErrorsTest {

    private static Bundle bundle() {
        return Fixtures.FHIR.toBundle(Fixtures.example("concluded-s42-enquiry.json"));
    }

    private static <T extends Resource> int index(Bundle b, Class<T> type, int nth) {
        int seen = 0;
        for (int i = 0; i < b.getEntry().size(); i++) {
            if (type.isInstance(b.getEntry().get(i).getResource()) && seen++ == nth) {
                return i;
            }
        }
        throw new AssertionError("no " + type.getSimpleName() + " #" + nth);
    }

    private static <T extends Resource> Bundle broken(Class<T> type, int nth, Consumer<T> change) {
        Bundle b = bundle();
        change.accept(type.cast(b.getEntry().get(index(b, type, nth)).getResource()));
        return b;
    }

    private static FhirMappingException refused(Bundle b) {
        try {
            Fixtures.FHIR.fromBundle(b);
        } catch (FhirMappingException e) {
            return e;
        }
        throw new AssertionError("the Bundle was read without error");
    }

    @Test
    void anUnknownCodeNamesTheCodingAndTheCodeList() {
        Bundle b = broken(Observation.class, 1, o -> o.getValueCodeableConcept().getCodingFirstRep().setCode("arson"));
        FhirMappingException e = refused(b);
        assertThat(e.kind()).isEqualTo(MspException.Kind.UNKNOWN_CODE);
        assertThat(e.location()).isEqualTo("Bundle.entry[" + index(b, Observation.class, 1)
                + "].resource.ofType(Observation).value.ofType(CodeableConcept).coding[0].code");
        assertThat(e.getMessage()).contains("not in code list 'sg2a-type-of-risk'").contains("neglect")
                .doesNotContain("arson");
    }

    @Test
    void anUnknownAnswerCodeNamesTheAnswerScale() {
        Bundle b = broken(QuestionnaireResponse.class, 0,
                q -> q.getItemFirstRep().getAnswerFirstRep().getValueCoding().setCode("maybe"));
        FhirMappingException e = refused(b);
        assertThat(e.kind()).isEqualTo(MspException.Kind.UNKNOWN_CODE);
        assertThat(e.location()).endsWith("ofType(QuestionnaireResponse).item[0].answer[0].value.ofType(Coding).code");
        assertThat(e.getMessage()).contains("answer scale 'msx-experience'");
    }

    @Test
    void aMissingRequiredElementIsNamed() {
        Bundle b = broken(ServiceRequest.class, 0, s -> s.setAuthoredOnElement(null));
        FhirMappingException e = refused(b);
        assertThat(e.kind()).isEqualTo(MspException.Kind.MISSING_PART);
        assertThat(e.location()).isEqualTo("Bundle.entry[" + index(b, ServiceRequest.class, 0)
                + "].resource.ofType(ServiceRequest).authoredOn");
        assertThat(e.getMessage()).contains("the date the concern was received is required");
    }

    @Test
    void aMissingWordingIsNamed() {
        Bundle b = broken(Goal.class, 0, g -> g.getDescription().setText(null));
        assertThat(refused(b).location()).endsWith("ofType(Goal).description.text");
    }

    @Test
    void aBrokenReferenceIsNamed() {
        Bundle b = broken(Goal.class, 2, g -> g.getExtensionByUrl(MspExtension.NEGOTIATED_FROM.url())
                .setValue(new Reference("urn:uuid:00000000-0000-3000-8000-000000000000")));
        FhirMappingException e = refused(b);
        assertThat(e.location()).isEqualTo("Bundle.entry[" + index(b, Goal.class, 2) + "].resource.ofType(Goal)"
                + ".extension('" + MspExtension.NEGOTIATED_FROM.url() + "')[0].value.reference");
        assertThat(e.getMessage()).contains("resolves to no entry of this Bundle (a broken reference)");
    }

    @Test
    void aReferenceToTheWrongKindOfResourceIsNamed() {
        Bundle b = bundle();
        String concern = b.getEntry().get(index(b, ServiceRequest.class, 0)).getFullUrl();
        ((Goal) b.getEntry().get(index(b, Goal.class, 0)).getResource()).setSubject(new Reference(concern));
        FhirMappingException e = refused(b);
        assertThat(e.location()).endsWith("ofType(Goal).subject.reference");
        assertThat(e.getMessage()).contains("resolves to a ServiceRequest, expected Patient");
    }

    @Test
    void anUnknownMspExtensionIsRefused() {
        Bundle b = broken(Patient.class, 0,
                p -> p.addExtension(FhirUrls.extension("favourite-colour"), new BooleanType(true)));
        FhirMappingException e = refused(b);
        assertThat(e.location()).isEqualTo("Bundle.entry[0].resource.ofType(Patient).extension[4]");
        assertThat(e.getMessage()).contains("an MSP extension that is not defined for this element");
    }

    @Test
    void anotherPublishersExtensionIsNotRead() {
        Bundle b = broken(Patient.class, 0,
                p -> p.addExtension("https://example.org/fhir/StructureDefinition/x", new BooleanType(true)));
        assertThat(Fixtures.FHIR.fromBundle(b))
                .isEqualTo(MspFhir.carried(Fixtures.example("concluded-s42-enquiry.json")));
    }

    @Test
    void aModifierExtensionIsRefused() {
        Bundle b = broken(Patient.class, 0,
                p -> p.addModifierExtension(new org.hl7.fhir.r4.model.Extension("https://example.org/fhir/StructureDefinition/x", new BooleanType(true))));
        assertThat(refused(b).location()).isEqualTo("Bundle.entry[0].resource.ofType(Patient).modifierExtension");
    }

    @Test
    void anEntryNothingReadsIsRefusedNotDropped() {
        Bundle b = bundle();
        b.addEntry().setFullUrl("urn:uuid:11111111-1111-3111-8111-111111111111")
                .setResource(new Condition().setSubject(new Reference(b.getEntryFirstRep().getFullUrl())));
        FhirMappingException e = refused(b);
        assertThat(e.location()).isEqualTo("Bundle.entry[" + (b.getEntry().size() - 1) + "]");
        assertThat(e.getMessage()).contains("a Condition the MSP mapping does not read");
    }

    @Test
    void anObservationEnteredInErrorIsRefused() {
        Bundle b = broken(Observation.class, 0, o -> o.setStatus(Observation.ObservationStatus.ENTEREDINERROR));
        assertThat(refused(b).location()).endsWith("ofType(Observation).status");
    }

    @Test
    void aGenderSg1bDoesNotHaveIsRefused() {
        Bundle b = broken(Patient.class, 0, p -> p.setGender(AdministrativeGender.OTHER));
        FhirMappingException e = refused(b);
        assertThat(e.location()).isEqualTo("Bundle.entry[0].resource.ofType(Patient).gender");
        assertThat(e.kind()).isEqualTo(MspException.Kind.UNKNOWN_CODE);
    }

    @Test
    void aTimeOfDayIsRefusedNotTruncated() {
        Bundle b = broken(ServiceRequest.class, 0, s -> s.setAuthoredOnElement(new DateTimeType("2025-06-02T10:15:00Z")));
        assertThat(refused(b).getMessage()).contains("expected a full date (YYYY-MM-DD), without a time of day");
    }

    @Test
    void anAchievementStatusWithoutItsObservationIsRefused() {
        Bundle b = broken(Goal.class, 2, g -> g.getOutcomeReference().clear());
        Bundle fixed = b;
        FhirMappingException e = refused(fixed);
        assertThat(e.location()).endsWith("ofType(Goal).outcomeReference");
        assertThat(e.getMessage()).contains("who judged it and when");
    }

    @Test
    void anAchievementStatusThatDisagreesWithItsObservationIsRefused() {
        Bundle b = broken(Goal.class, 2, g -> g.setAchievementStatus(
                AchievementMapping.goalStatus(org.mspsdk.vocabulary.OutcomeAchievement.NOT_ACHIEVED)));
        assertThat(refused(b).getMessage()).contains("disagrees with the value of");
    }

    @Test
    void aBundleOfAnotherTypeIsRefused() {
        Bundle b = bundle();
        b.setType(Bundle.BundleType.TRANSACTION);
        assertThat(refused(b).location()).isEqualTo("Bundle.type");
    }

    @Test
    void aBundleWithoutItsPatientIsRefused() {
        Bundle b = bundle();
        b.getEntry().remove(0);
        FhirMappingException e = refused(b);
        assertThat(e.location()).isEqualTo("Bundle.entry");
        assertThat(e.getMessage()).contains("expected exactly one Patient (the adult at risk), found 0");
    }

    @Test
    void unknownJsonElementsAreNamedWithoutTheirValue() {
        String json = Fixtures.FHIR.toJson(Fixtures.example("concluded-s42-enquiry.json"))
                .replaceFirst("\"gender\":", "\"favouriteColour\":\"CANARY-Q7\",\"gender\":");
        assertThatThrownBy(() -> Fixtures.FHIR.fromJson(json)).isInstanceOf(FhirMappingException.class)
                .hasMessageContaining("unknown element 'favouriteColour'").hasMessageNotContaining("CANARY");
    }

    @Test
    void anInvalidValueIsRefusedWithoutQuotingIt() {
        String json = Fixtures.FHIR.toJson(Fixtures.example("concluded-s42-enquiry.json"))
                .replace("\"birthDate\":\"1941-05-02\"", "\"birthDate\":\"CANARY-Q8 lives at 1 High St\"");
        assertThatThrownBy(() -> Fixtures.FHIR.fromJson(json)).isInstanceOf(FhirMappingException.class)
                .hasMessageContaining("not valid for its FHIR type").hasMessageNotContaining("CANARY");
    }

    @Test
    void malformedJsonIsRefusedWithoutQuotingIt() {
        assertThatThrownBy(() -> Fixtures.FHIR.fromJson("{\"resourceType\":\"Bundle\",\"type\":\"CANARY-Q9"))
                .isInstanceOf(FhirMappingException.class).hasMessageContaining("not a FHIR R4 JSON resource")
                .hasMessageNotContaining("CANARY");
    }

    @Test
    void aResourceOtherThanABundleIsRefused() {
        assertThatThrownBy(() -> Fixtures.FHIR.fromJson("{\"resourceType\":\"Patient\"}"))
                .isInstanceOf(FhirMappingException.class).hasMessage("Patient: expected a Bundle");
    }

    @Test
    void theAdultsOwnVoiceWithARepresentativeRoleCannotBeWritten() {
        var record = Fixtures.example("concluded-s42-enquiry.json");
        var d = record.outcomes().desiredOutcomes().get(0);
        var odd = new org.mspsdk.model.DesiredOutcome(d.id(), d.wording(), new org.mspsdk.model.Voice(
                org.mspsdk.vocabulary.VoiceType.ADULT, java.util.Optional.of(
                        org.mspsdk.vocabulary.RepresentativeRole.FRIEND)), d.expressedOn(), d.stage(), d.category());
        var bad = record.toBuilder().outcomes(record.outcomes().toBuilder().desiredOutcomes(java.util.List.of(odd,
                record.outcomes().desiredOutcomes().get(1))).build()).build();
        assertThatThrownBy(() -> Fixtures.FHIR.toBundle(bad)).isInstanceOf(FhirMappingException.class)
                .hasMessage("outcomes.desiredOutcomes[0].expressedBy.representativeRole: the adult's own voice names "
                        + "no representative role (rule MSP-OUT-016): fix the record");
    }

    @Test
    void theConcernMustBeTheJourneysReferral() {
        Bundle b = bundle();
        int sr = index(b, ServiceRequest.class, 0);
        ((ServiceRequest) b.getEntry().get(sr).getResource()).setCode(new CodeableConcept());
        // the code is derived and not read: the Bundle still reads
        assertThat(Fixtures.FHIR.fromBundle(b).concern().receivedOn()).hasToString("2025-06-02");
    }
}
