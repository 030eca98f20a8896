package org.mspsdk.returns;

import org.mspsdk.vocabulary.Population;

import org.mspsdk.vocabulary.SacTable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.mspsdk.model.Achievement;
import org.mspsdk.model.AdultAtRisk;
import org.mspsdk.model.Concern;
import org.mspsdk.model.DesiredOutcome;
import org.mspsdk.model.Enquiry;
import org.mspsdk.model.MentalCapacity;
import org.mspsdk.model.NegotiatedOutcome;
import org.mspsdk.model.OrganisationInvolvement;
import org.mspsdk.model.OutcomeRevision;
import org.mspsdk.model.PersonalOutcomes;
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
import org.mspsdk.vocabulary.NoEnquiryNextStep;
import org.mspsdk.vocabulary.OrganisationRole;
import org.mspsdk.vocabulary.OrganisationType;
import org.mspsdk.vocabulary.OutcomeAchievement;
import org.mspsdk.vocabulary.PrimarySupportReason;
import org.mspsdk.vocabulary.RecordingStage;
import org.mspsdk.vocabulary.SourceOfRisk;
import org.mspsdk.vocabulary.TypeOfRisk;

/** Small hand-built records for the counting-rule tests. */
final class Fixtures {

    static final ReportingYear YEAR = ReportingYear.of(2025);
    static final String S42 = Population.S42_ENQUIRIES.enquiryType();
    static final String CONCLUDED = Population.CONCLUDED_S42.enquiryType();
    static final String COUNCIL = "E08000099";

    private Fixtures() {
    }

    static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    /** A fully recorded adult born 1 June 1950 (75 on 31 March 2026). */
    static AdultAtRisk.Builder person(String personId) {
        return AdultAtRisk.builder(personId).dateOfBirth(d("1950-06-01")).gender(Gender.FEMALE)
                .ethnicity(Ethnicity.WHITE).primarySupportReason(PrimarySupportReason.PHYSICAL)
                .autismExcludingAsperger(false).aspergerOrHighFunctioningAutism(false);
    }

    static SafeguardingRecord.Builder record(String recordId, AdultAtRisk adult, String received) {
        return SafeguardingRecord.builder().recordId(recordId).adult(adult)
                .addOrganisation(OrganisationInvolvement.of(COUNCIL, OrganisationType.LOCAL_AUTHORITY,
                        OrganisationRole.LEAD_COUNCIL))
                .concern(Concern.received(d(received), ConcernSource.FAMILY).noEnquiry(NoEnquiryNextStep.values()[0]));
    }

    /** A concern with no enquiry. */
    static SafeguardingRecord concernOnly(String recordId, String personId, String received) {
        return record(recordId, person(personId).build(), received).build();
    }

    /** An open s42 enquiry with one complete risk item. */
    static Enquiry.Builder s42(String commenced) {
        return Enquiry.builder(EnquiryType.S42, d(commenced)).s42Criteria(S42Criteria.allMet())
                .addRiskItem(RiskItem.of(TypeOfRisk.NEGLECT, LocationOfRisk.OWN_HOME, SourceOfRisk.KNOWN));
    }

    /** A concluded s42 enquiry: neglect at home by someone known, no risk, capacity not lacked. */
    static Enquiry.Builder concludedS42(String commenced, String concluded) {
        return s42(commenced).concludedOn(d(concluded)).result(EnquiryResult.NO_RISK_NO_ACTION)
                .mentalCapacity(MentalCapacity.of(CapacityAnswer.DID_NOT_LACK));
    }

    /** A record whose concern led to the given enquiry. */
    static SafeguardingRecord withEnquiry(String recordId, AdultAtRisk adult, String received, Enquiry enquiry,
            PersonalOutcomes outcomes) {
        SafeguardingRecord.Builder b = record(recordId, adult, received).enquiry(enquiry).outcomes(outcomes);
        ConcernOutcome decision = enquiry.type() == EnquiryType.S42 ? ConcernOutcome.S42_ENQUIRY
                : ConcernOutcome.OTHER_ENQUIRY;
        b.concern(Concern.received(d(received), ConcernSource.FAMILY).decided(decision));
        return b.build();
    }

    static SafeguardingRecord withEnquiry(String recordId, String personId, String received, Enquiry enquiry) {
        return withEnquiry(recordId, person(personId).build(), received, enquiry, notAsked());
    }

    static PersonalOutcomes notAsked() {
        return PersonalOutcomes.builder().asked(AskedAboutOutcomes.NOT_ASKED).build();
    }

    /**
     * Outcomes asked and expressed by the adult, one negotiated outcome per rating.
     *
     * @param enquiryLevel the enquiry-level answer, or null for none
     * @param ratings      per-outcome ratings; null entries are unrated outcomes
     */
    static PersonalOutcomes expressed(OutcomeAchievement enquiryLevel, OutcomeAchievement... ratings) {
        return expressedBy(Voice.adult(), enquiryLevel, ratings);
    }

    static PersonalOutcomes expressedBy(Voice voice, OutcomeAchievement enquiryLevel, OutcomeAchievement... ratings) {
        PersonalOutcomes.Builder o = PersonalOutcomes.builder().asked(AskedAboutOutcomes.ASKED_EXPRESSED);
        int n = Math.max(1, ratings.length);
        List<NegotiatedOutcome> negotiated = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String id = "do-" + i;
            o.addDesiredOutcome(new DesiredOutcome(id, "I want to feel safe", voice, d("2025-05-01"),
                    RecordingStage.ENQUIRY_START, Optional.empty()));
            if (i < ratings.length) {
                NegotiatedOutcome no = NegotiatedOutcome.agreed("no-" + i, List.of(id),
                        OutcomeRevision.of(d("2025-05-01"), "Feel safe at home"));
                if (ratings[i] != null) {
                    no = no.withAchievement(new Achievement(ratings[i], AchievementJudge.ADULT, d("2025-09-01")));
                }
                negotiated.add(no);
            }
        }
        o.negotiatedOutcomes(negotiated);
        o.enquiryAchievement(enquiryLevel);
        return o.build();
    }

    static SacReturn tally(SafeguardingRecord... records) {
        return tally(SacSettings.of(YEAR), records);
    }

    static SacReturn tally(SacSettings settings, SafeguardingRecord... records) {
        SacTally t = settings.newTally();
        for (SafeguardingRecord r : records) {
            t.add(r);
        }
        return t.result();
    }

    /** The sum of a table's cells for one enquiry type and category. */
    static long sum(SacReturn r, SacTable table, String enquiryType, String category) {
        return r.cells(table).stream().filter(c -> c.enquiryType().equals(enquiryType) && c.category().equals(category))
                .mapToLong(SacCell::value).sum();
    }

    /** A table's cells for one enquiry type and category as label to value, in order. */
    static java.util.Map<String, Long> column(SacReturn r, SacTable table, String enquiryType, String category) {
        java.util.Map<String, Long> m = new java.util.LinkedHashMap<>();
        r.cells(table).stream().filter(c -> c.enquiryType().equals(enquiryType) && c.category().equals(category))
                .forEach(c -> m.put(c.subcategory(), c.value()));
        return m;
    }
}
