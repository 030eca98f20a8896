package org.mspsdk.synthetic;

import java.time.LocalDate;
import java.util.SplittableRandom;
import org.mspsdk.model.AdultAtRisk;
import org.mspsdk.model.Advocacy;
import org.mspsdk.model.Consent;
import org.mspsdk.model.Enquiry;
import org.mspsdk.model.MentalCapacity;
import org.mspsdk.model.RiskItem;
import org.mspsdk.model.S42Criteria;
import org.mspsdk.vocabulary.ActionWithoutConsentReason;
import org.mspsdk.vocabulary.CapacityAnswer;
import org.mspsdk.vocabulary.ConsentDecision;
import org.mspsdk.vocabulary.EnquiryResult;
import org.mspsdk.vocabulary.EnquiryType;
import org.mspsdk.vocabulary.LocationOfRisk;
import org.mspsdk.vocabulary.RiskOutcome;
import org.mspsdk.vocabulary.SourceOfRisk;
import org.mspsdk.vocabulary.TypeOfRisk;

/**
 * Draws an enquiry for a concern: its risk items, conclusion and result, capacity, advocacy and consent, in
 * roughly national proportions.
 */
final class EnquiryDraws extends Draws {

    EnquiryDraws(SplittableRandom random, SyntheticDataGenerator.Settings settings) {
        super(random, settings);
    }

    Enquiry enquiry(boolean s42, LocalDate commenced, AdultAtRisk adult) {
        Enquiry.Builder e = Enquiry.builder(s42 ? EnquiryType.S42 : EnquiryType.OTHER, commenced);
        e.s42Criteria(s42 ? S42Criteria.allMet() : new S42Criteria(true, true, false));
        int items = 1 + (random.nextDouble() < 0.25 ? 1 + random.nextInt(2) : 0);
        for (int i = 0; i < items; i++) {
            e.addRiskItem(RiskItem.of(
                    pick(TypeOfRisk.values(), 190, 30, 140, 140, 5, 50, 310, 50, 3, 2, 80),
                    pick(LocationOfRisk.values(), 450, 60, 50, 90, 170, 30, 20, 10, 120),
                    pick(SourceOfRisk.values(), 30, 60, 10)));
        }
        LocalDate concluded = commenced.plusDays(7 + random.nextInt(140));
        LocalDate latest = adult.dateOfDeath().filter(d -> d.isBefore(settings.asOf())).orElse(settings.asOf());
        boolean isConcluded = !concluded.isAfter(latest) && random.nextDouble() < 0.88;
        if (isConcluded) {
            e.concludedOn(concluded);
            EnquiryResult result = pick(EnquiryResult.values(), 60, 4, 12, 5, 6, 9, 4);
            e.result(result);
            if (result.isRiskIdentified()) {
                e.riskOutcome(pick(RiskOutcome.values(), 10, 65, 25));
            }
        }
        CapacityAnswer capacity = pick(CapacityAnswer.values(), 30, 55, 7, 8);
        if (isConcluded || random.nextDouble() < 0.5) {
            e.mentalCapacity(capacity == CapacityAnswer.LACKED
                    ? MentalCapacity.lacked(random.nextDouble() < 0.85) : MentalCapacity.of(capacity));
        }
        boolean difficulty = random.nextDouble() < 0.35;
        boolean appropriatePerson = difficulty && random.nextDouble() < 0.6;
        e.advocacy(Advocacy.of(difficulty, appropriatePerson, difficulty && !appropriatePerson));
        if (random.nextDouble() < 0.08) {
            e.consent(Consent.withoutConsent(
                    capacity == CapacityAnswer.LACKED ? ConsentDecision.UNABLE_TO_CONSENT : ConsentDecision.DECLINED,
                    true, pick(ActionWithoutConsentReason.values(), 15, 40, 15, 20, 10)));
        } else {
            e.consent(Consent.of(capacity == CapacityAnswer.LACKED
                    ? ConsentDecision.UNABLE_TO_CONSENT : ConsentDecision.CONSENTED));
        }
        return e.build();
    }
}
