package org.mspsdk.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.mspsdk.json.MspJson;
import org.mspsdk.json.internal.WireNames;
import org.mspsdk.model.Achievement;
import org.mspsdk.model.AdultAtRisk;
import org.mspsdk.model.Advocacy;
import org.mspsdk.model.Concern;
import org.mspsdk.model.Consent;
import org.mspsdk.model.DesiredOutcome;
import org.mspsdk.model.Enquiry;
import org.mspsdk.model.ItemAnswer;
import org.mspsdk.model.MentalCapacity;
import org.mspsdk.model.NegotiatedOutcome;
import org.mspsdk.model.OrganisationInvolvement;
import org.mspsdk.model.OutcomeRevision;
import org.mspsdk.model.PersonalOutcomes;
import org.mspsdk.model.QuestionnaireResponse;
import org.mspsdk.model.RiskItem;
import org.mspsdk.model.S42Criteria;
import org.mspsdk.model.SafeguardingRecord;
import org.mspsdk.model.Voice;
import org.mspsdk.synthetic.SyntheticDataGenerator;
import org.mspsdk.vocabulary.Code;
import org.mspsdk.vocabulary.CodeList;
import org.mspsdk.vocabulary.Vocabulary;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The schema and msp-core agree: code lists exactly, and every required part of the model is required. */
class VocabularyAgreementTest {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();
    private static final JsonNode DEFS_DOC = MAPPER.readTree(MspSchemas.text(MspSchemas.DEFS));
    private static final JsonNode DEFS = DEFS_DOC.get("$defs");
    private static final JsonNode RECORD = MAPPER.readTree(MspSchemas.text(MspSchemas.RECORD));

    /** Every model record with its schema object (the record itself is the root of its own schema document). */
    private static final Map<Class<?>, JsonNode> OBJECTS = new LinkedHashMap<>();

    static {
        OBJECTS.put(SafeguardingRecord.class, RECORD);
        for (Class<?> c : List.of(AdultAtRisk.class, OrganisationInvolvement.class, Concern.class, Enquiry.class,
                S42Criteria.class, RiskItem.class, MentalCapacity.class, Advocacy.class, Consent.class,
                PersonalOutcomes.class, DesiredOutcome.class, Voice.class, NegotiatedOutcome.class,
                OutcomeRevision.class, Achievement.class, QuestionnaireResponse.class, ItemAnswer.class)) {
            OBJECTS.put(c, DEFS.get(c.getSimpleName()));
        }
    }

    @Test
    void everyCodeListEqualsItsSchemaEnumExactlyCodesAndLabelsInOrder() {
        for (CodeList<?> list : Vocabulary.all()) {
            JsonNode def = DEFS.get(list.type().getSimpleName());
            assertThat(def).as("schema def for code list %s", list.id()).isNotNull();
            assertThat(def.get("type").asString()).isEqualTo("string");
            assertThat(def.get("title").asString()).isEqualTo(list.title());
            assertThat(def.get("description").asString()).contains(list.id());
            Map<String, String> schemaEntries = new LinkedHashMap<>();
            for (JsonNode entry : def.get("oneOf")) {
                assertThat(entry.propertyNames()).containsExactly("const", "title");
                assertThat(schemaEntries.put(entry.get("const").asString(), entry.get("title").asString()))
                        .as("duplicate const in %s", list.id()).isNull();
            }
            assertThat(new ArrayList<>(schemaEntries.entrySet()))
                    .as("code list %s", list.id())
                    .containsExactlyElementsOf(list.codeToLabel().entrySet());
        }
    }

    @Test
    void theSchemaHasNoCodeListTheVocabularyLacks() {
        Set<String> listDefs = new LinkedHashSet<>();
        for (Map.Entry<String, JsonNode> e : DEFS.properties()) {
            if (e.getValue().has("oneOf")) {
                listDefs.add(e.getKey());
            }
        }
        assertThat(listDefs).containsExactlyInAnyOrderElementsOf(
                Vocabulary.all().stream().map(l -> l.type().getSimpleName()).toList());
    }

    @Test
    void everyModelComponentIsASchemaPropertyAndEveryRequiredPartIsRequired() {
        for (Map.Entry<Class<?>, JsonNode> e : OBJECTS.entrySet()) {
            Class<?> type = e.getKey();
            JsonNode schema = e.getValue();
            assertThat(schema).as("schema object for %s", type.getSimpleName()).isNotNull();
            assertThat(schema.get("additionalProperties").asBoolean(true)).as(type.getSimpleName()).isFalse();
            Set<String> required = new LinkedHashSet<>();
            schema.get("required").forEach(n -> required.add(n.asString()));
            Set<String> components = new LinkedHashSet<>();
            for (RecordComponent c : type.getRecordComponents()) {
                if (type == SafeguardingRecord.class && c.getName().equals("extensions")) {
                    continue; // unknown fields written back in place, not a property of their own
                }
                components.add(c.getName());
                JsonNode property = schema.get("properties").get(c.getName());
                assertThat(property).as("%s.%s in the schema", type.getSimpleName(), c.getName()).isNotNull();
                assertThat(property.has("title") && property.has("description"))
                        .as("%s.%s has title and description", type.getSimpleName(), c.getName()).isTrue();
                assertThat(required.contains(c.getName()))
                        .as("%s.%s required in the schema", type.getSimpleName(), c.getName())
                        .isEqualTo(isRequiredInModel(c));
                codeListOf(c.getGenericType()).ifPresent(list -> assertThat(refOf(property))
                        .as("%s.%s refers to its code list", type.getSimpleName(), c.getName())
                        .endsWith("#/$defs/" + list.getSimpleName()));
            }
            Set<String> properties = new LinkedHashSet<>();
            schema.get("properties").propertyNames().forEach(properties::add);
            if (type == SafeguardingRecord.class) {
                properties.remove("mspVersion");
                assertThat(required).contains("mspVersion");
            }
            assertThat(properties).as("properties of %s", type.getSimpleName())
                    .containsExactlyElementsOf(components);
        }
    }

    @Test
    void everyObjectOfTheSchemaHasAWireNameEnumListingItsPropertiesInOrder() {
        Map<String, JsonNode> schemaObjects = new LinkedHashMap<>();
        schemaObjects.put("SafeguardingRecord", RECORD);
        for (Map.Entry<String, JsonNode> def : DEFS.properties()) {
            if (def.getValue().has("properties")) {
                schemaObjects.put(def.getKey(), def.getValue());
            }
        }
        Map<String, List<String>> enums = new LinkedHashMap<>();
        for (Class<?> e : WireNames.class.getClasses()) {
            if (e.isEnum()) {
                enums.put(e.getSimpleName(), wireNames(e));
            }
        }
        assertThat(enums.keySet()).containsExactlyInAnyOrderElementsOf(schemaObjects.keySet());
        for (Map.Entry<String, JsonNode> object : schemaObjects.entrySet()) {
            List<String> properties = new ArrayList<>();
            object.getValue().get("properties").propertyNames().forEach(properties::add);
            assertThat(enums.get(object.getKey())).as("wire names of %s", object.getKey())
                    .containsExactlyElementsOf(properties);
        }
    }

    @Test
    void theEncoderWritesEveryObjectsPropertiesInTheOrderOfItsWireNames() {
        int objects = 0;
        for (SafeguardingRecord r : new SyntheticDataGenerator(11).records(200)) {
            objects += checkOrder(MAPPER.readTree(MspJson.strict().write(r)), "SafeguardingRecord");
        }
        assertThat(objects).isGreaterThan(2_000);
    }

    /** @return how many objects were checked */
    private static int checkOrder(JsonNode value, String def) {
        JsonNode schema = def.equals("SafeguardingRecord") ? RECORD : DEFS.get(def);
        List<String> order = new ArrayList<>();
        schema.get("properties").propertyNames().forEach(order::add);
        int checked = 1;
        int last = -1;
        for (Map.Entry<String, JsonNode> p : value.properties()) {
            int at = order.indexOf(p.getKey());
            assertThat(at).as("%s.%s written after a later property", def, p.getKey()).isGreaterThan(last);
            last = at;
            JsonNode property = schema.get("properties").get(p.getKey());
            if (p.getValue().isObject()) {
                checked += checkOrder(p.getValue(), defName(property.get("$ref")));
            } else if (p.getValue().isArray() && property.get("items").has("$ref")) {
                String itemDef = defName(property.get("items").get("$ref"));
                for (JsonNode item : p.getValue()) {
                    if (item.isObject()) {
                        checked += checkOrder(item, itemDef);
                    }
                }
            }
        }
        return checked;
    }

    private static String defName(JsonNode ref) {
        String r = ref.asString();
        return r.substring(r.lastIndexOf('/') + 1);
    }

    private static List<String> wireNames(Class<?> nameEnum) {
        List<String> names = new ArrayList<>();
        for (Object constant : nameEnum.getEnumConstants()) {
            names.add(((WireNames.Name) constant).wireName());
        }
        return names;
    }

    @Test
    void aNegotiatedOutcomeNeedsAtLeastOneRevisionInBoth() {
        JsonNode revisions = DEFS.get("NegotiatedOutcome").get("properties").get("revisions");
        assertThat(revisions.get("minItems").asInt()).isEqualTo(1);
    }

    @Test
    void everyPropertyOfEverySchemaObjectHasTitleAndDescription() {
        List<String> missing = new ArrayList<>();
        for (Map.Entry<String, JsonNode> def : DEFS.properties()) {
            if (!def.getValue().has("title") || !def.getValue().has("description")) {
                missing.add(def.getKey());
            }
            JsonNode props = def.getValue().get("properties");
            if (props != null) {
                props.properties().forEach(p -> {
                    if (!p.getValue().has("title") || !p.getValue().has("description")) {
                        missing.add(def.getKey() + "." + p.getKey());
                    }
                });
            }
        }
        RECORD.get("properties").properties().forEach(p -> {
            if (!p.getValue().has("title") || !p.getValue().has("description")) {
                missing.add("record." + p.getKey());
            }
        });
        assertThat(missing).isEmpty();
        assertThat(RECORD.get("$id").asString()).isEqualTo(MspSchemas.id(MspSchemas.RECORD));
        assertThat(DEFS_DOC.get("$id").asString()).isEqualTo(MspSchemas.id(MspSchemas.DEFS));
        assertThat(RECORD.get("$schema").asString()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
    }

    /**
     * Required in the model: a primitive, or a reference the constructor refuses when null (anything not an
     * Optional or a collection). PersonalOutcomes is the one exception: a missing value becomes
     * {@code PersonalOutcomes.none()}.
     */
    private static boolean isRequiredInModel(RecordComponent c) {
        Class<?> t = c.getType();
        if (t.isPrimitive()) {
            return true;
        }
        if (t == Optional.class || Collection.class.isAssignableFrom(t) || Map.class.isAssignableFrom(t)) {
            return c.getName().equals("revisions"); // NegotiatedOutcome refuses an empty history
        }
        return t != PersonalOutcomes.class;
    }

    private static Optional<Class<?>> codeListOf(Type t) {
        if (t instanceof Class<?> c) {
            return c.isEnum() && Code.class.isAssignableFrom(c) ? Optional.of(c) : Optional.empty();
        }
        if (t instanceof ParameterizedType p && p.getActualTypeArguments().length == 1) {
            return codeListOf(p.getActualTypeArguments()[0]);
        }
        return Optional.empty();
    }

    private static String refOf(JsonNode property) {
        if (property.has("$ref")) {
            return property.get("$ref").asString();
        }
        return property.get("items").get("$ref").asString();
    }
}
