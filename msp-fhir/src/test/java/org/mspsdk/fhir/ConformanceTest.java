package org.mspsdk.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CodeSystem;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.ConceptMap;
import org.hl7.fhir.r4.model.Enumerations.ConceptMapEquivalence;
import org.hl7.fhir.r4.model.MetadataResource;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.StructureDefinition;
import org.hl7.fhir.r4.model.ValueSet;
import org.junit.jupiter.api.Test;
import org.mspsdk.fhir.validation.FhirIssue;
import org.mspsdk.instrument.InstrumentCatalogue;
import org.mspsdk.vocabulary.Code;
import org.mspsdk.vocabulary.CodeList;
import org.mspsdk.vocabulary.Vocabulary;

/**
 * The conformance resources: one CodeSystem and ValueSet per code list with every code and label, the concept
 * maps, the extensions in force when a Bundle is validated, and the committed {@code schema/fhir/conformance.json}
 * exactly what {@link Conformance#bundle} generates.
 */
class ConformanceTest {

    static final String REGENERATE = "./mvnw -B -pl msp-fhir -am verify -Dtest=ConformanceTest "
            + "-Dsurefire.failIfNoSpecifiedTests=false -Dmsp.regenerateDocs=true";

    static final InstrumentCatalogue BUILT_IN = InstrumentCatalogue.builtIn();

    @Test
    void theCommittedConformanceBundleIsWhatTheSdkGenerates() throws IOException {
        Path file = Path.of("").toAbsolutePath().getParent().resolve("schema").resolve("fhir")
                .resolve("conformance.json");
        String generated = MspFhir.context().newJsonParser().setPrettyPrint(true)
                .encodeResourceToString(Conformance.bundle(BUILT_IN)) + "\n";
        if (Boolean.getBoolean("msp.regenerateDocs")) {
            Files.createDirectories(file.getParent());
            Files.writeString(file, generated, StandardCharsets.UTF_8);
        }
        assertThat(Files.exists(file)).as("%s is missing; generate it with:%n  %s", file, REGENERATE).isTrue();
        assertThat(Files.readString(file, StandardCharsets.UTF_8))
                .as("%s differs from Conformance.bundle(); regenerate it with:%n  %s", file, REGENERATE)
                .isEqualTo(generated);
    }

    @Test
    void everyCodeListIsACodeSystemAndAValueSetWithEveryCodeAndLabel() {
        Map<String, CodeSystem> systems = Conformance.codeSystems(BUILT_IN).stream()
                .collect(Collectors.toMap(CodeSystem::getUrl, Function.identity()));
        Map<String, ValueSet> sets = Conformance.valueSets(BUILT_IN).stream()
                .collect(Collectors.toMap(ValueSet::getUrl, Function.identity()));
        for (CodeList<?> list : Vocabulary.all()) {
            CodeSystem cs = systems.get(FhirUrls.codeSystem(list.id()));
            assertThat(cs).as(list.id()).isNotNull();
            assertThat(cs.getVersion()).isEqualTo(list.guidanceVersion());
            assertThat(cs.getConcept()).extracting(CodeSystem.ConceptDefinitionComponent::getCode,
                    CodeSystem.ConceptDefinitionComponent::getDisplay)
                    .containsExactlyElementsOf(list.entries().stream()
                            .map(c -> org.assertj.core.groups.Tuple.tuple(((Code) c).code(), ((Code) c).label()))
                            .toList());
            assertThat(sets.get(FhirUrls.valueSet(list.id())).getCompose().getIncludeFirstRep().getSystem())
                    .isEqualTo(cs.getUrl());
        }
        assertThat(systems).containsKeys(FhirUrls.OBSERVATION_CODES, FhirUrls.codeSystem("msx-experience"));
    }

    @Test
    void partiallyAchievedIsUnmatchedInFhirsGoalAchievementAndTheOthersAreEquivalent() {
        ConceptMap cm = Conformance.conceptMaps().get(0);
        assertThat(cm.getUrl()).isEqualTo(FhirUrls.conceptMap(Conformance.SG4A_TO_GOAL_ACHIEVEMENT));
        assertThat(cm.getGroupFirstRep().getElement()).extracting(e -> e.getCode() + " -> "
                + e.getTargetFirstRep().getEquivalence().toCode() + " " + e.getTargetFirstRep().getCode())
                .containsExactly("fully-achieved -> equivalent achieved", "partially-achieved -> unmatched null",
                        "not-achieved -> equivalent not-achieved");
        assertThat(cm.getGroupFirstRep().getElement().get(1).getTargetFirstRep().getEquivalence())
                .isEqualTo(ConceptMapEquivalence.UNMATCHED);
    }

    /**
     * The code systems, value sets, concept maps and questionnaires validate without error. (The
     * StructureDefinitions are not validated as instances here: HAPI would fetch the R4 core package from the
     * network to do it; that they are in force is the next two tests.)
     */
    @Test
    void theTerminologyAndQuestionnairesValidateWithoutError() {
        for (MetadataResource r : Conformance.all(BUILT_IN)) {
            if (r instanceof StructureDefinition) {
                continue;
            }
            assertThat(Fixtures.errors(r)).as(r.getUrl()).isEmpty();
        }
    }

    @Test
    void anExtensionWithAValueOfTheWrongTypeIsAValidationError() {
        Bundle b = Fixtures.FHIR.toBundle(Fixtures.example("concluded-s42-enquiry.json"));
        ((Patient) b.getEntryFirstRep().getResource()).getExtensionByUrl(MspExtension.ETHNICITY.url())
                .setValue(new BooleanType(true));
        assertThat(Fixtures.errors(b)).extracting(FhirIssue::location)
                .anyMatch(l -> l.startsWith("Bundle.entry[0].resource/*Patient/null*/.extension[0]"));
    }

    @Test
    void aCodeOutsideAnExtensionsValueSetIsAValidationError() {
        Bundle b = Fixtures.FHIR.toBundle(Fixtures.example("concluded-s42-enquiry.json"));
        ((Patient) b.getEntryFirstRep().getResource()).getExtensionByUrl(MspExtension.ETHNICITY.url())
                .setValue(new Coding(FhirUrls.codeSystem("sg1c-ethnicity"), "martian", null));
        List<FhirIssue> errors = Fixtures.errors(b);
        assertThat(errors).isNotEmpty();
        assertThat(errors).extracting(FhirIssue::location).allMatch(l -> l.startsWith("Bundle.entry[0]"));
    }

    @Test
    void everyExtensionNamesItsContextAndType() {
        for (StructureDefinition sd : Conformance.extensions()) {
            assertThat(sd.getContext()).as(sd.getUrl()).isNotEmpty();
            assertThat(sd.getType()).isEqualTo("Extension");
            assertThat(sd.getDifferential().getElement()).extracting(e -> e.getPath())
                    .contains("Extension.url");
        }
        assertThat(Conformance.extensions()).hasSize(MspExtension.values().length);
    }
}
