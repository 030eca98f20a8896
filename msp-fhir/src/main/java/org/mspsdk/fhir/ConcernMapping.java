package org.mspsdk.fhir;

import java.util.Optional;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.mspsdk.MspException.Kind;
import org.mspsdk.model.Concern;
import org.mspsdk.vocabulary.ConcernOutcome;
import org.mspsdk.vocabulary.ConcernSource;
import org.mspsdk.vocabulary.NoEnquiryNextStep;

/**
 * The concern as a {@code ServiceRequest}: a safeguarding referral (SNOMED CT 514331000000104 "Adult safeguarding
 * referral", intent proposal), received on {@code authoredOn}, with who raised it and what became of it as
 * extensions. Its status is derived (completed once decided, else active) and not read back.
 */
final class ConcernMapping {

    static final String KEY = "concern";
    static final String SNOMED_ADULT_SAFEGUARDING_REFERRAL = "514331000000104";
    static final String SNOMED_DISPLAY = "Adult safeguarding referral";

    private ConcernMapping() {
    }

    static Reference write(Concern c, Reference patient, BundleWriter w) {
        ServiceRequest sr = new ServiceRequest();
        sr.addExtension(MspExtension.CONCERN_SOURCE.url(), Codings.coding(c.raisedBy()));
        c.outcome().ifPresent(o -> sr.addExtension(MspExtension.CONCERN_OUTCOME.url(), Codings.coding(o)));
        c.nextStep().ifPresent(s -> sr.addExtension(MspExtension.NO_ENQUIRY_NEXT_STEP.url(), Codings.coding(s)));
        sr.setStatus(c.outcome().isPresent() ? ServiceRequest.ServiceRequestStatus.COMPLETED
                : ServiceRequest.ServiceRequestStatus.ACTIVE);
        sr.setIntent(ServiceRequest.ServiceRequestIntent.PROPOSAL);
        sr.setCode(new CodeableConcept(new Coding(FhirUrls.SNOMED, SNOMED_ADULT_SAFEGUARDING_REFERRAL,
                SNOMED_DISPLAY)));
        sr.setSubject(patient);
        sr.setAuthoredOnElement(new DateTimeType(c.receivedOn().toString()));
        return w.add(KEY, sr);
    }

    static Concern read(BundleReader.Entry entry, BundleReader r, BundleReader.Entry patient) {
        ServiceRequest sr = (ServiceRequest) entry.resource();
        String path = entry.path();
        BundleReader.checkExtensions(sr, path, MspExtension.CONCERN_SOURCE, MspExtension.CONCERN_OUTCOME,
                MspExtension.NO_ENQUIRY_NEXT_STEP);
        r.expectReference(sr.getSubject(), patient, path + ".subject");
        ConcernSource source = BundleReader.code(sr.getExtension(), MspExtension.CONCERN_SOURCE, ConcernSource.class,
                path).orElseThrow(() -> new FhirMappingException(Kind.MISSING_PART,
                        BundleReader.extPath(path, MspExtension.CONCERN_SOURCE), "who raised the concern is required"));
        if (!sr.hasAuthoredOnElement() || !sr.getAuthoredOnElement().hasValue()) {
            throw new FhirMappingException(Kind.MISSING_PART, path + ".authoredOn",
                    "the date the concern was received is required");
        }
        Optional<ConcernOutcome> outcome = BundleReader.code(sr.getExtension(), MspExtension.CONCERN_OUTCOME,
                ConcernOutcome.class, path);
        Optional<NoEnquiryNextStep> next = BundleReader.code(sr.getExtension(), MspExtension.NO_ENQUIRY_NEXT_STEP,
                NoEnquiryNextStep.class, path);
        return new Concern(BundleReader.date(sr.getAuthoredOnElement(), path + ".authoredOn"), source, outcome, next);
    }
}
