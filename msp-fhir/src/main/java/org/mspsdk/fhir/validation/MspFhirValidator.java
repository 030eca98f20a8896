package org.mspsdk.fhir.validation;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.support.DefaultProfileValidationSupport;
import ca.uhn.fhir.validation.FhirValidator;
import ca.uhn.fhir.validation.SingleValidationMessage;
import ca.uhn.fhir.validation.ValidationResult;
import java.util.List;
import org.hl7.fhir.common.hapi.validation.support.CommonCodeSystemsTerminologyService;
import org.hl7.fhir.common.hapi.validation.support.InMemoryTerminologyServerValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.PrePopulatedValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.SnapshotGeneratingValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.ValidationSupportChain;
import org.hl7.fhir.common.hapi.validation.validator.FhirInstanceValidator;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.MetadataResource;
import org.mspsdk.fhir.Conformance;
import org.mspsdk.fhir.MspFhir;
import org.mspsdk.instrument.InstrumentCatalogue;

/**
 * HAPI's instance validator ({@code FhirInstanceValidator} over HAPI's default R4 validation support) with the
 * SDK's code systems, value sets, extensions and questionnaires added, so a Bundle is checked against base R4
 * and the MSP definitions together. No terminology server is used: SNOMED CT and LOINC codes are not checked.
 *
 * <pre>{@code
 * MspFhirValidator validator = MspFhirValidator.create();   // slow to start (tens of seconds): share one
 * List<FhirIssue> errors = validator.validate(bundle).stream().filter(FhirIssue::isError).toList();
 * }</pre>
 *
 * <p>Needs {@code ca.uhn.hapi.fhir:hapi-fhir-validation}, {@code hapi-fhir-validation-resources-r4} and
 * {@code hapi-fhir-caching-caffeine} on the class path: msp-fhir declares them optional. Thread-safe.
 */
public final class MspFhirValidator {

    private final FhirValidator validator;

    private MspFhirValidator(FhirValidator validator) {
        this.validator = validator;
    }

    /** @return a validator knowing the built-in instruments */
    public static MspFhirValidator create() {
        return create(InstrumentCatalogue.builtIn());
    }

    /**
     * @param catalogue the instruments whose Questionnaires and answer scales the validator should know
     * @return a validator
     */
    public static MspFhirValidator create(InstrumentCatalogue catalogue) {
        FhirContext ctx = MspFhir.context();
        PrePopulatedValidationSupport msp = new PrePopulatedValidationSupport(ctx);
        for (MetadataResource r : Conformance.all(catalogue)) {
            msp.addResource(r);
        }
        QuestionnaireSupport questionnaires = new QuestionnaireSupport(ctx, Conformance.questionnaires(catalogue));
        ValidationSupportChain chain = new ValidationSupportChain(new DefaultProfileValidationSupport(ctx), msp,
                questionnaires,
                new CommonCodeSystemsTerminologyService(ctx), new InMemoryTerminologyServerValidationSupport(ctx),
                new SnapshotGeneratingValidationSupport(ctx));
        FhirValidator v = ctx.newValidator();
        v.registerValidatorModule(new FhirInstanceValidator(chain));
        return new MspFhirValidator(v);
    }

    /**
     * @param resource a resource (a Bundle, or a conformance resource)
     * @return every issue found, in HAPI's order
     */
    public List<FhirIssue> validate(IBaseResource resource) {
        ValidationResult result = validator.validateWithResult(resource);
        return result.getMessages().stream().map(MspFhirValidator::issue).toList();
    }

    private static FhirIssue issue(SingleValidationMessage m) {
        FhirIssue.Severity s = switch (m.getSeverity()) {
            case INFORMATION -> FhirIssue.Severity.INFORMATION;
            case WARNING -> FhirIssue.Severity.WARNING;
            case ERROR -> FhirIssue.Severity.ERROR;
            case FATAL -> FhirIssue.Severity.FATAL;
        };
        return new FhirIssue(s, m.getLocationString(), m.getMessageId(), m.getMessage());
    }
}
