package org.mspsdk.fhir;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.mspsdk.MspException;
import org.mspsdk.vocabulary.Code;
import org.mspsdk.vocabulary.CodeList;
import org.mspsdk.vocabulary.Vocabulary;

/** SDK codes to FHIR codings and back: system = the list's CodeSystem, code = the SDK code, display = label. */
final class Codings {

    private static final Map<Class<?>, CodeList<?>> LISTS = new ConcurrentHashMap<>();

    private Codings() {
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    static <E extends Enum<E> & Code> CodeList<E> list(Class<E> type) {
        return (CodeList<E>) LISTS.computeIfAbsent(type, t -> Vocabulary.of((Class) t));
    }

    static <E extends Enum<E> & Code> Coding coding(E code) {
        return new Coding(FhirUrls.codeSystem(list(code.getDeclaringClass()).id()), code.code(), code.label());
    }

    static <E extends Enum<E> & Code> CodeableConcept concept(E code) {
        return new CodeableConcept(coding(code));
    }

    /**
     * Reads a coding of a code list.
     *
     * @param coding the coding
     * @param type   the code list's entry type
     * @param path   the FHIRPath of the coding
     * @return the code
     * @throws FhirMappingException for another system, no code, or a code not in the list
     */
    static <E extends Enum<E> & Code> E read(Coding coding, Class<E> type, String path) {
        CodeList<E> list = list(type);
        String system = FhirUrls.codeSystem(list.id());
        if (!system.equals(coding.getSystem())) {
            throw new FhirMappingException(MspException.Kind.UNKNOWN_CODE, path + ".system",
                    "expected the code system " + system);
        }
        if (!coding.hasCode()) {
            throw new FhirMappingException(MspException.Kind.MISSING_PART, path + ".code",
                    "a code of code list '" + list.id() + "' is required");
        }
        return list.findByCode(coding.getCode()).orElseThrow(() -> new FhirMappingException(
                MspException.Kind.UNKNOWN_CODE, path + ".code", "the code is not in code list '" + list.id() + "' ("
                        + list.title() + "): expected one of " + list.codes()));
    }

    /**
     * Reads the one coding of a code list's system in a CodeableConcept (other systems' codings are translations
     * and are not read).
     */
    static <E extends Enum<E> & Code> E read(CodeableConcept concept, Class<E> type, String path) {
        String system = FhirUrls.codeSystem(list(type).id());
        int found = -1;
        for (int i = 0; i < concept.getCoding().size(); i++) {
            if (system.equals(concept.getCoding().get(i).getSystem())) {
                if (found >= 0) {
                    throw new FhirMappingException(MspException.Kind.INVALID_VALUE, path + ".coding",
                            "expected one coding of " + system + ", found more");
                }
                found = i;
            }
        }
        if (found < 0) {
            throw new FhirMappingException(MspException.Kind.UNKNOWN_CODE, path + ".coding",
                    "expected a coding of the code system " + system);
        }
        return read(concept.getCoding().get(found), type, path + ".coding[" + found + "]");
    }
}
