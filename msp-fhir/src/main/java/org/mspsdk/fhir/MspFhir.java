package org.mspsdk.fhir;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.DataFormatException;
import ca.uhn.fhir.parser.IParser;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Bundle;
import org.mspsdk.MspException.Kind;
import org.mspsdk.instrument.InstrumentCatalogue;
import org.mspsdk.model.SafeguardingRecord;

/**
 * MSP records to and from HL7 FHIR R4: one record is one {@code Bundle} of type collection (the mapping is
 * documented resource by resource in {@code docs/fhir/MAPPING.md}). The same record always gives the same Bundle,
 * and the Bundle gives the record back equal in every field the mapping carries (all but the practitioner notes
 * and unknown wire-format fields: see {@link #carried(SafeguardingRecord)}).
 *
 * <pre>{@code
 * MspFhir fhir = MspFhir.create();
 * Bundle bundle = fhir.toBundle(record);
 * String ndjsonLine = fhir.toJson(record);          // one line of NDJSON
 * SafeguardingRecord back = fhir.fromJson(ndjsonLine); // equals fhir.carried(record)
 * }</pre>
 *
 * <p>Reading is strict: a Bundle with an unknown code, a missing required element, a broken reference, an
 * unknown MSP extension, a modifier extension or an entry nothing in the record refers to is a
 * {@link FhirMappingException} naming the element by FHIRPath; its message never quotes a value. Elements the
 * mapping does not define (a Patient's name, extensions of other publishers) are not read.
 *
 * <p>Thread-safe. The FHIR context is created once per class loader (it takes a second or so) and shared.
 */
public final class MspFhir {

    private static final Pattern HAPI_CODE = Pattern.compile("HAPI-\\d+");

    private final InstrumentCatalogue catalogue;

    private MspFhir(InstrumentCatalogue catalogue) {
        this.catalogue = Objects.requireNonNull(catalogue, "catalogue");
    }

    /** @return the mapping with the built-in instruments (their answer scales give answer codings a system) */
    public static MspFhir create() {
        return new MspFhir(InstrumentCatalogue.builtIn());
    }

    /**
     * @param catalogue the instruments whose answer scales the questionnaire answers use (local variants too)
     * @return the mapping
     */
    public static MspFhir create(InstrumentCatalogue catalogue) {
        return new MspFhir(catalogue);
    }

    /** @return the shared FHIR R4 context (HAPI's; create no other, it is costly) */
    public static FhirContext context() {
        return Holder.CONTEXT;
    }

    /**
     * @param record a record
     * @return its Bundle
     * @throws FhirMappingException when the record cannot be expressed (the adult's own voice naming a
     *     representative role), or carries the partnership fields the mapping does not carry yet
     *     ({@code episodeId}, {@code recordedBy} on the record or on any part): refused rather than dropped
     */
    public Bundle toBundle(SafeguardingRecord record) {
        Objects.requireNonNull(record, "record");
        String unmapped = unmappedJourneyField(record);
        if (unmapped != null) {
            throw new FhirMappingException(Kind.INVALID_VALUE, unmapped, "the partnership fields (episodeId, "
                    + "recordedBy) are not mapped to FHIR yet (docs/fhir/MAPPING.md reserves their places): the "
                    + "record is refused rather than sent without them");
        }
        return RecordMapping.write(record, catalogue);
    }

    /** @return the path of the first partnership field the record holds, or null when it holds none */
    static String unmappedJourneyField(SafeguardingRecord r) {
        if (r.episodeId().isPresent()) {
            return "episodeId";
        }
        if (r.recordedBy().isPresent()) {
            return "recordedBy";
        }
        var o = r.outcomes();
        for (int i = 0; i < o.desiredOutcomes().size(); i++) {
            if (o.desiredOutcomes().get(i).recordedBy().isPresent()) {
                return "outcomes.desiredOutcomes[" + i + "].recordedBy";
            }
        }
        for (int i = 0; i < o.negotiatedOutcomes().size(); i++) {
            var n = o.negotiatedOutcomes().get(i);
            for (int j = 0; j < n.revisions().size(); j++) {
                if (n.revisions().get(j).recordedBy().isPresent()) {
                    return "outcomes.negotiatedOutcomes[" + i + "].revisions[" + j + "].recordedBy";
                }
            }
            if (n.achievement().flatMap(a -> a.recordedBy()).isPresent()) {
                return "outcomes.negotiatedOutcomes[" + i + "].achievement.recordedBy";
            }
        }
        for (int i = 0; i < r.questionnaires().size(); i++) {
            if (r.questionnaires().get(i).recordedBy().isPresent()) {
                return "questionnaires[" + i + "].recordedBy";
            }
        }
        if (r.enquiry().flatMap(e -> e.consent()).flatMap(c -> c.recordedBy()).isPresent()) {
            return "enquiry.consent.recordedBy";
        }
        if (r.enquiry().flatMap(e -> e.advocacy()).flatMap(a -> a.recordedBy()).isPresent()) {
            return "enquiry.advocacy.recordedBy";
        }
        return null;
    }

    /**
     * @param bundle a Bundle written by {@link #toBundle} or by another system following the mapping
     * @return the record
     * @throws FhirMappingException naming the first element at fault by FHIRPath
     */
    public SafeguardingRecord fromBundle(Bundle bundle) {
        return RecordMapping.read(Objects.requireNonNull(bundle, "bundle"), catalogue);
    }

    /**
     * @param record a record
     * @return its Bundle as compact JSON on one line (an NDJSON line)
     */
    public String toJson(SafeguardingRecord record) {
        return context().newJsonParser().setPrettyPrint(false).encodeResourceToString(toBundle(record));
    }

    /**
     * @param record a record
     * @return its Bundle as indented JSON
     */
    public String toPrettyJson(SafeguardingRecord record) {
        return context().newJsonParser().setPrettyPrint(true).encodeResourceToString(toBundle(record));
    }

    /**
     * @param json a Bundle as FHIR JSON
     * @return the record
     * @throws FhirMappingException for JSON that is not a FHIR R4 Bundle (kind {@code DECODE}) or a Bundle the
     *     mapping cannot read
     */
    public SafeguardingRecord fromJson(String json) {
        return fromBundle(parseBundle(json));
    }

    /**
     * Parses FHIR JSON strictly (unknown elements and invalid values are errors that quote no value).
     *
     * @param json a Bundle as FHIR JSON
     * @return the Bundle
     * @throws FhirMappingException of kind {@code DECODE}
     */
    public static Bundle parseBundle(String json) {
        Objects.requireNonNull(json, "json");
        IParser parser = context().newJsonParser().setParserErrorHandler(new SafeParserErrorHandler());
        IBaseResource resource;
        try {
            resource = parser.parseResource(json);
        } catch (FhirMappingException e) {
            throw e;
        } catch (DataFormatException | IllegalArgumentException e) {
            Matcher m = HAPI_CODE.matcher(String.valueOf(e.getMessage()));
            throw new FhirMappingException(Kind.DECODE, "JSON", "not a FHIR R4 JSON resource: malformed JSON, no "
                    + "resourceType or a value of the wrong kind" + (m.find() ? " (" + m.group() + ")" : ""));
        }
        if (!(resource instanceof Bundle bundle)) {
            throw new FhirMappingException(Kind.DECODE, resource.fhirType(), "expected a Bundle");
        }
        return bundle;
    }

    /**
     * What the mapping carries of a record: the record without its practitioner notes and without the unknown
     * wire-format fields a tolerant JSON reader kept. {@code fromBundle(toBundle(r))} equals {@code carried(r)}.
     *
     * @param record a record
     * @return the part of it a Bundle carries
     */
    public static SafeguardingRecord carried(SafeguardingRecord record) {
        return record.toBuilder().notes(null).extensions(java.util.Map.of()).build();
    }

    private static final class Holder {
        static final FhirContext CONTEXT = FhirContext.forR4Cached();
    }
}
