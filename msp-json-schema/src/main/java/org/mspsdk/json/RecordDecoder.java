package org.mspsdk.json;

import java.io.StringWriter;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

import org.mspsdk.MspException;
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
import org.mspsdk.model.NhsNumber;
import org.mspsdk.model.OrganisationInvolvement;
import org.mspsdk.model.OutcomeRevision;
import org.mspsdk.model.PersonalOutcomes;
import org.mspsdk.model.QuestionnaireResponse;
import org.mspsdk.model.RiskItem;
import org.mspsdk.model.S42Criteria;
import org.mspsdk.model.SafeguardingRecord;
import org.mspsdk.model.Voice;
import org.mspsdk.vocabulary.AchievementJudge;
import org.mspsdk.vocabulary.ActionWithoutConsentReason;
import org.mspsdk.vocabulary.AskedAboutOutcomes;
import org.mspsdk.vocabulary.CapacityAnswer;
import org.mspsdk.vocabulary.Code;
import org.mspsdk.vocabulary.CodeList;
import org.mspsdk.vocabulary.ConcernOutcome;
import org.mspsdk.vocabulary.ConcernSource;
import org.mspsdk.vocabulary.ConsentDecision;
import org.mspsdk.vocabulary.EnquiryResult;
import org.mspsdk.vocabulary.EnquiryType;
import org.mspsdk.vocabulary.Ethnicity;
import org.mspsdk.vocabulary.Gender;
import org.mspsdk.vocabulary.LocationOfRisk;
import org.mspsdk.vocabulary.NegotiationChangeReason;
import org.mspsdk.vocabulary.NoEnquiryNextStep;
import org.mspsdk.vocabulary.NotOfferedReason;
import org.mspsdk.vocabulary.OrganisationRole;
import org.mspsdk.vocabulary.OrganisationType;
import org.mspsdk.vocabulary.OutcomeAchievement;
import org.mspsdk.vocabulary.OutcomeCategory;
import org.mspsdk.vocabulary.PrimarySupportReason;
import org.mspsdk.vocabulary.QuestionnaireStatus;
import org.mspsdk.vocabulary.RecordingStage;
import org.mspsdk.vocabulary.RepresentativeRole;
import org.mspsdk.vocabulary.RiskOutcome;
import org.mspsdk.vocabulary.SafetyRating;
import org.mspsdk.vocabulary.SourceOfRisk;
import org.mspsdk.vocabulary.TypeOfRisk;
import org.mspsdk.vocabulary.VoiceType;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.core.json.JsonFactory;

/**
 * Binds one record document by hand from Jackson's token stream, so that every error carries the JSON Pointer,
 * line and column, and nothing the document contains leaks into a message. One instance per document.
 */
final class RecordDecoder {

    private static final String VERSION_EXPECTED = "the string \"" + MspJson.WIRE_VERSION + "\"";

    // property name -> index in its known list, per list (by identity): a hash lookup on Jackson's canonical
    // names, whose hash codes are cached, instead of comparing the name with every known one
    private static final Map<List<String>, Map<String, Integer>> NAME_INDEX = new IdentityHashMap<>();

    static {
        for (List<String> known : List.of(Wire.RECORD, Wire.ADULT, Wire.ORGANISATION, Wire.CONCERN, Wire.ENQUIRY,
                Wire.S42, Wire.RISK_ITEM, Wire.CAPACITY, Wire.ADVOCACY, Wire.CONSENT, Wire.OUTCOMES, Wire.DESIRED,
                Wire.VOICE, Wire.NEGOTIATED, Wire.REVISION, Wire.ACHIEVEMENT, Wire.QUESTIONNAIRE, Wire.ANSWER)) {
            NAME_INDEX.put(known, nameIndex(known));
        }
    }

    private static Map<String, Integer> nameIndex(List<String> known) {
        if (known.size() > 64) {
            throw new IllegalStateException("an object of the wire format has more than 64 properties");
        }
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < known.size(); i++) {
            index.put(known.get(i), i);
        }
        return index;
    }

    private final DecodeOptions options;
    private final JsonFactory factory;
    private final JsonParser p;
    private final Map<String, String> extensions = new LinkedHashMap<>();
    private boolean finished;

    private RecordDecoder(DecodeOptions options, JsonFactory factory, JsonParser p) {
        this.options = options;
        this.factory = factory;
        this.p = p;
    }

    /**
     * Decodes one whole document: exactly one record object and nothing after it.
     *
     * @param options the mode and limits
     * @param factory the bounded factory (for capturing unknown fields)
     * @param p       a parser at the start of the input
     * @return the record
     */
    static SafeguardingRecord decodeDocument(DecodeOptions options, JsonFactory factory, JsonParser p) {
        RecordDecoder d = new RecordDecoder(options, factory, p);
        try {
            JsonToken first = p.nextToken();
            if (first == null) {
                throw d.fail("", d.here(), "the document is empty", "one record object");
            }
            SafeguardingRecord r = d.record();
            d.finished = true;
            JsonToken after = p.nextToken();
            if (after != null) {
                throw d.fail("", p.currentTokenLocation(), "there is content after the record object",
                        "the end of the document after the record");
            }
            return r;
        } catch (JacksonException e) {
            throw d.translate(e);
        }
    }

    /**
     * Decodes the record object at the parser's current token (for the Jackson module).
     *
     * @param options the mode and limits
     * @param factory the bounded factory
     * @param p       a parser whose current token starts the record
     * @return the record
     */
    static SafeguardingRecord decodeValue(DecodeOptions options, JsonFactory factory, JsonParser p) {
        RecordDecoder d = new RecordDecoder(options, factory, p);
        try {
            return d.record();
        } catch (JacksonException e) {
            throw d.translate(e);
        }
    }

    // ---------------------------------------------------------------- errors

    private TokenStreamLocation here() {
        return p.currentTokenLocation();
    }

    private MspDecodeException fail(Ptr pointer, TokenStreamLocation at, String problem, String expected) {
        return fail(pointer.toString(), at, problem, expected);
    }

    private MspDecodeException fail(String pointer, TokenStreamLocation at, String problem, String expected) {
        long line = at == null || at == TokenStreamLocation.NA ? -1 : at.getLineNr();
        long column = at == null || at == TokenStreamLocation.NA ? -1 : at.getColumnNr();
        return new MspDecodeException(pointer, line, column, problem, expected);
    }

    /** Rewrites a Jackson exception without its message (which may quote the document) or its stack trace. */
    private MspDecodeException translate(JacksonException e) {
        String pointer;
        try {
            pointer = p.streamReadContext() == null ? "" : p.streamReadContext().pathAsPointer().toString();
        } catch (RuntimeException ignored) {
            pointer = "";
        }
        TokenStreamLocation at = e.getLocation() != null ? e.getLocation() : p.currentLocation();
        String original = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        if (finished) {
            return fail("", at, "there is content after the record object", "the end of the document after the record");
        }
        if (e instanceof StreamConstraintsException) {
            if (original.contains("nesting depth")) {
                return fail(pointer, at, "the document nests deeper than the limit of " + options.maxNestingDepth(),
                        "at most " + options.maxNestingDepth() + " levels of objects and arrays");
            }
            if (original.contains("String value length")) {
                return fail(pointer, at, "a string is longer than the limit of " + options.maxStringLength()
                        + " characters", "strings of at most " + options.maxStringLength() + " characters");
            }
            if (original.contains("Number value length")) {
                return fail(pointer, at, "a number is longer than the limit of " + options.maxNumberLength()
                        + " characters", "numbers of at most " + options.maxNumberLength() + " characters");
            }
            if (original.contains("Name length")) {
                return fail(pointer, at, "a property name is longer than the limit of " + options.maxNameLength()
                        + " characters", "property names of at most " + options.maxNameLength() + " characters");
            }
            if (original.contains("Token count")) {
                return fail(pointer, at, "the document has more tokens than the limit of " + options.maxTokenCount(),
                        "at most " + options.maxTokenCount() + " tokens");
            }
            if (original.contains("Document length")) {
                return documentTooLong();
            }
            return fail(pointer, at, "the document exceeds a processing limit", "a document within the limits");
        }
        if (e instanceof StreamReadException) {
            if (original.startsWith("Duplicate Object property")) {
                return fail(pointer, at, "a property appears more than once in the same object",
                        "each property at most once");
            }
            if (original.contains("Invalid UTF-8") || original.contains("Invalid UTF-32")
                    || original.contains("Unmatched byte-order") || original.contains("Unsupported UCS-4")) {
                return fail(pointer, at, "the bytes are not valid UTF-8", "UTF-8 encoded text");
            }
            if (original.contains("end-of-input")) {
                return fail(pointer, at, "the document ends before the record is complete",
                        "a complete JSON object");
            }
            if (original.contains("Illegal unquoted character") || original.contains("Illegal character")) {
                return fail(pointer, at, "a string contains an unescaped control character",
                        "control characters escaped as \\uXXXX");
            }
            if (original.contains("surrogate")) {
                return fail(pointer, at, "a string contains an invalid surrogate escape",
                        "well-formed Unicode escapes");
            }
        }
        return fail(pointer, at, "the document is not well-formed JSON", "JSON text as defined by RFC 8259");
    }

    MspDecodeException documentTooLong() {
        return new MspDecodeException("", -1, -1, "the document is longer than the limit of "
                + options.maxDocumentLength() + " bytes", "a document of at most " + options.maxDocumentLength()
                + " bytes");
    }

    private static String kind(JsonToken t) {
        if (t == null) {
            return "nothing";
        }
        return switch (t) {
            case START_OBJECT -> "an object";
            case START_ARRAY -> "an array";
            case VALUE_STRING -> "a string";
            case VALUE_NUMBER_INT -> "an integer";
            case VALUE_NUMBER_FLOAT -> "a decimal number";
            case VALUE_TRUE, VALUE_FALSE -> "a boolean";
            case VALUE_NULL -> "null";
            default -> "a " + t.name().toLowerCase(java.util.Locale.ROOT);
        };
    }

    private MspDecodeException wrongType(Ptr pointer, String expected) {
        return fail(pointer, here(), "found " + kind(p.currentToken()), expected);
    }

    private <T> T build(Ptr pointer, TokenStreamLocation at, Supplier<T> constructor) {
        try {
            return constructor.get();
        } catch (MspException e) {
            // the model's own structural checks; their messages hold no personal data
            throw fail(pointer, at, e.getMessage(), "a structurally complete value");
        }
    }

    /**
     * A JSON Pointer built only when an error needs it: decoding a valid document allocates one small node per
     * property instead of concatenating a string for every property and array item.
     */
    static final class Ptr {
        static final Ptr ROOT = new Ptr(null, null, -1);

        private final Ptr parent;
        private final String name;
        private final int index;

        Ptr(Ptr parent, String name, int index) {
            this.parent = parent;
            this.name = name;
            this.index = index;
        }

        @Override
        public String toString() {
            if (parent == null) {
                return "";
            }
            StringBuilder sb = new StringBuilder();
            append(sb);
            return sb.toString();
        }

        private void append(StringBuilder sb) {
            if (parent == null) {
                return;
            }
            parent.append(sb);
            sb.append('/');
            if (name != null) {
                sb.append(Wire.escape(name));
            } else {
                sb.append(index);
            }
        }
    }

    // ---------------------------------------------------------------- objects and arrays

    /** Walks one object's properties; unknown ones fail (strict) or go to the extensions (tolerant). */
    private final class Obj {
        private final Ptr pointer;
        private final List<String> known;
        private final Map<String, Integer> index;
        // known properties seen so far, by their index in the known list (every list has fewer than 64 names)
        private long seenKnown;
        private Set<String> seenUnknown;
        private final TokenStreamLocation start;

        Obj(Ptr pointer, List<String> known, String what) {
            if (p.currentToken() != JsonToken.START_OBJECT) {
                throw wrongType(pointer, what);
            }
            this.pointer = pointer;
            this.known = known;
            Map<String, Integer> idx = NAME_INDEX.get(known);
            this.index = idx != null ? idx : nameIndex(known);
            this.start = here();
        }

        Ptr child(String name) {
            return new Ptr(pointer, name, -1);
        }

        /** @return the next known property with a non-null value (parser at the value), or null at the end */
        String next() {
            while (true) {
                JsonToken t = p.nextToken();
                if (t == JsonToken.END_OBJECT) {
                    return null;
                }
                String name = p.currentName();
                Integer at = this.index.get(name);
                int index = at == null ? -1 : at;
                if (!markSeen(index, name)) {
                    throw fail(child(name), here(), "a property appears more than once in the same object",
                            "each property at most once");
                }
                // the name's location is kept only where an error may need it after the parser moves on
                TokenStreamLocation nameAt = index < 0 ? here() : null;
                JsonToken value = p.nextToken();
                if (index < 0) {
                    if (options.isStrict()) {
                        throw fail(child(name), nameAt, "unknown property (strict mode)", "one of " + known);
                    }
                    capture(child(name), nameAt);
                    continue;
                }
                if (value == JsonToken.VALUE_NULL) {
                    if (options.isStrict()) {
                        throw fail(child(name), here(), "null is not allowed (strict mode)",
                                "the property to be left out when it has no value");
                    }
                    continue;
                }
                return name;
            }
        }

        private boolean markSeen(int index, String name) {
            if (index >= 0) {
                long bit = 1L << index;
                boolean first = (seenKnown & bit) == 0;
                seenKnown |= bit;
                return first;
            }
            if (seenUnknown == null) {
                seenUnknown = new HashSet<>();
            }
            return seenUnknown.add(name);
        }

        <T> T require(String name, T value) {
            if (value == null) {
                // every caller checks required properties right after the loop, with the parser still at the
                // object's end: its location is taken only now, when it is needed
                throw fail(child(name), here(), "required property is missing", "property '" + name + "'");
            }
            return value;
        }
    }

    private void capture(Ptr pointer, TokenStreamLocation nameAt) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = factory.createGenerator(out)) {
            g.copyCurrentStructureExact(p);
        }
        String text = out.toString();
        if (!p.isEnabled(StreamReadFeature.STRICT_DUPLICATE_DETECTION)) {
            // the parser did not check repeated names inside the unknown value: check them on the copy
            try (JsonParser copy = factory.createParser(text)) {
                while (copy.nextToken() != null) {
                    // scan only
                }
            } catch (StreamReadException e) {
                throw fail(pointer, nameAt, "a property appears more than once in the same object",
                        "each property at most once");
            }
        }
        extensions.put(pointer.toString(), text);
    }

    private <T> List<T> array(Ptr pointer, String what, Function<Ptr, T> item) {
        if (p.currentToken() != JsonToken.START_ARRAY) {
            throw wrongType(pointer, "an array of " + what);
        }
        List<T> out = new ArrayList<>();
        int i = 0;
        while (p.nextToken() != JsonToken.END_ARRAY) {
            if (i >= options.maxArrayItems()) {
                throw fail(pointer, here(), "the array has more items than the limit of " + options.maxArrayItems(),
                        "at most " + options.maxArrayItems() + " items");
            }
            Ptr itemPointer = new Ptr(pointer, null, i);
            if (p.currentToken() == JsonToken.VALUE_NULL) {
                throw fail(itemPointer, here(), "arrays hold no nulls", what);
            }
            out.add(item.apply(itemPointer));
            i++;
        }
        return out;
    }

    private <E extends Enum<E> & Code> Set<E> codeSet(Ptr pointer, CodeList<E> list) {
        TokenStreamLocation at = here();
        Set<E> set = EnumSet.noneOf(list.type());
        List<E> items = array(pointer, "codes of list '" + list.id() + "'", ptr -> code(ptr, list));
        for (int i = 0; i < items.size(); i++) {
            if (!set.add(items.get(i))) {
                throw fail(new Ptr(pointer, null, i), at, "a code appears more than once", "each code at most once");
            }
        }
        return set;
    }

    // ---------------------------------------------------------------- scalars

    private String text(Ptr pointer, String what, boolean nonBlank) {
        if (p.currentToken() != JsonToken.VALUE_STRING) {
            throw wrongType(pointer, "a string (" + what + ")");
        }
        String s = p.getString();
        if (nonBlank && s.isBlank()) {
            throw fail(pointer, here(), "the string is empty or blank", "a non-blank string (" + what + ")");
        }
        return s;
    }

    private <E extends Enum<E> & Code> E code(Ptr pointer, CodeList<E> list) {
        if (p.currentToken() != JsonToken.VALUE_STRING) {
            throw wrongType(pointer, "a code string of list '" + list.id() + "'");
        }
        Optional<E> e = list.findByCode(p.getString());
        if (e.isEmpty()) {
            throw fail(pointer, here(), "not a code of list '" + list.id() + "' (" + list.title() + ")",
                    "one of " + list.codes());
        }
        return e.get();
    }

    private LocalDate date(Ptr pointer) {
        if (p.currentToken() != JsonToken.VALUE_STRING) {
            throw wrongType(pointer, "a date string yyyy-mm-dd");
        }
        String s = p.getString();
        if (!isDateShape(s)) {
            throw fail(pointer, here(), "not a date in the form yyyy-mm-dd", "an ISO-8601 calendar date yyyy-mm-dd");
        }
        try {
            // the shape is checked above; LocalDate.of rejects what ISO_LOCAL_DATE rejects (month 13, 30 February)
            // without the formatter's per-call parse context
            return LocalDate.of(digits(s, 0, 4), digits(s, 5, 7), digits(s, 8, 10));
        } catch (DateTimeException e) {
            throw fail(pointer, here(), "not a real calendar date", "an existing date yyyy-mm-dd");
        }
    }

    private static int digits(String s, int from, int to) {
        int v = 0;
        for (int i = from; i < to; i++) {
            v = v * 10 + (s.charAt(i) - '0');
        }
        return v;
    }

    private static boolean isDateShape(String s) {
        if (s.length() != 10 || s.charAt(4) != '-' || s.charAt(7) != '-') {
            return false;
        }
        for (int i = 0; i < 10; i++) {
            if (i != 4 && i != 7 && (s.charAt(i) < '0' || s.charAt(i) > '9')) {
                return false;
            }
        }
        return true;
    }

    private boolean bool(Ptr pointer) {
        JsonToken t = p.currentToken();
        if (t == JsonToken.VALUE_TRUE) {
            return true;
        }
        if (t == JsonToken.VALUE_FALSE) {
            return false;
        }
        throw wrongType(pointer, "true or false");
    }

    private int age(Ptr pointer) {
        String expected = "an integer from " + Wire.MIN_AGE + " to " + Wire.MAX_AGE;
        if (p.currentToken() != JsonToken.VALUE_NUMBER_INT) {
            throw wrongType(pointer, expected);
        }
        if (p.getNumberType() != JsonParser.NumberType.INT) {
            throw fail(pointer, here(), "the number is out of range", expected);
        }
        int v = p.getIntValue();
        if (v < Wire.MIN_AGE || v > Wire.MAX_AGE) {
            throw fail(pointer, here(), "the number is out of range", expected);
        }
        return v;
    }

    private NhsNumber nhsNumber(Ptr pointer) {
        String s = text(pointer, "an NHS number", false);
        if (s.length() != 10 || !s.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw fail(pointer, here(), "not an NHS number of exactly 10 digits",
                    "10 digits, no spaces or hyphens");
        }
        if (!NhsNumber.isValid(s)) {
            throw fail(pointer, here(), "the NHS number fails the Modulus 11 check digit",
                    "an NHS number with a valid check digit");
        }
        return new NhsNumber(s);
    }

    // ---------------------------------------------------------------- the record

    private SafeguardingRecord record() {
        Obj o = new Obj(Ptr.ROOT, Wire.RECORD, "a safeguarding record object");
        String version = null;
        String recordId = null;
        AdultAtRisk adult = null;
        List<OrganisationInvolvement> organisations = List.of();
        Concern concern = null;
        Enquiry enquiry = null;
        PersonalOutcomes outcomes = null;
        List<QuestionnaireResponse> questionnaires = List.of();
        String notes = null;
        for (String n = o.next(); n != null; n = o.next()) {
            Ptr ptr = o.child(n);
            switch (n) {
                case Wire.VERSION -> version = version(ptr);
                case "recordId" -> recordId = text(ptr, "the record id", true);
                case "adult" -> adult = adult(ptr);
                case "organisations" -> organisations = array(ptr, "organisation objects", this::organisation);
                case "concern" -> concern = concern(ptr);
                case "enquiry" -> enquiry = enquiry(ptr);
                case "outcomes" -> outcomes = outcomes(ptr);
                case "questionnaires" -> questionnaires = array(ptr, "questionnaire response objects",
                        this::questionnaire);
                case "notes" -> notes = text(ptr, "practitioner notes", false);
                default -> throw new IllegalStateException(n);
            }
        }
        o.require(Wire.VERSION, version);
        String id = o.require("recordId", recordId);
        AdultAtRisk a = o.require("adult", adult);
        Concern c = o.require("concern", concern);
        List<OrganisationInvolvement> orgs = organisations;
        Enquiry e = enquiry;
        PersonalOutcomes out = outcomes;
        List<QuestionnaireResponse> qs = questionnaires;
        String nt = notes;
        return build(Ptr.ROOT, o.start, () -> SafeguardingRecord.builder().recordId(id).adult(a).organisations(orgs)
                .concern(c).enquiry(e).outcomes(out).questionnaires(qs).notes(nt).extensions(extensions).build());
    }

    private String version(Ptr pointer) {
        if (p.currentToken() != JsonToken.VALUE_STRING) {
            throw wrongType(pointer, VERSION_EXPECTED);
        }
        String v = p.getString();
        if (v.equals(MspJson.WIRE_VERSION)) {
            return v;
        }
        if (!options.isStrict() && isSameMajorVersion(v)) {
            extensions.put(Wire.VERSION_POINTER, "\"" + v + "\"");
            return v;
        }
        throw fail(pointer, here(), "unsupported wire format version",
                options.isStrict() ? VERSION_EXPECTED : "a version 1.x");
    }

    static boolean isSameMajorVersion(String v) {
        if (!v.startsWith("1.") || v.length() < 3 || v.length() > 8) {
            return false;
        }
        String minor = v.substring(2);
        if (minor.length() > 1 && minor.charAt(0) == '0') {
            return false;
        }
        return minor.chars().allMatch(c -> c >= '0' && c <= '9');
    }

    private AdultAtRisk adult(Ptr pointer) {
        Obj o = new Obj(pointer, Wire.ADULT, "an adult-at-risk object");
        AdultAtRisk.Builder b = build(pointer, o.start, () -> AdultAtRisk.builder("pending"));
        String personId = null;
        for (String n = o.next(); n != null; n = o.next()) {
            Ptr ptr = o.child(n);
            switch (n) {
                case "personId" -> personId = text(ptr, "the person id", true);
                case "nhsNumber" -> b.nhsNumber(nhsNumber(ptr));
                case "dateOfBirth" -> b.dateOfBirth(date(ptr));
                case "ageAtConcern" -> b.ageAtConcern(age(ptr));
                case "dateOfDeath" -> b.dateOfDeath(date(ptr));
                case "gender" -> b.gender(code(ptr, Gender.LIST));
                case "ethnicity" -> b.ethnicity(code(ptr, Ethnicity.LIST));
                case "primarySupportReason" -> b.primarySupportReason(code(ptr, PrimarySupportReason.LIST));
                case "autismExcludingAsperger" -> b.autismExcludingAsperger(bool(ptr));
                case "aspergerOrHighFunctioningAutism" -> b.aspergerOrHighFunctioningAutism(bool(ptr));
                default -> throw new IllegalStateException(n);
            }
        }
        b.personId(o.require("personId", personId));
        return build(pointer, o.start, b::build);
    }

    private OrganisationInvolvement organisation(Ptr pointer) {
        Obj o = new Obj(pointer, Wire.ORGANISATION, "an organisation object");
        String code = null;
        String name = null;
        OrganisationType type = null;
        Set<OrganisationRole> roles = Set.of();
        for (String n = o.next(); n != null; n = o.next()) {
            Ptr ptr = o.child(n);
            switch (n) {
                case "code" -> code = text(ptr, "the organisation code", true);
                case "name" -> name = text(ptr, "the organisation name", false);
                case "type" -> type = code(ptr, OrganisationType.LIST);
                case "roles" -> roles = codeSet(ptr, OrganisationRole.LIST);
                default -> throw new IllegalStateException(n);
            }
        }
        String c = o.require("code", code);
        OrganisationType t = o.require("type", type);
        Optional<String> nm = Optional.ofNullable(name);
        Set<OrganisationRole> r = roles;
        return build(pointer, o.start, () -> new OrganisationInvolvement(c, nm, t, r));
    }

    private Concern concern(Ptr pointer) {
        Obj o = new Obj(pointer, Wire.CONCERN, "a concern object");
        LocalDate receivedOn = null;
        ConcernSource raisedBy = null;
        ConcernOutcome outcome = null;
        NoEnquiryNextStep nextStep = null;
        for (String n = o.next(); n != null; n = o.next()) {
            Ptr ptr = o.child(n);
            switch (n) {
                case "receivedOn" -> receivedOn = date(ptr);
                case "raisedBy" -> raisedBy = code(ptr, ConcernSource.LIST);
                case "outcome" -> outcome = code(ptr, ConcernOutcome.LIST);
                case "nextStep" -> nextStep = code(ptr, NoEnquiryNextStep.LIST);
                default -> throw new IllegalStateException(n);
            }
        }
        LocalDate r = o.require("receivedOn", receivedOn);
        ConcernSource s = o.require("raisedBy", raisedBy);
        Optional<ConcernOutcome> out = Optional.ofNullable(outcome);
        Optional<NoEnquiryNextStep> next = Optional.ofNullable(nextStep);
        return build(pointer, o.start, () -> new Concern(r, s, out, next));
    }

    private Enquiry enquiry(Ptr pointer) {
        Obj o = new Obj(pointer, Wire.ENQUIRY, "an enquiry object");
        EnquiryType type = null;
        LocalDate commencedOn = null;
        Enquiry.Builder b = build(pointer, o.start, () -> Enquiry.builder(EnquiryType.values()[0], LocalDate.MIN));
        for (String n = o.next(); n != null; n = o.next()) {
            Ptr ptr = o.child(n);
            switch (n) {
                case "type" -> type = code(ptr, EnquiryType.LIST);
                case "s42Criteria" -> b.s42Criteria(s42(ptr));
                case "commencedOn" -> commencedOn = date(ptr);
                case "concludedOn" -> b.concludedOn(date(ptr));
                case "riskItems" -> b.riskItems(array(ptr, "risk item objects", this::riskItem));
                case "result" -> b.result(code(ptr, EnquiryResult.LIST));
                case "riskOutcome" -> b.riskOutcome(code(ptr, RiskOutcome.LIST));
                case "mentalCapacity" -> b.mentalCapacity(capacity(ptr));
                case "advocacy" -> b.advocacy(advocacy(ptr));
                case "consent" -> b.consent(consent(ptr));
                default -> throw new IllegalStateException(n);
            }
        }
        b.type(o.require("type", type));
        b.commencedOn(o.require("commencedOn", commencedOn));
        return build(pointer, o.start, b::build);
    }

    private S42Criteria s42(Ptr pointer) {
        Obj o = new Obj(pointer, Wire.S42, "an object with the three section 42 criteria");
        Boolean needs = null;
        Boolean risk = null;
        Boolean unable = null;
        for (String n = o.next(); n != null; n = o.next()) {
            Ptr ptr = o.child(n);
            switch (n) {
                case "hasCareAndSupportNeeds" -> needs = bool(ptr);
                case "experiencingOrAtRiskOfAbuse" -> risk = bool(ptr);
                case "unableToProtectSelf" -> unable = bool(ptr);
                default -> throw new IllegalStateException(n);
            }
        }
        return new S42Criteria(o.require("hasCareAndSupportNeeds", needs),
                o.require("experiencingOrAtRiskOfAbuse", risk), o.require("unableToProtectSelf", unable));
    }

    private RiskItem riskItem(Ptr pointer) {
        Obj o = new Obj(pointer, Wire.RISK_ITEM, "a risk item object");
        TypeOfRisk type = null;
        LocationOfRisk location = null;
        SourceOfRisk source = null;
        for (String n = o.next(); n != null; n = o.next()) {
            Ptr ptr = o.child(n);
            switch (n) {
                case "type" -> type = code(ptr, TypeOfRisk.LIST);
                case "location" -> location = code(ptr, LocationOfRisk.LIST);
                case "source" -> source = code(ptr, SourceOfRisk.LIST);
                default -> throw new IllegalStateException(n);
            }
        }
        TypeOfRisk t = o.require("type", type);
        Optional<LocationOfRisk> l = Optional.ofNullable(location);
        Optional<SourceOfRisk> s = Optional.ofNullable(source);
        return build(pointer, o.start, () -> new RiskItem(t, l, s));
    }

    private MentalCapacity capacity(Ptr pointer) {
        Obj o = new Obj(pointer, Wire.CAPACITY, "a mental capacity object");
        CapacityAnswer lacked = null;
        Boolean supported = null;
        for (String n = o.next(); n != null; n = o.next()) {
            Ptr ptr = o.child(n);
            switch (n) {
                case "lackedCapacity" -> lacked = code(ptr, CapacityAnswer.LIST);
                case "supportedByAdvocateFamilyOrFriend" -> supported = bool(ptr);
                default -> throw new IllegalStateException(n);
            }
        }
        CapacityAnswer l = o.require("lackedCapacity", lacked);
        Optional<Boolean> s = Optional.ofNullable(supported);
        return build(pointer, o.start, () -> new MentalCapacity(l, s));
    }

    private Advocacy advocacy(Ptr pointer) {
        Obj o = new Obj(pointer, Wire.ADVOCACY, "an advocacy object");
        Boolean difficulty = null;
        Boolean appropriate = null;
        Boolean arranged = null;
        for (String n = o.next(); n != null; n = o.next()) {
            Ptr ptr = o.child(n);
            switch (n) {
                case "substantialDifficulty" -> difficulty = bool(ptr);
                case "appropriatePersonAvailable" -> appropriate = bool(ptr);
                case "independentAdvocateArranged" -> arranged = bool(ptr);
                default -> throw new IllegalStateException(n);
            }
        }
        return new Advocacy(Optional.ofNullable(difficulty), Optional.ofNullable(appropriate),
                Optional.ofNullable(arranged));
    }

    private Consent consent(Ptr pointer) {
        Obj o = new Obj(pointer, Wire.CONSENT, "a consent object");
        ConsentDecision decision = null;
        Boolean without = null;
        Set<ActionWithoutConsentReason> reasons = Set.of();
        Boolean informed = null;
        for (String n = o.next(); n != null; n = o.next()) {
            Ptr ptr = o.child(n);
            switch (n) {
                case "decision" -> decision = code(ptr, ConsentDecision.LIST);
                case "actionWithoutConsent" -> without = bool(ptr);
                case "reasons" -> reasons = codeSet(ptr, ActionWithoutConsentReason.LIST);
                case "personInformed" -> informed = bool(ptr);
                default -> throw new IllegalStateException(n);
            }
        }
        ConsentDecision d = o.require("decision", decision);
        boolean w = o.require("actionWithoutConsent", without);
        Set<ActionWithoutConsentReason> r = reasons;
        Optional<Boolean> i = Optional.ofNullable(informed);
        return build(pointer, o.start, () -> new Consent(d, w, r, i));
    }

    private PersonalOutcomes outcomes(Ptr pointer) {
        Obj o = new Obj(pointer, Wire.OUTCOMES, "an outcomes object");
        PersonalOutcomes.Builder b = PersonalOutcomes.builder();
        for (String n = o.next(); n != null; n = o.next()) {
            Ptr ptr = o.child(n);
            switch (n) {
                case "asked" -> b.asked(code(ptr, AskedAboutOutcomes.LIST));
                case "desiredOutcomes" -> b.desiredOutcomes(array(ptr, "desired outcome objects", this::desired));
                case "negotiatedOutcomes" -> b.negotiatedOutcomes(
                        array(ptr, "negotiated outcome objects", this::negotiated));
                case "enquiryAchievement" -> b.enquiryAchievement(code(ptr, OutcomeAchievement.LIST));
                case "feelingSafeAtStart" -> b.feelingSafeAtStart(code(ptr, SafetyRating.LIST));
                case "feelingSafeAtEnd" -> b.feelingSafeAtEnd(code(ptr, SafetyRating.LIST));
                default -> throw new IllegalStateException(n);
            }
        }
        return build(pointer, o.start, b::build);
    }

    private DesiredOutcome desired(Ptr pointer) {
        Obj o = new Obj(pointer, Wire.DESIRED, "a desired outcome object");
        String id = null;
        String wording = null;
        Voice expressedBy = null;
        LocalDate expressedOn = null;
        RecordingStage stage = null;
        OutcomeCategory category = null;
        for (String n = o.next(); n != null; n = o.next()) {
            Ptr ptr = o.child(n);
            switch (n) {
                case "id" -> id = text(ptr, "the desired outcome id", true);
                case "wording" -> wording = text(ptr, "the person's own words", false);
                case "expressedBy" -> expressedBy = voice(ptr);
                case "expressedOn" -> expressedOn = date(ptr);
                case "stage" -> stage = code(ptr, RecordingStage.LIST);
                case "category" -> category = code(ptr, OutcomeCategory.LIST);
                default -> throw new IllegalStateException(n);
            }
        }
        String i = o.require("id", id);
        String w = o.require("wording", wording);
        Voice v = o.require("expressedBy", expressedBy);
        LocalDate d = o.require("expressedOn", expressedOn);
        RecordingStage s = o.require("stage", stage);
        Optional<OutcomeCategory> c = Optional.ofNullable(category);
        return build(pointer, o.start, () -> new DesiredOutcome(i, w, v, d, s, c));
    }

    private Voice voice(Ptr pointer) {
        Obj o = new Obj(pointer, Wire.VOICE, "a voice object");
        VoiceType type = null;
        RepresentativeRole role = null;
        for (String n = o.next(); n != null; n = o.next()) {
            Ptr ptr = o.child(n);
            switch (n) {
                case "type" -> type = code(ptr, VoiceType.LIST);
                case "representativeRole" -> role = code(ptr, RepresentativeRole.LIST);
                default -> throw new IllegalStateException(n);
            }
        }
        VoiceType t = o.require("type", type);
        Optional<RepresentativeRole> r = Optional.ofNullable(role);
        return build(pointer, o.start, () -> new Voice(t, r));
    }

    private NegotiatedOutcome negotiated(Ptr pointer) {
        Obj o = new Obj(pointer, Wire.NEGOTIATED, "a negotiated outcome object");
        String id = null;
        List<String> desiredIds = List.of();
        List<OutcomeRevision> revisions = null;
        TokenStreamLocation revisionsAt = null;
        Achievement achievement = null;
        for (String n = o.next(); n != null; n = o.next()) {
            Ptr ptr = o.child(n);
            switch (n) {
                case "id" -> id = text(ptr, "the negotiated outcome id", true);
                case "desiredOutcomeIds" -> desiredIds = array(ptr, "desired outcome ids",
                        item -> text(item, "a desired outcome id", true));
                case "revisions" -> {
                    revisionsAt = here();
                    revisions = array(ptr, "revision objects", this::revision);
                }
                case "achievement" -> achievement = achievement(ptr);
                default -> throw new IllegalStateException(n);
            }
        }
        String i = o.require("id", id);
        List<OutcomeRevision> r = o.require("revisions", revisions);
        if (r.isEmpty()) {
            throw fail(o.child("revisions"), revisionsAt, "the list of revisions is empty",
                    "at least one revision (the first agreed wording)");
        }
        List<String> d = desiredIds;
        Optional<Achievement> a = Optional.ofNullable(achievement);
        return build(pointer, o.start, () -> new NegotiatedOutcome(i, d, r, a));
    }

    private OutcomeRevision revision(Ptr pointer) {
        Obj o = new Obj(pointer, Wire.REVISION, "a revision object");
        LocalDate agreedOn = null;
        String wording = null;
        NegotiationChangeReason reason = null;
        for (String n = o.next(); n != null; n = o.next()) {
            Ptr ptr = o.child(n);
            switch (n) {
                case "agreedOn" -> agreedOn = date(ptr);
                case "wording" -> wording = text(ptr, "the agreed wording", false);
                case "reason" -> reason = code(ptr, NegotiationChangeReason.LIST);
                default -> throw new IllegalStateException(n);
            }
        }
        LocalDate d = o.require("agreedOn", agreedOn);
        String w = o.require("wording", wording);
        Optional<NegotiationChangeReason> r = Optional.ofNullable(reason);
        return build(pointer, o.start, () -> new OutcomeRevision(d, w, r));
    }

    private Achievement achievement(Ptr pointer) {
        Obj o = new Obj(pointer, Wire.ACHIEVEMENT, "an achievement object");
        OutcomeAchievement level = null;
        AchievementJudge judge = null;
        LocalDate ratedOn = null;
        for (String n = o.next(); n != null; n = o.next()) {
            Ptr ptr = o.child(n);
            switch (n) {
                case "level" -> level = code(ptr, OutcomeAchievement.LIST);
                case "judgedBy" -> judge = code(ptr, AchievementJudge.LIST);
                case "ratedOn" -> ratedOn = date(ptr);
                default -> throw new IllegalStateException(n);
            }
        }
        OutcomeAchievement l = o.require("level", level);
        AchievementJudge j = o.require("judgedBy", judge);
        LocalDate d = o.require("ratedOn", ratedOn);
        return build(pointer, o.start, () -> new Achievement(l, j, d));
    }

    private QuestionnaireResponse questionnaire(Ptr pointer) {
        Obj o = new Obj(pointer, Wire.QUESTIONNAIRE, "a questionnaire response object");
        String instrumentId = null;
        String instrumentVersion = null;
        QuestionnaireStatus status = null;
        Voice respondent = null;
        LocalDate date = null;
        NotOfferedReason reason = null;
        List<ItemAnswer> answers = List.of();
        for (String n = o.next(); n != null; n = o.next()) {
            Ptr ptr = o.child(n);
            switch (n) {
                case "instrumentId" -> instrumentId = text(ptr, "the instrument id", true);
                case "instrumentVersion" -> instrumentVersion = text(ptr, "the instrument version", true);
                case "status" -> status = code(ptr, QuestionnaireStatus.LIST);
                case "respondent" -> respondent = voice(ptr);
                case "date" -> date = date(ptr);
                case "notOfferedReason" -> reason = code(ptr, NotOfferedReason.LIST);
                case "answers" -> answers = array(ptr, "answer objects", this::answer);
                default -> throw new IllegalStateException(n);
            }
        }
        String id = o.require("instrumentId", instrumentId);
        String v = o.require("instrumentVersion", instrumentVersion);
        QuestionnaireStatus s = o.require("status", status);
        Optional<Voice> r = Optional.ofNullable(respondent);
        Optional<LocalDate> d = Optional.ofNullable(date);
        Optional<NotOfferedReason> nr = Optional.ofNullable(reason);
        List<ItemAnswer> a = answers;
        return build(pointer, o.start, () -> new QuestionnaireResponse(id, v, s, r, d, nr, a));
    }

    private ItemAnswer answer(Ptr pointer) {
        Obj o = new Obj(pointer, Wire.ANSWER, "an answer object");
        String linkId = null;
        String code = null;
        String text = null;
        for (String n = o.next(); n != null; n = o.next()) {
            Ptr ptr = o.child(n);
            switch (n) {
                case "linkId" -> linkId = text(ptr, "the item id", true);
                case "code" -> code = text(ptr, "the answer code", false);
                case "text" -> text = text(ptr, "the answer text", false);
                default -> throw new IllegalStateException(n);
            }
        }
        String l = o.require("linkId", linkId);
        Optional<String> c = Optional.ofNullable(code);
        Optional<String> t = Optional.ofNullable(text);
        return build(pointer, o.start, () -> new ItemAnswer(l, c, t));
    }
}
