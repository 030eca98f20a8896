package org.mspsdk.fhir;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Consent;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.Reference;
import org.mspsdk.MspException.Kind;
import org.mspsdk.vocabulary.ActionWithoutConsentReason;
import org.mspsdk.vocabulary.ConsentDecision;

/**
 * Consent and action without consent as a {@code Consent} (scope treatment, category LOINC 59284-0 "Patient
 * Consent", policy the Care Act 2014 section 42): the decision, whether action was taken without consent, the
 * reasons and whether the adult was told are extensions, for FHIR's Consent states permit or deny and has no
 * place for an override. Its status and provision type are derived from the decision and not read back
 * (consented: active, permit; declined: rejected, deny; unable to consent: inactive; not sought: proposed).
 */
final class ConsentMapping {

    static final String KEY = "consent";
    static final String SCOPE_SYSTEM = "http://terminology.hl7.org/CodeSystem/consentscope";
    static final String LOINC = "http://loinc.org";
    static final String LOINC_PATIENT_CONSENT = "59284-0";

    private ConsentMapping() {
    }

    static void write(org.mspsdk.model.Consent c, Reference patient, BundleWriter w) {
        Consent f = new Consent();
        f.addExtension(MspExtension.CONSENT_DECISION.url(), Codings.coding(c.decision()));
        f.addExtension(MspExtension.ACTION_WITHOUT_CONSENT.url(), new BooleanType(c.actionWithoutConsent()));
        for (ActionWithoutConsentReason r : ActionWithoutConsentReason.values()) { // the set in code-list order
            if (c.reasons().contains(r)) {
                f.addExtension(MspExtension.ACTION_WITHOUT_CONSENT_REASON.url(), Codings.coding(r));
            }
        }
        c.personInformed().ifPresent(v -> f.addExtension(MspExtension.PERSON_INFORMED.url(), new BooleanType(v)));
        f.setStatus(switch (c.decision()) {
            case CONSENTED -> Consent.ConsentState.ACTIVE;
            case DECLINED -> Consent.ConsentState.REJECTED;
            case UNABLE_TO_CONSENT -> Consent.ConsentState.INACTIVE;
            case NOT_SOUGHT -> Consent.ConsentState.PROPOSED;
        });
        f.setScope(new CodeableConcept(new Coding(SCOPE_SYSTEM, "treatment", "Treatment")));
        f.addCategory(new CodeableConcept(new Coding(LOINC, LOINC_PATIENT_CONSENT, "Patient Consent")));
        f.setPatient(patient);
        f.addPolicy().setUri(FhirUrls.CARE_ACT_S42);
        if (c.decision() == ConsentDecision.CONSENTED || c.decision() == ConsentDecision.DECLINED) {
            f.getProvision().setType(c.decision() == ConsentDecision.CONSENTED ? Consent.ConsentProvisionType.PERMIT
                    : Consent.ConsentProvisionType.DENY);
        }
        w.add(KEY, f);
    }

    static Optional<org.mspsdk.model.Consent> read(BundleReader r, BundleReader.Entry patient) {
        return r.optionalOne(Consent.class, "consent to the enquiry").map(entry -> {
            Consent f = (Consent) entry.resource();
            String path = entry.path();
            BundleReader.checkExtensions(f, path, MspExtension.CONSENT_DECISION, MspExtension.ACTION_WITHOUT_CONSENT,
                    MspExtension.ACTION_WITHOUT_CONSENT_REASON, MspExtension.PERSON_INFORMED);
            r.expectReference(f.getPatient(), patient, path + ".patient");
            List<Extension> ext = f.getExtension();
            ConsentDecision decision = BundleReader.code(ext, MspExtension.CONSENT_DECISION, ConsentDecision.class,
                    path).orElseThrow(() -> new FhirMappingException(Kind.MISSING_PART,
                            BundleReader.extPath(path, MspExtension.CONSENT_DECISION), "the consent decision is required"));
            boolean without = BundleReader.bool(ext, MspExtension.ACTION_WITHOUT_CONSENT, path).orElseThrow(
                    () -> new FhirMappingException(Kind.MISSING_PART,
                            BundleReader.extPath(path, MspExtension.ACTION_WITHOUT_CONSENT),
                            "whether action was taken without consent is required"));
            Set<ActionWithoutConsentReason> reasons = EnumSet.noneOf(ActionWithoutConsentReason.class);
            List<Extension> all = BundleReader.all(ext, MspExtension.ACTION_WITHOUT_CONSENT_REASON);
            String rp = BundleReader.extPath(path, MspExtension.ACTION_WITHOUT_CONSENT_REASON);
            for (int i = 0; i < all.size(); i++) {
                String p = rp + "[" + i + "]";
                if (!reasons.add(Codings.read(BundleReader.value(all.get(i), Coding.class, p),
                        ActionWithoutConsentReason.class, p + ".value"))) {
                    throw new FhirMappingException(Kind.INVALID_VALUE, p, "the reason is given twice");
                }
            }
            return new org.mspsdk.model.Consent(decision, without, reasons,
                    BundleReader.bool(ext, MspExtension.PERSON_INFORMED, path));
        });
    }
}
