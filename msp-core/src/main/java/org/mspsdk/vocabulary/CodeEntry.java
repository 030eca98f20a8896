package org.mspsdk.vocabulary;

import java.util.List;
import java.util.Objects;

/**
 * The data of one code-list entry: its stable code, its label and the other spellings import accepts. Each
 * {@link Code} enum constant holds one, and {@link Code}'s accessors read it.
 *
 * <pre>{@code
 * CodeEntry e = TypeOfRisk.NEGLECT.entry();
 * e.code();    // "neglect"
 * e.label();   // "Neglect and Acts of Omission"
 * e.aliases(); // ["Neglect"]
 * LocationOfRisk.COMMUNITY.entry().publishedLabel(); // "In the Community"
 * }</pre>
 *
 * @param code           the stable machine code
 * @param label          the exact label (the SAC label where the SAC defines one)
 * @param aliases        the accepted alternative labels, possibly empty (an unmodifiable copy)
 * @param publishedLabel the wording NHS England's SAC publication writes for this entry (its published CSV and
 *                       data tables); the {@code label} where the publication uses the guidance wording. Import
 *                       accepts it like an alias.
 */
public record CodeEntry(String code, String label, List<String> aliases, String publishedLabel) {

    /** Checks the parts and copies the aliases. */
    public CodeEntry {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(label, "label");
        aliases = List.copyOf(aliases);
        Objects.requireNonNull(publishedLabel, "publishedLabel");
    }

    /**
     * An entry published with its guidance wording.
     *
     * @param code    the stable machine code
     * @param label   the exact label
     * @param aliases the accepted alternative labels
     */
    public CodeEntry(String code, String label, List<String> aliases) {
        this(code, label, aliases, label);
    }

    /**
     * @param code    the stable machine code
     * @param label   the exact label
     * @param aliases the accepted alternative labels
     */
    public CodeEntry(String code, String label, String... aliases) {
        this(code, label, List.of(aliases));
    }

    /**
     * An entry whose published wording differs from its guidance label.
     *
     * @param code           the stable machine code
     * @param label          the exact label (guidance wording)
     * @param publishedLabel the wording of NHS England's publication
     * @param aliases        further accepted alternative labels
     * @return the entry
     */
    public static CodeEntry published(String code, String label, String publishedLabel, String... aliases) {
        return new CodeEntry(code, label, List.of(aliases), publishedLabel);
    }
}
