package org.mspsdk.validation;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.mspsdk.instrument.Instruments;
import org.mspsdk.model.Achievement;
import org.mspsdk.model.AdultAtRisk;
import org.mspsdk.model.Advocacy;
import org.mspsdk.model.Concern;
import org.mspsdk.model.Consent;
import org.mspsdk.model.DesiredOutcome;
import org.mspsdk.model.Enquiry;
import org.mspsdk.model.ItemAnswer;
import org.mspsdk.model.MentalCapacity;
import org.mspsdk.model.NegotiatedOutcome;
import org.mspsdk.model.NhsNumber;
import org.mspsdk.model.OrganisationInvolvement;
import org.mspsdk.model.OutcomeRevision;
import org.mspsdk.model.PersonalOutcomes;
import org.mspsdk.model.QuestionnaireResponse;
import org.mspsdk.model.RiskItem;
import org.mspsdk.model.S42Criteria;
import org.mspsdk.model.SafeguardingRecord;
import org.mspsdk.model.Voice;
import org.mspsdk.vocabulary.AchievementJudge;
import org.mspsdk.vocabulary.ActionWithoutConsentReason;
import org.mspsdk.vocabulary.AskedAboutOutcomes;
import org.mspsdk.vocabulary.ConcernOutcome;
import org.mspsdk.vocabulary.ConcernSource;
import org.mspsdk.vocabulary.ConsentDecision;
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
import org.mspsdk.vocabulary.RepresentativeRole;
import org.mspsdk.vocabulary.RiskOutcome;
import org.mspsdk.vocabulary.SafetyRating;
import org.mspsdk.vocabulary.SourceOfRisk;
import org.mspsdk.vocabulary.TypeOfRisk;

/** A complete, valid record (concluded section 42 enquiry) and helpers to change one part of it. */
final class Fixtures {

    static final LocalDate TODAY = LocalDate.of(2026, 6, 30);
    static final Clock CLOCK = Clock.fixed(TODAY.atTime(12, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
    static final LocalDate RECEIVED = LocalDate.of(2025, 6, 2);
    static final LocalDate COMMENCED = LocalDate.of(2025, 6, 3);
    static final LocalDate CONCLUDED = LocalDate.of(2025, 8, 20);

    static final String WORDS_1 = "I want to feel safe in my own home";
    static final String WORDS_2 = "I want to keep seeing my grandson";

    private Fixtures() {
    }

    static Validator validator(Profile profile) {
        return Validator.builder().profile(profile).clock(CLOCK).build();
    }

    static SafeguardingRecord valid() {
        var p1 = Instruments.MY_SAFEGUARDING_EXPERIENCE_PART_1;
        var p2 = Instruments.MY_SAFEGUARDING_EXPERIENCE_PART_2;
        return SafeguardingRecord.builder()
                .recordId("R-2025-0001")
                .adult(AdultAtRisk.builder("P-1042").nhsNumber(NhsNumber.of("943 476 5919"))
                        .dateOfBirth(LocalDate.of(1941, 5, 2)).gender(Gender.FEMALE).ethnicity(Ethnicity.WHITE)
                        .primarySupportReason(PrimarySupportReason.PHYSICAL).build())
                .addOrganisation(OrganisationInvolvement.of("E08000001", "A Borough Council",
                        OrganisationType.LOCAL_AUTHORITY, List.of(OrganisationRole.LEAD_COUNCIL,
                                OrganisationRole.RECORDED_OUTCOME)))
                .addOrganisation(OrganisationInvolvement.of("RXX01", OrganisationType.NHS_TRUST,
                        OrganisationRole.RAISED_CONCERN, OrganisationRole.CAUSED_TO_MAKE_ENQUIRIES))
                .concern(Concern.received(RECEIVED, ConcernSource.NHS).decided(ConcernOutcome.S42_ENQUIRY))
                .enquiry(Enquiry.builder(EnquiryType.S42, COMMENCED)
                        .s42Criteria(S42Criteria.allMet())
                        .addRiskItem(RiskItem.of(TypeOfRisk.NEGLECT, LocationOfRisk.OWN_HOME, SourceOfRisk.KNOWN))
                        .addRiskItem(RiskItem.of(TypeOfRisk.FINANCIAL_MATERIAL, LocationOfRisk.OWN_HOME,
                                SourceOfRisk.SERVICE_PROVIDER))
                        .concludedOn(CONCLUDED)
                        .result(EnquiryResult.RISK_IDENTIFIED_ACTION)
                        .riskOutcome(RiskOutcome.REDUCED)
                        .mentalCapacity(MentalCapacity.lacked(true))
                        .advocacy(Advocacy.of(true, false, true))
                        .consent(Consent.withoutConsent(ConsentDecision.DECLINED, true,
                                ActionWithoutConsentReason.OTHERS_AT_RISK))
                        .build())
                .outcomes(PersonalOutcomes.builder()
                        .asked(AskedAboutOutcomes.ASKED_EXPRESSED)
                        .addDesiredOutcome(new DesiredOutcome("do-1", WORDS_1, Voice.adult(), COMMENCED,
                                RecordingStage.ENQUIRY_START, Optional.of(OutcomeCategory.BE_AND_FEEL_SAFER)))
                        .addDesiredOutcome(new DesiredOutcome("do-2", WORDS_2,
                                Voice.representative(RepresentativeRole.FAMILY_MEMBER), COMMENCED,
                                RecordingStage.ENQUIRY_START, Optional.empty()))
                        .addNegotiatedOutcome(NegotiatedOutcome.agreed("no-1", List.of("do-1"),
                                        OutcomeRevision.of(COMMENCED, WORDS_1))
                                .revise(OutcomeRevision.changed(LocalDate.of(2025, 7, 1), "Feel safe at home with a door alarm",
                                        NegotiationChangeReason.PERSON_CHANGED_MIND))
                                .withAchievement(new Achievement(OutcomeAchievement.FULLY_ACHIEVED,
                                        AchievementJudge.ADULT, CONCLUDED)))
                        .addNegotiatedOutcome(NegotiatedOutcome.agreed("no-2", List.of("do-2"),
                                        OutcomeRevision.changed(COMMENCED, "Visits at the family centre",
                                                NegotiationChangeReason.RISK_TO_OTHERS))
                                .withAchievement(new Achievement(OutcomeAchievement.PARTIALLY_ACHIEVED,
                                        AchievementJudge.REPRESENTATIVE, CONCLUDED)))
                        .enquiryAchievement(OutcomeAchievement.PARTIALLY_ACHIEVED)
                        .feelingSafeAtStart(SafetyRating.UNSAFE)
                        .feelingSafeAtEnd(SafetyRating.SAFE)
                        .build())
                .addQuestionnaire(QuestionnaireResponse.completed(p1.id(), p1.version(), Voice.adult(), COMMENCED,
                        List.of(ItemAnswer.coded("informed", "telephone"),
                                ItemAnswer.text("involvement", "Tell me before you do anything"))))
                .addQuestionnaire(QuestionnaireResponse.completed(p2.id(), p2.version(),
                        Voice.representative(RepresentativeRole.FAMILY_MEMBER), CONCLUDED.plusDays(5),
                        List.of(ItemAnswer.coded("listened-to", "yes-completely"),
                                ItemAnswer.text("questions", "Who do I ring?"))))
                .notes("Joint visit with the district nurse.")
                .build();
    }

    static SafeguardingRecord adult(SafeguardingRecord r, UnaryOperator<AdultAtRisk.Builder> f) {
        return r.toBuilder().adult(f.apply(r.adult().toBuilder()).build()).build();
    }

    static SafeguardingRecord enquiry(SafeguardingRecord r, UnaryOperator<Enquiry.Builder> f) {
        return r.toBuilder().enquiry(f.apply(r.enquiry().orElseThrow().toBuilder()).build()).build();
    }

    static SafeguardingRecord outcomes(SafeguardingRecord r, UnaryOperator<PersonalOutcomes.Builder> f) {
        return r.toBuilder().outcomes(f.apply(r.outcomes().toBuilder()).build()).build();
    }

    static SafeguardingRecord negotiated(SafeguardingRecord r, int index, UnaryOperator<NegotiatedOutcome> f) {
        List<NegotiatedOutcome> list = new java.util.ArrayList<>(r.outcomes().negotiatedOutcomes());
        list.set(index, f.apply(list.get(index)));
        return outcomes(r, o -> o.negotiatedOutcomes(list));
    }

    static SafeguardingRecord desired(SafeguardingRecord r, int index, UnaryOperator<DesiredOutcome> f) {
        List<DesiredOutcome> list = new java.util.ArrayList<>(r.outcomes().desiredOutcomes());
        list.set(index, f.apply(list.get(index)));
        return outcomes(r, o -> o.desiredOutcomes(list));
    }

    static SafeguardingRecord questionnaire(SafeguardingRecord r, int index, UnaryOperator<QuestionnaireResponse> f) {
        List<QuestionnaireResponse> list = new java.util.ArrayList<>(r.questionnaires());
        list.set(index, f.apply(list.get(index)));
        return r.toBuilder().questionnaires(list).build();
    }

    static SafeguardingRecord organisation(SafeguardingRecord r, int index,
            UnaryOperator<OrganisationInvolvement> f) {
        List<OrganisationInvolvement> list = new java.util.ArrayList<>(r.organisations());
        list.set(index, f.apply(list.get(index)));
        return r.toBuilder().organisations(list).build();
    }

    /** The record with the enquiry still open: no conclusion, result, risk outcome, ratings or closing parts. */
    static SafeguardingRecord open() {
        SafeguardingRecord r = valid();
        r = enquiry(r, e -> e.concludedOn(null).result(null).riskOutcome(null));
        r = outcomes(r, o -> o.enquiryAchievement(null).feelingSafeAtEnd(null).negotiatedOutcomes(
                r0().outcomes().negotiatedOutcomes().stream()
                        .map(n -> new NegotiatedOutcome(n.id(), n.desiredOutcomeIds(), n.revisions(), Optional.empty()))
                        .toList()));
        return r.toBuilder().questionnaires(List.of(r.questionnaires().get(0))).build();
    }

    private static SafeguardingRecord r0() {
        return valid();
    }
}
