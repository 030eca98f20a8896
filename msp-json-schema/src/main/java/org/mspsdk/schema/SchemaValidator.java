package org.mspsdk.schema;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.mspsdk.MspException;
import org.mspsdk.json.DecodeOptions;
import org.mspsdk.json.internal.BoundedJson;
import org.mspsdk.json.internal.SafeText;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.PathType;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Validates documents against the published MSP JSON Schema (draft 2020-12, with format assertions on), using
 * {@code com.networknt:json-schema-validator}, and returns every finding as data with a JSON Pointer. The
 * schemas are loaded from the jar, never fetched over the network. Input is parsed within the same limits as the
 * decoder. Instances are thread-safe.
 *
 * <pre>{@code
 * List<SchemaFinding> findings = SchemaValidator.forRecords().validate(json);
 * findings.forEach(f -> System.out.println(f.pointer() + " " + f.message()));
 * }</pre>
 */
public final class SchemaValidator {

    private static final SchemaValidator RECORDS = new SchemaValidator(MspSchemas.RECORD, DecodeOptions.defaults());

    private final Schema schema;
    private final JsonMapper mapper;

    private SchemaValidator(String file, DecodeOptions limits) {
        Map<String, String> schemas = new LinkedHashMap<>();
        for (String f : MspSchemas.files()) {
            schemas.put(MspSchemas.id(f), MspSchemas.text(f));
        }
        SchemaRegistryConfig config = SchemaRegistryConfig.builder()
                .formatAssertionsEnabled(true)
                .pathType(PathType.JSON_POINTER)
                .build();
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
                b -> b.schemas(schemas).schemaRegistryConfig(config));
        this.schema = registry.getSchema(SchemaLocation.of(MspSchemas.id(file)));
        this.schema.initializeValidators();
        this.mapper = BoundedJson.mapper(limits);
    }

    /** @return a validator for record documents (and each line of a JSON Lines dataset) */
    public static SchemaValidator forRecords() {
        return RECORDS;
    }

    /** @return a validator for a register of Safeguarding Adults Reviews ({@code sar-register.json}) */
    public static SchemaValidator forSarRegisters() {
        return SarRegisters.INSTANCE;
    }

    /** Made on first use. */
    private static final class SarRegisters {
        static final SchemaValidator INSTANCE = new SchemaValidator(MspSchemas.SAR_REGISTER, DecodeOptions.defaults());
    }

    /**
     * @param json the document
     * @return the findings; empty when the document is valid
     */
    public List<SchemaFinding> validate(String json) {
        if (json == null) {
            throw new MspException(MspException.Kind.MISSING_PART, "json is required but was null");
        }
        JsonNode node;
        try {
            node = mapper.readTree(json);
        } catch (JacksonException e) {
            return List.of(notJson());
        }
        return validate(node);
    }

    /**
     * @param utf8 the document as UTF-8 bytes
     * @return the findings; empty when the document is valid
     */
    public List<SchemaFinding> validate(byte[] utf8) {
        if (utf8 == null) {
            throw new MspException(MspException.Kind.MISSING_PART, "utf8 is required but was null");
        }
        if (BoundedJson.looksLikeUtf16Or32(utf8, 0, utf8.length)) {
            return List.of(notJson());
        }
        JsonNode node;
        try {
            node = mapper.readTree(utf8);
        } catch (JacksonException e) {
            return List.of(notJson());
        }
        return validate(node);
    }

    /**
     * @param json the document
     * @return true when the document is valid
     */
    public boolean isValid(String json) {
        return validate(json).isEmpty();
    }

    private List<SchemaFinding> validate(JsonNode node) {
        if (node == null || node.isMissingNode()) {
            return List.of(notJson());
        }
        List<SchemaFinding> out = new ArrayList<>();
        for (Error e : schema.validate(node)) {
            String pointer = e.getInstanceLocation() == null ? "" : SafeText.pointer(e.getInstanceLocation().toString());
            String location = e.getSchemaLocation() == null ? "" : e.getSchemaLocation().toString();
            out.add(new SchemaFinding(pointer, e.getKeyword(), location, message(e)));
        }
        return List.copyOf(out);
    }

    /**
     * Uses the library's message, which names the rule and the expected form, never the instance value; property
     * names it quotes are shown only when they are plain identifiers.
     */
    private static String message(Error e) {
        String m = e.getMessage();
        return m == null ? e.getKeyword() : SafeText.quotedNames(m);
    }

    private static SchemaFinding notJson() {
        return new SchemaFinding("", "json", "", "the document is not well-formed JSON within the limits; "
                + "expected JSON text as defined by RFC 8259");
    }

}
