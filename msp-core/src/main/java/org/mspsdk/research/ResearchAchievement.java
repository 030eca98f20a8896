package org.mspsdk.research;

import static org.mspsdk.internal.Checks.required;
import static org.mspsdk.internal.Checks.requiredText;

import org.mspsdk.vocabulary.AchievementJudge;
import org.mspsdk.vocabulary.OutcomeAchievement;

/**
 * How far one negotiated outcome was achieved.
 *
 * @param level    fully, partially or not achieved
 * @param judgedBy who judged it
 * @param ratedIn  the period it was rated in
 */
public record ResearchAchievement(OutcomeAchievement level, AchievementJudge judgedBy, String ratedIn) {

    /** Checks the parts. */
    public ResearchAchievement {
        required(level, "achievement.level");
        required(judgedBy, "achievement.judgedBy");
        requiredText(ratedIn, "achievement.ratedIn");
    }
}
