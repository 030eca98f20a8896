package org.mspsdk.fhir;

import static org.mspsdk.fhir.ObservationCode.ADVOCACY;
import static org.mspsdk.fhir.ObservationCode.APPROPRIATE_PERSON_AVAILABLE;
import static org.mspsdk.fhir.ObservationCode.ENQUIRY_RESULT;
import static org.mspsdk.fhir.ObservationCode.EXPERIENCING_OR_AT_RISK_OF_ABUSE;
import static org.mspsdk.fhir.ObservationCode.HAS_CARE_AND_SUPPORT_NEEDS;
import static org.mspsdk.fhir.ObservationCode.INDEPENDENT_ADVOCATE_ARRANGED;
import static org.mspsdk.fhir.ObservationCode.LOCATION_OF_RISK;
import static org.mspsdk.fhir.ObservationCode.MENTAL_CAPACITY;
import static org.mspsdk.fhir.ObservationCode.RISK_ITEM;
import static org.mspsdk.fhir.ObservationCode.RISK_OUTCOME;
import static org.mspsdk.fhir.ObservationCode.S42_CRITERIA;
import static org.mspsdk.fhir.ObservationCode.SOURCE_OF_RISK;
import static org.mspsdk.fhir.ObservationCode.SUBSTANTIAL_DIFFICULTY;
import static org.mspsdk.fhir.ObservationCode.SUPPORTED_BY_ADVOCATE_FAMILY_OR_FRIEND;
import static org.mspsdk.fhir.ObservationCode.UNABLE_TO_PROTECT_SELF;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Reference;
import org.mspsdk.MspException.Kind;
import org.mspsdk.fhir.Observations.Indexed;
import org.mspsdk.model.Advocacy;
import org.mspsdk.model.Enquiry;
import org.mspsdk.model.MentalCapacity;
import org.mspsdk.model.RiskItem;
import org.mspsdk.model.S42Criteria;
import org.mspsdk.vocabulary.CapacityAnswer;
import org.mspsdk.vocabulary.EnquiryResult;
import org.mspsdk.vocabulary.LocationOfRisk;
import org.mspsdk.vocabulary.RiskOutcome;
import org.mspsdk.vocabulary.SourceOfRisk;
import org.mspsdk.vocabulary.TypeOfRisk;

/**
 * The enquiry's findings as Observations about the adult, each with the journey as {@code focus}: the section 42
 * criteria, one Observation per risk item (type as the value, location and source as components, so the SAC's
 * type-by-source and location-by-source pairs survive), the result (SG2c), the risk outcome (SG2e), mental
 * capacity (SG3a) and the advocacy duty's facts. Consent is {@link ConsentMapping}'s.
 */
final class EnquiryMapping {

    private EnquiryMapping() {
    }

    static void write(Enquiry e, Reference patient, Reference journey, BundleWriter w) {
        e.s42Criteria().ifPresent(c -> {
            Observation o = Observations.create(S42_CRITERIA, patient, journey);
            Observations.component(o, HAS_CARE_AND_SUPPORT_NEEDS, new BooleanType(c.hasCareAndSupportNeeds()));
            Observations.component(o, EXPERIENCING_OR_AT_RISK_OF_ABUSE,
                    new BooleanType(c.experiencingOrAtRiskOfAbuse()));
            Observations.component(o, UNABLE_TO_PROTECT_SELF, new BooleanType(c.unableToProtectSelf()));
            w.add("observation/" + S42_CRITERIA.code(), o);
        });
        for (int i = 0; i < e.riskItems().size(); i++) {
            RiskItem item = e.riskItems().get(i);
            Observation o = Observations.create(RISK_ITEM, patient, journey);
            o.setValue(Codings.concept(item.type()));
            Observations.component(o, LOCATION_OF_RISK, item.location());
            Observations.component(o, SOURCE_OF_RISK, item.source());
            w.add("observation/" + RISK_ITEM.code() + "/" + i, o);
        }
        e.result().ifPresent(v -> coded(ENQUIRY_RESULT, v, patient, journey, w));
        e.riskOutcome().ifPresent(v -> coded(RISK_OUTCOME, v, patient, journey, w));
        e.mentalCapacity().ifPresent(m -> {
            Observation o = Observations.create(MENTAL_CAPACITY, patient, journey);
            o.setValue(Codings.concept(m.lackedCapacity()));
            Observations.bool(o, SUPPORTED_BY_ADVOCATE_FAMILY_OR_FRIEND, m.supportedByAdvocateFamilyOrFriend());
            w.add("observation/" + MENTAL_CAPACITY.code(), o);
        });
        e.advocacy().ifPresent(a -> {
            Observation o = Observations.create(ADVOCACY, patient, journey);
            Observations.bool(o, SUBSTANTIAL_DIFFICULTY, a.substantialDifficulty());
            Observations.bool(o, APPROPRIATE_PERSON_AVAILABLE, a.appropriatePersonAvailable());
            Observations.bool(o, INDEPENDENT_ADVOCATE_ARRANGED, a.independentAdvocateArranged());
            w.add("observation/" + ADVOCACY.code(), o);
        });
    }

    static <E extends Enum<E> & org.mspsdk.vocabulary.Code> void coded(ObservationCode code, E value,
            Reference patient, Reference journey, BundleWriter w) {
        Observation o = Observations.create(code, patient, journey);
        o.setValue(Codings.concept(value));
        w.add("observation/" + code.code(), o);
    }

    /** Fills the enquiry builder from the record-level Observations (marking them read). */
    static void read(Enquiry.Builder b, RecordObservations obs) {
        obs.single(S42_CRITERIA).ifPresent(e -> {
            Observation o = (Observation) e.resource();
            Observations.noValue(o, e.path());
            Map<ObservationCode, Indexed> c = Observations.components(o, e.path(), HAS_CARE_AND_SUPPORT_NEEDS,
                    EXPERIENCING_OR_AT_RISK_OF_ABUSE, UNABLE_TO_PROTECT_SELF);
            b.s42Criteria(new S42Criteria(required(c, HAS_CARE_AND_SUPPORT_NEEDS, e),
                    required(c, EXPERIENCING_OR_AT_RISK_OF_ABUSE, e), required(c, UNABLE_TO_PROTECT_SELF, e)));
        });
        for (BundleReader.Entry e : obs.all(RISK_ITEM)) {
            Observation o = (Observation) e.resource();
            Map<ObservationCode, Indexed> c = Observations.components(o, e.path(), LOCATION_OF_RISK, SOURCE_OF_RISK);
            b.addRiskItem(new RiskItem(Observations.value(o, TypeOfRisk.class, e.path()),
                    Observations.coded(c, LOCATION_OF_RISK, LocationOfRisk.class),
                    Observations.coded(c, SOURCE_OF_RISK, SourceOfRisk.class)));
        }
        obs.single(ENQUIRY_RESULT).ifPresent(e -> b.result(valueOnly(e, EnquiryResult.class)));
        obs.single(RISK_OUTCOME).ifPresent(e -> b.riskOutcome(valueOnly(e, RiskOutcome.class)));
        obs.single(MENTAL_CAPACITY).ifPresent(e -> {
            Observation o = (Observation) e.resource();
            Map<ObservationCode, Indexed> c = Observations.components(o, e.path(),
                    SUPPORTED_BY_ADVOCATE_FAMILY_OR_FRIEND);
            b.mentalCapacity(new MentalCapacity(Observations.value(o, CapacityAnswer.class, e.path()),
                    Observations.bool(c, SUPPORTED_BY_ADVOCATE_FAMILY_OR_FRIEND)));
        });
        obs.single(ADVOCACY).ifPresent(e -> {
            Observation o = (Observation) e.resource();
            Observations.noValue(o, e.path());
            Map<ObservationCode, Indexed> c = Observations.components(o, e.path(), SUBSTANTIAL_DIFFICULTY,
                    APPROPRIATE_PERSON_AVAILABLE, INDEPENDENT_ADVOCATE_ARRANGED);
            b.advocacy(new Advocacy(Observations.bool(c, SUBSTANTIAL_DIFFICULTY),
                    Observations.bool(c, APPROPRIATE_PERSON_AVAILABLE),
                    Observations.bool(c, INDEPENDENT_ADVOCATE_ARRANGED)));
        });
    }

    /** The Observation codes only an enquiry has. */
    static final List<ObservationCode> ENQUIRY_CODES = List.of(S42_CRITERIA, RISK_ITEM, ENQUIRY_RESULT, RISK_OUTCOME,
            MENTAL_CAPACITY, ADVOCACY);

    static <E extends Enum<E> & org.mspsdk.vocabulary.Code> E valueOnly(BundleReader.Entry e, Class<E> type) {
        Observation o = (Observation) e.resource();
        if (o.hasComponent()) {
            throw new FhirMappingException(Kind.INVALID_VALUE, e.path() + ".component",
                    "this observation has no components");
        }
        return Observations.value(o, type, e.path());
    }

    private static boolean required(Map<ObservationCode, Indexed> c, ObservationCode code, BundleReader.Entry e) {
        Optional<Boolean> v = Observations.bool(c, code);
        return v.orElseThrow(() -> new FhirMappingException(Kind.MISSING_PART, e.path() + ".component",
                "the component " + code.code() + " is required"));
    }
}
