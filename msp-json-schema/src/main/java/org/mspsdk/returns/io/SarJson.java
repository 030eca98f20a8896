package org.mspsdk.returns.io;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.mspsdk.MspException;
import org.mspsdk.json.DecodeOptions;
import org.mspsdk.json.MspDecodeException;
import org.mspsdk.json.internal.BoundedJson;
import org.mspsdk.json.internal.WireNames;
import org.mspsdk.model.SafeguardingAdultsReview;
import org.mspsdk.model.SarRegister;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The JSON form of a board's register of Safeguarding Adults Reviews (the input of SG5a and SG5b), valid under
 * the published schema {@code sar-register.json}:
 *
 * <pre>{@code
 * {"formatVersion": "1.0", "reviews": [{"reviewId": "SAR-2025-03", "commissionedOn": "2025-01-10",
 *   "completedOn": "2025-11-04", "oneOrMoreDied": true, "individualsDied": 1, "individualsSurvived": 0}]}
 *
 * SarRegister register = SarJson.read(Files.readString(path));
 * String json = SarJson.write(register);
 * }</pre>
 *
 * <p>Reading is strict: an unknown or missing property, a wrong type or a malformed date is an
 * {@link MspDecodeException} naming the JSON Pointer and what was expected, never the value found. Reading and
 * writing round-trip: {@code read(write(r))} equals {@code r}. Values are checked by the rules MSP-SAR-* of
 * {@code Validator.validate(SarRegister)}, not here.
 */
public final class SarJson {

    /** The format version written and accepted. */
    public static final String FORMAT_VERSION = "1.0";

    private static final JsonMapper MAPPER = BoundedJson.mapper(DecodeOptions.defaults());
    private static final Set<String> TOP = WireNames.SAR_REGISTER;
    private static final Set<String> REVIEW = WireNames.SAR_REVIEW;

    private SarJson() {
    }

    /**
     * @param json a register document
     * @return the register
     * @throws MspDecodeException when the document is not a register of this format
     */
    public static SarRegister read(String json) {
        Objects.requireNonNull(json, "json");
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (JacksonException e) {
            throw fail("", "not well-formed JSON", "a JSON object");
        }
        if (root == null || !root.isObject()) {
            throw fail("", "not an object", "a JSON object with formatVersion and reviews");
        }
        known(root, TOP, "");
        JsonNode version = root.get("formatVersion");
        if (version == null || !version.isString() || !FORMAT_VERSION.equals(version.asString())) {
            throw fail("/formatVersion", version == null ? "missing" : "unsupported or not a string",
                    "\"" + FORMAT_VERSION + "\"");
        }
        JsonNode reviews = root.get("reviews");
        if (reviews == null || !reviews.isArray()) {
            throw fail("/reviews", reviews == null ? "missing" : "not an array", "an array of reviews");
        }
        List<SafeguardingAdultsReview> out = new ArrayList<>();
        for (int i = 0; i < reviews.size(); i++) {
            out.add(review(reviews.get(i), "/reviews/" + i));
        }
        return new SarRegister(out);
    }

    private static SafeguardingAdultsReview review(JsonNode n, String at) {
        if (!n.isObject()) {
            throw fail(at, "not an object", "a review object");
        }
        known(n, REVIEW, at);
        JsonNode id = n.get("reviewId");
        if (id == null || !id.isString()) {
            throw fail(at + "/reviewId", id == null ? "missing" : "not a string", "a string");
        }
        JsonNode died = n.get("oneOrMoreDied");
        if (died == null || !died.isBoolean()) {
            throw fail(at + "/oneOrMoreDied", died == null ? "missing" : "not a boolean", "true or false");
        }
        return new SafeguardingAdultsReview(id.asString(), date(n, "commissionedOn", at), date(n, "completedOn", at),
                died.asBoolean(), integer(n, "individualsDied", at), integer(n, "individualsSurvived", at));
    }

    private static Optional<LocalDate> date(JsonNode n, String field, String at) {
        JsonNode v = n.get(field);
        if (v == null) {
            return Optional.empty();
        }
        String pointer = at + "/" + field;
        if (!v.isString() || !v.asString().matches("[0-9]{4}-[0-9]{2}-[0-9]{2}")) {
            throw fail(pointer, "not a date", "a date yyyy-mm-dd");
        }
        try {
            return Optional.of(LocalDate.parse(v.asString()));
        } catch (DateTimeParseException e) {
            throw fail(pointer, "not a calendar date", "a date yyyy-mm-dd");
        }
    }

    private static int integer(JsonNode n, String field, String at) {
        JsonNode v = n.get(field);
        if (v == null || !v.isIntegralNumber() || !v.canConvertToInt()) {
            throw fail(at + "/" + field, v == null ? "missing" : "not a whole number in range", "a whole number");
        }
        return v.asInt();
    }

    private static void known(JsonNode n, Set<String> allowed, String at) {
        Iterator<Map.Entry<String, JsonNode>> fields = n.properties().iterator();
        while (fields.hasNext()) {
            String name = fields.next().getKey();
            if (!allowed.contains(name)) {
                // the name is not echoed: a property name may hold personal data
                throw fail(at, "an unknown property", "only " + new java.util.TreeSet<>(allowed));
            }
        }
    }

    private static MspDecodeException fail(String pointer, String problem, String expected) {
        return new MspDecodeException(pointer, -1, -1, problem, expected);
    }

    /**
     * @param register a register
     * @return its JSON document (pretty-printed), valid under {@code sar-register.json}
     */
    public static String write(SarRegister register) {
        Objects.requireNonNull(register, "register");
        ObjectNode root = MAPPER.createObjectNode();
        root.put("formatVersion", FORMAT_VERSION);
        ArrayNode reviews = root.putArray("reviews");
        for (SafeguardingAdultsReview r : register.reviews()) {
            ObjectNode n = reviews.addObject();
            n.put("reviewId", r.reviewId());
            r.commissionedOn().ifPresent(d -> n.put("commissionedOn", d.toString()));
            r.completedOn().ifPresent(d -> n.put("completedOn", d.toString()));
            n.put("oneOrMoreDied", r.oneOrMoreDied());
            n.put("individualsDied", r.individualsDied());
            n.put("individualsSurvived", r.individualsSurvived());
        }
        try {
            return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(root);
        } catch (JacksonException e) {
            throw new MspException(MspException.Kind.ENCODE, "could not write the register of reviews: "
                    + e.getClass().getSimpleName(), e);
        }
    }
}
