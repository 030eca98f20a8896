package org.mspsdk.examples;

import java.io.PrintStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.mspsdk.instrument.Instrument;
import org.mspsdk.instrument.Instruments;
import org.mspsdk.model.Achievement;
import org.mspsdk.model.AdultAtRisk;
import org.mspsdk.model.Concern;
import org.mspsdk.model.DesiredOutcome;
import org.mspsdk.model.Enquiry;
import org.mspsdk.model.ItemAnswer;
import org.mspsdk.model.MentalCapacity;
import org.mspsdk.model.NegotiatedOutcome;
import org.mspsdk.model.OrganisationInvolvement;
import org.mspsdk.model.OutcomeRevision;
import org.mspsdk.model.PersonalOutcomes;
import org.mspsdk.model.QuestionnaireResponse;
import org.mspsdk.model.RiskItem;
import org.mspsdk.model.S42Criteria;
import org.mspsdk.model.SafeguardingRecord;
import org.mspsdk.model.Voice;
import org.mspsdk.validation.Finding;
import org.mspsdk.validation.Profile;
import org.mspsdk.validation.ValidationReport;
import org.mspsdk.validation.Validator;
import org.mspsdk.vocabulary.AchievementJudge;
import org.mspsdk.vocabulary.AskedAboutOutcomes;
import org.mspsdk.vocabulary.CapacityAnswer;
import org.mspsdk.vocabulary.ConcernOutcome;
import org.mspsdk.vocabulary.ConcernSource;
import org.mspsdk.vocabulary.EnquiryResult;
import org.mspsdk.vocabulary.EnquiryType;
import org.mspsdk.vocabulary.Ethnicity;
import org.mspsdk.vocabulary.Gender;
import org.mspsdk.vocabulary.LocationOfRisk;
import org.mspsdk.vocabulary.NegotiationChangeReason;
import org.mspsdk.vocabulary.OrganisationRole;
import org.mspsdk.vocabulary.OrganisationType;
import org.mspsdk.vocabulary.OutcomeAchievement;
import org.mspsdk.vocabulary.OutcomeCategory;
import org.mspsdk.vocabulary.PrimarySupportReason;
import org.mspsdk.vocabulary.RecordingStage;
import org.mspsdk.vocabulary.RiskOutcome;
import org.mspsdk.vocabulary.SafetyRating;
import org.mspsdk.vocabulary.SourceOfRisk;
import org.mspsdk.vocabulary.TypeOfRisk;

/**
 * A care record system recording one enquiry through its life: the concern, the person's desired outcomes at
 * the start, a negotiation that changes an outcome (the person's words kept), closure with achievement, and
 * the Part 2 experience questionnaire. The record is validated at every save with the in-progress profile, and
 * at closure with the SAC profile, the way a vendor would before letting a case be signed off.
 */
public final class VendorLifecycle {

    private static final LocalDate RECEIVED = LocalDate.of(2025, 9, 1);
    private static final LocalDate COMMENCED = LocalDate.of(2025, 9, 3);
    private static final LocalDate RENEGOTIATED = LocalDate.of(2025, 10, 14);
    private static final LocalDate CONCLUDED = LocalDate.of(2025, 11, 28);

    /** One save: what was stored and what the validator said. */
    public record Step(String name, SafeguardingRecord record, ValidationReport report) {
    }

    private VendorLifecycle() {
    }

    /**
     * Runs the journey, validating each save.
     *
     * @param today the clock's "today" (after closure)
     * @return every step in order
     */
    public static List<Step> run(LocalDate today) {
        Clock clock = Clock.fixed(today.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
        Validator everySave = Validator.builder().profile(Profile.IN_PROGRESS).clock(clock).build();
        Validator signOff = Validator.builder().profile(Profile.SAC_COMPLETE).clock(clock).build();
        List<Step> steps = new ArrayList<>();

        // 1. A concern arrives from a home care provider.
        SafeguardingRecord record = SafeguardingRecord.builder()
                .recordId("CASE-0042")
                .adult(AdultAtRisk.builder("PERSON-0017").dateOfBirth(LocalDate.of(1939, 3, 14))
                        .gender(Gender.FEMALE).ethnicity(Ethnicity.WHITE)
                        .primarySupportReason(PrimarySupportReason.MEMORY_COGNITION)
                        .autismExcludingAsperger(false).aspergerOrHighFunctioningAutism(false).build())
                .addOrganisation(OrganisationInvolvement.of("E09000099", "Example Council",
                        OrganisationType.LOCAL_AUTHORITY,
                        List.of(OrganisationRole.LEAD_COUNCIL, OrganisationRole.RECORDED_OUTCOME)))
                .addOrganisation(OrganisationInvolvement.of("CP123", OrganisationType.CARE_PROVIDER,
                        OrganisationRole.RAISED_CONCERN))
                .concern(Concern.received(RECEIVED, ConcernSource.CARE_PROVIDER))
                .build();
        steps.add(new Step("concern received", record, everySave.validate(record)));

        // 2. A section 42 enquiry starts; the person says what they want, in their own words.
        DesiredOutcome stayHome = new DesiredOutcome("do-1", "I want to stay in my flat and not be frightened",
                Voice.adult(), COMMENCED, RecordingStage.ENQUIRY_START, Optional.of(OutcomeCategory.BE_AND_FEEL_SAFER));
        DesiredOutcome keepSon = new DesiredOutcome("do-2", "I don't want my son in trouble",
                Voice.adult(), COMMENCED, RecordingStage.ENQUIRY_START, Optional.of(OutcomeCategory.KEEP_RELATIONSHIP));
        record = record.toBuilder()
                .concern(record.concern().decided(ConcernOutcome.S42_ENQUIRY))
                .enquiry(Enquiry.builder(EnquiryType.S42, COMMENCED)
                        .s42Criteria(S42Criteria.allMet())
                        .addRiskItem(RiskItem.of(TypeOfRisk.FINANCIAL_MATERIAL, LocationOfRisk.OWN_HOME,
                                SourceOfRisk.KNOWN))
                        .mentalCapacity(MentalCapacity.of(CapacityAnswer.DID_NOT_LACK))
                        .build())
                .outcomes(PersonalOutcomes.builder()
                        .asked(AskedAboutOutcomes.ASKED_EXPRESSED)
                        .addDesiredOutcome(stayHome)
                        .addDesiredOutcome(keepSon)
                        .addNegotiatedOutcome(NegotiatedOutcome.agreed("no-1", List.of("do-1", "do-2"),
                                OutcomeRevision.changed(COMMENCED,
                                        "Stay at home; money managed with the bank so contact with son can continue",
                                        NegotiationChangeReason.MUTUALLY_EXCLUSIVE)))
                        .feelingSafeAtStart(SafetyRating.UNSAFE)
                        .build())
                .build();
        steps.add(new Step("enquiry started, outcomes agreed", record, everySave.validate(record)));

        // 3. The person changes their mind once the crisis passes: the history grows, nothing is overwritten.
        SafeguardingRecord before = record;
        NegotiatedOutcome revised = record.outcomes().negotiatedOutcome("no-1").orElseThrow()
                .revise(OutcomeRevision.changed(RENEGOTIATED,
                        "Stay at home; son visits only when her daughter is there",
                        NegotiationChangeReason.PERSON_CHANGED_MIND));
        record = record.toBuilder()
                .outcomes(record.outcomes().toBuilder().replaceNegotiatedOutcome(revised).build())
                .build();
        steps.add(new Step("outcome renegotiated", record, everySave.validateUpdate(before, record)));

        // 4. A save with a mistake: the enquiry is closed but the result is "risk identified" with no risk outcome.
        Enquiry closedWithoutOutcome = record.enquiry().orElseThrow().toBuilder()
                .concludedOn(CONCLUDED).result(EnquiryResult.RISK_IDENTIFIED_ACTION).build();
        SafeguardingRecord mistaken = record.toBuilder().enquiry(closedWithoutOutcome).build();
        steps.add(new Step("closure attempted with a gap", mistaken, signOff.validate(mistaken)));

        // 5. Closure done properly: risk outcome, achievement per outcome and for the enquiry, Part 2 answered.
        NegotiatedOutcome rated = revised.withAchievement(new Achievement(OutcomeAchievement.FULLY_ACHIEVED,
                AchievementJudge.ADULT, CONCLUDED));
        Instrument part2 = Instruments.MY_SAFEGUARDING_EXPERIENCE_PART_2;
        record = mistaken.toBuilder()
                .enquiry(closedWithoutOutcome.toBuilder().riskOutcome(RiskOutcome.REDUCED).build())
                .outcomes(record.outcomes().toBuilder().replaceNegotiatedOutcome(rated)
                        .enquiryAchievement(OutcomeAchievement.FULLY_ACHIEVED)
                        .feelingSafeAtEnd(SafetyRating.SAFE).build())
                .addQuestionnaire(QuestionnaireResponse.completed(part2.id(), part2.version(), Voice.adult(),
                        CONCLUDED, List.of(ItemAnswer.coded("listened-to", "yes-completely"),
                                ItemAnswer.coded("feel-safer", "yes-to-some-extent"),
                                ItemAnswer.coded("help-to-recover", "no"))))
                .build();
        steps.add(new Step("enquiry concluded", record, signOff.validate(record)));
        return steps;
    }

    /**
     * Prints each step and its findings (ids, paths and messages only: no personal data).
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        print(run(LocalDate.of(2025, 12, 31)), System.out);
    }

    static void print(List<Step> steps, PrintStream out) {
        for (Step step : steps) {
            out.printf("%-36s %s%n", step.name(), step.report().isValid() ? "valid" : "NOT VALID");
            for (Finding f : step.report().findings()) {
                out.printf("    %s %-7s %s: %s%n", f.ruleId(), f.severity(), f.path(), f.message());
            }
        }
    }
}
