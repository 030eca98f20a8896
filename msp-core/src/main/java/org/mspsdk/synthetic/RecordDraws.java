package org.mspsdk.synthetic;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.SplittableRandom;
import org.mspsdk.model.AdultAtRisk;
import org.mspsdk.model.Concern;
import org.mspsdk.model.Enquiry;
import org.mspsdk.model.NhsNumber;
import org.mspsdk.model.OrganisationInvolvement;
import org.mspsdk.model.SafeguardingRecord;
import org.mspsdk.vocabulary.ConcernOutcome;
import org.mspsdk.vocabulary.ConcernSource;
import org.mspsdk.vocabulary.Ethnicity;
import org.mspsdk.vocabulary.Gender;
import org.mspsdk.vocabulary.NoEnquiryNextStep;
import org.mspsdk.vocabulary.OrganisationRole;
import org.mspsdk.vocabulary.OrganisationType;
import org.mspsdk.vocabulary.PrimarySupportReason;

/**
 * Draws one record: the concern and who raised it, the person (sometimes one seen before), the organisations,
 * then the enquiry and the outcomes from their own parts.
 */
final class RecordDraws extends Draws {

    private static final String[] PARTNER_CODES = {"RXX01", "RXX02", "PXX01", "HXX01", "CP001", "CP002", "GPX01"};
    private static final OrganisationType[] PARTNER_TYPES = {OrganisationType.NHS_TRUST, OrganisationType.NHS_TRUST,
        OrganisationType.POLICE, OrganisationType.HOUSING, OrganisationType.CARE_PROVIDER,
        OrganisationType.CARE_PROVIDER, OrganisationType.GP_PRACTICE};

    private static final String[] NOTES = {
        "Discussed options with the person at home; they wanted time to think.",
        "Joint visit with the district nurse.",
        "Person asked for the letter to be sent to their daughter.",
    };

    private final EnquiryDraws enquiries;
    private final OutcomeDraws outcomes;
    private final List<AdultAtRisk> recentPeople = new ArrayList<>();
    private long sequence;
    private long peopleDrawn;

    RecordDraws(SplittableRandom random, SyntheticDataGenerator.Settings settings) {
        super(random, settings);
        this.enquiries = new EnquiryDraws(random, settings);
        this.outcomes = new OutcomeDraws(random, settings);
    }

    /** @return the next record */
    SafeguardingRecord next() {
        sequence++;
        return record();
    }

    SafeguardingRecord record() {
        long span = ChronoUnit.DAYS.between(settings.firstConcernDate(), settings.lastConcernDate());
        LocalDate received = settings.firstConcernDate().plusDays(random.nextLong(span + 1));
        AdultAtRisk adult = person(received);
        ConcernSource raisedBy = pick(ConcernSource.values(), 6, 14, 22, 20, 12, 6, 20);

        SafeguardingRecord.Builder b = SafeguardingRecord.builder()
                .recordId(String.format("SYN-%s-%08d", settings.councilCode(), sequence))
                .adult(adult);
        List<OrganisationInvolvement> orgs = new ArrayList<>();
        EnumSet<OrganisationRole> leadRoles = EnumSet.of(OrganisationRole.LEAD_COUNCIL,
                OrganisationRole.RECORDED_OUTCOME);
        int partner = random.nextInt(PARTNER_CODES.length);
        boolean partnerRaised = raisedBy == ConcernSource.NHS || raisedBy == ConcernSource.POLICE
                || raisedBy == ConcernSource.CARE_PROVIDER || raisedBy == ConcernSource.HOUSING;

        double roll = random.nextDouble();
        Enquiry enquiry = null;
        Concern concern;
        if (roll < settings.enquiryShare()) {
            boolean s42 = random.nextDouble() < 0.94;
            LocalDate commenced = clamp(received.plusDays(random.nextInt(15)));
            enquiry = enquiries.enquiry(s42, commenced, adult);
            concern = Concern.received(received, raisedBy)
                    .decided(s42 ? ConcernOutcome.S42_ENQUIRY : ConcernOutcome.OTHER_ENQUIRY);
        } else if (received.plusDays(3).isAfter(settings.asOf())) {
            concern = Concern.received(received, raisedBy);
        } else {
            concern = Concern.received(received, raisedBy)
                    .noEnquiry(pick(NoEnquiryNextStep.values(), 40, 25, 15, 20));
        }
        b.concern(concern);
        b.enquiry(enquiry);

        List<OrganisationRole> partnerRoles = new ArrayList<>();
        if (partnerRaised) {
            partnerRoles.add(OrganisationRole.RAISED_CONCERN);
        }
        if (enquiry != null && random.nextDouble() < 0.25) {
            partnerRoles.add(OrganisationRole.CAUSED_TO_MAKE_ENQUIRIES);
        } else if (enquiry != null && random.nextDouble() < 0.4) {
            partnerRoles.add(OrganisationRole.CONTRIBUTED);
        }
        orgs.add(OrganisationInvolvement.of(settings.councilCode(), "Synthetic Borough Council",
                OrganisationType.LOCAL_AUTHORITY, leadRoles));
        if (!partnerRoles.isEmpty()) {
            orgs.add(OrganisationInvolvement.of(PARTNER_CODES[partner], null, PARTNER_TYPES[partner], partnerRoles));
        }
        b.organisations(orgs);

        outcomes.outcomesAndQuestionnaires(b, concern, enquiry);
        if (random.nextDouble() < 0.2) {
            b.notes(NOTES[random.nextInt(NOTES.length)]);
        }
        return b.build();
    }

    private AdultAtRisk person(LocalDate received) {
        if (!recentPeople.isEmpty() && random.nextDouble() < 0.15) {
            AdultAtRisk known = recentPeople.get(random.nextInt(recentPeople.size()));
            boolean oldEnough = known.dateOfBirth().map(d -> !d.plusYears(18).isAfter(received)).orElse(true);
            if (known.dateOfDeath().isEmpty() && oldEnough) {
                return known;
            }
        }
        int age = pickAge();
        LocalDate dob = received.minusYears(age).minusDays(1 + random.nextInt(364));
        // the random draw is kept (so every other field keeps its value for a seed) and made unique by the count of
        // people drawn: two people never share an id
        AdultAtRisk.Builder a = AdultAtRisk.builder(String.format("SYN-P-%09d-%d", random.nextInt(1_000_000_000),
                ++peopleDrawn));
        if (random.nextDouble() < 0.97) {
            a.dateOfBirth(dob);
        } else {
            a.ageAtConcern(age);
        }
        if (random.nextDouble() < 0.6) {
            a.nhsNumber(nhsNumber());
        }
        if (random.nextDouble() < 0.02) {
            LocalDate death = received.plusDays(1 + random.nextInt(200));
            if (!death.isAfter(settings.asOf())) {
                a.dateOfDeath(death);
            }
        }
        a.gender(pick(Gender.values(), 40, 58, 2));
        a.ethnicity(pick(Ethnicity.values(), 80, 2, 6, 4, 2, 1, 5));
        a.primarySupportReason(pick(PrimarySupportReason.values(), 42, 3, 12, 12, 16, 4, 5, 6));
        boolean autism = random.nextDouble() < 0.03;
        a.autismExcludingAsperger(autism);
        a.aspergerOrHighFunctioningAutism(!autism && random.nextDouble() < 0.01);
        AdultAtRisk adult = a.build();
        if (recentPeople.size() < 1000) {
            recentPeople.add(adult);
        } else {
            recentPeople.set(random.nextInt(1000), adult);
        }
        return adult;
    }

    private int pickAge() {
        double r = random.nextDouble();
        if (r < 0.40) {
            return 18 + random.nextInt(47);
        }
        if (r < 0.55) {
            return 65 + random.nextInt(10);
        }
        if (r < 0.78) {
            return 75 + random.nextInt(10);
        }
        if (r < 0.97) {
            return 85 + random.nextInt(10);
        }
        return 95 + random.nextInt(8);
    }

    /**
     * A number in the range the NHS reserves for test data (starting {@code 999}), so a generated number can
     * never be a real person's. The draws from the random source are the same as before this range was
     * enforced (nine digits per attempt until one has a check digit), so every other generated field keeps
     * its value for a given seed; the accepted draw's last six digits become the serial after {@code 999},
     * moved up to the next serial with a valid check digit where needed.
     */
    private NhsNumber nhsNumber() {
        String drawn;
        while (true) {
            StringBuilder nine = new StringBuilder("9");
            for (int i = 0; i < 8; i++) {
                nine.append(random.nextInt(10));
            }
            if (NhsNumber.checkDigitFor(nine.toString()) >= 0) {
                drawn = nine.toString();
                break;
            }
        }
        int serial = Integer.parseInt(drawn.substring(3));
        while (true) {
            String nine = SyntheticDataGenerator.TEST_NHS_NUMBER_PREFIX + String.format(java.util.Locale.ROOT, "%06d", serial);
            int check = NhsNumber.checkDigitFor(nine);
            if (check >= 0) {
                return new NhsNumber(nine + check);
            }
            serial = (serial + 1) % 1_000_000;
        }
    }
}
