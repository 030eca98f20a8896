package org.mspsdk.vocabulary;

import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.mspsdk.MspException;

/**
 * A code list: an ordered, closed set of {@link Code}s with lookup by code and by label.
 *
 * <p>Label lookup is tolerant of case, punctuation and spacing ({@code "Don't know"},
 * {@code "DONT KNOW"} and {@code "Don't Know"} all match), and accepts each entry's aliases. An unknown value
 * is an {@link MspException} of kind {@link MspException.Kind#UNKNOWN_CODE} naming the list and the value;
 * nothing is ever mapped to "other" silently.
 *
 * <pre>{@code
 * TypeOfRisk t = TypeOfRisk.LIST.parse("Neglect and acts of omission"); // NEGLECT
 * TypeOfRisk u = TypeOfRisk.LIST.fromCode("neglect");                 // NEGLECT
 * }</pre>
 *
 * @param <E> the enum type of the entries
 */
public final class CodeList<E extends Enum<E> & Code> {

    private static final int MAX_VALUE_IN_MESSAGE = 60;

    private final String id;
    private final String title;
    private final Class<E> type;
    private final String guidanceVersion;
    private final List<SacTable> sacTables;
    private final List<E> entries;
    private final Map<String, E> byCode;
    private final Map<String, E> byNormalisedLabel;

    private CodeList(String id, String title, Class<E> type, String guidanceVersion, List<SacTable> sacTables,
            E[] values) {
        this.id = Objects.requireNonNull(id, "id");
        this.title = Objects.requireNonNull(title, "title");
        this.type = Objects.requireNonNull(type, "type");
        this.guidanceVersion = Objects.requireNonNull(guidanceVersion, "guidanceVersion");
        this.sacTables = List.copyOf(sacTables);
        this.entries = List.of(values);
        Map<String, E> codes = new LinkedHashMap<>();
        Map<String, E> labels = new HashMap<>();
        for (E e : values) {
            if (codes.put(e.code(), e) != null) {
                throw new IllegalStateException("duplicate code " + e.code() + " in " + id);
            }
            putLabel(labels, e.label(), e);
            putLabel(labels, e.publishedLabel(), e);
            for (String alias : e.aliases()) {
                putLabel(labels, alias, e);
            }
        }
        this.byCode = Collections.unmodifiableMap(codes);
        this.byNormalisedLabel = Collections.unmodifiableMap(labels);
    }

    private void putLabel(Map<String, E> labels, String label, E e) {
        E previous = labels.put(normalise(label), e);
        if (previous != null && previous != e) {
            throw new IllegalStateException("ambiguous label " + label + " in " + id);
        }
    }

    /**
     * Creates a list that follows a SAC table.
     *
     * @param id       the stable list id, for example {@code sg2a-type-of-risk}
     * @param title    a short human title
     * @param sacTable the SAC table it feeds, for example {@link SacTable#SG2A}
     * @param values   the entries in SAC order (the enum's {@code values()})
     * @param <E>      the entry type
     * @return the list
     */
    static <E extends Enum<E> & Code> CodeList<E> sac(String id, String title, SacTable sacTable, E[] values) {
        return sac(id, title, List.of(sacTable), values);
    }

    /**
     * Creates a list that feeds several SAC tables (as the source of risk feeds SG2a and SG2b).
     *
     * @param id        the stable list id
     * @param title     a short human title
     * @param sacTables the SAC tables it feeds, in reference order (at least one)
     * @param values    the entries in SAC order (the enum's {@code values()})
     * @param <E>       the entry type
     * @return the list
     */
    static <E extends Enum<E> & Code> CodeList<E> sac(String id, String title, List<SacTable> sacTables,
            E[] values) {
        if (sacTables.isEmpty()) {
            throw new IllegalArgumentException("a SAC list feeds at least one table: " + id);
        }
        return new CodeList<>(id, title, values[0].getDeclaringClass(), Vocabulary.SAC_GUIDANCE_VERSION,
                sacTables, values);
    }

    /**
     * Creates an SDK-defined list (no SAC equivalent).
     *
     * @param id     the stable list id
     * @param title  a short human title
     * @param values the entries (the enum's {@code values()})
     * @param <E>    the entry type
     * @return the list
     */
    static <E extends Enum<E> & Code> CodeList<E> sdk(String id, String title, E[] values) {
        return new CodeList<>(id, title, values[0].getDeclaringClass(), Vocabulary.SDK_VOCABULARY_VERSION,
                List.of(), values);
    }

    /** @return the stable list id, for example {@code sg4a-asked} */
    public String id() {
        return id;
    }

    /** @return a short human title */
    public String title() {
        return title;
    }

    /** @return the Java type of the entries */
    public Class<E> type() {
        return type;
    }

    /**
     * @return the version of the SAC guidance the list follows (for example {@code 2025-26}), or the SDK
     *     vocabulary version for SDK-defined lists
     */
    public String guidanceVersion() {
        return guidanceVersion;
    }

    /**
     * @return the references of the SAC tables this list feeds, joined by {@code /} (for example {@code SG4a}
     *     or {@code SG2a/SG2b}), empty for SDK-defined lists
     */
    public Optional<String> sacTable() {
        return sacTables.isEmpty() ? Optional.empty()
                : Optional.of(sacTables.stream().map(SacTable::reference).collect(Collectors.joining("/")));
    }

    /** @return the SAC tables this list feeds, in reference order; empty for SDK-defined lists */
    public List<SacTable> sacTables() {
        return sacTables;
    }

    /** @return true when the labels are exact SAC labels */
    public boolean isSacDefined() {
        return !sacTables.isEmpty();
    }

    /** @return the entries, in published order */
    public List<E> entries() {
        return entries;
    }

    /** @return the codes, in published order */
    public List<String> codes() {
        return List.copyOf(byCode.keySet());
    }

    /**
     * Finds an entry by its exact code.
     *
     * @param code the code
     * @return the entry, or empty when the code is not in this list
     */
    public Optional<E> findByCode(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(byCode.get(code));
    }

    /**
     * Finds an entry by label or alias, tolerant of case, punctuation and spacing.
     *
     * @param label the label
     * @return the entry, or empty when no label matches
     */
    public Optional<E> findByLabel(String label) {
        return label == null ? Optional.empty() : Optional.ofNullable(byNormalisedLabel.get(normalise(label)));
    }

    /**
     * Returns the entry with this exact code.
     *
     * @param code the code
     * @return the entry
     * @throws MspException of kind {@link MspException.Kind#UNKNOWN_CODE} when the code is unknown
     */
    public E fromCode(String code) {
        return findByCode(code).orElseThrow(() -> unknown(code, "a code"));
    }

    /**
     * Returns the entry with this label (or alias), tolerant of case and punctuation.
     *
     * @param label the label
     * @return the entry
     * @throws MspException of kind {@link MspException.Kind#UNKNOWN_CODE} when no label matches
     */
    public E fromLabel(String label) {
        return findByLabel(label).orElseThrow(() -> unknown(label, "a label"));
    }

    /**
     * Reads a value that may be either a code or a label, as import from other systems needs.
     *
     * @param codeOrLabel the code or label
     * @return the entry
     * @throws MspException of kind {@link MspException.Kind#UNKNOWN_CODE} when it is neither
     */
    public E parse(String codeOrLabel) {
        Optional<E> byCodeMatch = findByCode(codeOrLabel);
        if (byCodeMatch.isPresent()) {
            return byCodeMatch.get();
        }
        return findByLabel(codeOrLabel).orElseThrow(() -> unknown(codeOrLabel, "a code or label"));
    }

    private MspException unknown(String value, String what) {
        String shown = value == null ? "null" : "'" + abbreviate(value) + "'";
        return new MspException(MspException.Kind.UNKNOWN_CODE,
                "Unknown value " + shown + " for code list '" + id + "' (" + title + "): expected " + what
                        + " of " + codes());
    }

    private static String abbreviate(String value) {
        return value.length() <= MAX_VALUE_IN_MESSAGE ? value : value.substring(0, MAX_VALUE_IN_MESSAGE) + "...";
    }

    /**
     * The normal form used for tolerant label matching: lower case, apostrophes dropped, every other run of
     * non-alphanumeric characters turned into one space, trimmed.
     *
     * @param label a label
     * @return its normal form
     */
    static String normalise(String label) {
        String lower = label.toLowerCase(Locale.ROOT).replace("'", "").replace("\u2019", "");
        StringBuilder out = new StringBuilder(lower.length());
        boolean space = false;
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            if (Character.isLetterOrDigit(c) || c == '+') {
                if (space && out.length() > 0) {
                    out.append(' ');
                }
                out.append(c);
                space = false;
            } else {
                space = true;
            }
        }
        return out.toString();
    }

    @Override
    public String toString() {
        return "CodeList[" + id + ", " + entries.size() + " codes, guidance " + guidanceVersion + "]";
    }

    /** @return a compact description: {@code code=label} pairs, in order (used by catalogues and tests) */
    public Map<String, String> codeToLabel() {
        return entries.stream().collect(Collectors.toMap(Code::code, Code::label, (a, b) -> a, LinkedHashMap::new));
    }
}
