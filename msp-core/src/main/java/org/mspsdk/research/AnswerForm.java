package org.mspsdk.research;

import java.util.List;
import org.mspsdk.vocabulary.Code;

/**
 * What the research form keeps of one questionnaire answer.
 *
 * <p>Codes are stable; labels are the SDK's own wording. Not an SAC list.
 */
public enum AnswerForm implements Code {
    /** A code of the item's answer scale, kept. */
    CODED("coded", "Coded answer kept"),
    /** An answer in the person's own words, removed (only the fact that there was one is kept). */
    FREE_TEXT_REMOVED("free-text-removed", "Free-text answer removed"),
    /** A code that is not on the item's answer scale in the catalogue, withheld in case it is not a code. */
    CODE_WITHHELD("code-withheld", "Answer code not on the item's scale, withheld");

    private final String code;
    private final String label;

    AnswerForm(String code, String label) {
        this.code = code;
        this.label = label;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public String label() {
        return label;
    }

    @Override
    public List<String> aliases() {
        return List.of();
    }
}
