package org.mspsdk.model;

import static org.mspsdk.internal.Checks.optionalText;
import static org.mspsdk.internal.Checks.requiredText;

import java.util.Optional;

/**
 * The answer to one item: a code from the item's scale, or free text for a free-text item. Free text is the
 * person's own words and never appears in {@link #toString()}.
 *
 * @param linkId the item answered
 * @param code   the answer code, for a scaled item
 * @param text   the answer text, for a free-text item
 */
public record ItemAnswer(String linkId, Optional<String> code, Optional<String> text) {

    /** Checks the parts. */
    public ItemAnswer {
        requiredText(linkId, "answers[].linkId");
        code = optionalText(code, "answers[].code");
        text = optionalText(text, "answers[].text");
    }

    /**
     * @param linkId the item
     * @param code   the answer code
     * @return a coded answer
     */
    public static ItemAnswer coded(String linkId, String code) {
        return new ItemAnswer(linkId, Optional.of(code), Optional.empty());
    }

    /**
     * @param linkId the item
     * @param text   the answer text
     * @return a free-text answer
     */
    public static ItemAnswer text(String linkId, String text) {
        return new ItemAnswer(linkId, Optional.empty(), Optional.of(text));
    }

    @Override
    public String toString() {
        return "ItemAnswer[linkId=" + linkId + ", code=" + (code.isPresent() ? "present" : "none") + ", text="
                + (text.isPresent() ? "redacted" : "none") + "]";
    }
}
