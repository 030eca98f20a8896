package org.mspsdk.fhir;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hl7.fhir.r4.model.BaseDateTimeType;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DomainResource;
import org.hl7.fhir.r4.model.Element;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.StringType;
import org.hl7.fhir.r4.model.Type;
import org.hl7.fhir.r4.model.Identifier;
import org.mspsdk.MspException.Kind;
import org.mspsdk.vocabulary.Code;

/**
 * The Bundle being read: its entries by full URL, reference resolution with the FHIRPath of each element, the
 * mapping's extensions, and a tally of the entries read so that an entry nothing reads is an error rather than
 * dropped in silence. Every error is a {@link FhirMappingException} and quotes no value.
 */
final class BundleReader {

    /** One entry: its index in the Bundle and its resource. */
    record Entry(int index, Resource resource) {
        String path() {
            return "Bundle.entry[" + index + "].resource.ofType(" + resource.fhirType() + ")";
        }
    }

    private final List<Entry> entries = new ArrayList<>();
    private final Map<String, Entry> byFullUrl = new HashMap<>();
    private final BitSet read = new BitSet();

    BundleReader(Bundle bundle) {
        for (int i = 0; i < bundle.getEntry().size(); i++) {
            Bundle.BundleEntryComponent e = bundle.getEntry().get(i);
            String path = "Bundle.entry[" + i + "]";
            if (!e.hasResource()) {
                throw new FhirMappingException(Kind.MISSING_PART, path + ".resource", "every entry needs a resource");
            }
            if (!e.hasFullUrl()) {
                throw new FhirMappingException(Kind.MISSING_PART, path + ".fullUrl",
                        "every entry needs a full URL for references to resolve");
            }
            Entry entry = new Entry(i, e.getResource());
            if (byFullUrl.put(e.getFullUrl(), entry) != null) {
                throw new FhirMappingException(Kind.INVALID_VALUE, path + ".fullUrl",
                        "the full URL is already used by an earlier entry");
            }
            entries.add(entry);
            if (entry.resource() instanceof DomainResource d && d.hasModifierExtension()) {
                throw new FhirMappingException(Kind.INVALID_VALUE, entry.path() + ".modifierExtension",
                        "a modifier extension changes the meaning of the resource and the MSP mapping knows none");
            }
        }
    }

    /** @return the entries holding resources of a type, in Bundle order (not yet marked read) */
    <T extends Resource> List<Entry> ofType(Class<T> type) {
        return entries.stream().filter(e -> type.isInstance(e.resource())).toList();
    }

    /** Marks an entry read. */
    Entry use(Entry e) {
        read.set(e.index());
        return e;
    }

    /** Exactly one resource of a type (marked read). */
    <T extends Resource> Entry one(Class<T> type, String what) {
        List<Entry> found = ofType(type);
        if (found.size() != 1) {
            throw new FhirMappingException(found.isEmpty() ? Kind.MISSING_PART : Kind.INVALID_VALUE, "Bundle.entry",
                    "expected exactly one " + type.getSimpleName() + " (" + what + "), found " + found.size());
        }
        return use(found.get(0));
    }

    /** At most one resource of a type (marked read). */
    <T extends Resource> Optional<Entry> optionalOne(Class<T> type, String what) {
        List<Entry> found = ofType(type);
        if (found.size() > 1) {
            throw new FhirMappingException(Kind.INVALID_VALUE, "Bundle.entry",
                    "expected at most one " + type.getSimpleName() + " (" + what + "), found " + found.size());
        }
        return found.stream().findFirst().map(this::use);
    }

    /** Resolves a literal reference to an entry of one of the expected types (marked read). */
    Entry resolve(Reference ref, String path, Class<?>... expected) {
        if (!ref.hasReference()) {
            throw new FhirMappingException(Kind.MISSING_PART, path + ".reference",
                    "expected a reference to an entry of this Bundle");
        }
        Entry target = byFullUrl.get(ref.getReference());
        if (target == null) {
            throw new FhirMappingException(Kind.INVALID_VALUE, path + ".reference",
                    "the reference resolves to no entry of this Bundle (a broken reference)");
        }
        for (Class<?> c : expected) {
            if (c.isInstance(target.resource())) {
                return use(target);
            }
        }
        throw new FhirMappingException(Kind.INVALID_VALUE, path + ".reference", "the reference resolves to a "
                + target.resource().fhirType() + ", expected " + names(expected));
    }

    /** Checks that the reference is to the entry given (the adult, mostly). */
    void expectReference(Reference ref, Entry to, String path) {
        Entry target = resolve(ref, path, to.resource().getClass());
        if (target.index() != to.index()) {
            throw new FhirMappingException(Kind.INVALID_VALUE, path + ".reference",
                    "expected a reference to " + to.path());
        }
    }

    /** Fails for the first entry nothing read. */
    void requireAllRead() {
        for (Entry e : entries) {
            if (!read.get(e.index())) {
                throw new FhirMappingException(Kind.INVALID_VALUE, "Bundle.entry[" + e.index() + "]", "a "
                        + e.resource().fhirType() + " the MSP mapping does not read here (an unknown kind of "
                        + "resource, or one nothing in the record refers to)");
            }
        }
    }

    // extensions ------------------------------------------------------------------------------------------------

    /** Fails for an extension of the mapping's base that is not one of those allowed on this element. */
    static void checkExtensions(Element element, String path, MspExtension... allowed) {
        checkExtensions(element.getExtension(), path, allowed);
    }

    static void checkExtensions(DomainResource resource, String path, MspExtension... allowed) {
        checkExtensions(resource.getExtension(), path, allowed);
    }

    private static void checkExtensions(List<Extension> extensions, String path, MspExtension... allowed) {
        outer:
        for (int i = 0; i < extensions.size(); i++) {
            String url = extensions.get(i).getUrl();
            if (url == null || !url.startsWith(FhirUrls.BASE)) {
                continue;
            }
            for (MspExtension a : allowed) {
                if (a.url().equals(url)) {
                    continue outer;
                }
            }
            throw new FhirMappingException(Kind.INVALID_VALUE, path + ".extension[" + i + "]",
                    "an MSP extension that is not defined for this element: expected one of " + names(allowed));
        }
    }

    static String extPath(String path, MspExtension ext) {
        return path + ".extension('" + ext.url() + "')";
    }

    /** At most one occurrence of an extension. */
    static Optional<Extension> single(List<Extension> extensions, MspExtension ext, String path) {
        Extension found = null;
        for (Extension e : extensions) {
            if (ext.url().equals(e.getUrl())) {
                if (found != null) {
                    throw new FhirMappingException(Kind.INVALID_VALUE, extPath(path, ext), "expected at most once");
                }
                found = e;
            }
        }
        return Optional.ofNullable(found);
    }

    static List<Extension> all(List<Extension> extensions, MspExtension ext) {
        return extensions.stream().filter(e -> ext.url().equals(e.getUrl())).toList();
    }

    static <T extends Type> T value(Extension e, Class<T> type, String path) {
        if (!e.hasValue()) {
            throw new FhirMappingException(Kind.MISSING_PART, path + ".value", "the extension needs a value");
        }
        if (!type.isInstance(e.getValue())) {
            throw new FhirMappingException(Kind.INVALID_VALUE, path + ".value",
                    "expected a value of type " + fhirName(type) + ", found " + e.getValue().fhirType());
        }
        return type.cast(e.getValue());
    }

    static <E extends Enum<E> & Code> Optional<E> code(List<Extension> exts, MspExtension ext, Class<E> type,
            String path) {
        String p = extPath(path, ext);
        return single(exts, ext, path).map(e -> Codings.read(value(e, Coding.class, p), type, p + ".value"));
    }

    static Optional<Boolean> bool(List<Extension> exts, MspExtension ext, String path) {
        String p = extPath(path, ext);
        return single(exts, ext, path).map(e -> required(value(e, BooleanType.class, p).getValue(), p + ".value"));
    }

    static Optional<Integer> integer(List<Extension> exts, MspExtension ext, String path) {
        String p = extPath(path, ext);
        return single(exts, ext, path).map(e -> required(value(e, IntegerType.class, p).getValue(), p + ".value"));
    }

    static Optional<String> string(List<Extension> exts, MspExtension ext, String path) {
        String p = extPath(path, ext);
        return single(exts, ext, path).map(e -> required(value(e, StringType.class, p).getValue(), p + ".value"));
    }

    // values ----------------------------------------------------------------------------------------------------

    static <T> T required(T value, String path) {
        if (value == null) {
            throw new FhirMappingException(Kind.MISSING_PART, path, "a value is required");
        }
        return value;
    }

    /** A date, or a dateTime given to the day: the mapping writes dates only and reads no time of day. */
    static LocalDate date(BaseDateTimeType value, String path) {
        if (value == null || value.getValueAsString() == null) {
            throw new FhirMappingException(Kind.MISSING_PART, path, "a date is required");
        }
        String text = value.getValueAsString();
        if (text.length() != 10) {
            throw new FhirMappingException(Kind.INVALID_VALUE, path,
                    "expected a full date (YYYY-MM-DD), without a time of day and not a year or month alone");
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new FhirMappingException(Kind.INVALID_VALUE, path, "expected a full date (YYYY-MM-DD)");
        }
    }

    static Optional<String> identifier(List<Identifier> identifiers, String system, String path) {
        String found = null;
        for (int i = 0; i < identifiers.size(); i++) {
            Identifier id = identifiers.get(i);
            if (system.equals(id.getSystem())) {
                if (found != null) {
                    throw new FhirMappingException(Kind.INVALID_VALUE, path,
                            "expected at most one identifier of the system " + system);
                }
                if (!id.hasValue() || id.getValue().isBlank()) {
                    throw new FhirMappingException(Kind.MISSING_PART, path + "[" + i + "].value",
                            "the identifier needs a value");
                }
                found = id.getValue();
            }
        }
        return Optional.ofNullable(found);
    }

    private static String names(Object[] things) {
        List<String> out = new ArrayList<>();
        for (Object t : things) {
            out.add(t instanceof Class<?> c ? c.getSimpleName() : t instanceof MspExtension m ? m.url() : t.toString());
        }
        return String.join(" or ", out);
    }

    private static String fhirName(Class<?> type) {
        String n = type.getSimpleName();
        return n.endsWith("Type") ? Character.toLowerCase(n.charAt(0)) + n.substring(1, n.length() - 4) : n;
    }
}
