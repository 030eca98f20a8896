package org.mspsdk.instrument;

import static org.mspsdk.internal.Checks.optional;
import static org.mspsdk.internal.Checks.requiredText;

import java.util.Optional;

/**
 * One question of an instrument, with its wording for the adult and for a representative, and its answer
 * scale (none means a free-text answer).
 *
 * @param linkId                the item's stable id within the instrument
 * @param adultWording          the question as put to the adult
 * @param representativeWording the question as put to a representative
 * @param scale                 the answer scale; empty for free text
 */
public record InstrumentItem(String linkId, String adultWording, String representativeWording,
        Optional<AnswerScale> scale) {

    /** Checks the parts. */
    public InstrumentItem {
        requiredText(linkId, "item.linkId");
        requiredText(adultWording, "item.adultWording");
        requiredText(representativeWording, "item.representativeWording");
        scale = optional(scale);
    }

    /** @return true when the answer is free text */
    public boolean isFreeText() {
        return scale.isEmpty();
    }
}
