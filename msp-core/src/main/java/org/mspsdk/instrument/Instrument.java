package org.mspsdk.instrument;

import static org.mspsdk.internal.Checks.list;
import static org.mspsdk.internal.Checks.required;
import static org.mspsdk.internal.Checks.requiredText;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.mspsdk.MspException;
import org.mspsdk.vocabulary.RecordingStage;

/**
 * An experience questionnaire defined as data: an id and version, the stage at which it is asked, and its
 * items. Councils use local variants, so a response always names the instrument id and version it answers.
 *
 * @param id      the instrument id, for example {@code my-safeguarding-experience-part-2}
 * @param version the version of this definition
 * @param title   a human title
 * @param stage   when it is asked ({@code ENQUIRY_START} for Part 1, {@code AT_CLOSURE} for Part 2)
 * @param items   the questions, in order; link ids unique
 */
public record Instrument(String id, String version, String title, RecordingStage stage, List<InstrumentItem> items) {

    /** Checks the parts, copies the items and refuses duplicate link ids. */
    public Instrument {
        requiredText(id, "instrument.id");
        requiredText(version, "instrument.version");
        requiredText(title, "instrument.title");
        required(stage, "instrument.stage");
        items = list(items, "instrument.items");
        Set<String> seen = new HashSet<>();
        for (InstrumentItem item : items) {
            if (!seen.add(item.linkId())) {
                throw new MspException(MspException.Kind.INVALID_VALUE,
                        "instrument.items has a duplicate linkId '" + item.linkId() + "'");
            }
        }
    }

    /**
     * @param linkId an item id
     * @return the item
     */
    public Optional<InstrumentItem> item(String linkId) {
        for (InstrumentItem i : items) { // a loop, not a stream: called for every answer the validator checks
            if (i.linkId().equals(linkId)) {
                return Optional.of(i);
            }
        }
        return Optional.empty();
    }

    /** @return true when it is asked at closure (a Part 2 style instrument) */
    public boolean isClosing() {
        return stage == RecordingStage.AT_CLOSURE;
    }
}
