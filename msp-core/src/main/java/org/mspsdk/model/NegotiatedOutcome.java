package org.mspsdk.model;

import static org.mspsdk.internal.Checks.list;
import static org.mspsdk.internal.Checks.optional;
import static org.mspsdk.internal.Checks.required;
import static org.mspsdk.internal.Checks.requiredText;
import static org.mspsdk.internal.Checks.textList;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.mspsdk.MspException;

/**
 * An outcome the practitioner and the person agreed to work towards, linked to the desired outcome(s) it came
 * from, with an append-only history of its wording. The first revision is the first agreed wording and is
 * never overwritten: {@link #revise(OutcomeRevision)} returns a copy with one more revision.
 *
 * <pre>{@code
 * NegotiatedOutcome n = NegotiatedOutcome.agreed("no-1", List.of("do-1"),
 *         OutcomeRevision.of(LocalDate.of(2025, 6, 3), "I want to feel safe in my own home"));
 * n = n.revise(OutcomeRevision.changed(LocalDate.of(2025, 7, 1), "Feel safe at home with a door alarm",
 *         NegotiationChangeReason.PERSON_CHANGED_MIND));
 * n = n.withAchievement(new Achievement(OutcomeAchievement.FULLY_ACHIEVED, AchievementJudge.ADULT, closure));
 * }</pre>
 *
 * @param id                a local id, unique within the record
 * @param desiredOutcomeIds the ids of the desired outcomes it came from
 * @param revisions         the wording history, oldest first; at least one
 * @param achievement       how far it was achieved, once rated
 */
public record NegotiatedOutcome(String id, List<String> desiredOutcomeIds, List<OutcomeRevision> revisions,
        Optional<Achievement> achievement) {

    /** Checks the mandatory parts and copies the lists. */
    public NegotiatedOutcome {
        requiredText(id, "negotiatedOutcomes[].id");
        desiredOutcomeIds = textList(desiredOutcomeIds, "negotiatedOutcomes[].desiredOutcomeIds");
        revisions = list(revisions, "negotiatedOutcomes[].revisions");
        if (revisions.isEmpty()) {
            throw new MspException(MspException.Kind.MISSING_PART,
                    "negotiatedOutcomes[].revisions is required: a negotiated outcome starts with its first agreed wording");
        }
        achievement = optional(achievement);
    }

    /**
     * A newly agreed outcome.
     *
     * @param id                its local id
     * @param desiredOutcomeIds the desired outcomes it came from
     * @param first             the first agreed wording
     * @return the negotiated outcome
     */
    public static NegotiatedOutcome agreed(String id, List<String> desiredOutcomeIds, OutcomeRevision first) {
        return new NegotiatedOutcome(id, desiredOutcomeIds, List.of(required(first, "revisions[0]")),
                Optional.empty());
    }

    /**
     * Appends a revision; earlier revisions are kept.
     *
     * @param next the new wording and its reason
     * @return a copy with the revision appended
     */
    public NegotiatedOutcome revise(OutcomeRevision next) {
        List<OutcomeRevision> all = new ArrayList<>(revisions);
        all.add(required(next, "revision"));
        return new NegotiatedOutcome(id, desiredOutcomeIds, all, achievement);
    }

    /**
     * @param rating the achievement rating
     * @return a copy with the rating
     */
    public NegotiatedOutcome withAchievement(Achievement rating) {
        return new NegotiatedOutcome(id, desiredOutcomeIds, revisions, Optional.of(required(rating, "achievement")));
    }

    /** @return the first agreed revision */
    public OutcomeRevision firstRevision() {
        return revisions.get(0);
    }

    /** @return the current (latest) revision */
    public OutcomeRevision currentRevision() {
        return revisions.get(revisions.size() - 1);
    }

    @Override
    public String toString() {
        return "NegotiatedOutcome[id=" + id + ", desiredOutcomeIds=" + desiredOutcomeIds + ", revisions="
                + revisions.size() + ", achievement=" + achievement.map(a -> a.level().code()).orElse("none") + "]";
    }
}
