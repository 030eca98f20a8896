package org.mspsdk.vocabulary;

import java.util.List;

/**
 * One entry of a code list: a stable machine code and a human label.
 *
 * <p>For SAC lists the label is the exact label of the SAC guidance; for SDK-defined lists it is the SDK's
 * own wording. The code never changes once published; the label follows the guidance.
 *
 * <p>An implementation (an enum, one constant per entry) holds one {@link CodeEntry} and returns it from
 * {@link #entry()}; the accessors below read it:
 *
 * <pre>{@code
 * public enum Colour implements Code {
 *     RED("red", "Red", "Rouge");
 *
 *     private final CodeEntry entry;
 *
 *     Colour(String code, String label, String... aliases) {
 *         this.entry = new CodeEntry(code, label, aliases);
 *     }
 *
 *     public CodeEntry entry() {
 *         return entry;
 *     }
 * }
 * }</pre>
 */
public interface Code {

    /** @return this entry's code, label and aliases */
    CodeEntry entry();

    /** @return the stable machine code, lower-case and hyphenated (for example {@code asked-expressed}) */
    default String code() {
        return entry().code();
    }

    /** @return the exact label (the SAC label where the SAC defines one) */
    default String label() {
        return entry().label();
    }

    /**
     * Other spellings of the label that import accepts (for example the shorter forms used in the SAC's
     * published tables). Export always writes {@link #label()}.
     *
     * @return the accepted alternative labels, possibly empty
     */
    default List<String> aliases() {
        return entry().aliases();
    }

    /**
     * The wording NHS England's SAC publication writes for this entry, which the published CSV layout uses; the
     * {@link #label()} where the publication uses the guidance wording.
     *
     * @return the published wording
     */
    default String publishedLabel() {
        return entry().publishedLabel();
    }

    /**
     * @return false for an entry the SDK counts but NHS England's publication has no row for (SG1a's
     *     {@code Age unknown}); such a cell stays in the SDK's own outputs and is left out of the published layout
     */
    default boolean inPublication() {
        return true;
    }
}
