package org.mspsdk.fhir;

import java.util.List;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.DateType;
import org.hl7.fhir.r4.model.Enumerations.AdministrativeGender;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Reference;
import org.mspsdk.MspException;
import org.mspsdk.MspException.Kind;
import org.mspsdk.model.AdultAtRisk;
import org.mspsdk.model.NhsNumber;
import org.mspsdk.vocabulary.Ethnicity;
import org.mspsdk.vocabulary.Gender;
import org.mspsdk.vocabulary.PrimarySupportReason;

/**
 * The adult at risk as a {@code Patient}: the local id and NHS number as identifiers, date of birth and death,
 * SG1b gender as administrative gender, and the other SAC characteristics as extensions. Nothing else: no name,
 * address or contact, for the record holds none.
 */
final class AdultMapping {

    static final String KEY = "patient";

    private AdultMapping() {
    }

    static Reference write(AdultAtRisk a, BundleWriter w) {
        Patient p = new Patient();
        p.addIdentifier().setSystem(FhirUrls.PERSON_ID).setValue(a.personId());
        a.nhsNumber().ifPresent(n -> p.addIdentifier().setSystem(FhirUrls.NHS_NUMBER).setValue(n.value()));
        a.ageAtConcern().ifPresent(v -> p.addExtension(MspExtension.AGE_AT_CONCERN.url(), new IntegerType(v)));
        a.ethnicity().ifPresent(v -> p.addExtension(MspExtension.ETHNICITY.url(), Codings.coding(v)));
        a.primarySupportReason().ifPresent(
                v -> p.addExtension(MspExtension.PRIMARY_SUPPORT_REASON.url(), Codings.coding(v)));
        a.autismExcludingAsperger().ifPresent(
                v -> p.addExtension(MspExtension.AUTISM_EXCLUDING_ASPERGER.url(), new BooleanType(v)));
        a.aspergerOrHighFunctioningAutism().ifPresent(
                v -> p.addExtension(MspExtension.ASPERGER_OR_HIGH_FUNCTIONING_AUTISM.url(), new BooleanType(v)));
        a.gender().ifPresent(g -> p.setGender(switch (g) {
            case MALE -> AdministrativeGender.MALE;
            case FEMALE -> AdministrativeGender.FEMALE;
            case NOT_KNOWN -> AdministrativeGender.UNKNOWN;
        }));
        a.dateOfBirth().ifPresent(d -> p.setBirthDateElement(new DateType(d.toString())));
        a.dateOfDeath().ifPresent(d -> p.setDeceased(new DateTimeType(d.toString())));
        return w.add(KEY, p);
    }

    static AdultAtRisk read(BundleReader.Entry entry) {
        Patient p = (Patient) entry.resource();
        String path = entry.path();
        BundleReader.checkExtensions(p, path, MspExtension.AGE_AT_CONCERN, MspExtension.ETHNICITY,
                MspExtension.PRIMARY_SUPPORT_REASON, MspExtension.AUTISM_EXCLUDING_ASPERGER,
                MspExtension.ASPERGER_OR_HIGH_FUNCTIONING_AUTISM);
        String personId = BundleReader.identifier(p.getIdentifier(), FhirUrls.PERSON_ID, path + ".identifier")
                .orElseThrow(() -> new FhirMappingException(Kind.MISSING_PART, path + ".identifier",
                        "the adult's local id (system " + FhirUrls.PERSON_ID + ") is required"));
        AdultAtRisk.Builder b = AdultAtRisk.builder(personId);
        BundleReader.identifier(p.getIdentifier(), FhirUrls.NHS_NUMBER, path + ".identifier").ifPresent(n -> {
            try {
                b.nhsNumber(new NhsNumber(n));
            } catch (MspException e) {
                throw new FhirMappingException(Kind.INVALID_VALUE, path + ".identifier",
                        "the NHS number must be 10 digits that pass the Modulus 11 check");
            }
        });
        List<Extension> ext = p.getExtension();
        BundleReader.integer(ext, MspExtension.AGE_AT_CONCERN, path).ifPresent(b::ageAtConcern);
        BundleReader.code(ext, MspExtension.ETHNICITY, Ethnicity.class, path).ifPresent(b::ethnicity);
        BundleReader.code(ext, MspExtension.PRIMARY_SUPPORT_REASON, PrimarySupportReason.class, path)
                .ifPresent(b::primarySupportReason);
        BundleReader.bool(ext, MspExtension.AUTISM_EXCLUDING_ASPERGER, path).ifPresent(b::autismExcludingAsperger);
        BundleReader.bool(ext, MspExtension.ASPERGER_OR_HIGH_FUNCTIONING_AUTISM, path)
                .ifPresent(b::aspergerOrHighFunctioningAutism);
        if (p.hasGender()) {
            b.gender(switch (p.getGender()) {
                case MALE -> Gender.MALE;
                case FEMALE -> Gender.FEMALE;
                case UNKNOWN -> Gender.NOT_KNOWN;
                default -> throw new FhirMappingException(Kind.UNKNOWN_CODE, path + ".gender",
                        "SG1b has male, female and not known (unknown): expected male, female or unknown");
            });
        }
        if (p.hasBirthDateElement()) {
            b.dateOfBirth(BundleReader.date(p.getBirthDateElement(), path + ".birthDate"));
        }
        if (p.hasDeceased()) {
            if (!(p.getDeceased() instanceof DateTimeType d)) {
                throw new FhirMappingException(Kind.INVALID_VALUE, path + ".deceased",
                        "expected deceasedDateTime (the date of death), not a boolean");
            }
            b.dateOfDeath(BundleReader.date(d, path + ".deceased.ofType(dateTime)"));
        }
        return b.build();
    }
}
