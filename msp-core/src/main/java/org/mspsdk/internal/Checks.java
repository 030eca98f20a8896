package org.mspsdk.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.mspsdk.MspException;

/**
 * Construction checks shared by the value types: required parts, defensive unmodifiable copies, and
 * {@code Optional} normalisation. Not part of the public API.
 */
public final class Checks {

    private Checks() {
    }

    /**
     * Requires a mandatory part.
     *
     * @param value the value
     * @param path  the field path, for the message
     * @param <T>   the type
     * @return the value
     * @throws MspException of kind {@link MspException.Kind#MISSING_PART} when it is null
     */
    public static <T> T required(T value, String path) {
        if (value == null) {
            throw new MspException(MspException.Kind.MISSING_PART, path + " is required but was missing");
        }
        return value;
    }

    /**
     * Requires a mandatory, non-blank text.
     *
     * @param value the text
     * @param path  the field path, for the message
     * @return the text
     */
    public static String requiredText(String value, String path) {
        required(value, path);
        if (value.isBlank()) {
            throw new MspException(MspException.Kind.MISSING_PART, path + " is required but was blank");
        }
        return value;
    }

    /**
     * Turns a null {@code Optional} into an empty one.
     *
     * @param value the optional or null
     * @param <T>   the type
     * @return a non-null optional
     */
    public static <T> Optional<T> optional(Optional<T> value) {
        return value == null ? Optional.empty() : value;
    }

    /**
     * An unmodifiable copy of a list; null means empty; null elements are refused.
     *
     * @param values the values or null
     * @param path   the field path, for the message
     * @param <T>    the type
     * @return the copy
     */
    public static <T> List<T> list(Collection<? extends T> values, String path) {
        if (values == null) {
            return List.of();
        }
        List<T> copy = new ArrayList<>(values.size());
        int i = 0;
        for (T v : values) {
            if (v == null) {
                throw new MspException(MspException.Kind.MISSING_PART, path + "[" + i + "] is null; lists hold no nulls");
            }
            copy.add(v);
            i++;
        }
        return Collections.unmodifiableList(copy);
    }

    /**
     * An unmodifiable, ordered (by declaration) copy of a set of enum values; null means empty.
     *
     * @param values the values or null
     * @param type   the enum type
     * @param path   the field path, for the message
     * @param <E>    the enum type
     * @return the copy
     */
    public static <E extends Enum<E>> Set<E> enumSet(Collection<E> values, Class<E> type, String path) {
        EnumSet<E> set = EnumSet.noneOf(type);
        if (values != null) {
            list(values, path).forEach(set::add);
        }
        return Collections.unmodifiableSet(set);
    }

    /**
     * An unmodifiable, insertion-ordered copy of a map of strings; null means empty.
     *
     * @param values the map or null
     * @param path   the field path, for the message
     * @return the copy
     */
    public static Map<String, String> stringMap(Map<String, String> values, String path) {
        if (values == null) {
            return Map.of();
        }
        Map<String, String> copy = new LinkedHashMap<>();
        values.forEach((k, v) -> {
            if (k == null || v == null) {
                throw new MspException(MspException.Kind.MISSING_PART, path + " holds a null key or value");
            }
            copy.put(k, v);
        });
        return Collections.unmodifiableMap(copy);
    }
}
