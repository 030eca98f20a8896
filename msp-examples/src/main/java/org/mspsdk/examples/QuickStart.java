package org.mspsdk.examples;

// readme:begin quick-start-imports
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.mspsdk.model.*;
import org.mspsdk.vocabulary.*;
// readme:end

/**
 * The README's quick start: an s42 enquiry with a desired outcome in the person's words, a negotiated outcome
 * that changed with a reason, and achievement ratings at closure.
 */
public final class QuickStart {

    private QuickStart() {
    }

    /**
     * Builds the quick-start record.
     *
     * @return the record
     */
    public static SafeguardingRecord record() {
        // readme:begin quick-start
        LocalDate received = LocalDate.of(2025, 6, 2);
        LocalDate commenced = LocalDate.of(2025, 6, 4);
        LocalDate concluded = LocalDate.of(2025, 8, 20);

        Enquiry enquiry = Enquiry.builder(EnquiryType.S42, commenced)
                .s42Criteria(S42Criteria.allMet())
                .addRiskItem(RiskItem.of(TypeOfRisk.FINANCIAL_MATERIAL, LocationOfRisk.OWN_HOME, SourceOfRisk.KNOWN))
                .concludedOn(concluded)
                .result(EnquiryResult.RISK_IDENTIFIED_ACTION)
                .riskOutcome(RiskOutcome.REDUCED)
                .mentalCapacity(MentalCapacity.of(CapacityAnswer.DID_NOT_LACK))
                .build();

        DesiredOutcome wish = new DesiredOutcome("do-1", "I want my grandson to stop taking my pension",
                Voice.adult(), commenced, RecordingStage.ENQUIRY_START,
                Optional.of(OutcomeCategory.BE_AND_FEEL_SAFER));

        NegotiatedOutcome agreed = NegotiatedOutcome
                .agreed("no-1", List.of("do-1"), OutcomeRevision.changed(commenced,
                        "Bank adds safeguards to the account; contact with grandson continues",
                        NegotiationChangeReason.MUTUALLY_EXCLUSIVE))
                .withAchievement(new Achievement(OutcomeAchievement.FULLY_ACHIEVED, AchievementJudge.ADULT,
                        concluded));

        SafeguardingRecord record = SafeguardingRecord.builder()
                .recordId("R-2025-0001")
                .adult(AdultAtRisk.builder("P-1042")
                        .dateOfBirth(LocalDate.of(1941, 5, 2))
                        .gender(Gender.FEMALE)
                        .ethnicity(Ethnicity.WHITE)
                        .primarySupportReason(PrimarySupportReason.PHYSICAL)
                        .build())
                .addOrganisation(OrganisationInvolvement.of("E08000001", OrganisationType.LOCAL_AUTHORITY,
                        OrganisationRole.LEAD_COUNCIL))
                .concern(Concern.received(received, ConcernSource.FAMILY).decided(ConcernOutcome.S42_ENQUIRY))
                .enquiry(enquiry)
                .outcomes(PersonalOutcomes.builder()
                        .asked(AskedAboutOutcomes.ASKED_EXPRESSED)
                        .addDesiredOutcome(wish)
                        .addNegotiatedOutcome(agreed)
                        .enquiryAchievement(OutcomeAchievement.FULLY_ACHIEVED)
                        .build())
                .build();
        // readme:end
        return record;
    }

    /**
     * Prints the record's redacted summary.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        System.out.println(record());
    }
}
