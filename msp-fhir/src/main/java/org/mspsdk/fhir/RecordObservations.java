package org.mspsdk.fhir;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hl7.fhir.r4.model.Observation;
import org.mspsdk.MspException.Kind;

/**
 * The record-level Observations of a Bundle (all but the per-outcome achievement ones, which their Goal refers
 * to), by code, each checked to be about the adult with the journey as its focus.
 */
final class RecordObservations {

    private final BundleReader reader;
    private final Map<ObservationCode, List<BundleReader.Entry>> byCode = new EnumMap<>(ObservationCode.class);

    RecordObservations(BundleReader r, BundleReader.Entry patient, BundleReader.Entry journey) {
        this.reader = r;
        for (BundleReader.Entry e : r.ofType(Observation.class)) {
            Observation o = (Observation) e.resource();
            ObservationCode code = Observations.codeOf(o, e.path());
            if (code == ObservationCode.OUTCOME_ACHIEVEMENT) {
                continue;
            }
            BundleReader.checkExtensions(o, e.path());
            if (o.getFocus().size() != 1) {
                throw new FhirMappingException(Kind.INVALID_VALUE, e.path() + ".focus",
                        "expected one focus: the journey (the EpisodeOfCare)");
            }
            r.expectReference(o.getSubject(), patient, e.path() + ".subject");
            r.expectReference(o.getFocus().get(0), journey, e.path() + ".focus[0]");
            byCode.computeIfAbsent(code, k -> new ArrayList<>()).add(e);
        }
    }

    /** At most one Observation with the code, marked read. */
    Optional<BundleReader.Entry> single(ObservationCode code) {
        List<BundleReader.Entry> found = byCode.getOrDefault(code, List.of());
        if (found.size() > 1) {
            throw new FhirMappingException(Kind.INVALID_VALUE, found.get(1).path() + ".code",
                    "the record has at most one " + code.code() + " observation");
        }
        return found.stream().findFirst().map(reader::use);
    }

    /** Every Observation with the code, in Bundle order, marked read. */
    List<BundleReader.Entry> all(ObservationCode code) {
        List<BundleReader.Entry> found = byCode.getOrDefault(code, List.of());
        found.forEach(reader::use);
        return found;
    }

    /** Fails for an Observation of one of the codes (when there is no enquiry to hold it). */
    void requireNone(List<ObservationCode> codes, String why) {
        for (ObservationCode c : codes) {
            List<BundleReader.Entry> found = byCode.getOrDefault(c, List.of());
            if (!found.isEmpty()) {
                throw new FhirMappingException(Kind.INVALID_VALUE, found.get(0).path() + ".code", why);
            }
        }
    }
}
