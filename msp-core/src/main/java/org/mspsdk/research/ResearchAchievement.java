package org.mspsdk.research;

import static org.mspsdk.internal.Checks.optional;
import static org.mspsdk.internal.Checks.required;
import static org.mspsdk.internal.Checks.requiredText;

import java.util.Optional;
import org.mspsdk.vocabulary.AchievementJudge;
import org.mspsdk.vocabulary.OutcomeAchievement;

/**
 * How far one negotiated outcome was achieved.
 *
 * @param level    fully, partially or not achieved
 * @param judgedBy who judged it
 * @param ratedIn  the period it was rated in
 * @param recordedBy the code of the organisation that recorded the rating, as in
 *                 {@link ResearchRecord#organisations()}; empty when the source left it to the record's own
 *                 organisation
 */
public record ResearchAchievement(OutcomeAchievement level, AchievementJudge judgedBy, String ratedIn,
        Optional<String> recordedBy) {

    /** Checks the parts. */
    public ResearchAchievement {
        required(level, "achievement.level");
        required(judgedBy, "achievement.judgedBy");
        requiredText(ratedIn, "achievement.ratedIn");
        recordedBy = optional(recordedBy);
    }

    /**
     * A rating recorded by the record's own organisation.
     *
     * @param level    fully, partially or not achieved
     * @param judgedBy who judged it
     * @param ratedIn  the period it was rated in
     */
    public ResearchAchievement(OutcomeAchievement level, AchievementJudge judgedBy, String ratedIn) {
        this(level, judgedBy, ratedIn, Optional.empty());
    }
}
