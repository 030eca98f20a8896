package org.mspsdk.testing;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.mspsdk.instrument.Instruments;
import org.mspsdk.model.Achievement;
import org.mspsdk.model.AdultAtRisk;
import org.mspsdk.model.Concern;
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
import org.mspsdk.vocabulary.AskedAboutOutcomes;
import org.mspsdk.vocabulary.CapacityAnswer;
import org.mspsdk.vocabulary.ConcernOutcome;
import org.mspsdk.vocabulary.ConcernSource;
import org.mspsdk.vocabulary.EnquiryResult;
import org.mspsdk.vocabulary.EnquiryType;
import org.mspsdk.vocabulary.Ethnicity;
import org.mspsdk.vocabulary.Gender;
import org.mspsdk.vocabulary.LocationOfRisk;
import org.mspsdk.vocabulary.OrganisationRole;
import org.mspsdk.vocabulary.OrganisationType;
import org.mspsdk.vocabulary.OutcomeAchievement;
import org.mspsdk.vocabulary.OutcomeCategory;
import org.mspsdk.vocabulary.PrimarySupportReason;
import org.mspsdk.vocabulary.RecordingStage;
import org.mspsdk.vocabulary.RiskOutcome;
import org.mspsdk.vocabulary.SourceOfRisk;
import org.mspsdk.vocabulary.TypeOfRisk;

/**
 * One person's safeguarding journey as three organisations recorded it (shared with other modules through
 * msp-core's test-jar):
 * <ul>
 *   <li>{@link #council()}: the lead council E08000001 ({@code C-1}, no recordedBy): a section 42 enquiry
 *       commenced 3 June 2025 and concluded 20 August 2025, risk identified and reduced, the person asked and one
 *       outcome expressed at the start of the enquiry, negotiated and rated partially achieved by the council on 20
 *       August; Part 2 collected by the council. It names the hospital (raised the concern) and the care provider
 *       (raised the concern with it, and contributed);</li>
 *   <li>{@link #hospital()}: the acute trust RXX01 ({@code H-1}, recordedBy RXX01) that heard the disclosure on 2
 *       June: asked the person at the point of concern, who said "I want to go home safely"; no enquiry on its
 *       record;</li>
 *   <li>{@link #careProvider()}: the care home CP001 ({@code P-1}, recordedBy CP001) that contributed to the enquiry
 *       and collected Part 1 on 4 June.</li>
 * </ul>
 * All three share episodeId {@value #EPISODE} and each validates with no error.
 */
public final class JourneyRecords {

    /** The journey's shared reference. */
    public static final String EPISODE = "EP-2025-0042";
    /** The lead council. */
    public static final String COUNCIL = "E08000001";
    /** The acute trust. */
    public static final String HOSPITAL = "RXX01";
    /** The care home. */
    public static final String CARE_PROVIDER = "CP001";

    static final LocalDate RECEIVED = LocalDate.of(2025, 6, 2);
    static final LocalDate COMMENCED = LocalDate.of(2025, 6, 3);
    static final LocalDate CONCLUDED = LocalDate.of(2025, 8, 20);

    private JourneyRecords() {
    }

    /** @return the three records, council first */
    public static List<SafeguardingRecord> all() {
        return List.of(council(), hospital(), careProvider());
    }

    private static AdultAtRisk adult(String localId) {
        return AdultAtRisk.builder(localId).nhsNumber(NhsNumber.of("943 476 5919"))
                .dateOfBirth(LocalDate.of(1941, 5, 2)).gender(Gender.FEMALE).ethnicity(Ethnicity.WHITE)
                .primarySupportReason(PrimarySupportReason.PHYSICAL).autismExcludingAsperger(false)
                .aspergerOrHighFunctioningAutism(false).build();
    }

    private static OrganisationInvolvement lead() {
        return OrganisationInvolvement.of(COUNCIL, "A Borough Council", OrganisationType.LOCAL_AUTHORITY,
                List.of(OrganisationRole.LEAD_COUNCIL));
    }

    /** @return the lead council's record */
    public static SafeguardingRecord council() {
        NegotiatedOutcome safe = NegotiatedOutcome.agreed("no-1", List.of("do-1"),
                        OutcomeRevision.of(COMMENCED, "I want to feel safe where I live"))
                .withAchievement(new Achievement(OutcomeAchievement.PARTIALLY_ACHIEVED, AchievementJudge.ADULT,
                        CONCLUDED));
        return SafeguardingRecord.builder()
                .recordId("C-1")
                .episodeId(EPISODE)
                .adult(adult("P-1042"))
                .addOrganisation(lead())
                .addOrganisation(OrganisationInvolvement.of(HOSPITAL, OrganisationType.NHS_TRUST,
                        OrganisationRole.RAISED_CONCERN))
                .addOrganisation(OrganisationInvolvement.of(CARE_PROVIDER, OrganisationType.CARE_PROVIDER,
                        OrganisationRole.RAISED_CONCERN, OrganisationRole.CONTRIBUTED))
                .concern(Concern.received(RECEIVED, ConcernSource.NHS).decided(ConcernOutcome.S42_ENQUIRY))
                .enquiry(Enquiry.builder(EnquiryType.S42, COMMENCED)
                        .s42Criteria(S42Criteria.allMet())
                        .addRiskItem(RiskItem.of(TypeOfRisk.NEGLECT, LocationOfRisk.CARE_HOME_RESIDENTIAL,
                                SourceOfRisk.SERVICE_PROVIDER))
                        .concludedOn(CONCLUDED)
                        .result(EnquiryResult.RISK_IDENTIFIED_ACTION)
                        .riskOutcome(RiskOutcome.REDUCED)
                        .mentalCapacity(MentalCapacity.of(CapacityAnswer.DID_NOT_LACK))
                        .build())
                .outcomes(PersonalOutcomes.builder()
                        .asked(AskedAboutOutcomes.ASKED_EXPRESSED)
                        .addDesiredOutcome(new DesiredOutcome("do-1", "I want to feel safe where I live", Voice.adult(),
                                COMMENCED, RecordingStage.ENQUIRY_START, Optional.of(OutcomeCategory.BE_AND_FEEL_SAFER)))
                        .addNegotiatedOutcome(safe)
                        .enquiryAchievement(OutcomeAchievement.PARTIALLY_ACHIEVED)
                        .build())
                .addQuestionnaire(QuestionnaireResponse.completed(Instruments.MY_SAFEGUARDING_EXPERIENCE_PART_2.id(),
                        Instruments.MY_SAFEGUARDING_EXPERIENCE_PART_2.version(), Voice.adult(), CONCLUDED.plusDays(7),
                        List.of(ItemAnswer.coded("listened-to", "yes-completely"))))
                .build();
    }

    /** @return the hospital's record */
    public static SafeguardingRecord hospital() {
        return SafeguardingRecord.builder()
                .recordId("H-1")
                .episodeId(EPISODE)
                .recordedBy(HOSPITAL)
                .adult(adult("RXX01-77120"))
                .addOrganisation(lead())
                .addOrganisation(OrganisationInvolvement.of(HOSPITAL, "An Acute Trust", OrganisationType.NHS_TRUST,
                        List.of(OrganisationRole.RAISED_CONCERN)))
                .concern(Concern.received(RECEIVED, ConcernSource.NHS))
                .outcomes(PersonalOutcomes.builder()
                        .asked(AskedAboutOutcomes.ASKED_EXPRESSED)
                        .addDesiredOutcome(new DesiredOutcome("h-1", "I want to go home safely", Voice.adult(),
                                RECEIVED, RecordingStage.POINT_OF_CONCERN, Optional.of(OutcomeCategory.BE_AND_FEEL_SAFER)))
                        .build())
                .build();
    }

    /** @return the care provider's record */
    public static SafeguardingRecord careProvider() {
        return SafeguardingRecord.builder()
                .recordId("P-1")
                .episodeId(EPISODE)
                .recordedBy(CARE_PROVIDER)
                .adult(adult("CP001-R-9"))
                .addOrganisation(lead())
                .addOrganisation(OrganisationInvolvement.of(CARE_PROVIDER, "A Care Home",
                        OrganisationType.CARE_PROVIDER, List.of(OrganisationRole.CONTRIBUTED)))
                .concern(Concern.received(RECEIVED, ConcernSource.NHS).decided(ConcernOutcome.S42_ENQUIRY))
                .addQuestionnaire(QuestionnaireResponse.completed(Instruments.MY_SAFEGUARDING_EXPERIENCE_PART_1.id(),
                        Instruments.MY_SAFEGUARDING_EXPERIENCE_PART_1.version(), Voice.adult(), COMMENCED.plusDays(1),
                        List.of(ItemAnswer.coded("informed", "face-to-face"))))
                .build();
    }
}
