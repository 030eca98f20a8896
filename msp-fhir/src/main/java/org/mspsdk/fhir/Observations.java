package org.mspsdk.fhir;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Observation.ObservationComponentComponent;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Type;
import org.mspsdk.MspException.Kind;
import org.mspsdk.vocabulary.Code;

/** The mapping's Observations: code from {@link ObservationCode}, status final, the adult as subject. */
final class Observations {

    private static final Set<Observation.ObservationStatus> READABLE = Set.of(Observation.ObservationStatus.FINAL,
            Observation.ObservationStatus.AMENDED, Observation.ObservationStatus.CORRECTED);

    private Observations() {
    }

    static CodeableConcept code(ObservationCode code) {
        return new CodeableConcept(new Coding(FhirUrls.OBSERVATION_CODES, code.code(), code.display()));
    }

    static Observation create(ObservationCode code, Reference subject, Reference focus) {
        Observation o = new Observation();
        o.setStatus(Observation.ObservationStatus.FINAL);
        o.setCode(code(code));
        o.setSubject(subject);
        o.addFocus(focus);
        return o;
    }

    static void component(Observation o, ObservationCode code, Type value) {
        o.addComponent().setCode(code(code)).setValue(value);
    }

    static <E extends Enum<E> & Code> void component(Observation o, ObservationCode code, Optional<E> value) {
        value.ifPresent(v -> component(o, code, Codings.concept(v)));
    }

    static void bool(Observation o, ObservationCode code, Optional<Boolean> value) {
        value.ifPresent(v -> component(o, code, new BooleanType(v)));
    }

    // reading ---------------------------------------------------------------------------------------------------

    /** The observation's code, from the mapping's code system; checks the status. */
    static ObservationCode codeOf(Observation o, String path) {
        if (!READABLE.contains(o.getStatus())) {
            throw new FhirMappingException(Kind.INVALID_VALUE, path + ".status",
                    "expected final, amended or corrected (the record holds facts, not drafts or errors)");
        }
        return readCode(o.getCode(), path + ".code");
    }

    private static ObservationCode readCode(CodeableConcept concept, String path) {
        for (int i = 0; i < concept.getCoding().size(); i++) {
            Coding c = concept.getCoding().get(i);
            if (FhirUrls.OBSERVATION_CODES.equals(c.getSystem())) {
                String p = path + ".coding[" + i + "].code";
                return ObservationCode.find(c.getCode()).orElseThrow(() -> new FhirMappingException(
                        Kind.UNKNOWN_CODE, p, "not a code of " + FhirUrls.OBSERVATION_CODES));
            }
        }
        throw new FhirMappingException(Kind.UNKNOWN_CODE, path,
                "expected a coding of " + FhirUrls.OBSERVATION_CODES);
    }

    /** The components by code; fails for a code not allowed or given twice. */
    static Map<ObservationCode, Indexed> components(Observation o, String path, ObservationCode... allowed) {
        Map<ObservationCode, Indexed> out = new EnumMap<>(ObservationCode.class);
        for (int i = 0; i < o.getComponent().size(); i++) {
            String p = path + ".component[" + i + "]";
            ObservationCode c = readCode(o.getComponent().get(i).getCode(), p + ".code");
            if (!Set.of(allowed).contains(c)) {
                throw new FhirMappingException(Kind.INVALID_VALUE, p + ".code",
                        "a component this observation does not have");
            }
            if (out.put(c, new Indexed(o.getComponent().get(i), p)) != null) {
                throw new FhirMappingException(Kind.INVALID_VALUE, p + ".code", "the component is given twice");
            }
        }
        return out;
    }

    /** A component and its FHIRPath. */
    record Indexed(ObservationComponentComponent component, String path) {
    }

    static Optional<Boolean> bool(Map<ObservationCode, Indexed> components, ObservationCode code) {
        Indexed i = components.get(code);
        if (i == null) {
            return Optional.empty();
        }
        if (!(i.component().getValue() instanceof BooleanType b) || b.getValue() == null) {
            throw new FhirMappingException(Kind.INVALID_VALUE, i.path() + ".value", "expected a boolean value");
        }
        return Optional.of(b.getValue());
    }

    static <E extends Enum<E> & Code> Optional<E> coded(Map<ObservationCode, Indexed> components,
            ObservationCode code, Class<E> type) {
        Indexed i = components.get(code);
        if (i == null) {
            return Optional.empty();
        }
        return Optional.of(concept(i.component().getValue(), type, i.path() + ".value"));
    }

    /** The observation's coded value. */
    static <E extends Enum<E> & Code> E value(Observation o, Class<E> type, String path) {
        return concept(o.getValue(), type, path + ".value");
    }

    private static <E extends Enum<E> & Code> E concept(Type value, Class<E> type, String path) {
        if (value == null) {
            throw new FhirMappingException(Kind.MISSING_PART, path, "a coded value is required");
        }
        if (!(value instanceof CodeableConcept cc)) {
            throw new FhirMappingException(Kind.INVALID_VALUE, path,
                    "expected a CodeableConcept, found " + value.fhirType());
        }
        return Codings.read(cc, type, path + ".ofType(CodeableConcept)");
    }

    static void noValue(Observation o, String path) {
        if (o.hasValue()) {
            throw new FhirMappingException(Kind.INVALID_VALUE, path + ".value",
                    "this observation carries its facts in components, not a value");
        }
    }
}
