package org.mspsdk.vocabulary;

import java.util.List;

/**
 * One entry of a code list: a stable machine code and a human label.
 *
 * <p>For SAC lists the label is the exact label of the SAC guidance; for SDK-defined lists it is the SDK's
 * own wording. The code never changes once published; the label follows the guidance.
 */
public interface Code {

    /** @return the stable machine code, lower-case and hyphenated (for example {@code asked-expressed}) */
    String code();

    /** @return the exact label (the SAC label where the SAC defines one) */
    String label();

    /**
     * Other spellings of the label that import accepts (for example the shorter forms used in the SAC's
     * published tables). Export always writes {@link #label()}.
     *
     * @return the accepted alternative labels, possibly empty
     */
    default List<String> aliases() {
        return List.of();
    }
}
