package org.mspsdk.fhir;

import java.util.Optional;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.Goal;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Reference;
import org.mspsdk.MspException.Kind;
import org.mspsdk.model.Achievement;
import org.mspsdk.vocabulary.AchievementJudge;
import org.mspsdk.vocabulary.OutcomeAchievement;

/**
 * How far a negotiated outcome was achieved, as the Person-Centered Outcomes guide records goal attainment: an
 * {@code Observation} with the Goal as {@code focus}, the SG4a level as its value, the day it was rated as
 * {@code effectiveDateTime} and who judged it as {@code performer} (the Patient for the adult; a representative
 * or the practitioner, whom the record does not name, as a reference by type alone). The Goal refers to it
 * ({@code outcomeReference}) and carries the level in {@code achievementStatus}: FHIR's own code where one is
 * equivalent (achieved, not-achieved) beside the SG4a code; "Partially Achieved", which FHIR lacks, as the SG4a
 * code alone (see the ConceptMap {@code sg4a-achieved-to-goal-achievement}).
 */
final class AchievementMapping {

    static final String REPRESENTATIVE_DISPLAY = "A representative";
    static final String PRACTITIONER_DISPLAY = "The practitioner";

    private AchievementMapping() {
    }

    static String key(int negotiatedIndex) {
        return "achievement/" + negotiatedIndex;
    }

    /** The FHIR goal achievement code equivalent to an SG4a level, if FHIR has one. */
    static Optional<String> fhirEquivalent(OutcomeAchievement level) {
        return switch (level) {
            case FULLY_ACHIEVED -> Optional.of("achieved");
            case NOT_ACHIEVED -> Optional.of("not-achieved");
            case PARTIALLY_ACHIEVED -> Optional.empty();
        };
    }

    static CodeableConcept goalStatus(OutcomeAchievement level) {
        CodeableConcept cc = new CodeableConcept();
        fhirEquivalent(level).ifPresent(code -> cc.addCoding(new Coding(FhirUrls.GOAL_ACHIEVEMENT, code,
                code.equals("achieved") ? "Achieved" : "Not Achieved")));
        cc.addCoding(Codings.coding(level));
        cc.setText(level.label());
        return cc;
    }

    static void write(Achievement a, Reference patient, Reference goal, int index, BundleWriter w) {
        Observation o = Observations.create(ObservationCode.OUTCOME_ACHIEVEMENT, patient, goal);
        o.setEffective(new DateTimeType(a.ratedOn().toString()));
        o.addPerformer(switch (a.judgedBy()) {
            case ADULT -> patient;
            case REPRESENTATIVE -> new Reference().setType("RelatedPerson").setDisplay(REPRESENTATIVE_DISPLAY);
            case PRACTITIONER -> new Reference().setType("Practitioner").setDisplay(PRACTITIONER_DISPLAY);
        });
        o.setValue(Codings.concept(a.level()));
        w.add(key(index), o);
    }

    /** Reads the rating of a negotiated outcome's Goal, if it has one. */
    static Optional<Achievement> read(Goal g, BundleReader.Entry goal, BundleReader r, BundleReader.Entry patient) {
        String path = goal.path();
        if (g.getOutcomeReference().size() > 1) {
            throw new FhirMappingException(Kind.INVALID_VALUE, path + ".outcomeReference",
                    "expected at most one outcome-achievement Observation");
        }
        if (g.getOutcomeReference().isEmpty()) {
            if (g.hasAchievementStatus()) {
                throw new FhirMappingException(Kind.MISSING_PART, path + ".outcomeReference", "the achievement "
                        + "status needs its outcome-achievement Observation: who judged it and when");
            }
            return Optional.empty();
        }
        BundleReader.Entry e = r.resolve(g.getOutcomeReference().get(0), path + ".outcomeReference[0]",
                Observation.class);
        Observation o = (Observation) e.resource();
        String op = e.path();
        BundleReader.checkExtensions(o, op);
        if (Observations.codeOf(o, op) != ObservationCode.OUTCOME_ACHIEVEMENT) {
            throw new FhirMappingException(Kind.INVALID_VALUE, op + ".code",
                    "expected the code " + ObservationCode.OUTCOME_ACHIEVEMENT.code());
        }
        r.expectReference(o.getSubject(), patient, op + ".subject");
        if (o.getFocus().size() != 1) {
            throw new FhirMappingException(Kind.INVALID_VALUE, op + ".focus", "expected one focus: the rated Goal");
        }
        r.expectReference(o.getFocus().get(0), goal, op + ".focus[0]");
        OutcomeAchievement level = EnquiryMapping.valueOnly(e, OutcomeAchievement.class);
        if (!(o.getEffective() instanceof DateTimeType on)) {
            throw new FhirMappingException(Kind.MISSING_PART, op + ".effective",
                    "the date it was rated (effectiveDateTime) is required");
        }
        if (g.hasAchievementStatus()) {
            OutcomeAchievement stated = Codings.read(g.getAchievementStatus(), OutcomeAchievement.class,
                    path + ".achievementStatus");
            if (stated != level) {
                throw new FhirMappingException(Kind.INVALID_VALUE, path + ".achievementStatus",
                        "disagrees with the value of " + op);
            }
        }
        return Optional.of(new Achievement(level, judge(o, op, r, patient),
                BundleReader.date(on, op + ".effective.ofType(dateTime)")));
    }

    private static AchievementJudge judge(Observation o, String path, BundleReader r, BundleReader.Entry patient) {
        if (o.getPerformer().size() != 1) {
            throw new FhirMappingException(Kind.MISSING_PART, path + ".performer",
                    "expected exactly one performer: who judged the achievement");
        }
        Reference p = o.getPerformer().get(0);
        String pp = path + ".performer[0]";
        if (p.hasReference()) {
            r.resolve(p, pp, Patient.class);
            r.expectReference(p, patient, pp);
            return AchievementJudge.ADULT;
        }
        String type = p.getType();
        if ("RelatedPerson".equals(type)) {
            return AchievementJudge.REPRESENTATIVE;
        }
        if ("Practitioner".equals(type) || "PractitionerRole".equals(type)) {
            return AchievementJudge.PRACTITIONER;
        }
        throw new FhirMappingException(Kind.INVALID_VALUE, pp, "expected a reference to the Patient, or a "
                + "reference of type RelatedPerson (a representative) or Practitioner (the practitioner)");
    }
}
