package org.mspsdk.fhir;

import java.util.Optional;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Consent;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Reference;
import org.mspsdk.MspException;
import org.mspsdk.MspException.Kind;
import org.mspsdk.instrument.InstrumentCatalogue;
import org.mspsdk.model.Enquiry;
import org.mspsdk.model.OrganisationInvolvement;
import org.mspsdk.model.PersonalOutcomes;
import org.mspsdk.model.SafeguardingRecord;
import org.mspsdk.vocabulary.AskedAboutOutcomes;
import org.mspsdk.vocabulary.OutcomeAchievement;
import org.mspsdk.vocabulary.SafetyRating;

/** The whole record to a Bundle and back, one part at a time through the part mappings. */
final class RecordMapping {

    private RecordMapping() {
    }

    static Bundle write(SafeguardingRecord record, InstrumentCatalogue catalogue) {
        BundleWriter w = new BundleWriter(record.recordId());
        w.bundle().setIdentifier(new Identifier().setSystem(FhirUrls.RECORD_ID).setValue(record.recordId()));
        Reference patient = AdultMapping.write(record.adult(), w);
        Optional<Reference> team = PartyMapping.writeOrganisations(record.organisations(), patient, w);
        PartyMapping.writeRepresentatives(record, patient, w);
        Reference concern = ConcernMapping.write(record.concern(), patient, w);
        Optional<Reference> lead = record.leadCouncil()
                .map(o -> w.reference(PartyMapping.organisationKey(record.organisations().indexOf(o))));
        Reference journey = JourneyMapping.write(record.concern(), record.enquiry(), patient, concern, team, lead, w);
        record.enquiry().ifPresent(e -> {
            EnquiryMapping.write(e, patient, journey, w);
            e.consent().ifPresent(c -> ConsentMapping.write(c, patient, w));
        });
        PersonalOutcomes o = record.outcomes();
        o.asked().ifPresent(v -> EnquiryMapping.coded(ObservationCode.ASKED_ABOUT_OUTCOMES, v, patient, journey, w));
        o.enquiryAchievement().ifPresent(
                v -> EnquiryMapping.coded(ObservationCode.ENQUIRY_ACHIEVEMENT, v, patient, journey, w));
        o.feelingSafeAtStart().ifPresent(
                v -> EnquiryMapping.coded(ObservationCode.FEELING_SAFE_AT_START, v, patient, journey, w));
        o.feelingSafeAtEnd().ifPresent(
                v -> EnquiryMapping.coded(ObservationCode.FEELING_SAFE_AT_END, v, patient, journey, w));
        OutcomeMapping.write(o, patient, w);
        QuestionnaireMapping.write(record.questionnaires(), catalogue, patient, w);
        return w.bundle();
    }

    static SafeguardingRecord read(Bundle bundle, InstrumentCatalogue catalogue) {
        if (bundle.getType() != Bundle.BundleType.COLLECTION) {
            throw new FhirMappingException(Kind.INVALID_VALUE, "Bundle.type",
                    "expected collection (one MSP record per Bundle)");
        }
        String recordId = BundleReader.identifier(bundle.hasIdentifier() ? java.util.List.of(bundle.getIdentifier())
                : java.util.List.of(), FhirUrls.RECORD_ID, "Bundle.identifier")
                .orElseThrow(() -> new FhirMappingException(Kind.MISSING_PART, "Bundle.identifier",
                        "the record id (system " + FhirUrls.RECORD_ID + ") is required"));
        BundleReader r = new BundleReader(bundle);
        BundleReader.Entry patient = r.one(Patient.class, "the adult at risk");
        try {
            SafeguardingRecord.Builder b = SafeguardingRecord.builder().recordId(recordId)
                    .adult(AdultMapping.read(patient));
            JourneyMapping.Read journey = JourneyMapping.read(r, patient);
            b.concern(ConcernMapping.read(JourneyMapping.concern(journey, r), r, patient));
            java.util.List<OrganisationInvolvement> orgs = PartyMapping.readOrganisations(r, journey.team(),
                    journey.teamPath(), patient);
            b.organisations(orgs);
            JourneyMapping.checkLead(journey, r);
            RecordObservations obs = new RecordObservations(r, patient, journey.entry());
            if (journey.enquiryType().isPresent()) {
                Enquiry.Builder e = Enquiry.builder(journey.enquiryType().get(), journey.commencedOn().get());
                journey.concludedOn().ifPresent(e::concludedOn);
                EnquiryMapping.read(e, obs);
                ConsentMapping.read(r, patient).ifPresent(e::consent);
                b.enquiry(e.build());
            } else {
                obs.requireNone(EnquiryMapping.ENQUIRY_CODES, "an enquiry's finding, but the EpisodeOfCare records "
                        + "no enquiry (no enquiry type)");
                if (!r.ofType(Consent.class).isEmpty()) {
                    throw new FhirMappingException(Kind.INVALID_VALUE, r.ofType(Consent.class).get(0).path(),
                            "consent belongs to an enquiry, but the EpisodeOfCare records no enquiry");
                }
            }
            PersonalOutcomes.Builder o = PersonalOutcomes.builder();
            obs.single(ObservationCode.ASKED_ABOUT_OUTCOMES)
                    .ifPresent(e -> o.asked(EnquiryMapping.valueOnly(e, AskedAboutOutcomes.class)));
            obs.single(ObservationCode.ENQUIRY_ACHIEVEMENT)
                    .ifPresent(e -> o.enquiryAchievement(EnquiryMapping.valueOnly(e, OutcomeAchievement.class)));
            obs.single(ObservationCode.FEELING_SAFE_AT_START)
                    .ifPresent(e -> o.feelingSafeAtStart(EnquiryMapping.valueOnly(e, SafetyRating.class)));
            obs.single(ObservationCode.FEELING_SAFE_AT_END)
                    .ifPresent(e -> o.feelingSafeAtEnd(EnquiryMapping.valueOnly(e, SafetyRating.class)));
            OutcomeMapping.read(o, r, patient);
            b.outcomes(o.build());
            b.questionnaires(QuestionnaireMapping.read(r, patient, catalogue));
            r.requireAllRead();
            return b.build();
        } catch (FhirMappingException e) {
            throw e;
        } catch (MspException e) {
            // the model's own checks (a blank id, an empty revision list): their messages quote no value
            throw new FhirMappingException(e.kind(), "Bundle", "the record it gives is not well formed: "
                    + e.getMessage());
        }
    }
}
