package org.mspsdk.research;

import org.mspsdk.vocabulary.Code;
import org.mspsdk.vocabulary.CodeEntry;

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

    private final CodeEntry entry;

    AnswerForm(String code, String label) {
        this.entry = new CodeEntry(code, label);
    }

    @Override
    public CodeEntry entry() {
        return entry;
    }
}
