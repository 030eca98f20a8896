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
 * }</pre>
 *
 * @param code    the stable machine code
 * @param label   the exact label (the SAC label where the SAC defines one)
 * @param aliases the accepted alternative labels, possibly empty (an unmodifiable copy)
 */
public record CodeEntry(String code, String label, List<String> aliases) {

    /** Checks the parts and copies the aliases. */
    public CodeEntry {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(label, "label");
        aliases = List.copyOf(aliases);
    }

    /**
     * @param code    the stable machine code
     * @param label   the exact label
     * @param aliases the accepted alternative labels
     */
    public CodeEntry(String code, String label, String... aliases) {
        this(code, label, List.of(aliases));
    }
}
