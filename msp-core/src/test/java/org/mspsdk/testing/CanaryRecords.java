package org.mspsdk.testing;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
import org.mspsdk.vocabulary.LocationOfRisk;
import org.mspsdk.vocabulary.NegotiationChangeReason;
import org.mspsdk.vocabulary.OrganisationRole;
import org.mspsdk.vocabulary.OrganisationType;
import org.mspsdk.vocabulary.OutcomeAchievement;
import org.mspsdk.vocabulary.OutcomeCategory;
import org.mspsdk.vocabulary.RecordingStage;
import org.mspsdk.vocabulary.RepresentativeRole;
import org.mspsdk.vocabulary.RiskOutcome;
import org.mspsdk.vocabulary.SafetyRating;
import org.mspsdk.vocabulary.SourceOfRisk;
import org.mspsdk.vocabulary.TypeOfRisk;

/**
 * A fully populated, valid concluded s42 record whose every identifier and free-text field holds a distinctive
 * canary string, for tests that personal data never leaks into messages, logs, {@code toString()} or research
 * output. Shared with other modules through msp-core's test-jar.
 */
public final class CanaryRecords {

    /** The canary for the record id. */
    public static final String RECORD_ID = "CANARY-RECORD-ID-7f3a";
    /** The canary for the person id. */
    public static final String PERSON_ID = "CANARY-PERSON-ID-51c9";
    /** A valid NHS number used only here. */
    public static final String NHS_NUMBER = "9434765870";
    /** The date of birth, as ISO text. */
    public static final LocalDate DATE_OF_BIRTH = LocalDate.of(1938, 2, 17);
    /** The canary in the desired outcome wording. */
    public static final String DESIRED_WORDING = "CANARY-DESIRED-I want Bob to stop taking my pension";
    /** The canary in the negotiated outcome wording. */
    public static final String NEGOTIATED_WORDING = "CANARY-NEGOTIATED-bank safeguards on the account";
    /** The canary in the revised negotiated wording. */
    public static final String REVISED_WORDING = "CANARY-REVISED-bank safeguards and Bob visits supervised";
    /** The canary in a questionnaire free-text answer. */
    public static final String ANSWER_TEXT = "CANARY-ANSWER-Nobody asked me about Bob";
    /** The canary in the notes. */
    public static final String NOTES = "CANARY-NOTES-lives with son Bob Smith at 12 Acacia Avenue";
    /** The canary in an extension value. */
    public static final String EXTENSION = "\"CANARY-EXTENSION-value\"";

    /** Every canary string that must never leak. */
    public static final List<String> ALL = List.of(RECORD_ID, PERSON_ID, NHS_NUMBER, "1938-02-17", DESIRED_WORDING,
            NEGOTIATED_WORDING, REVISED_WORDING, ANSWER_TEXT, NOTES, "CANARY-EXTENSION-value");

    private CanaryRecords() {
    }

    /** @return the canary record */
    public static SafeguardingRecord record() {
        LocalDate received = LocalDate.of(2025, 5, 1);
        LocalDate commenced = LocalDate.of(2025, 5, 6);
        LocalDate concluded = LocalDate.of(2025, 8, 29);
        NegotiatedOutcome negotiated = NegotiatedOutcome.agreed("no-1", List.of("do-1"),
                        OutcomeRevision.changed(commenced, NEGOTIATED_WORDING, NegotiationChangeReason.RISK_TO_OTHERS))
                .revise(OutcomeRevision.changed(commenced.plusDays(20), REVISED_WORDING,
                        NegotiationChangeReason.PERSON_CHANGED_MIND))
                .withAchievement(new Achievement(OutcomeAchievement.PARTIALLY_ACHIEVED,
                        AchievementJudge.REPRESENTATIVE, concluded));
        return SafeguardingRecord.builder()
                .recordId(RECORD_ID)
                .adult(AdultAtRisk.builder(PERSON_ID).nhsNumber(NhsNumber.of(NHS_NUMBER)).dateOfBirth(DATE_OF_BIRTH)
                        .build())
                .addOrganisation(OrganisationInvolvement.of("E08000099", OrganisationType.LOCAL_AUTHORITY,
                        OrganisationRole.LEAD_COUNCIL, OrganisationRole.RECORDED_OUTCOME))
                .concern(Concern.received(received, ConcernSource.FAMILY).decided(ConcernOutcome.S42_ENQUIRY))
                .enquiry(Enquiry.builder(EnquiryType.S42, commenced)
                        .s42Criteria(S42Criteria.allMet())
                        .addRiskItem(RiskItem.of(TypeOfRisk.FINANCIAL_MATERIAL, LocationOfRisk.OWN_HOME,
                                SourceOfRisk.KNOWN))
                        .concludedOn(concluded)
                        .result(EnquiryResult.RISK_IDENTIFIED_ACTION)
                        .riskOutcome(RiskOutcome.REDUCED)
                        .mentalCapacity(MentalCapacity.lacked(true))
                        .advocacy(Advocacy.of(true, true, false))
                        .consent(Consent.withoutConsent(ConsentDecision.UNABLE_TO_CONSENT, true,
                                ActionWithoutConsentReason.OTHERS_AT_RISK))
                        .build())
                .outcomes(PersonalOutcomes.builder()
                        .asked(AskedAboutOutcomes.ASKED_EXPRESSED)
                        .addDesiredOutcome(new DesiredOutcome("do-1", DESIRED_WORDING,
                                Voice.representative(RepresentativeRole.FAMILY_MEMBER), commenced,
                                RecordingStage.ENQUIRY_START, Optional.of(OutcomeCategory.BE_AND_FEEL_SAFER)))
                        .addNegotiatedOutcome(negotiated)
                        .enquiryAchievement(OutcomeAchievement.PARTIALLY_ACHIEVED)
                        .feelingSafeAtStart(SafetyRating.UNSAFE)
                        .feelingSafeAtEnd(SafetyRating.SAFE)
                        .build())
                .addQuestionnaire(QuestionnaireResponse.completed(
                        Instruments.MY_SAFEGUARDING_EXPERIENCE_PART_2.id(),
                        Instruments.MY_SAFEGUARDING_EXPERIENCE_PART_2.version(),
                        Voice.representative(RepresentativeRole.FAMILY_MEMBER), concluded.plusDays(3),
                        List.of(ItemAnswer.coded("listened-to", "yes-completely"),
                                ItemAnswer.text("reflection", ANSWER_TEXT))))
                .notes(NOTES)
                .extensions(Map.of("/futureField", EXTENSION))
                .build();
    }
}
