package org.mspsdk.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mspsdk.validation.Fixtures.*;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.mspsdk.MspException;
import org.mspsdk.model.Achievement;
import org.mspsdk.model.Advocacy;
import org.mspsdk.model.Concern;
import org.mspsdk.model.Consent;
import org.mspsdk.model.DesiredOutcome;
import org.mspsdk.model.ItemAnswer;
import org.mspsdk.model.MentalCapacity;
import org.mspsdk.model.NegotiatedOutcome;
import org.mspsdk.model.NhsNumber;
import org.mspsdk.model.OrganisationInvolvement;
import org.mspsdk.model.OutcomeRevision;
import org.mspsdk.model.QuestionnaireResponse;
import org.mspsdk.model.RiskItem;
import org.mspsdk.model.S42Criteria;
import org.mspsdk.model.SafeguardingRecord;
import org.mspsdk.model.Voice;
import org.mspsdk.vocabulary.ActionWithoutConsentReason;
import org.mspsdk.vocabulary.AchievementJudge;
import org.mspsdk.vocabulary.AskedAboutOutcomes;
import org.mspsdk.vocabulary.CapacityAnswer;
import org.mspsdk.vocabulary.ConcernOutcome;
import org.mspsdk.vocabulary.ConcernSource;
import org.mspsdk.vocabulary.ConsentDecision;
import org.mspsdk.vocabulary.EnquiryResult;
import org.mspsdk.vocabulary.EnquiryType;
import org.mspsdk.vocabulary.Gender;
import org.mspsdk.vocabulary.LocationOfRisk;
import org.mspsdk.vocabulary.NegotiationChangeReason;
import org.mspsdk.vocabulary.NoEnquiryNextStep;
import org.mspsdk.vocabulary.NotOfferedReason;
import org.mspsdk.vocabulary.OrganisationRole;
import org.mspsdk.vocabulary.OrganisationType;
import org.mspsdk.vocabulary.OutcomeAchievement;
import org.mspsdk.vocabulary.QuestionnaireStatus;
import org.mspsdk.vocabulary.RepresentativeRole;
import org.mspsdk.vocabulary.RiskOutcome;
import org.mspsdk.vocabulary.SafetyRating;
import org.mspsdk.vocabulary.SourceOfRisk;
import org.mspsdk.vocabulary.TypeOfRisk;
import org.mspsdk.vocabulary.VoiceType;

/**
 * For every rule of the catalogue: a record where it fires (exactly one finding of that rule, with the exact
 * severity and path) and a near-miss record where it does not.
 */
class RuleCasesTest {

    /**
     * @param ruleId   the rule
     * @param path     the expected path of its one finding
     * @param what     what the case changes
     * @param fires    the record on which it fires
     * @param nearMiss a similar record on which it does not
     */
    record Case(String ruleId, String path, String what, Supplier<SafeguardingRecord> fires,
            Supplier<SafeguardingRecord> nearMiss) {
        @Override
        public String toString() {
            return ruleId + " " + what;
        }
    }

    private static Case c(String ruleId, String path, String what, Supplier<SafeguardingRecord> fires,
            Supplier<SafeguardingRecord> nearMiss) {
        return new Case(ruleId, path, what, fires, nearMiss);
    }

    /** Outcomes agreed and rated at the point of concern, with no enquiry (decided or not yet). */
    static SafeguardingRecord metAtConcern(boolean decided) {
        SafeguardingRecord v = valid();
        org.mspsdk.model.Concern concern = decided
                ? org.mspsdk.model.Concern.received(v.concern().receivedOn(), v.concern().raisedBy())
                        .noEnquiry(org.mspsdk.vocabulary.NoEnquiryNextStep.ADVICE_INFORMATION)
                : org.mspsdk.model.Concern.received(v.concern().receivedOn(), v.concern().raisedBy());
        return v.toBuilder()
                .enquiry(null)
                .concern(concern)
                .organisations(List.of(v.organisations().get(0)))
                .outcomes(v.outcomes().toBuilder().enquiryAchievement(null).feelingSafeAtEnd(null)
                        .negotiatedOutcomes(v.outcomes().negotiatedOutcomes().subList(0, 1)).build())
                .questionnaires(List.of())
                .build();
    }

    static final String LONG_101 = "x".repeat(101);

    static List<Case> cases() {
        List<Case> cs = new ArrayList<>();
        // person
        cs.add(c("MSP-PER-002", "adult.dateOfBirth", "17 at concern",
                () -> adult(valid(), a -> a.dateOfBirth(RECEIVED.minusYears(17))),
                () -> adult(valid(), a -> a.dateOfBirth(RECEIVED.minusYears(18)))));
        cs.add(c("MSP-PER-002", "adult.ageAtConcern", "age 17 given, no date of birth",
                () -> adult(valid(), a -> a.dateOfBirth(null).ageAtConcern(17)),
                () -> adult(valid(), a -> a.dateOfBirth(null).ageAtConcern(18))));
        cs.add(c("MSP-PER-003", "adult.ageAtConcern", "age disagrees with date of birth",
                () -> adult(valid(), a -> a.ageAtConcern(50)),
                () -> adult(valid(), a -> a.ageAtConcern(84))));
        cs.add(c("MSP-PER-004", "adult.dateOfDeath", "died before the concern",
                () -> adult(valid(), a -> a.dateOfDeath(RECEIVED.minusDays(1))),
                () -> adult(valid(), a -> a.dateOfDeath(RECEIVED))));
        cs.add(c("MSP-PER-005", "adult.dateOfBirth", "born 135 years before the concern",
                () -> adult(valid(), a -> a.dateOfBirth(RECEIVED.minusYears(135))),
                () -> adult(valid(), a -> a.dateOfBirth(RECEIVED.minusYears(130)))));
        cs.add(c("MSP-PER-005", "adult.ageAtConcern", "age 131 given",
                () -> adult(valid(), a -> a.dateOfBirth(null).ageAtConcern(131)),
                () -> adult(valid(), a -> a.dateOfBirth(null).ageAtConcern(130))));
        cs.add(c("MSP-PER-006", "adult.gender", "s42 record without gender",
                () -> adult(valid(), a -> a.gender(null)),
                () -> adult(valid(), a -> a.gender(Gender.NOT_KNOWN))));
        // organisations
        cs.add(c("MSP-ORG-001", "organisations", "no lead council",
                () -> valid().toBuilder().organisations(List.of(valid().organisations().get(1))).build(),
                () -> valid().toBuilder().organisations(List.of(valid().organisations().get(0))).build()));
        cs.add(c("MSP-ORG-001", "organisations[2].roles", "a second lead council",
                () -> valid().toBuilder().addOrganisation(OrganisationInvolvement.of("E08000002",
                        OrganisationType.LOCAL_AUTHORITY, OrganisationRole.LEAD_COUNCIL)).build(),
                () -> valid().toBuilder().addOrganisation(OrganisationInvolvement.of("E08000002",
                        OrganisationType.LOCAL_AUTHORITY, OrganisationRole.CONTRIBUTED)).build()));
        cs.add(c("MSP-ORG-002", "organisations[0].type", "lead council is a care provider",
                () -> organisation(valid(), 0, o -> new OrganisationInvolvement(o.code(), o.name(),
                        OrganisationType.CARE_PROVIDER, o.roles())),
                () -> valid()));
        cs.add(c("MSP-ORG-003", "organisations[1].roles", "organisation without a role",
                () -> organisation(valid(), 1, o -> new OrganisationInvolvement(o.code(), o.name(), o.type(),
                        Set.of())),
                () -> organisation(valid(), 1, o -> new OrganisationInvolvement(o.code(), o.name(), o.type(),
                        Set.of(OrganisationRole.CONTRIBUTED)))));
        cs.add(c("MSP-ORG-004", "organisations[1].code", "organisation listed twice",
                () -> organisation(valid(), 1, o -> new OrganisationInvolvement("E08000001", o.name(), o.type(),
                        o.roles())),
                () -> valid()));
        cs.add(c("MSP-ORG-005", "organisations[1].roles", "caused to make enquiries, no enquiry",
                () -> noEnquiry(valid()),
                () -> organisation(noEnquiry(valid()), 1, o -> new OrganisationInvolvement(o.code(), o.name(),
                        o.type(), Set.of(OrganisationRole.RAISED_CONCERN)))));
        // linked records and journeys
        cs.add(c("MSP-JNY-001", "recordedBy", "recordedBy names no organisation on the record",
                () -> valid().toBuilder().episodeId("EP-1").recordedBy("ZZ999").build(),
                () -> valid().toBuilder().episodeId("EP-1").recordedBy("RXX01").build()));
        cs.add(c("MSP-JNY-002", "outcomes.desiredOutcomes[0].recordedBy", "a desired outcome attributed to nobody "
                + "on the record",
                () -> desired(valid(), 0, d -> d.withRecordedBy("ZZ999")),
                () -> desired(valid(), 0, d -> d.withRecordedBy("RXX01"))));
        cs.add(c("MSP-JNY-002", "enquiry.consent.recordedBy", "consent attributed to nobody on the record",
                () -> enquiry(valid(), e -> e.consent(valid().enquiry().get().consent().get().withRecordedBy("ZZ999"))),
                () -> enquiry(valid(), e -> e.consent(valid().enquiry().get().consent().get()
                        .withRecordedBy("E08000001")))));
        cs.add(c("MSP-JNY-003", "episodeId", "a partner's record without the journey's episodeId",
                () -> valid().toBuilder().recordedBy("RXX01").build(),
                () -> valid().toBuilder().recordedBy("RXX01").episodeId("EP-1").build()));
        // dates
        cs.add(c("MSP-DAT-001", "enquiry.commencedOn", "commenced before the concern",
                () -> enquiry(valid(), e -> e.commencedOn(RECEIVED.minusDays(1))),
                () -> enquiry(valid(), e -> e.commencedOn(RECEIVED))));
        cs.add(c("MSP-DAT-002", "enquiry.concludedOn", "concluded before it commenced",
                () -> enquiry(valid(), e -> e.concludedOn(COMMENCED.minusDays(1))),
                () -> enquiry(valid(), e -> e.concludedOn(COMMENCED))));
        cs.add(c("MSP-DAT-003", "questionnaires[1].date", "questionnaire dated tomorrow",
                () -> questionnaire(valid(), 1, q -> withDate(q, TODAY.plusDays(1))),
                () -> questionnaire(valid(), 1, q -> withDate(q, TODAY))));
        cs.add(c("MSP-DAT-004", "outcomes.desiredOutcomes[0].expressedOn", "outcome expressed before the concern",
                () -> desired(valid(), 0, d -> expressedOn(d, RECEIVED.minusDays(1))),
                () -> desired(valid(), 0, d -> expressedOn(d, RECEIVED))));
        // concern and enquiry
        cs.add(c("MSP-ENQ-001", "enquiry.s42Criteria.unableToProtectSelf", "s42 with a criterion false",
                () -> enquiry(valid(), e -> e.s42Criteria(new S42Criteria(true, true, false))),
                () -> valid()));
        cs.add(c("MSP-ENQ-002", "enquiry.s42Criteria", "other enquiry with all criteria true",
                () -> other(valid(), S42Criteria.allMet()),
                () -> other(valid(), new S42Criteria(true, true, false))));
        cs.add(c("MSP-ENQ-003", "enquiry.s42Criteria", "s42 without criteria",
                () -> enquiry(valid(), e -> e.s42Criteria(null)),
                () -> valid()));
        cs.add(c("MSP-ENQ-004", "concern.outcome", "other-enquiry outcome, s42 enquiry",
                () -> valid().toBuilder().concern(Concern.received(RECEIVED, ConcernSource.NHS)
                        .decided(ConcernOutcome.OTHER_ENQUIRY)).build(),
                () -> valid()));
        cs.add(c("MSP-ENQ-005", "enquiry", "s42 decided, no enquiry yet",
                () -> valid().toBuilder().enquiry(null).outcomes(null).questionnaires(List.of())
                        .organisations(List.of(valid().organisations().get(0))).build(),
                () -> valid().toBuilder().enquiry(null).outcomes(null).questionnaires(List.of())
                        .organisations(List.of(valid().organisations().get(0)))
                        .concern(Concern.received(RECEIVED, ConcernSource.NHS)
                                .noEnquiry(NoEnquiryNextStep.ADVICE_INFORMATION)).build()));
        cs.add(c("MSP-ENQ-006", "concern.nextStep", "next step on an s42 concern",
                () -> valid().toBuilder().concern(new Concern(RECEIVED, ConcernSource.NHS,
                        Optional.of(ConcernOutcome.S42_ENQUIRY), Optional.of(NoEnquiryNextStep.REFERRAL_ELSEWHERE)))
                        .build(),
                () -> valid()));
        cs.add(c("MSP-ENQ-007", "enquiry.result", "result on an open enquiry",
                () -> enquiry(open(), e -> e.result(EnquiryResult.NO_RISK_NO_ACTION)),
                () -> open()));
        cs.add(c("MSP-ENQ-008", "enquiry.result", "concluded s42 without result",
                () -> enquiry(valid(), e -> e.result(null).riskOutcome(null)),
                () -> valid()));
        // risk
        cs.add(c("MSP-RSK-001", "enquiry.riskOutcome", "risk outcome with no risk identified",
                () -> enquiry(valid(), e -> e.result(EnquiryResult.NO_RISK_ACTION)),
                () -> enquiry(valid(), e -> e.result(EnquiryResult.NO_RISK_ACTION).riskOutcome(null))));
        cs.add(c("MSP-RSK-002", "enquiry.riskOutcome", "risk identified without risk outcome",
                () -> enquiry(valid(), e -> e.riskOutcome(null)),
                () -> enquiry(valid(), e -> e.riskOutcome(RiskOutcome.REMOVED))));
        cs.add(c("MSP-RSK-003", "enquiry.riskItems", "concluded without risk items",
                () -> enquiry(valid(), e -> e.riskItems(List.of())),
                () -> enquiry(open(), e -> e.riskItems(List.of()))));
        cs.add(c("MSP-RSK-004", "enquiry.riskItems[1].location", "concluded, location unknown",
                () -> enquiry(valid(), e -> e.riskItems(List.of(valid().enquiry().get().riskItems().get(0),
                        new RiskItem(TypeOfRisk.PHYSICAL, Optional.empty(), Optional.of(SourceOfRisk.UNKNOWN))))),
                () -> enquiry(open(), e -> e.riskItems(List.of(valid().enquiry().get().riskItems().get(0),
                        new RiskItem(TypeOfRisk.PHYSICAL, Optional.empty(), Optional.of(SourceOfRisk.UNKNOWN)))))));
        cs.add(c("MSP-RSK-004", "enquiry.riskItems[0].source", "concluded, source unknown",
                () -> enquiry(valid(), e -> e.riskItems(List.of(
                        new RiskItem(TypeOfRisk.PHYSICAL, Optional.of(LocationOfRisk.OTHER), Optional.empty())))),
                () -> enquiry(valid(), e -> e.riskItems(List.of(
                        RiskItem.of(TypeOfRisk.PHYSICAL, LocationOfRisk.OTHER, SourceOfRisk.UNKNOWN))))));
        // MSP outcomes
        cs.add(c("MSP-OUT-001", "outcomes.desiredOutcomes", "asked-expressed without desired outcomes",
                () -> outcomes(valid(), o -> o.desiredOutcomes(List.of()).negotiatedOutcomes(List.of())
                        .enquiryAchievement(null)),
                () -> outcomes(valid(), o -> o.desiredOutcomes(List.of()).negotiatedOutcomes(List.of())
                        .enquiryAchievement(null).asked(AskedAboutOutcomes.ASKED_NOT_EXPRESSED))));
        cs.add(c("MSP-OUT-002", "outcomes.asked", "desired outcomes with answer dont-know",
                () -> outcomes(valid(), o -> o.asked(AskedAboutOutcomes.DONT_KNOW).enquiryAchievement(null)),
                () -> valid()));
        cs.add(c("MSP-OUT-003", "outcomes.enquiryAchievement", "enquiry achievement on an open enquiry",
                () -> outcomes(open(), o -> o.enquiryAchievement(OutcomeAchievement.FULLY_ACHIEVED)),
                () -> open()));
        cs.add(c("MSP-OUT-004", "outcomes.enquiryAchievement", "concluded s42, expressed, no achievement",
                () -> outcomes(valid(), o -> o.enquiryAchievement(null)),
                () -> valid()));
        cs.add(c("MSP-OUT-005", "outcomes.asked", "concluded s42 without SG4a answer",
                () -> outcomes(valid(), o -> o.asked(null).desiredOutcomes(List.of()).negotiatedOutcomes(List.of())
                        .enquiryAchievement(null)),
                () -> outcomes(valid(), o -> o.asked(AskedAboutOutcomes.NOT_ASKED).desiredOutcomes(List.of())
                        .negotiatedOutcomes(List.of()).enquiryAchievement(null))));
        cs.add(c("MSP-OUT-006", "outcomes.asked", "SG4a answer not-recorded",
                () -> outcomes(valid(), o -> o.asked(AskedAboutOutcomes.NOT_RECORDED).desiredOutcomes(List.of())
                        .negotiatedOutcomes(List.of()).enquiryAchievement(null)),
                () -> outcomes(valid(), o -> o.asked(AskedAboutOutcomes.DONT_KNOW).desiredOutcomes(List.of())
                        .negotiatedOutcomes(List.of()).enquiryAchievement(null))));
        cs.add(c("MSP-OUT-007", "outcomes.negotiatedOutcomes[0].achievement", "rated while open",
                () -> negotiated(open(), 0, n -> n.withAchievement(new Achievement(
                        OutcomeAchievement.FULLY_ACHIEVED, AchievementJudge.ADULT, COMMENCED))),
                () -> open()));
        cs.add(c("MSP-OUT-007", "outcomes.negotiatedOutcomes[0].achievement.ratedOn", "rated before conclusion",
                () -> negotiated(valid(), 0, n -> n.withAchievement(new Achievement(
                        OutcomeAchievement.FULLY_ACHIEVED, AchievementJudge.ADULT, CONCLUDED.minusDays(1)))),
                () -> valid()));
        cs.add(c("MSP-OUT-007", "outcomes.negotiatedOutcomes[0].achievement",
                "rated without an enquiry before the concern is decided",
                () -> metAtConcern(false), () -> metAtConcern(true)));
        cs.add(c("MSP-OUT-008", "outcomes.enquiryAchievement", "enquiry answer disagrees with roll-up",
                () -> outcomes(valid(), o -> o.enquiryAchievement(OutcomeAchievement.FULLY_ACHIEVED)),
                () -> valid()));
        cs.add(c("MSP-OUT-008", "outcomes.enquiryAchievement", "compared only once every outcome is rated",
                () -> outcomes(valid(), o -> o.enquiryAchievement(OutcomeAchievement.NOT_ACHIEVED)),
                () -> negotiated(valid(), 1, n -> new NegotiatedOutcome(n.id(), n.desiredOutcomeIds(),
                        n.revisions(), Optional.empty()))));
        cs.add(c("MSP-OUT-009", "outcomes.negotiatedOutcomes[1].achievement", "negotiated outcome not rated",
                () -> negotiated(valid(), 1, n -> new NegotiatedOutcome(n.id(), n.desiredOutcomeIds(),
                        n.revisions(), Optional.empty())),
                () -> valid()));
        cs.add(c("MSP-OUT-010", "outcomes.negotiatedOutcomes[1].id", "duplicate negotiated outcome id",
                () -> negotiated(valid(), 1, n -> new NegotiatedOutcome("no-1", n.desiredOutcomeIds(),
                        n.revisions(), n.achievement())),
                () -> negotiated(valid(), 1, n -> new NegotiatedOutcome("no-3", n.desiredOutcomeIds(),
                        n.revisions(), n.achievement()))));
        cs.add(c("MSP-OUT-010", "outcomes.negotiatedOutcomes[1].desiredOutcomeIds[1]", "desired outcome named twice",
                () -> negotiated(valid(), 1, n -> new NegotiatedOutcome(n.id(), List.of("do-2", "do-2"),
                        n.revisions(), n.achievement())),
                () -> negotiated(valid(), 1, n -> new NegotiatedOutcome(n.id(), List.of("do-2"),
                        n.revisions(), n.achievement()))));
        cs.add(c("MSP-OUT-011", "outcomes.negotiatedOutcomes[1].desiredOutcomeIds", "no desired outcome named",
                () -> negotiated(valid(), 1, n -> new NegotiatedOutcome(n.id(), List.of(), n.revisions(),
                        n.achievement())),
                () -> negotiated(valid(), 1, n -> new NegotiatedOutcome(n.id(), List.of("do-1", "do-2"),
                        n.revisions(), n.achievement()))));
        cs.add(c("MSP-OUT-012", "outcomes.negotiatedOutcomes[1].desiredOutcomeIds[1]", "dangling reference",
                () -> negotiated(valid(), 1, n -> new NegotiatedOutcome(n.id(), List.of("do-2", "do-9"),
                        n.revisions(), n.achievement())),
                () -> negotiated(valid(), 1, n -> new NegotiatedOutcome(n.id(), List.of("do-2", "do-1"),
                        n.revisions(), n.achievement()))));
        cs.add(c("MSP-OUT-013", "outcomes.negotiatedOutcomes[0].revisions[1].agreedOn", "revisions out of order",
                () -> negotiated(valid(), 0, n -> revisions(n, OutcomeRevision.of(COMMENCED, WORDS_1),
                        OutcomeRevision.changed(RECEIVED, "Door alarm", NegotiationChangeReason.OTHER))),
                () -> negotiated(valid(), 0, n -> revisions(n, OutcomeRevision.of(COMMENCED, WORDS_1),
                        OutcomeRevision.changed(COMMENCED, "Door alarm", NegotiationChangeReason.OTHER)))));
        cs.add(c("MSP-OUT-014", "outcomes.negotiatedOutcomes[0].revisions[0].reason",
                "first wording differs from the person's words, no reason",
                () -> negotiated(valid(), 0, n -> revisions(n, OutcomeRevision.of(COMMENCED, "Door alarm"))),
                () -> negotiated(valid(), 0, n -> revisions(n, OutcomeRevision.of(COMMENCED, " " + WORDS_1 + " ")))));
        cs.add(c("MSP-OUT-014", "outcomes.negotiatedOutcomes[0].revisions[1].reason",
                "later wording changed, no reason",
                () -> negotiated(valid(), 0, n -> revisions(n, OutcomeRevision.of(COMMENCED, WORDS_1),
                        OutcomeRevision.of(CONCLUDED, "Door alarm"))),
                () -> negotiated(valid(), 0, n -> revisions(n, OutcomeRevision.of(COMMENCED, WORDS_1),
                        OutcomeRevision.of(CONCLUDED, WORDS_1)))));
        cs.add(c("MSP-OUT-015", "outcomes.desiredOutcomes[1].expressedBy.representativeRole",
                "representative without role",
                () -> desired(valid(), 1, d -> expressedBy(d, new Voice(VoiceType.REPRESENTATIVE, Optional.empty()))),
                () -> desired(valid(), 1, d -> expressedBy(d, Voice.representative(RepresentativeRole.IMCA)))));
        cs.add(c("MSP-OUT-016", "outcomes.desiredOutcomes[0].expressedBy.representativeRole",
                "adult's voice with a role",
                () -> desired(valid(), 0, d -> expressedBy(d, new Voice(VoiceType.ADULT,
                        Optional.of(RepresentativeRole.FRIEND)))),
                () -> desired(valid(), 0, d -> expressedBy(d, new Voice(VoiceType.BEST_INTERESTS_DECISION,
                        Optional.of(RepresentativeRole.BEST_INTERESTS_DECISION_MAKER))))));
        cs.add(c("MSP-OUT-016", "questionnaires[0].respondent.representativeRole", "adult respondent with a role",
                () -> questionnaire(valid(), 0, q -> respondent(q, new Voice(VoiceType.ADULT,
                        Optional.of(RepresentativeRole.FRIEND)))),
                () -> questionnaire(valid(), 0, q -> respondent(q, Voice.representative(RepresentativeRole.FRIEND)))));
        cs.add(c("MSP-OUT-017", "outcomes.feelingSafeAtEnd", "end rating while open",
                () -> outcomes(open(), o -> o.feelingSafeAtEnd(SafetyRating.SAFE)),
                () -> outcomes(open(), o -> o.feelingSafeAtStart(SafetyRating.SAFE))));
        // capacity
        cs.add(c("MSP-CAP-001", "enquiry.mentalCapacity.supportedByAdvocateFamilyOrFriend", "lacked, support unknown",
                () -> enquiry(valid(), e -> e.mentalCapacity(new MentalCapacity(CapacityAnswer.LACKED, Optional.empty()))),
                () -> enquiry(valid(), e -> e.mentalCapacity(MentalCapacity.lacked(false)))));
        cs.add(c("MSP-CAP-002", "enquiry.mentalCapacity.supportedByAdvocateFamilyOrFriend", "support, not lacked",
                () -> enquiry(valid(), e -> e.mentalCapacity(new MentalCapacity(CapacityAnswer.DID_NOT_LACK,
                        Optional.of(true)))),
                () -> enquiry(valid(), e -> e.mentalCapacity(MentalCapacity.of(CapacityAnswer.DID_NOT_LACK)))));
        cs.add(c("MSP-CAP-003", "enquiry.advocacy.independentAdvocateArranged", "advocacy duty unmet",
                () -> enquiry(valid(), e -> e.advocacy(Advocacy.of(true, false, false))),
                () -> enquiry(valid(), e -> e.advocacy(Advocacy.of(true, true, false)))));
        cs.add(c("MSP-CAP-004", "enquiry.mentalCapacity", "concluded s42 without capacity",
                () -> enquiry(valid(), e -> e.mentalCapacity(null)),
                () -> enquiry(valid(), e -> e.mentalCapacity(MentalCapacity.of(CapacityAnswer.DONT_KNOW)))));
        cs.add(c("MSP-CAP-005", "enquiry.mentalCapacity.lackedCapacity", "capacity not-recorded",
                () -> enquiry(valid(), e -> e.mentalCapacity(MentalCapacity.of(CapacityAnswer.NOT_RECORDED))),
                () -> enquiry(valid(), e -> e.mentalCapacity(MentalCapacity.of(CapacityAnswer.DONT_KNOW)))));
        // consent
        cs.add(c("MSP-CON-001", "enquiry.consent.reasons", "action without consent, no reason",
                () -> enquiry(valid(), e -> e.consent(new Consent(ConsentDecision.DECLINED, true, Set.of(),
                        Optional.of(true)))),
                () -> valid()));
        cs.add(c("MSP-CON-002", "enquiry.consent.personInformed", "action without consent, told unknown",
                () -> enquiry(valid(), e -> e.consent(new Consent(ConsentDecision.DECLINED, true,
                        Set.of(ActionWithoutConsentReason.OTHERS_AT_RISK), Optional.empty()))),
                () -> valid()));
        cs.add(c("MSP-CON-003", "enquiry.consent.personInformed", "action without consent, not told",
                () -> enquiry(valid(), e -> e.consent(Consent.withoutConsent(ConsentDecision.DECLINED, false,
                        ActionWithoutConsentReason.OTHERS_AT_RISK))),
                () -> valid()));
        cs.add(c("MSP-CON-004", "enquiry.consent.reasons", "reasons without action without consent",
                () -> enquiry(valid(), e -> e.consent(new Consent(ConsentDecision.CONSENTED, false,
                        Set.of(ActionWithoutConsentReason.OTHERS_AT_RISK), Optional.empty()))),
                () -> enquiry(valid(), e -> e.consent(Consent.of(ConsentDecision.CONSENTED)))));
        // questionnaires
        cs.add(c("MSP-QST-001", "questionnaires[0].instrumentId", "unknown instrument",
                () -> questionnaire(valid(), 0, q -> instrument(q, "local-part-1", "1.0")),
                () -> valid()));
        cs.add(c("MSP-QST-001", "questionnaires[0].instrumentVersion", "unknown version",
                () -> questionnaire(valid(), 0, q -> instrument(q, q.instrumentId(), "9.9")),
                () -> valid()));
        cs.add(c("MSP-QST-002", "questionnaires[1].notOfferedReason", "not offered, no reason",
                () -> questionnaire(valid(), 1, q -> new QuestionnaireResponse(q.instrumentId(), q.instrumentVersion(),
                        QuestionnaireStatus.NOT_OFFERED, Optional.empty(), q.date(), Optional.empty(), List.of())),
                () -> questionnaire(valid(), 1, q -> QuestionnaireResponse.notOffered(q.instrumentId(),
                        q.instrumentVersion(), q.date().get(), NotOfferedReason.NOT_ETHICALLY_APPROPRIATE))));
        cs.add(c("MSP-QST-003", "questionnaires[1].respondent", "completed, respondent unknown",
                () -> questionnaire(valid(), 1, q -> new QuestionnaireResponse(q.instrumentId(), q.instrumentVersion(),
                        q.status(), Optional.empty(), q.date(), Optional.empty(), q.answers())),
                () -> valid()));
        cs.add(c("MSP-QST-004", "questionnaires[1].respondent.representativeRole", "answered by someone, role unknown",
                () -> questionnaire(valid(), 1, q -> respondent(q, new Voice(VoiceType.REPRESENTATIVE,
                        Optional.empty()))),
                () -> questionnaire(valid(), 1, q -> respondent(q, Voice.adult()))));
        cs.add(c("MSP-QST-005", "questionnaires[1].date", "Part 2 before conclusion",
                () -> questionnaire(valid(), 1, q -> withDate(q, CONCLUDED.minusDays(1))),
                () -> questionnaire(valid(), 1, q -> withDate(q, CONCLUDED))));
        cs.add(c("MSP-QST-006", "questionnaires[0].date", "response without date",
                () -> questionnaire(valid(), 0, q -> withDate(q, null)),
                () -> valid()));
        cs.add(c("MSP-QST-007", "questionnaires[0].answers[1].linkId", "answer to an unknown item",
                () -> questionnaire(valid(), 0, q -> answers(q, ItemAnswer.coded("informed", "letter"),
                        ItemAnswer.text("feelings", "Fine"))),
                () -> questionnaire(valid(), 0, q -> answers(q, ItemAnswer.coded("informed", "letter"),
                        ItemAnswer.text("who-involved", "Fine")))));
        cs.add(c("MSP-QST-007", "questionnaires[0].answers[1].linkId", "item answered twice",
                () -> questionnaire(valid(), 0, q -> answers(q, ItemAnswer.coded("informed", "letter"),
                        ItemAnswer.coded("informed", "email"))),
                () -> questionnaire(valid(), 0, q -> answers(q, ItemAnswer.coded("informed", "letter")))));
        cs.add(c("MSP-QST-008", "questionnaires[0].answers[0].code", "code not on the scale",
                () -> questionnaire(valid(), 0, q -> answers(q, ItemAnswer.coded("informed", "yes-completely"))),
                () -> questionnaire(valid(), 0, q -> answers(q, ItemAnswer.coded("informed", "email")))));
        cs.add(c("MSP-QST-008", "questionnaires[0].answers[0].code", "code for a free-text item",
                () -> questionnaire(valid(), 0, q -> answers(q, new ItemAnswer("involvement", Optional.of("email"),
                        Optional.of("Tell me first")))),
                () -> questionnaire(valid(), 0, q -> answers(q, ItemAnswer.text("involvement", "Tell me first")))));
        // text and sizes
        cs.add(c("MSP-TXT-001", "notes", "blank notes",
                () -> valid().toBuilder().notes(" \t ").build(),
                () -> valid().toBuilder().notes(null).build()));
        cs.add(c("MSP-TXT-001", "outcomes.desiredOutcomes[0].wording", "blank desired outcome",
                () -> desired(valid(), 0, d -> new DesiredOutcome(d.id(), "  ", d.expressedBy(), d.expressedOn(),
                        d.stage(), d.category())),
                () -> valid()));
        cs.add(c("MSP-TXT-002", "notes", "notes over the limit",
                () -> valid().toBuilder().notes("n".repeat(TextRules.NOTES + 1)).build(),
                () -> valid().toBuilder().notes("n".repeat(TextRules.NOTES)).build()));
        cs.add(c("MSP-TXT-002", "questionnaires[0].answers[1].text", "answer over the limit (code points)",
                () -> questionnaire(valid(), 0, q -> answers(q, q.answers().get(0),
                        ItemAnswer.text("involvement", "\uD83D\uDE00".repeat(TextRules.ANSWER_TEXT + 1)))),
                () -> questionnaire(valid(), 0, q -> answers(q, q.answers().get(0),
                        ItemAnswer.text("involvement", "\uD83D\uDE00".repeat(TextRules.ANSWER_TEXT))))));
        cs.add(c("MSP-TXT-003", "recordId", "record id over 100 characters",
                () -> valid().toBuilder().recordId(LONG_101).build(),
                () -> valid().toBuilder().recordId(LONG_101.substring(1)).build()));
        // paths built only when a check fails (the rule areas build no string for a passing element)
        cs.add(c("MSP-DAT-003", "outcomes.negotiatedOutcomes[0].revisions[1].agreedOn", "revision dated tomorrow",
                () -> negotiated(valid(), 0, n -> revisions(n, OutcomeRevision.of(COMMENCED, WORDS_1),
                        OutcomeRevision.changed(TODAY.plusDays(1), "Door alarm", NegotiationChangeReason.OTHER))),
                () -> negotiated(valid(), 0, n -> revisions(n, OutcomeRevision.of(COMMENCED, WORDS_1),
                        OutcomeRevision.changed(TODAY, "Door alarm", NegotiationChangeReason.OTHER)))));
        cs.add(c("MSP-DAT-004", "outcomes.negotiatedOutcomes[0].revisions[0].agreedOn",
                "revision agreed before the concern",
                () -> negotiated(valid(), 0, n -> revisions(n, OutcomeRevision.of(RECEIVED.minusDays(1), WORDS_1))),
                () -> negotiated(valid(), 0, n -> revisions(n, OutcomeRevision.of(RECEIVED, WORDS_1)))));
        cs.add(c("MSP-TXT-002", "outcomes.negotiatedOutcomes[0].revisions[1].wording", "revision over the limit",
                () -> negotiated(valid(), 0, n -> revisions(n, OutcomeRevision.of(COMMENCED, WORDS_1),
                        OutcomeRevision.changed(COMMENCED, "w".repeat(TextRules.REVISION_WORDING + 1),
                                NegotiationChangeReason.OTHER))),
                () -> negotiated(valid(), 0, n -> revisions(n, OutcomeRevision.of(COMMENCED, WORDS_1),
                        OutcomeRevision.changed(COMMENCED, "w".repeat(TextRules.REVISION_WORDING),
                                NegotiationChangeReason.OTHER)))));
        cs.add(c("MSP-TXT-003", "outcomes.negotiatedOutcomes[1].desiredOutcomeIds[1]", "linked id over 100 characters",
                () -> negotiated(valid(), 1, n -> new NegotiatedOutcome(n.id(), List.of("do-2", LONG_101),
                        n.revisions(), n.achievement())),
                () -> negotiated(valid(), 1, n -> new NegotiatedOutcome(n.id(), List.of("do-2", "do-1"),
                        n.revisions(), n.achievement()))));
        cs.add(c("MSP-TXT-003", "questionnaires[0].answers[0].linkId", "answer link id over 100 characters",
                () -> questionnaire(valid(), 0, q -> answers(q, ItemAnswer.text(LONG_101, "Tell me first"))),
                () -> questionnaire(valid(), 0, q -> answers(q, ItemAnswer.text("involvement", "Tell me first")))));
        cs.add(c("MSP-TXT-004", "enquiry.riskItems", "51 risk items",
                () -> enquiry(valid(), e -> e.riskItems(Collections.nCopies(TextRules.RISK_ITEMS + 1,
                        valid().enquiry().get().riskItems().get(0)))),
                () -> enquiry(valid(), e -> e.riskItems(Collections.nCopies(TextRules.RISK_ITEMS,
                        valid().enquiry().get().riskItems().get(0))))));
        // characters text may hold (issue 17, finding 6) and the dates the SDK handles (finding 8)
        cs.add(c("MSP-TXT-005", "recordId", "record id holding a terminal escape sequence",
                () -> valid().toBuilder().recordId("R-2025-0001\u001b]0;x\u0007").build(),
                () -> valid().toBuilder().recordId("R-2025-0001-\u00e9\ud83d\ude00").build()));
        cs.add(c("MSP-TXT-005", "organisations[0].code", "lead council code holding a carriage return",
                () -> organisation(valid(), 0, o -> new OrganisationInvolvement("E08000001\rE08000002", o.name(),
                        o.type(), o.roles())),
                () -> organisation(valid(), 0, o -> new OrganisationInvolvement("E08000001 E08000002", o.name(),
                        o.type(), o.roles()))));
        cs.add(c("MSP-TXT-005", "adult.personId", "person id holding a right-to-left override",
                () -> adult(valid(), a -> a.personId("P-\u202e2401")),
                () -> adult(valid(), a -> a.personId("P-\u05d0\u05d1-2401"))));
        cs.add(c("MSP-TXT-005", "outcomes.negotiatedOutcomes[1].desiredOutcomeIds[0]", "linked id holding DEL",
                () -> negotiated(valid(), 1, n -> new NegotiatedOutcome(n.id(), List.of("do-2\u007f"),
                        n.revisions(), n.achievement())),
                () -> negotiated(valid(), 1, n -> new NegotiatedOutcome(n.id(), List.of("do-2~"),
                        n.revisions(), n.achievement()))));
        cs.add(c("MSP-TXT-005", "questionnaires[0].answers[0].code", "answer code holding a C1 control",
                () -> questionnaire(valid(), 0, q -> answers(q, ItemAnswer.coded("informed", "letter\u009b2J"))),
                () -> questionnaire(valid(), 0, q -> answers(q, ItemAnswer.coded("informed", "letter\u00a02J")))));
        cs.add(c("MSP-TXT-006", "notes", "notes holding an escape",
                () -> valid().toBuilder().notes("Visit\u001b[2J done").build(),
                () -> valid().toBuilder().notes("Visit\r\n\tdone\nnext line\u2028and more").build()));
        cs.add(c("MSP-TXT-006", "outcomes.negotiatedOutcomes[0].revisions[1].wording",
                "revision holding a vertical tab",
                () -> negotiated(valid(), 0, n -> revisions(n, OutcomeRevision.of(COMMENCED, WORDS_1),
                        OutcomeRevision.changed(COMMENCED, "Door\u000balarm", NegotiationChangeReason.OTHER))),
                () -> negotiated(valid(), 0, n -> revisions(n, OutcomeRevision.of(COMMENCED, WORDS_1),
                        OutcomeRevision.changed(COMMENCED, "Door\nalarm", NegotiationChangeReason.OTHER)))));
        cs.add(c("MSP-TXT-006", "questionnaires[0].answers[1].text", "answer holding a C1 control",
                () -> questionnaire(valid(), 0, q -> answers(q, q.answers().get(0),
                        ItemAnswer.text("involvement", "Tell me\u0085first"))),
                () -> questionnaire(valid(), 0, q -> answers(q, q.answers().get(0),
                        ItemAnswer.text("involvement", "Tell me\tfirst")))));
        cs.add(c("MSP-DAT-005", "concern.receivedOn", "concern received the day before the first supported date",
                () -> valid().toBuilder().concern(Concern.received(LocalDate.of(1900, 3, 31), ConcernSource.NHS)
                        .decided(ConcernOutcome.S42_ENQUIRY)).build(),
                () -> valid().toBuilder().concern(Concern.received(LocalDate.of(1900, 4, 1), ConcernSource.NHS)
                        .decided(ConcernOutcome.S42_ENQUIRY)).build()));
        cs.add(c("MSP-DAT-005", "questionnaires[1].date", "questionnaire dated the day after the last supported date",
                () -> questionnaire(valid(), 1, q -> withDate(q, LocalDate.of(9999, 4, 1))),
                () -> questionnaire(valid(), 1, q -> withDate(q, LocalDate.of(9999, 3, 31)))));
        cs.add(c("MSP-DAT-005", "adult.dateOfDeath", "date of death a placeholder 9999-12-31",
                () -> adult(valid(), a -> a.dateOfDeath(LocalDate.of(9999, 12, 31))),
                () -> adult(valid(), a -> a.dateOfDeath(CONCLUDED))));
        cs.add(c("MSP-DAT-005", "outcomes.negotiatedOutcomes[1].achievement.ratedOn", "rated in year 10000",
                () -> negotiated(valid(), 1, n -> n.withAchievement(new Achievement(OutcomeAchievement.NOT_ACHIEVED,
                        AchievementJudge.ADULT, LocalDate.of(10_000, 1, 1)))),
                () -> negotiated(valid(), 1, n -> n.withAchievement(new Achievement(OutcomeAchievement.NOT_ACHIEVED,
                        AchievementJudge.ADULT, LocalDate.of(9999, 3, 31))))));
        cs.add(c("MSP-DAT-005", "outcomes.desiredOutcomes[0].expressedOn", "expressed on 0001-01-01",
                () -> desired(valid(), 0, d -> expressedOn(d, LocalDate.of(1, 1, 1))),
                () -> desired(valid(), 0, d -> expressedOn(d, COMMENCED))));
        cs.add(c("MSP-DAT-005", "enquiry.concludedOn", "concluded on the last representable date",
                () -> enquiry(valid(), e -> e.concludedOn(LocalDate.MAX)),
                () -> valid()));
        return cs;
    }

    // ---- helpers -------------------------------------------------------------------------------------------

    static SafeguardingRecord noEnquiry(SafeguardingRecord r) {
        return r.toBuilder().enquiry(null).concern(Concern.received(RECEIVED, ConcernSource.NHS)
                        .noEnquiry(NoEnquiryNextStep.CARE_ACT_ASSESSMENT))
                .outcomes(r.outcomes().toBuilder().negotiatedOutcomes(List.of()).enquiryAchievement(null)
                        .feelingSafeAtStart(null).feelingSafeAtEnd(null).build())
                .questionnaires(List.of()).build();
    }

    static SafeguardingRecord other(SafeguardingRecord r, S42Criteria criteria) {
        return enquiry(r, e -> e.type(EnquiryType.OTHER).s42Criteria(criteria)).toBuilder()
                .concern(Concern.received(RECEIVED, ConcernSource.NHS).decided(ConcernOutcome.OTHER_ENQUIRY)).build();
    }

    static QuestionnaireResponse withDate(QuestionnaireResponse q, LocalDate d) {
        return new QuestionnaireResponse(q.instrumentId(), q.instrumentVersion(), q.status(), q.respondent(),
                Optional.ofNullable(d), q.notOfferedReason(), q.answers());
    }

    static QuestionnaireResponse respondent(QuestionnaireResponse q, Voice v) {
        return new QuestionnaireResponse(q.instrumentId(), q.instrumentVersion(), q.status(), Optional.of(v), q.date(),
                q.notOfferedReason(), q.answers());
    }

    static QuestionnaireResponse instrument(QuestionnaireResponse q, String id, String version) {
        return new QuestionnaireResponse(id, version, q.status(), q.respondent(), q.date(), q.notOfferedReason(),
                q.answers());
    }

    static QuestionnaireResponse answers(QuestionnaireResponse q, ItemAnswer... answers) {
        return new QuestionnaireResponse(q.instrumentId(), q.instrumentVersion(), q.status(), q.respondent(), q.date(),
                q.notOfferedReason(), List.of(answers));
    }

    static DesiredOutcome expressedOn(DesiredOutcome d, LocalDate on) {
        return new DesiredOutcome(d.id(), d.wording(), d.expressedBy(), on, d.stage(), d.category());
    }

    static DesiredOutcome expressedBy(DesiredOutcome d, Voice v) {
        return new DesiredOutcome(d.id(), d.wording(), v, d.expressedOn(), d.stage(), d.category());
    }

    static NegotiatedOutcome revisions(NegotiatedOutcome n, OutcomeRevision... revisions) {
        return new NegotiatedOutcome(n.id(), n.desiredOutcomeIds(), List.of(revisions), n.achievement());
    }

    private static List<Finding> findingsOf(SafeguardingRecord r, String ruleId) {
        return validator(Profile.SAC_COMPLETE).validate(r).findings().stream()
                .filter(f -> f.ruleId().equals(ruleId)).toList();
    }

    // ---- tests ---------------------------------------------------------------------------------------------

    @ParameterizedTest(name = "{0} fires")
    @MethodSource("cases")
    void ruleFiresWithExactIdSeverityAndPath(Case c) {
        Rule rule = RuleCatalogue.find(c.ruleId()).orElseThrow();
        List<Finding> found = findingsOf(c.fires().get(), c.ruleId());
        assertThat(found).as("findings of %s", c.ruleId()).hasSize(1);
        assertThat(found.get(0).severity()).isEqualTo(rule.severity());
        assertThat(found.get(0).path()).isEqualTo(c.path());
        assertThat(found.get(0).message()).isNotBlank();
    }

    @ParameterizedTest(name = "{0} does not fire on the near miss")
    @MethodSource("cases")
    void ruleDoesNotFireOnNearMiss(Case c) {
        assertThat(findingsOf(c.nearMiss().get(), c.ruleId())).isEmpty();
    }

    @ParameterizedTest(name = "{0}: profile decides whether it is checked")
    @MethodSource("cases")
    void sacCompleteRulesAreNotCheckedInProgress(Case c) {
        Rule rule = RuleCatalogue.find(c.ruleId()).orElseThrow();
        boolean reportedInProgress = validator(Profile.IN_PROGRESS).validate(c.fires().get()).findings().stream()
                .anyMatch(f -> f.ruleId().equals(c.ruleId()));
        assertThat(reportedInProgress).isEqualTo(rule.profile() == Profile.IN_PROGRESS);
    }

    @Test
    void everyRuleHasACase() {
        Set<String> covered = cases().stream().map(Case::ruleId).collect(Collectors.toCollection(TreeSet::new));
        covered.add("MSP-PER-001"); // enforced at construction: see nhsNumberCheckDigitIsEnforcedAtConstruction
        covered.add("MSP-OUT-018"); // compares two versions: see HistoryRuleTest
        // compare the records of one journey: see org.mspsdk.partnership.JourneyConflictsTest
        covered.addAll(List.of("MSP-JNY-004", "MSP-JNY-005", "MSP-JNY-006", "MSP-JNY-007", "MSP-JNY-008",
                "MSP-JNY-009", "MSP-JNY-010"));
        // the register (MSP-SAR) and return (MSP-RET) rules check no record: see SarRulesTest and ReturnChecksTest
        Set<String> all = RuleCatalogue.all().stream().filter(RuleCatalogue::checksRecords).map(Rule::id)
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(covered).isEqualTo(all);
    }

    @Test
    void nhsNumberCheckDigitIsEnforcedAtConstruction() {
        assertThatThrownBy(() -> NhsNumber.of("943 476 5918"))
                .isInstanceOf(MspException.class)
                .hasMessageContaining("MSP-PER-001")
                .hasMessageNotContaining("943")
                .satisfies(e -> assertThat(((MspException) e).kind()).isEqualTo(MspException.Kind.INVALID_VALUE));
        assertThat(NhsNumber.of("943 476 5919").value()).isEqualTo("9434765919");
        assertThat(RuleCatalogue.find("MSP-PER-001").orElseThrow().checks()).contains("constructed");
    }

    @Test
    void completeConcludedRecordHasNoFindingUnderEitherProfile() {
        assertThat(validator(Profile.IN_PROGRESS).validate(valid()).findings()).isEmpty();
        assertThat(validator(Profile.SAC_COMPLETE).validate(valid()).findings()).isEmpty();
    }

    @Test
    void openRecordHasNoFindingInProgress() {
        assertThat(validator(Profile.IN_PROGRESS).validate(open()).findings()).isEmpty();
    }

    @Test
    void ruleIdsAreUniqueAndWellFormed() {
        List<String> ids = RuleCatalogue.all().stream().map(Rule::id).toList();
        assertThat(ids).doesNotHaveDuplicates().allMatch(id -> id.matches("MSP-[A-Z]{3}-\\d{3}"));
    }

}
