package org.mspsdk.json;

import static org.mspsdk.json.RecordEncoder.encodeError;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.mspsdk.json.internal.SafeText;
import org.mspsdk.json.internal.WireNames.Name;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.ObjectReadContext;

/**
 * Writes a record's extensions (the unknown fields tolerant decoding kept, by JSON Pointer) back in place: each
 * after the known properties of the object that held it. One instance per record.
 */
final class ExtensionWriter {

    private final JsonFactory factory;
    private final JsonGenerator g;
    /** Extensions still to write, grouped by the pointer of the object that holds them. */
    private final Map<String, List<String[]>> pending = new LinkedHashMap<>();

    /**
     * @param factory the bounded factory, for re-reading extension values
     * @param g       the generator to write to
     */
    ExtensionWriter(JsonFactory factory, JsonGenerator g) {
        this.factory = factory;
        this.g = g;
    }

    /**
     * @param extensions the record's extensions
     * @return the version to write: a newer minor version kept by tolerant decoding, or {@link MspJson#WIRE_VERSION}
     */
    String take(Map<String, String> extensions) {
        String version = MspJson.WIRE_VERSION;
        for (Map.Entry<String, String> e : extensions.entrySet()) {
            String pointer = e.getKey();
            if (pointer.equals(Wire.VERSION_POINTER)) {
                version = extensionVersion(e.getValue());
                continue;
            }
            if (!pointer.startsWith("/")) {
                throw encodeError("extensions key is not a JSON Pointer starting with '/'; expected a pointer such "
                        + "as /adult/newField");
            }
            int slash = pointer.lastIndexOf('/');
            pending.computeIfAbsent(pointer.substring(0, slash), k -> new ArrayList<>())
                    .add(new String[] {Wire.unescape(pointer.substring(slash + 1)), e.getValue(), pointer});
        }
        return version;
    }

    private static String extensionVersion(String raw) {
        if (raw.length() >= 2 && raw.startsWith("\"") && raw.endsWith("\"")) {
            String v = raw.substring(1, raw.length() - 1);
            if (RecordDecoder.isSameMajorVersion(v)) {
                return v;
            }
        }
        throw encodeError("extensions[/mspVersion] is not a JSON string holding a version 1.x");
    }

    /** @param pointer an object's pointer @return whether extensions are held for that object */
    boolean holds(String pointer) {
        return pending.containsKey(pointer);
    }

    /** Writes the extensions held for the object at the pointer (the generator inside that object). */
    void writeHeld(String pointer, Class<? extends Name> known) {
        List<String[]> mine = pending.remove(pointer);
        if (mine != null) {
            for (String[] ext : mine) {
                if (defines(known, ext[0])) {
                    throw encodeError("extension " + SafeText.pointer(ext[2]) + " has the name of a property the "
                            + "format defines; expected only properties unknown to version " + MspJson.WIRE_VERSION);
                }
                g.writeName(ext[0]);
                copyRaw(ext[2], ext[1]);
            }
        }
    }

    /** Fails when an extension's pointer named no object the record wrote. */
    void checkAllWritten() {
        if (!pending.isEmpty()) {
            throw encodeError("extensions hold " + pending.values().stream().mapToInt(List::size).sum()
                    + " pointer(s) that name no object of the record; expected each pointer's parent to be an "
                    + "object the record writes");
        }
    }

    private static boolean defines(Class<? extends Name> known, String name) {
        for (Name n : known.getEnumConstants()) {
            if (n.wireName().equals(name)) {
                return true;
            }
        }
        return false;
    }

    private void copyRaw(String pointer, String raw) {
        try (JsonParser p = factory.createParser(ObjectReadContext.empty(), raw)) {
            if (p.nextToken() == null) {
                throw encodeError("extension " + SafeText.pointer(pointer) + " is empty; expected one JSON value");
            }
            // numbers as the literal they were read as (1e5 stays 1e5), unlike copyCurrentStructureExact
            JsonCopy.copy(p, g, Long.MAX_VALUE, false);
            if (p.nextToken() != null) {
                throw encodeError("extension " + SafeText.pointer(pointer)
                        + " holds more than one JSON value; expected one");
            }
        } catch (JacksonException e) {
            throw encodeError("extension " + SafeText.pointer(pointer)
                    + " is not well-formed JSON; expected one JSON value");
        }
    }
}
