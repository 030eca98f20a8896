package org.mspsdk.model;

import static org.mspsdk.internal.Checks.optional;
import static org.mspsdk.internal.Checks.optionalCode;
import static org.mspsdk.internal.Checks.required;
import static org.mspsdk.internal.Checks.requiredText;
import static org.mspsdk.internal.Checks.text;

import java.time.LocalDate;
import java.util.Optional;
import org.mspsdk.vocabulary.OutcomeCategory;
import org.mspsdk.vocabulary.RecordingStage;

/**
 * What the person (or their representative) wants to happen, in their own words, recorded verbatim. The
 * wording is personal data: {@link #toString()} does not show it.
 *
 * <pre>{@code
 * DesiredOutcome d = new DesiredOutcome("do-1", "I want to feel safe in my own home", Voice.adult(),
 *         LocalDate.of(2025, 6, 3), RecordingStage.ENQUIRY_START, Optional.of(OutcomeCategory.BE_AND_FEEL_SAFER));
 * }</pre>
 *
 * @param id          a local id, unique within the record, that negotiated outcomes refer to
 * @param wording     the person's own words, verbatim
 * @param expressedBy who expressed it
 * @param expressedOn when it was expressed
 * @param stage       at which stage of the journey
 * @param category    an optional category
 * @param recordedBy  the code of the organisation that recorded it (an organisation on the record); empty means
 *                    the organisation whose record this is ({@link SafeguardingRecord#recorder()})
 */
public record DesiredOutcome(String id, String wording, Voice expressedBy, LocalDate expressedOn,
        RecordingStage stage, Optional<OutcomeCategory> category, Optional<String> recordedBy) {

    /** Checks the mandatory parts. */
    public DesiredOutcome {
        requiredText(id, "desiredOutcomes[].id");
        text(wording, "desiredOutcomes[].wording");
        required(expressedBy, "desiredOutcomes[].expressedBy");
        required(expressedOn, "desiredOutcomes[].expressedOn");
        required(stage, "desiredOutcomes[].stage");
        category = optional(category);
        recordedBy = optionalCode(recordedBy, "desiredOutcomes[].recordedBy");
    }

    /**
     * A desired outcome recorded by the organisation whose record it is.
     *
     * @param id          a local id, unique within the record
     * @param wording     the person's own words, verbatim
     * @param expressedBy who expressed it
     * @param expressedOn when it was expressed
     * @param stage       at which stage of the journey
     * @param category    an optional category
     */
    public DesiredOutcome(String id, String wording, Voice expressedBy, LocalDate expressedOn, RecordingStage stage,
            Optional<OutcomeCategory> category) {
        this(id, wording, expressedBy, expressedOn, stage, category, Optional.empty());
    }

    /**
     * @param organisationCode the code of the organisation that recorded it, or null for the record's own
     * @return a copy attributed to that organisation
     */
    public DesiredOutcome withRecordedBy(String organisationCode) {
        return new DesiredOutcome(id, wording, expressedBy, expressedOn, stage, category, Optional.ofNullable(organisationCode));
    }

    @Override
    public String toString() {
        return "DesiredOutcome[id=" + id + ", wording=redacted, expressedBy=" + expressedBy + ", stage="
                + stage.code() + ", category=" + category.map(OutcomeCategory::code).orElse("none")
                + recordedBy.map(c -> ", recordedBy=" + c).orElse("") + "]";
    }
}
