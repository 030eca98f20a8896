package org.mspsdk.fhir.validation;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.support.IValidationSupport;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Questionnaire;

/**
 * Serves the MSP Questionnaires to the validator by canonical URL, with or without {@code |version}, so a
 * QuestionnaireResponse is checked against its Questionnaire (HAPI's pre-populated support holds no
 * Questionnaires).
 */
final class QuestionnaireSupport implements IValidationSupport {

    private final FhirContext context;
    private final Map<String, Questionnaire> byCanonical = new HashMap<>();

    QuestionnaireSupport(FhirContext context, List<Questionnaire> questionnaires) {
        this.context = context;
        for (Questionnaire q : questionnaires) {
            byCanonical.put(q.getUrl() + "|" + q.getVersion(), q);
            byCanonical.putIfAbsent(q.getUrl(), q);
        }
    }

    @Override
    public FhirContext getFhirContext() {
        return context;
    }

    @Override
    public <T extends IBaseResource> T fetchResource(Class<T> type, String uri) {
        Questionnaire q = byCanonical.get(uri);
        if (q == null || type != null && !type.isInstance(q)) {
            return null;
        }
        @SuppressWarnings("unchecked")
        T found = (T) q;
        return found;
    }

    @Override
    public String getName() {
        return "MSP questionnaires";
    }
}
