package org.mspsdk.json;

import java.util.HashSet;
import java.util.Set;

import org.mspsdk.json.internal.WireNames;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;

/**
 * Walks one object's properties for its binder: returns each known property with a value, rejects a repeated
 * one, and fails on an unknown one (strict) or keeps it in the extensions (tolerant). A binder reads:
 * <pre>{@code
 * PropertyWalker<WireNames.Voice> o = r.object(pointer, VOICE, "a voice object");
 * for (WireNames.Voice n = o.next(); n != null; n = o.next()) {
 *     switch (n) { case type -> ...; case representativeRole -> ...; }
 * }
 * }</pre>
 *
 * @param <E> the object's name enum
 */
final class PropertyWalker<E extends Enum<E> & WireNames.Name> {

    private final TokenReader r;
    private final JsonParser p;
    private final Ptr pointer;
    private final NameTable<E> known;
    // known properties seen so far, by ordinal (NameTable guarantees at most 64)
    private long seenKnown;
    private Set<String> seenUnknown;
    /** Where the object starts: the location of errors about the object as a whole. */
    final TokenStreamLocation start;

    PropertyWalker(TokenReader r, Ptr pointer, NameTable<E> known, TokenStreamLocation start) {
        this.r = r;
        this.p = r.parser();
        this.pointer = pointer;
        this.known = known;
        this.start = start;
    }

    Ptr child(E property) {
        return pointer.child(property.wireName());
    }

    /** @return the next known property with a non-null value (parser at the value), or null at the end */
    E next() {
        while (true) {
            JsonToken t = p.nextToken();
            if (t == JsonToken.END_OBJECT) {
                return null;
            }
            String name = p.currentName();
            E property = known.find(name);
            if (!markSeen(property, name)) {
                throw r.fail(pointer.child(name), r.here(), "a property appears more than once in the same object",
                        "each property at most once");
            }
            // the name's location is kept only where an error may need it after the parser moves on
            TokenStreamLocation nameAt = property == null ? r.here() : null;
            JsonToken value = p.nextToken();
            if (property == null) {
                if (r.options().isStrict()) {
                    throw r.fail(pointer.child(name), nameAt, "unknown property (strict mode)",
                            "one of " + known.names());
                }
                if (Wire.hasUnpairedSurrogate(name)) {
                    throw r.fail(pointer.child(name), nameAt, "the property name holds an unpaired surrogate escape",
                            TokenReader.UNICODE_TEXT);
                }
                r.capture(pointer.child(name), nameAt);
                continue;
            }
            if (value == JsonToken.VALUE_NULL) {
                if (r.options().isStrict()) {
                    throw r.fail(child(property), r.here(), "null is not allowed (strict mode)",
                            "the property to be left out when it has no value");
                }
                continue;
            }
            return property;
        }
    }

    private boolean markSeen(E property, String name) {
        if (property != null) {
            long bit = 1L << property.ordinal();
            boolean first = (seenKnown & bit) == 0;
            seenKnown |= bit;
            return first;
        }
        if (seenUnknown == null) {
            seenUnknown = new HashSet<>();
        }
        return seenUnknown.add(name);
    }

    /**
     * @param property a required property
     * @param value    its value, null when the document left it out
     * @param <T>      its type
     * @return the value
     */
    <T> T require(E property, T value) {
        if (value == null) {
            // every caller checks required properties right after the loop, with the parser still at the
            // object's end: its location is taken only now, when it is needed
            String name = property.wireName();
            throw r.fail(pointer.child(name), r.here(), "required property is missing", "property '" + name + "'");
        }
        return value;
    }
}
