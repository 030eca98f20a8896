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
 * Construction checks shared by the value types: required parts, well-formed text, defensive unmodifiable copies,
 * and {@code Optional} normalisation. Not part of the public API.
 *
 * <p>Every text a value type holds passes {@link #wellFormed}: a Java string can hold an unpaired surrogate (a
 * UTF-16 code unit U+D800 to U+DFFF without its partner, for example from the JSON escape {@code "\ud800"}),
 * which is not Unicode text: UTF-8 encoders turn it into {@code ?}, so two different ids would print, hash and
 * pseudonymise alike, and strict writers fail half-way through a file. The model refuses it where it is built.
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
        return wellFormed(value, path);
    }

    /**
     * Requires a mandatory text that may be blank (free text whose blankness a validation rule reports).
     *
     * @param value the text
     * @param path  the field path, for the message
     * @return the text
     * @throws MspException of kind {@link MspException.Kind#MISSING_PART} when it is null, or
     *     {@link MspException.Kind#INVALID_VALUE} when it is not well-formed Unicode
     */
    public static String text(String value, String path) {
        return wellFormed(required(value, path), path);
    }

    /**
     * Turns a null {@code Optional} into an empty one and requires a present text to be well-formed Unicode.
     *
     * @param value the optional text or null
     * @param path  the field path, for the message
     * @return a non-null optional
     */
    public static Optional<String> optionalText(Optional<String> value, String path) {
        Optional<String> v = optional(value);
        v.ifPresent(t -> wellFormed(t, path));
        return v;
    }

    /**
     * An unmodifiable copy of a list of texts, each well-formed Unicode; null means empty; nulls are refused.
     *
     * @param values the texts or null
     * @param path   the field path of the list, for the message
     * @return the copy
     */
    public static List<String> textList(Collection<String> values, String path) {
        List<String> copy = list(values, path);
        for (String v : copy) {
            wellFormed(v, path + "[]");
        }
        return copy;
    }

    /**
     * Requires a text to be well-formed Unicode: every UTF-16 surrogate is part of a pair (a high surrogate
     * U+D800 to U+DBFF directly followed by a low one U+DC00 to U+DFFF). The message names the path and what was
     * expected, never the text.
     *
     * @param value the text (not null)
     * @param path  the field path, for the message
     * @return the text
     * @throws MspException of kind {@link MspException.Kind#INVALID_VALUE} when it holds an unpaired surrogate
     */
    public static String wellFormed(String value, String path) {
        int n = value.length();
        for (int i = 0; i < n; i++) {
            char ch = value.charAt(i);
            if (Character.isSurrogate(ch)) {
                if (Character.isHighSurrogate(ch) && i + 1 < n && Character.isLowSurrogate(value.charAt(i + 1))) {
                    i++;
                } else {
                    throw new MspException(MspException.Kind.INVALID_VALUE, path + " is not valid Unicode text: it"
                            + " holds an unpaired surrogate (a UTF-16 code unit U+D800 to U+DFFF without its"
                            + " partner); expected well-formed Unicode text");
                }
            }
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
     * An unmodifiable, insertion-ordered copy of a map of strings, keys and values well-formed Unicode; null
     * means empty.
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
            copy.put(wellFormed(k, path), wellFormed(v, path));
        });
        return Collections.unmodifiableMap(copy);
    }

    /**
     * Turns a null {@code Optional} into an empty one and requires a present code or reference (an organisation
     * code, an episode reference) to be non-blank, well-formed Unicode.
     *
     * @param value the optional code or null
     * @param path  the field path, for the message
     * @return a non-null optional
     * @throws MspException of kind {@link MspException.Kind#MISSING_PART} when it is present but blank
     */
    public static Optional<String> optionalCode(Optional<String> value, String path) {
        Optional<String> v = optional(value);
        v.ifPresent(t -> requiredText(t, path));
        return v;
    }
}
