package org.mspsdk.model;

import static org.mspsdk.internal.Checks.required;

import java.time.LocalDate;
import org.mspsdk.vocabulary.AchievementJudge;
import org.mspsdk.vocabulary.OutcomeAchievement;

/**
 * How far one negotiated outcome was achieved, who judged it, and when.
 *
 * @param level     fully, partially or not achieved
 * @param judgedBy  who judged it
 * @param ratedOn   the date it was rated (at or after conclusion)
 */
public record Achievement(OutcomeAchievement level, AchievementJudge judgedBy, LocalDate ratedOn) {

    /** Checks the mandatory parts. */
    public Achievement {
        required(level, "negotiatedOutcomes[].achievement.level");
        required(judgedBy, "negotiatedOutcomes[].achievement.judgedBy");
        required(ratedOn, "negotiatedOutcomes[].achievement.ratedOn");
    }
}
