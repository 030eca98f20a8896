package org.mspsdk.json;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.mspsdk.json.internal.WireNames;

/**
 * The properties of one object of the wire format (one enum of {@link WireNames}) looked up by name: the
 * decoder's dispatch is one hash lookup on Jackson's canonical name string (whose hash code is cached) and then
 * a switch on the constant.
 *
 * @param <E> the object's name enum
 */
final class NameTable<E extends Enum<E> & WireNames.Name> {

    private final Map<String, E> byName;
    private final List<String> names;

    private NameTable(Class<E> type) {
        E[] constants = type.getEnumConstants();
        if (constants.length > 64) {
            // PropertyWalker keeps the properties seen in one long
            throw new IllegalStateException("an object of the wire format has more than 64 properties");
        }
        Map<String, E> index = new HashMap<>();
        List<String> list = new ArrayList<>();
        for (E e : constants) {
            index.put(e.wireName(), e);
            list.add(e.wireName());
        }
        this.byName = index;
        this.names = List.copyOf(list);
    }

    /**
     * @param type the object's name enum
     * @param <E>  its type
     * @return its table
     */
    static <E extends Enum<E> & WireNames.Name> NameTable<E> of(Class<E> type) {
        return new NameTable<>(type);
    }

    /**
     * @param name a property name from a document
     * @return its constant, or null when the object has no such property
     */
    E find(String name) {
        return byName.get(name);
    }

    /** @return the property names in writing order */
    List<String> names() {
        return names;
    }
}
