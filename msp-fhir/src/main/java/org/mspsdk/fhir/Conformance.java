package org.mspsdk.fhir;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CanonicalType;
import org.hl7.fhir.r4.model.CodeSystem;
import org.hl7.fhir.r4.model.ConceptMap;
import org.hl7.fhir.r4.model.Enumerations.ConceptMapEquivalence;
import org.hl7.fhir.r4.model.Enumerations.PublicationStatus;
import org.hl7.fhir.r4.model.MetadataResource;
import org.hl7.fhir.r4.model.Questionnaire;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.StringType;
import org.hl7.fhir.r4.model.StructureDefinition;
import org.hl7.fhir.r4.model.ValueSet;
import org.mspsdk.instrument.AnswerOption;
import org.mspsdk.instrument.AnswerScale;
import org.mspsdk.instrument.Instrument;
import org.mspsdk.instrument.InstrumentCatalogue;
import org.mspsdk.instrument.InstrumentItem;
import org.mspsdk.vocabulary.Code;
import org.mspsdk.vocabulary.CodeList;
import org.mspsdk.vocabulary.Gender;
import org.mspsdk.vocabulary.OutcomeAchievement;
import org.mspsdk.vocabulary.Vocabulary;

/**
 * The mapping's FHIR conformance resources, generated from the SDK's own definitions so they cannot drift: a
 * {@code CodeSystem} and a {@code ValueSet} for every code list, every answer scale and the observation codes;
 * {@code ConceptMap}s to FHIR's goal achievement and administrative gender codes; a {@code StructureDefinition}
 * for every extension; a {@code Questionnaire} for every instrument. All canonical URLs are under
 * {@link FhirUrls#BASE}; the published copy is {@code schema/fhir/conformance.json}.
 *
 * <pre>{@code
 * Bundle all = Conformance.bundle(InstrumentCatalogue.builtIn());
 * }</pre>
 */
public final class Conformance {

    /** The publisher named on every conformance resource. */
    public static final String PUBLISHER = "MSP SDK";

    /** The id of the SG4a to FHIR goal achievement concept map. */
    public static final String SG4A_TO_GOAL_ACHIEVEMENT = "sg4a-achieved-to-goal-achievement";

    /** The id of the SG1b to FHIR administrative gender concept map. */
    public static final String SG1B_TO_ADMINISTRATIVE_GENDER = "sg1b-gender-to-administrative-gender";

    private Conformance() {
    }

    /**
     * @param catalogue the instruments (their answer scales and Questionnaires are included)
     * @return every conformance resource in a collection Bundle, each entry's full URL its canonical URL
     */
    public static Bundle bundle(InstrumentCatalogue catalogue) {
        Bundle b = new Bundle();
        b.setType(Bundle.BundleType.COLLECTION);
        for (MetadataResource r : all(catalogue)) {
            b.addEntry().setFullUrl(r.getUrl()).setResource(r);
        }
        return b;
    }

    /**
     * @param catalogue the instruments
     * @return every conformance resource: code systems, value sets, concept maps, extensions, questionnaires
     */
    public static List<MetadataResource> all(InstrumentCatalogue catalogue) {
        List<MetadataResource> out = new ArrayList<>();
        out.addAll(codeSystems(catalogue));
        out.addAll(valueSets(catalogue));
        out.addAll(conceptMaps());
        out.addAll(extensions());
        out.addAll(questionnaires(catalogue));
        return out;
    }

    // code systems and value sets -------------------------------------------------------------------------------

    /** @param catalogue the instruments @return a CodeSystem per code list, answer scale and the observation codes */
    public static List<CodeSystem> codeSystems(InstrumentCatalogue catalogue) {
        List<CodeSystem> out = new ArrayList<>();
        for (CodeList<?> list : Vocabulary.all()) {
            CodeSystem cs = codeSystem(list.id(), list.title(), list.guidanceVersion(), description(list));
            for (Code c : list.entries()) {
                CodeSystem.ConceptDefinitionComponent concept = cs.addConcept().setCode(c.code()).setDisplay(c.label());
                c.aliases().forEach(a -> concept.addDesignation().setValue(a));
                // the publication's wording is accepted on import like an alias, so it is a designation too
                if (!c.publishedLabel().equals(c.label()) && !c.aliases().contains(c.publishedLabel())) {
                    concept.addDesignation().setValue(c.publishedLabel());
                }
            }
            out.add(cs);
        }
        for (AnswerScale scale : scales(catalogue).values()) {
            CodeSystem cs = codeSystem(scale.id(), "Answer scale " + scale.id(), Vocabulary.SDK_VOCABULARY_VERSION,
                    "The answers of the experience questionnaire answer scale " + scale.id() + ", in display order.");
            for (AnswerOption o : scale.options()) {
                cs.addConcept().setCode(o.code()).setDisplay(o.label());
            }
            out.add(cs);
        }
        CodeSystem obs = codeSystem("msp-observation", "MSP observation codes", Vocabulary.SDK_VOCABULARY_VERSION,
                "The codes of the MSP mapping's Observations and their components.");
        for (ObservationCode c : ObservationCode.values()) {
            obs.addConcept().setCode(c.code()).setDisplay(c.display());
        }
        out.add(obs);
        return out;
    }

    /** @param catalogue the instruments @return a ValueSet of all codes of each CodeSystem */
    public static List<ValueSet> valueSets(InstrumentCatalogue catalogue) {
        List<ValueSet> out = new ArrayList<>();
        for (CodeSystem cs : codeSystems(catalogue)) {
            ValueSet vs = new ValueSet();
            metadata(vs, cs.getIdElement().getIdPart(), FhirUrls.BASE + "ValueSet/" + cs.getIdElement().getIdPart(),
                    cs.getVersion(), cs.getTitle(), "Every code of the code system " + cs.getUrl() + ".");
            vs.getCompose().addInclude().setSystem(cs.getUrl());
            out.add(vs);
        }
        return out;
    }

    private static CodeSystem codeSystem(String id, String title, String version, String description) {
        CodeSystem cs = new CodeSystem();
        metadata(cs, id, FhirUrls.codeSystem(id), version, title, description);
        cs.setCaseSensitive(true);
        cs.setValueSet(FhirUrls.valueSet(id));
        cs.setContent(CodeSystem.CodeSystemContentMode.COMPLETE);
        return cs;
    }

    private static String description(CodeList<?> list) {
        return list.sacTable().map(t -> "The " + list.title() + " code list of the SDK: the exact labels of the "
                + "Safeguarding Adults Collection (" + t + "), guidance " + list.guidanceVersion()
                + ", with the SDK's stable codes. Designations are the other spellings accepted on import.")
                .orElse("The SDK-defined " + list.title() + " code list (vocabulary " + list.guidanceVersion()
                        + "). Designations are the other spellings accepted on import.");
    }

    static Map<String, AnswerScale> scales(InstrumentCatalogue catalogue) {
        Map<String, AnswerScale> scales = new LinkedHashMap<>();
        for (Instrument i : catalogue.instruments()) {
            for (InstrumentItem item : i.items()) {
                item.scale().ifPresent(s -> scales.putIfAbsent(s.id(), s));
            }
        }
        return scales;
    }

    // concept maps ----------------------------------------------------------------------------------------------

    /** @return the concept maps from SDK codes to FHIR's own where FHIR has equivalents */
    public static List<ConceptMap> conceptMaps() {
        ConceptMap sg4a = conceptMap(SG4A_TO_GOAL_ACHIEVEMENT, "SG4a achievement to FHIR goal achievement",
                OutcomeAchievement.LIST, FhirUrls.GOAL_ACHIEVEMENT_VALUE_SET, FhirUrls.GOAL_ACHIEVEMENT,
                "SG4a's Fully and Not Achieved are FHIR's achieved and not-achieved. FHIR has no partially "
                        + "achieved: the mapping carries it as the SG4a code itself in Goal.achievementStatus (a "
                        + "preferred binding, so another code system is allowed) and in the outcome-achievement "
                        + "Observation.");
        ConceptMap.ConceptMapGroupComponent g = sg4a.getGroupFirstRep();
        target(g, OutcomeAchievement.FULLY_ACHIEVED, "achieved", "Achieved", ConceptMapEquivalence.EQUIVALENT, null);
        target(g, OutcomeAchievement.PARTIALLY_ACHIEVED, null, null, ConceptMapEquivalence.UNMATCHED,
                "No FHIR equivalent ('improving' or 'in-progress' describe progress, not a judgement at closure): "
                        + "carried as the SG4a code.");
        target(g, OutcomeAchievement.NOT_ACHIEVED, "not-achieved", "Not Achieved", ConceptMapEquivalence.EQUIVALENT,
                null);
        ConceptMap sg1b = conceptMap(SG1B_TO_ADMINISTRATIVE_GENDER, "SG1b gender to FHIR administrative gender",
                Gender.LIST, "http://hl7.org/fhir/ValueSet/administrative-gender", FhirUrls.ADMINISTRATIVE_GENDER,
                "Patient.gender carries SG1b gender: male and female as themselves, not known as unknown; FHIR's "
                        + "other has no SG1b equivalent and is refused on import.");
        ConceptMap.ConceptMapGroupComponent h = sg1b.getGroupFirstRep();
        target(h, Gender.MALE, "male", "Male", ConceptMapEquivalence.EQUAL, null);
        target(h, Gender.FEMALE, "female", "Female", ConceptMapEquivalence.EQUAL, null);
        target(h, Gender.NOT_KNOWN, "unknown", "Unknown", ConceptMapEquivalence.EQUIVALENT, null);
        return List.of(sg4a, sg1b);
    }

    private static ConceptMap conceptMap(String id, String title, CodeList<?> source, String targetValueSet,
            String targetSystem, String description) {
        ConceptMap cm = new ConceptMap();
        metadata(cm, id, FhirUrls.conceptMap(id), Vocabulary.SDK_VOCABULARY_VERSION, title, description);
        cm.setSource(new CanonicalType(FhirUrls.valueSet(source.id())));
        cm.setTarget(new CanonicalType(targetValueSet));
        cm.addGroup().setSource(FhirUrls.codeSystem(source.id())).setTarget(targetSystem);
        return cm;
    }

    private static void target(ConceptMap.ConceptMapGroupComponent group, Code source, String code, String display,
            ConceptMapEquivalence equivalence, String comment) {
        ConceptMap.TargetElementComponent t = group.addElement().setCode(source.code()).setDisplay(source.label())
                .addTarget().setEquivalence(equivalence);
        if (code != null) {
            t.setCode(code).setDisplay(display);
        }
        if (comment != null) {
            t.setComment(comment);
        }
    }

    // extensions ------------------------------------------------------------------------------------------------

    /** @return a StructureDefinition for every {@link MspExtension} */
    public static List<StructureDefinition> extensions() {
        List<StructureDefinition> out = new ArrayList<>();
        for (MspExtension e : MspExtension.values()) {
            out.add(ExtensionDefinitions.of(e));
        }
        return out;
    }

    // questionnaires --------------------------------------------------------------------------------------------

    /** @param catalogue the instruments @return a Questionnaire for each, canonical URL and version as the mapping cites them */
    public static List<Questionnaire> questionnaires(InstrumentCatalogue catalogue) {
        List<Questionnaire> out = new ArrayList<>();
        for (Instrument ins : catalogue.instruments()) {
            Questionnaire q = new Questionnaire();
            metadata(q, ins.id() + "-" + ins.version(), FhirUrls.questionnaire(ins.id()), ins.version(), ins.title(),
                    "The experience questionnaire " + ins.title() + " as data: each item's text is its wording for "
                            + "the adult; the wording for a representative is an extension.");
            q.addExtension(MspExtension.RECORDING_STAGE.url(), Codings.coding(ins.stage()));
            q.addSubjectType("Patient");
            for (InstrumentItem item : ins.items()) {
                Questionnaire.QuestionnaireItemComponent qi = q.addItem();
                qi.addExtension(MspExtension.REPRESENTATIVE_WORDING.url(), new StringType(item.representativeWording()));
                qi.setLinkId(item.linkId()).setText(item.adultWording());
                if (item.scale().isPresent()) {
                    qi.setType(Questionnaire.QuestionnaireItemType.CHOICE);
                    qi.setAnswerValueSet(FhirUrls.valueSet(item.scale().get().id()));
                } else {
                    qi.setType(Questionnaire.QuestionnaireItemType.TEXT);
                }
            }
            out.add(q);
        }
        return out;
    }

    // shared ----------------------------------------------------------------------------------------------------

    static void metadata(MetadataResource r, String id, String url, String version, String title, String description) {
        ((Resource) r).setId(safeId(id));
        r.setUrl(url);
        r.setVersion(version);
        r.setName(computableName(id));
        r.setTitle(title);
        r.setStatus(PublicationStatus.ACTIVE);
        r.setExperimental(false);
        r.setPublisher(PUBLISHER);
        r.setDescription(description);
    }

    /** {@code sg2a-type-of-risk} to {@code Sg2aTypeOfRisk}: a name a code generator can use. */
    static String computableName(String id) {
        StringBuilder out = new StringBuilder();
        boolean upper = true;
        for (char c : id.toCharArray()) {
            if (Character.isLetterOrDigit(c)) {
                out.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            } else {
                upper = true;
            }
        }
        if (out.length() == 0 || !Character.isLetter(out.charAt(0))) {
            out.insert(0, 'X');
        }
        return out.toString();
    }

    /** A resource id ([A-Za-z0-9\-.]{1,64}) from an SDK id. */
    static String safeId(String id) {
        String s = id.replaceAll("[^A-Za-z0-9\\-.]", "-");
        return s.length() <= 64 ? s : s.substring(0, 64);
    }
}
