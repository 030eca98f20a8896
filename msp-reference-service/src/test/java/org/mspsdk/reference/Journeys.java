package org.mspsdk.reference;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.mspsdk.instrument.Instruments;
import org.mspsdk.model.Achievement;
import org.mspsdk.model.AdultAtRisk;
import org.mspsdk.model.Concern;
import org.mspsdk.model.Consent;
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
import org.mspsdk.vocabulary.AchievementJudge;
import org.mspsdk.vocabulary.AskedAboutOutcomes;
import org.mspsdk.vocabulary.CapacityAnswer;
import org.mspsdk.vocabulary.ConcernOutcome;
import org.mspsdk.vocabulary.ConcernSource;
import org.mspsdk.vocabulary.ConsentDecision;
import org.mspsdk.vocabulary.EnquiryResult;
import org.mspsdk.vocabulary.EnquiryType;
import org.mspsdk.vocabulary.LocationOfRisk;
import org.mspsdk.vocabulary.NegotiationChangeReason;
import org.mspsdk.vocabulary.OrganisationRole;
import org.mspsdk.vocabulary.OrganisationType;
import org.mspsdk.vocabulary.OutcomeAchievement;
import org.mspsdk.vocabulary.OutcomeCategory;
import org.mspsdk.vocabulary.RecordingStage;
import org.mspsdk.vocabulary.RiskOutcome;
import org.mspsdk.vocabulary.SafetyRating;
import org.mspsdk.vocabulary.SourceOfRisk;
import org.mspsdk.vocabulary.TypeOfRisk;

/** One safeguarding journey, stage by stage, each stage the record as a practitioner would save it. */
final class Journeys {

    static final LocalDate RECEIVED = LocalDate.of(2025, 6, 2);
    static final LocalDate COMMENCED = LocalDate.of(2025, 6, 4);
    static final LocalDate NEGOTIATED = LocalDate.of(2025, 6, 10);
    static final LocalDate RENEGOTIATED = LocalDate.of(2025, 7, 1);
    static final LocalDate CONCLUDED = LocalDate.of(2025, 8, 15);
    static final String PENSION = "I want my pension to go into my own account again.";
    static final String SUNDAYS = "I still want to see my grandson on Sundays.";

    private Journeys() {
    }

    /** @param recordId the record id @return a concern, received and not yet decided */
    static SafeguardingRecord concern(String recordId) {
        return SafeguardingRecord.builder().recordId(recordId)
                .adult(AdultAtRisk.builder("P-" + recordId).dateOfBirth(LocalDate.of(1941, 5, 2)).build())
                .addOrganisation(OrganisationInvolvement.of("E08000001", OrganisationType.LOCAL_AUTHORITY,
                        OrganisationRole.LEAD_COUNCIL, OrganisationRole.RECORDED_OUTCOME))
                .concern(Concern.received(RECEIVED, ConcernSource.FAMILY))
                .build();
    }

    /** @return the concern decided, the enquiry started, and what the person wants */
    static SafeguardingRecord desiredOutcomes(SafeguardingRecord concern) {
        return concern.toBuilder()
                .concern(concern.concern().decided(ConcernOutcome.S42_ENQUIRY))
                .enquiry(Enquiry.builder(EnquiryType.S42, COMMENCED).s42Criteria(S42Criteria.allMet())
                        .addRiskItem(RiskItem.of(TypeOfRisk.FINANCIAL_MATERIAL, LocationOfRisk.OWN_HOME,
                                SourceOfRisk.KNOWN))
                        .build())
                .outcomes(PersonalOutcomes.builder().asked(AskedAboutOutcomes.ASKED_EXPRESSED)
                        .addDesiredOutcome(new DesiredOutcome("D1", PENSION, Voice.adult(), COMMENCED,
                                RecordingStage.ENQUIRY_START, Optional.of(OutcomeCategory.KEEP_CONTROL)))
                        .addDesiredOutcome(new DesiredOutcome("D2", SUNDAYS, Voice.adult(), COMMENCED,
                                RecordingStage.ENQUIRY_START, Optional.of(OutcomeCategory.KEEP_RELATIONSHIP)))
                        .feelingSafeAtStart(SafetyRating.UNSAFE)
                        .build())
                .build();
    }

    /** @return the outcomes agreed with the person: one as they said it, one changed for a reason */
    static SafeguardingRecord negotiated(SafeguardingRecord r) {
        return r.toBuilder().outcomes(r.outcomes().toBuilder()
                .addNegotiatedOutcome(NegotiatedOutcome.agreed("N1", List.of("D1"),
                        OutcomeRevision.of(NEGOTIATED, PENSION)))
                .addNegotiatedOutcome(NegotiatedOutcome.agreed("N2", List.of("D2"),
                        OutcomeRevision.changed(NEGOTIATED, "Sunday visits continue at a family centre.",
                                NegotiationChangeReason.RISK_TO_OTHERS)))
                .build()).build();
    }

    /** @return the second outcome renegotiated, both rated, and the enquiry concluded */
    static SafeguardingRecord concluded(SafeguardingRecord r) {
        PersonalOutcomes o = r.outcomes();
        NegotiatedOutcome n1 = o.negotiatedOutcomes().get(0).withAchievement(
                new Achievement(OutcomeAchievement.FULLY_ACHIEVED, AchievementJudge.ADULT, CONCLUDED));
        NegotiatedOutcome n2 = o.negotiatedOutcomes().get(1)
                .revise(OutcomeRevision.changed(RENEGOTIATED, "Sunday visits at home with a support worker.",
                        NegotiationChangeReason.PERSON_CHANGED_MIND))
                .withAchievement(new Achievement(OutcomeAchievement.PARTIALLY_ACHIEVED, AchievementJudge.ADULT,
                        CONCLUDED));
        return r.toBuilder()
                .enquiry(r.enquiry().orElseThrow().toBuilder().concludedOn(CONCLUDED)
                        .result(EnquiryResult.RISK_IDENTIFIED_ACTION).riskOutcome(RiskOutcome.REDUCED)
                        .mentalCapacity(MentalCapacity.of(CapacityAnswer.DID_NOT_LACK))
                        .consent(Consent.of(ConsentDecision.CONSENTED)).build())
                .outcomes(o.toBuilder().replaceNegotiatedOutcome(n1).replaceNegotiatedOutcome(n2)
                        .enquiryAchievement(OutcomeAchievement.PARTIALLY_ACHIEVED)
                        .feelingSafeAtEnd(SafetyRating.SAFE).build())
                .build();
    }

    /** @return the person's answers to My Safeguarding Experience, Part 2 */
    static SafeguardingRecord part2(SafeguardingRecord r) {
        return r.toBuilder().addQuestionnaire(QuestionnaireResponse.completed(
                Instruments.MY_SAFEGUARDING_EXPERIENCE_PART_2.id(),
                Instruments.MY_SAFEGUARDING_EXPERIENCE_PART_2.version(), Voice.adult(), CONCLUDED.plusDays(3),
                List.of(ItemAnswer.coded("listened-to", "yes-completely"),
                        ItemAnswer.coded("informed", "yes-to-some-extent"),
                        ItemAnswer.text("reflection", "The same worker came each time.")))).build();
    }
}
