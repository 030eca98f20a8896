package org.mspsdk.research.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mspsdk.dictionary.DataDictionary;
import org.mspsdk.dictionary.DictionaryCode;
import org.mspsdk.dictionary.DictionaryField;
import org.mspsdk.research.DateGranularity;
import org.mspsdk.research.Deidentifier;
import org.mspsdk.research.ResearchRecord;
import org.mspsdk.synthetic.SyntheticDataGenerator;
import org.mspsdk.vocabulary.CodeList;
import org.mspsdk.vocabulary.Vocabulary;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** The JSON Lines output is valid under the published research schema, and the schema follows the code lists. */
class ResearchSchemaTest {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();
    private final Schema schema = ResearchFixtures.schema();

    @Test
    void everyLineOfTheExportIsValidUnderThePublishedSchema() {
        for (DateGranularity dates : DateGranularity.values()) {
            for (long seed : new long[] {1, 2, 3}) {
                Deidentifier deid = Deidentifier.builder(ResearchFixtures.key()).dates(dates)
                        .pseudonymiseProviders(seed != 2).build();
                List<ResearchRecord> records = new ArrayList<>();
                records.add(deid.deidentify(ResearchExportCanaryTest.fullCanary()));
                new SyntheticDataGenerator(seed).stream(1_000).map(deid::deidentify).forEach(records::add);
                int line = 0;
                for (String json : ResearchFixtures.jsonLines(records).split("\n")) {
                    line++;
                    List<Error> errors = schema.validate(MAPPER.readTree(json));
                    assertThat(errors).as("seed " + seed + ", " + dates.code() + ", line " + line).isEmpty();
                }
            }
        }
    }

    @Test
    void theSchemaRejectsAnUnknownFieldAnUnknownCodeAndAMissingPseudonym() {
        Deidentifier deid = Deidentifier.builder(ResearchFixtures.key()).build();
        ObjectNode good = ResearchJsonLines.toTree(deid.deidentify(ResearchExportCanaryTest.fullCanary()));
        assertThat(schema.validate(good)).isEmpty();

        ObjectNode extra = good.deepCopy();
        ((ObjectNode) extra.get("person")).put("nhsNumber", "9434765870");
        assertThat(schema.validate(extra)).extracting(Error::getKeyword).contains("additionalProperties");

        ObjectNode badCode = good.deepCopy();
        ((ObjectNode) badCode.get("outcomes")).put("asked", "yes");
        assertThat(schema.validate(badCode)).extracting(Error::getKeyword).contains("enum");

        ObjectNode rawId = good.deepCopy();
        rawId.put("recordPseudonym", "R-2025-0001");
        assertThat(schema.validate(rawId)).extracting(Error::getKeyword).contains("pattern");

        ObjectNode exactDate = good.deepCopy();
        ((ObjectNode) exactDate.get("concern")).put("receivedIn", "2025-05-01");
        assertThat(schema.validate(exactDate)).isNotEmpty();
    }

    @Test
    void everyCodeListDefinitionInTheSchemaEqualsTheVocabulary() {
        JsonNode defs = MAPPER.readTree(ResearchFixtures.schemaText()).get("$defs");
        for (CodeList<?> list : Vocabulary.all()) {
            JsonNode def = defs.get(list.id());
            assertThat(def).as("$defs/" + list.id()).isNotNull();
            List<String> codes = new ArrayList<>();
            def.get("enum").forEach(n -> codes.add(n.asString()));
            assertThat(codes).as(list.id()).containsExactlyElementsOf(list.codes());
        }
        DataDictionary dictionary = DataDictionary.generate();
        for (String local : List.of("research-five-year-age-band", "research-answer-form",
                "research-date-granularity")) {
            List<String> codes = new ArrayList<>();
            defs.get(local).get("enum").forEach(n -> codes.add(n.asString()));
            assertThat(codes).as(local).containsExactlyElementsOf(
                    dictionary.codesByList().get(local).stream().map(DictionaryCode::code).toList());
        }
    }

    @Test
    void everyFieldOfTheResearchFormInTheDictionaryIsAPropertyOfTheSchema() {
        JsonNode root = MAPPER.readTree(ResearchFixtures.schemaText());
        for (DictionaryField f : DataDictionary.generate().fields(DataDictionary.RESEARCH_RECORD)) {
            JsonNode node = root;
            for (String segment : f.path().split("\\.")) {
                String name = segment.replace("[]", "");
                node = resolve(root, node).get("properties").get(name);
                assertThat(node).as(f.path() + " in the schema").isNotNull();
                if (segment.endsWith("[]")) {
                    node = resolve(root, node).get("items");
                }
            }
        }
    }

    private static JsonNode resolve(JsonNode root, JsonNode node) {
        while (node.has("$ref")) {
            String ref = node.get("$ref").asString();
            node = root.at(ref.substring(1));
        }
        return node;
    }
}
