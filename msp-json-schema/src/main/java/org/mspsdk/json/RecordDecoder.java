package org.mspsdk.json;

import java.util.List;

import org.mspsdk.json.internal.WireNames;
import org.mspsdk.model.AdultAtRisk;
import org.mspsdk.model.Concern;
import org.mspsdk.model.Enquiry;
import org.mspsdk.model.OrganisationInvolvement;
import org.mspsdk.model.PersonalOutcomes;
import org.mspsdk.model.QuestionnaireResponse;
import org.mspsdk.model.SafeguardingRecord;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.json.JsonFactory;

/**
 * Binds one record document by hand from Jackson's token stream, so that every error carries the JSON Pointer,
 * line and column, and nothing the document contains leaks into a message. The binder of the root object; the
 * objects inside it have their own ({@link AdultBinder}, {@link OrganisationBinder}, {@link ConcernBinder},
 * {@link EnquiryBinder}, {@link OutcomesBinder}, {@link QuestionnaireBinder}), all reading through one
 * {@link TokenReader} per document; Jackson's own exceptions are translated by {@link DecodeErrors}.
 */
final class RecordDecoder {

    private static final String VERSION_EXPECTED = "the string \"" + MspJson.WIRE_VERSION + "\"";
    private static final NameTable<WireNames.SafeguardingRecord> RECORD =
            NameTable.of(WireNames.SafeguardingRecord.class);

    private RecordDecoder() {
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
        TokenReader r = new TokenReader(options, factory, p);
        boolean finished = false;
        try {
            JsonToken first = p.nextToken();
            if (first == null) {
                throw DecodeErrors.fail("", r.here(), "the document is empty", "one record object");
            }
            SafeguardingRecord record = record(r);
            finished = true;
            JsonToken after = p.nextToken();
            if (after != null) {
                throw DecodeErrors.fail("", p.currentTokenLocation(), "there is content after the record object",
                        "the end of the document after the record");
            }
            return record;
        } catch (JacksonException e) {
            throw DecodeErrors.translate(e, p, options, finished);
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
        try {
            return record(new TokenReader(options, factory, p));
        } catch (JacksonException e) {
            throw DecodeErrors.translate(e, p, options, false);
        }
    }

    private static SafeguardingRecord record(TokenReader r) {
        PropertyWalker<WireNames.SafeguardingRecord> o = r.object(Ptr.ROOT, RECORD, "a safeguarding record object");
        String version = null;
        String recordId = null;
        AdultAtRisk adult = null;
        List<OrganisationInvolvement> organisations = List.of();
        Concern concern = null;
        Enquiry enquiry = null;
        PersonalOutcomes outcomes = null;
        List<QuestionnaireResponse> questionnaires = List.of();
        String notes = null;
        String episodeId = null;
        String recordedBy = null;
        for (WireNames.SafeguardingRecord n = o.next(); n != null; n = o.next()) {
            Ptr ptr = o.child(n);
            switch (n) {
                case mspVersion -> version = version(r, ptr);
                case recordId -> recordId = r.text(ptr, "the record id", true);
                case adult -> adult = AdultBinder.adult(r, ptr);
                case organisations -> organisations = r.array(ptr, "organisation objects",
                        item -> OrganisationBinder.organisation(r, item));
                case concern -> concern = ConcernBinder.concern(r, ptr);
                case enquiry -> enquiry = EnquiryBinder.enquiry(r, ptr);
                case outcomes -> outcomes = OutcomesBinder.outcomes(r, ptr);
                case questionnaires -> questionnaires = r.array(ptr, "questionnaire response objects",
                        item -> QuestionnaireBinder.questionnaire(r, item));
                case notes -> notes = r.text(ptr, "practitioner notes", false);
                case episodeId -> episodeId = r.text(ptr, "the journey's episode reference", true);
                case recordedBy -> recordedBy = r.text(ptr, Wire.ORGANISATION_CODE, true);
                default -> throw new IllegalStateException(n.wireName());
            }
        }
        o.require(WireNames.SafeguardingRecord.mspVersion, version);
        String id = o.require(WireNames.SafeguardingRecord.recordId, recordId);
        AdultAtRisk a = o.require(WireNames.SafeguardingRecord.adult, adult);
        Concern c = o.require(WireNames.SafeguardingRecord.concern, concern);
        List<OrganisationInvolvement> orgs = organisations;
        Enquiry e = enquiry;
        PersonalOutcomes out = outcomes;
        List<QuestionnaireResponse> qs = questionnaires;
        String nt = notes;
        String ep = episodeId;
        String by = recordedBy;
        return r.build(Ptr.ROOT, o.start, () -> SafeguardingRecord.builder().recordId(id).adult(a)
                .organisations(orgs).concern(c).enquiry(e).outcomes(out).questionnaires(qs).notes(nt)
                .extensions(r.extensions()).episodeId(ep).recordedBy(by).build());
    }

    private static String version(TokenReader r, Ptr pointer) {
        JsonParser p = r.parser();
        if (p.currentToken() != JsonToken.VALUE_STRING) {
            throw r.wrongType(pointer, VERSION_EXPECTED);
        }
        String v = p.getString();
        if (v.equals(MspJson.WIRE_VERSION)) {
            return v;
        }
        boolean strict = r.options().isStrict();
        if (!strict && isSameMajorVersion(v)) {
            r.extensions().put(Wire.VERSION_POINTER, "\"" + v + "\"");
            return v;
        }
        throw r.fail(pointer, r.here(), "unsupported wire format version",
                strict ? VERSION_EXPECTED : "a version 1.x");
    }

    /**
     * @param v a version string
     * @return whether it is {@code 1.x}: the versions tolerant decoding accepts and the encoder writes back
     */
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
}
