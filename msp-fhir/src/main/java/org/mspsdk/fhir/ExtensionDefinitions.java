package org.mspsdk.fhir;

import org.hl7.fhir.r4.model.ElementDefinition;
import org.hl7.fhir.r4.model.Enumerations.BindingStrength;
import org.hl7.fhir.r4.model.Enumerations.FHIRVersion;
import org.hl7.fhir.r4.model.StructureDefinition;
import org.hl7.fhir.r4.model.UriType;
import org.mspsdk.vocabulary.Vocabulary;

/** A {@code StructureDefinition} (differential only; validators generate the snapshot) for an extension. */
final class ExtensionDefinitions {

    private static final String EXTENSION = "http://hl7.org/fhir/StructureDefinition/Extension";

    private ExtensionDefinitions() {
    }

    static StructureDefinition of(MspExtension e) {
        StructureDefinition sd = new StructureDefinition();
        Conformance.metadata(sd, e.extensionName(), e.url(), Vocabulary.SDK_VOCABULARY_VERSION, e.title(),
                e.definition());
        sd.setFhirVersion(FHIRVersion._4_0_1);
        sd.setKind(StructureDefinition.StructureDefinitionKind.COMPLEXTYPE);
        sd.setAbstract(false);
        sd.setType("Extension");
        sd.setBaseDefinition(EXTENSION);
        sd.setDerivation(StructureDefinition.TypeDerivationRule.CONSTRAINT);
        for (String context : e.contexts()) {
            sd.addContext().setType(StructureDefinition.ExtensionContextType.ELEMENT).setExpression(context);
        }
        StructureDefinition.StructureDefinitionDifferentialComponent d = sd.getDifferential();
        element(d, "Extension").setShort(e.title()).setDefinition(e.definition()).setMin(0)
                .setMax(e.repeats() ? "*" : "1");
        if (e.type() == MspExtension.ValueType.COMPLEX) {
            ElementDefinition slicing = element(d, "Extension.extension");
            slicing.getSlicing().addDiscriminator()
                    .setType(ElementDefinition.DiscriminatorType.VALUE).setPath("url");
            slicing.getSlicing().setRules(ElementDefinition.SlicingRules.CLOSED);
            slicing.setMin(2);
            subExtension(d, MspExtension.REVISION_AGREED_ON, "date", 1, "The date this wording was agreed.", null);
            subExtension(d, MspExtension.REVISION_WORDING, "string", 1, "The agreed wording.", null);
            subExtension(d, MspExtension.REVISION_REASON, "Coding", 0,
                    "Why this wording differs from the one before.", e.binding().orElseThrow().id());
            element(d, "Extension.url").setFixed(new UriType(e.url()));
            element(d, "Extension.value[x]").setMax("0");
        } else {
            element(d, "Extension.extension").setMax("0");
            element(d, "Extension.url").setFixed(new UriType(e.url()));
            ElementDefinition value = element(d, "Extension.value[x]").setMin(1);
            ElementDefinition.TypeRefComponent type = value.addType().setCode(e.type().fhirType);
            if (e.type() == MspExtension.ValueType.REFERENCE) {
                type.addTargetProfile("http://hl7.org/fhir/StructureDefinition/Goal");
            }
            e.binding().ifPresent(list -> value.getBinding().setStrength(BindingStrength.REQUIRED)
                    .setValueSet(FhirUrls.valueSet(list.id())));
        }
        return sd;
    }

    private static void subExtension(StructureDefinition.StructureDefinitionDifferentialComponent d, String name,
            String type, int min, String definition, String valueSetListId) {
        String id = "Extension.extension:" + name;
        ElementDefinition slice = element(d, "Extension.extension", id);
        slice.setSliceName(name).setShort(definition).setDefinition(definition).setMin(min).setMax("1");
        element(d, "Extension.extension.extension", id + ".extension").setMax("0");
        element(d, "Extension.extension.url", id + ".url").setFixed(new UriType(name));
        ElementDefinition value = element(d, "Extension.extension.value[x]", id + ".value[x]").setMin(1);
        value.addType().setCode(type);
        if (valueSetListId != null) {
            value.getBinding().setStrength(BindingStrength.REQUIRED).setValueSet(FhirUrls.valueSet(valueSetListId));
        }
    }

    private static ElementDefinition element(StructureDefinition.StructureDefinitionDifferentialComponent d,
            String path) {
        return element(d, path, path);
    }

    private static ElementDefinition element(StructureDefinition.StructureDefinitionDifferentialComponent d,
            String path, String id) {
        ElementDefinition e = d.addElement();
        e.setId(id);
        e.setPath(path);
        return e;
    }
}
