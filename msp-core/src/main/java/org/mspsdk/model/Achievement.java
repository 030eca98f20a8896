package org.mspsdk.model;

import static org.mspsdk.internal.Checks.optionalCode;
import static org.mspsdk.internal.Checks.required;

import java.time.LocalDate;
import java.util.Optional;
import org.mspsdk.vocabulary.AchievementJudge;
import org.mspsdk.vocabulary.OutcomeAchievement;

/**
 * How far one negotiated outcome was achieved, who judged it, and when.
 *
 * @param level     fully, partially or not achieved
 * @param judgedBy  who judged it
 * @param ratedOn   the date it was rated (at or after conclusion)
 * @param recordedBy the code of the organisation that recorded the rating (an organisation on the record); empty
 *                  means the organisation whose record this is ({@link SafeguardingRecord#recorder()})
 */
public record Achievement(OutcomeAchievement level, AchievementJudge judgedBy, LocalDate ratedOn,
        Optional<String> recordedBy) {

    /** Checks the mandatory parts. */
    public Achievement {
        required(level, "negotiatedOutcomes[].achievement.level");
        required(judgedBy, "negotiatedOutcomes[].achievement.judgedBy");
        required(ratedOn, "negotiatedOutcomes[].achievement.ratedOn");
        recordedBy = optionalCode(recordedBy, "negotiatedOutcomes[].achievement.recordedBy");
    }

    /**
     * A rating recorded by the organisation whose record it is.
     *
     * @param level    fully, partially or not achieved
     * @param judgedBy who judged it
     * @param ratedOn  the date it was rated
     */
    public Achievement(OutcomeAchievement level, AchievementJudge judgedBy, LocalDate ratedOn) {
        this(level, judgedBy, ratedOn, Optional.empty());
    }

    /**
     * @param organisationCode the code of the organisation that recorded it, or null for the record's own
     * @return a copy attributed to that organisation
     */
    public Achievement withRecordedBy(String organisationCode) {
        return new Achievement(level, judgedBy, ratedOn, Optional.ofNullable(organisationCode));
    }
}
