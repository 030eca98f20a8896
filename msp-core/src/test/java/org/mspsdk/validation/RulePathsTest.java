package org.mspsdk.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mspsdk.validation.Fixtures.*;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mspsdk.instrument.Instrument;
import org.mspsdk.instrument.InstrumentItem;
import org.mspsdk.instrument.Instruments;
import org.mspsdk.model.Achievement;
import org.mspsdk.model.Advocacy;
import org.mspsdk.model.Concern;
import org.mspsdk.model.Consent;
import org.mspsdk.model.DesiredOutcome;
import org.mspsdk.model.Enquiry;
import org.mspsdk.model.ItemAnswer;
import org.mspsdk.model.MentalCapacity;
import org.mspsdk.model.NegotiatedOutcome;
import org.mspsdk.model.OrganisationInvolvement;
import org.mspsdk.model.OutcomeRevision;
import org.mspsdk.model.QuestionnaireResponse;
import org.mspsdk.model.RiskItem;
import org.mspsdk.model.S42Criteria;
import org.mspsdk.model.SafeguardingRecord;
import org.mspsdk.model.Voice;
import org.mspsdk.synthetic.SyntheticDataGenerator;
import org.mspsdk.testing.RecordDates;
import org.mspsdk.vocabulary.AchievementJudge;
import org.mspsdk.vocabulary.ActionWithoutConsentReason;
import org.mspsdk.vocabulary.AskedAboutOutcomes;
import org.mspsdk.vocabulary.CapacityAnswer;
import org.mspsdk.vocabulary.ConsentDecision;
import org.mspsdk.vocabulary.EnquiryResult;
import org.mspsdk.vocabulary.EnquiryType;
import org.mspsdk.vocabulary.LocationOfRisk;
import org.mspsdk.vocabulary.NoEnquiryNextStep;
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
 * Every path a rule reports (indexes written as {@code []}) is one of that rule's documented paths, so the
 * catalogue tells a reader every place a finding of the rule can point at. Driven by the rule cases, the canary
 * record, and generated records each broken by every mutation below (and saved over by a changed version, for
 * MSP-OUT-018); the run also shows that every rule the validator can report fired at least once.
 */
class RulePathsTest {

    private static final int SEEDS = 3;
    private static final int PER_SEED = 25;

    /** Rule id to the normalised paths its findings pointed at, over the whole run. */
    private static final Map<String, Set<String>> EMITTED = new TreeMap<>();
    /** Findings whose path is not documented, with what produced them. */
    private static final List<String> UNDOCUMENTED = new ArrayList<>();
    private static int validations;

    @BeforeAll
    static void runEveryDriver() {
        Validator validator = validator(Profile.SAC_COMPLETE);
        for (RuleCasesTest.Case c : RuleCasesTest.cases()) {
            record(validator.validate(c.fires().get()), "case " + c);
            record(validator.validate(c.nearMiss().get()), "near miss " + c);
        }
        record(validator.validate(CanaryTest.canaryRecord()), "canary record");
        // the journey rules compare the records of one journey: the partnership view reports them
        org.mspsdk.testing.ConflictingJourneys.all().forEach((what, records) ->
                org.mspsdk.partnership.Partnership.mergeAll(records).forEach(m -> record(new ValidationReport(
                        m.findings().stream().map(f -> f.finding()).toList()), "journey " + what)));
        SyntheticDataGenerator.Settings settings = SyntheticDataGenerator.Settings.defaults();
        Map<String, UnaryOperator<SafeguardingRecord>> mutations = mutations();
        Map<String, UnaryOperator<SafeguardingRecord>> updates = updates();
        for (long seed = 1; seed <= SEEDS; seed++) {
            List<SafeguardingRecord> records = new SyntheticDataGenerator(seed * 104_729L, settings).records(PER_SEED);
            for (int i = 0; i < records.size(); i++) {
                SafeguardingRecord r = records.get(i);
                String where = "seed " + seed * 104_729L + " record " + i;
                record(validator.validate(r), where);
                mutations.forEach((name, m) -> record(validator.validate(m.apply(r)), where + " mutated: " + name));
                updates.forEach((name, u) -> record(validator.validateUpdate(r, u.apply(r)), where + " saved: " + name));
            }
        }
    }

    private static void record(ValidationReport report, String where) {
        validations++;
        for (Finding f : report.findings()) {
            String path = normalised(f.path());
            EMITTED.computeIfAbsent(f.ruleId(), k -> new TreeSet<>()).add(path);
            Rule rule = RuleCatalogue.find(f.ruleId()).orElseThrow();
            if (!RuleCatalogue.documentedPaths(rule).contains(path) && UNDOCUMENTED.size() < 50) {
                UNDOCUMENTED.add(f.ruleId() + " at " + path + " (" + where + ")");
            }
        }
    }

    /** @return the path with every index written as {@code []} */
    static String normalised(String path) {
        return path.replaceAll("\\[\\d+]", "[]");
    }

    @Test
    void everyEmittedPathIsADocumentedPathOfItsRule() {
        assertThat(UNDOCUMENTED).as("findings at a path their rule does not document (first ones)").isEmpty();
    }

    @Test
    void everyRuleTheValidatorCanReportFires() {
        // the register (MSP-SAR) and return (MSP-RET) rules check no record: see SarRulesTest and ReturnChecksTest
        Set<String> neverFired = RuleCatalogue.all().stream().filter(RuleCatalogue::checksRecords).map(Rule::id)
                .filter(id -> !EMITTED.containsKey(id))
                .collect(Collectors.toCollection(TreeSet::new));
        Map<String, Set<String>> pathsNeverEmitted = new TreeMap<>();
        for (Rule rule : RuleCatalogue.all()) {
            Set<String> missing = new TreeSet<>(RuleCatalogue.documentedPaths(rule));
            missing.removeAll(EMITTED.getOrDefault(rule.id(), Set.of()));
            if (!missing.isEmpty() && EMITTED.containsKey(rule.id())) {
                pathsNeverEmitted.put(rule.id(), missing);
            }
        }
        System.out.println("rule paths: " + validations + " validations, " + EMITTED.size() + " of "
                + RuleCatalogue.all().size() + " rules fired; never fired: " + neverFired
                + "; documented paths never emitted: " + pathsNeverEmitted);
        // MSP-PER-001 is enforced when an NhsNumber is constructed: no record can hold an invalid one
        assertThat(neverFired).containsExactly("MSP-PER-001");
    }

    @Test
    void normalisingReplacesEveryIndex() {
        assertThat(normalised("outcomes.negotiatedOutcomes[12].revisions[0].reason"))
                .isEqualTo("outcomes.negotiatedOutcomes[].revisions[].reason");
    }

    // ---- mutations of a generated record -----------------------------------------------------------------

    private static Map<String, UnaryOperator<SafeguardingRecord>> mutations() {
        Map<String, UnaryOperator<SafeguardingRecord>> m = new LinkedHashMap<>();
        breakPerson(m);
        breakOrganisations(m);
        breakDatesAndEnquiry(m);
        breakOutcomes(m);
        breakCapacityAndConsent(m);
        breakQuestionnaires(m);
        breakText(m);
        return m;
    }

    private static void breakPerson(Map<String, UnaryOperator<SafeguardingRecord>> m) {
        m.put("age 17, no date of birth", r -> adult(r, a -> a.dateOfBirth(null).ageAtConcern(17)));
        m.put("age 200", r -> adult(r, a -> a.dateOfBirth(null).ageAtConcern(200)));
        m.put("born 140 years before the concern", r -> adult(r, a -> a.dateOfBirth(received(r).minusYears(140))
                .ageAtConcern(null)));
        m.put("born after the concern", r -> adult(r, a -> a.dateOfBirth(received(r).plusDays(1))));
        m.put("age disagrees with the date of birth", r -> adult(r, a -> a.dateOfBirth(received(r).minusYears(40))
                .ageAtConcern(45)));
        m.put("died before the concern", r -> adult(r, a -> a.dateOfDeath(received(r).minusDays(1))));
        m.put("no demographics", r -> adult(r, a -> a.dateOfBirth(null).ageAtConcern(null).gender(null)
                .ethnicity(null).primarySupportReason(null)));
    }

    private static void breakOrganisations(Map<String, UnaryOperator<SafeguardingRecord>> m) {
        m.put("no lead council, no roles", r -> r.toBuilder().organisations(r.organisations().stream()
                .map(o -> new OrganisationInvolvement(o.code(), o.name(), o.type(), Set.of())).toList()).build());
        m.put("every organisation listed twice", r -> {
            List<OrganisationInvolvement> twice = new ArrayList<>(r.organisations());
            twice.addAll(r.organisations());
            return r.toBuilder().organisations(twice).build();
        });
        m.put("lead council a care provider", r -> r.toBuilder().organisations(r.organisations().stream()
                .map(o -> o.has(OrganisationRole.LEAD_COUNCIL) ? new OrganisationInvolvement(o.code(), o.name(),
                        OrganisationType.CARE_PROVIDER, o.roles()) : o).toList()).build());
        m.put("caused to make enquiries, enquiry removed", r -> r.toBuilder().enquiry(null)
                .addOrganisation(OrganisationInvolvement.of("ZZ999", OrganisationType.POLICE,
                        OrganisationRole.CAUSED_TO_MAKE_ENQUIRIES)).build());
    }

    private static void breakDatesAndEnquiry(Map<String, UnaryOperator<SafeguardingRecord>> m) {
        m.put("enquiry commenced before the concern", r -> withEnquiry(r, e -> e.commencedOn(received(r).minusDays(1))));
        m.put("enquiry concluded before it commenced", r -> withEnquiry(r, e -> r.enquiry().get().isConcluded()
                ? e.concludedOn(r.enquiry().get().commencedOn().minusDays(1)) : e));
        m.put("concern received tomorrow", r -> r.toBuilder().concern(new Concern(TODAY.plusDays(1),
                r.concern().raisedBy(), r.concern().outcome(), r.concern().nextStep())).build());
        m.put("everything dated after today", r -> {
            SafeguardingRecord f = withEnquiry(r, e -> e.commencedOn(TODAY.plusDays(1)).concludedOn(
                    r.enquiry().get().isConcluded() ? TODAY.plusDays(2) : null));
            f = adult(f, a -> a.dateOfBirth(TODAY.plusDays(1)).dateOfDeath(TODAY.plusDays(1)));
            f = outcomes(f, o -> o.desiredOutcomes(map(r.outcomes().desiredOutcomes(), d -> new DesiredOutcome(d.id(),
                    d.wording(), d.expressedBy(), TODAY.plusDays(1), d.stage(), d.category())))
                    .negotiatedOutcomes(map(r.outcomes().negotiatedOutcomes(), n -> new NegotiatedOutcome(n.id(),
                            n.desiredOutcomeIds(), map(n.revisions(), v -> new OutcomeRevision(TODAY.plusDays(1),
                                    v.wording(), v.reason())), n.achievement().map(a -> new Achievement(a.level(),
                                    a.judgedBy(), TODAY.plusDays(3)))))));
            return f.toBuilder().questionnaires(map(r.questionnaires(), q -> withDate(q, TODAY.plusDays(1)))).build();
        });
        m.put("outcomes and questionnaires dated before the concern", r -> {
            LocalDate before = received(r).minusDays(1);
            SafeguardingRecord f = outcomes(r, o -> o.desiredOutcomes(map(r.outcomes().desiredOutcomes(),
                    d -> new DesiredOutcome(d.id(), d.wording(), d.expressedBy(), before, d.stage(), d.category())))
                    .negotiatedOutcomes(map(r.outcomes().negotiatedOutcomes(), n -> new NegotiatedOutcome(n.id(),
                            n.desiredOutcomeIds(), map(n.revisions(), v -> new OutcomeRevision(before, v.wording(),
                                    v.reason())), n.achievement()))));
            return f.toBuilder().questionnaires(map(r.questionnaires(), q -> withDate(q, before))).build();
        });
        m.put("s42 criteria not all met", r -> withEnquiry(r, e -> e.s42Criteria(new S42Criteria(false, false, false))));
        m.put("other enquiry meeting every criterion", r -> withEnquiry(r, e -> e.type(EnquiryType.OTHER)
                .s42Criteria(S42Criteria.allMet())));
        m.put("no s42 criteria", r -> withEnquiry(r, e -> e.s42Criteria(null)));
        m.put("concern not decided", r -> r.toBuilder().concern(Concern.received(received(r), r.concern().raisedBy()))
                .build());
        m.put("enquiry removed", r -> r.toBuilder().enquiry(null).build());
        m.put("next step on any concern", r -> r.toBuilder().concern(new Concern(received(r), r.concern().raisedBy(),
                r.concern().outcome(), Optional.of(NoEnquiryNextStep.REFERRAL_ELSEWHERE))).build());
        m.put("result, enquiry reopened", r -> withEnquiry(r, e -> e.concludedOn(null)
                .result(EnquiryResult.NO_RISK_NO_ACTION)));
        m.put("result removed", r -> withEnquiry(r, e -> e.result(null)));
        m.put("risk outcome without an identified risk", r -> withEnquiry(r, e -> e.result(EnquiryResult.NO_RISK_ACTION)
                .riskOutcome(RiskOutcome.REMOVED)));
        m.put("risk identified, risk outcome removed", r -> withEnquiry(r, e ->
                e.result(EnquiryResult.RISK_IDENTIFIED_ACTION).riskOutcome(null)));
        m.put("no risk items", r -> withEnquiry(r, e -> e.riskItems(List.of())));
        m.put("risk items without location or source", r -> withEnquiry(r, e -> e.riskItems(map(
                r.enquiry().get().riskItems(), i -> new RiskItem(i.type(), Optional.empty(), Optional.empty())))));
    }

    private static void breakOutcomes(Map<String, UnaryOperator<SafeguardingRecord>> m) {
        m.put("SG4a dont-know", r -> outcomes(r, o -> o.asked(AskedAboutOutcomes.DONT_KNOW)));
        m.put("SG4a missing", r -> outcomes(r, o -> o.asked(null)));
        m.put("SG4a not-recorded, nothing expressed", r -> outcomes(r, o -> o.asked(AskedAboutOutcomes.NOT_RECORDED)
                .desiredOutcomes(List.of()).negotiatedOutcomes(List.of()).enquiryAchievement(null)));
        m.put("SG4a expressed, desired outcomes removed", r -> outcomes(r, o -> o.asked(AskedAboutOutcomes.ASKED_EXPRESSED)
                .desiredOutcomes(List.of())));
        m.put("enquiry achievement fully", r -> outcomes(r, o -> o.enquiryAchievement(OutcomeAchievement.FULLY_ACHIEVED)));
        m.put("enquiry achievement removed", r -> outcomes(r, o -> o.enquiryAchievement(null)));
        m.put("ratings removed", r -> outcomes(r, o -> o.negotiatedOutcomes(map(r.outcomes().negotiatedOutcomes(),
                n -> new NegotiatedOutcome(n.id(), n.desiredOutcomeIds(), n.revisions(), Optional.empty())))));
        m.put("rated on the day of the concern", r -> outcomes(r, o -> o.negotiatedOutcomes(map(
                r.outcomes().negotiatedOutcomes(), n -> n.withAchievement(new Achievement(
                        OutcomeAchievement.NOT_ACHIEVED, AchievementJudge.PRACTITIONER, received(r)))))));
        m.put("ids repeated", r -> outcomes(r, o -> o.desiredOutcomes(twiceLast(r.outcomes().desiredOutcomes()))
                .negotiatedOutcomes(twiceLast(r.outcomes().negotiatedOutcomes()))));
        m.put("negotiated outcomes name no desired outcome", r -> outcomes(r, o -> o.negotiatedOutcomes(map(
                r.outcomes().negotiatedOutcomes(), n -> new NegotiatedOutcome(n.id(), List.of(), n.revisions(),
                        n.achievement())))));
        m.put("links dangling and repeated", r -> outcomes(r, o -> o.negotiatedOutcomes(map(
                r.outcomes().negotiatedOutcomes(), n -> {
                    List<String> ids = new ArrayList<>(n.desiredOutcomeIds());
                    ids.add("no-such-desired-outcome");
                    ids.addAll(n.desiredOutcomeIds());
                    return new NegotiatedOutcome(n.id(), ids, n.revisions(), n.achievement());
                }))));
        m.put("wording changed without reason, out of order", r -> outcomes(r, o -> o.negotiatedOutcomes(map(
                r.outcomes().negotiatedOutcomes(), n -> {
                    List<OutcomeRevision> revs = new ArrayList<>(n.revisions());
                    revs.set(0, OutcomeRevision.of(revs.get(0).agreedOn(), "A wording nobody said"));
                    revs.add(OutcomeRevision.of(revs.get(0).agreedOn().minusDays(1), "Another wording"));
                    return new NegotiatedOutcome(n.id(), n.desiredOutcomeIds(), revs, n.achievement());
                }))));
        m.put("voices without and with a representative role", r -> outcomes(r, o -> o.desiredOutcomes(map(
                r.outcomes().desiredOutcomes(), d -> new DesiredOutcome(d.id(), d.wording(),
                        d.expressedBy().type() == VoiceType.ADULT
                                ? new Voice(VoiceType.ADULT, Optional.of(RepresentativeRole.FRIEND))
                                : new Voice(VoiceType.REPRESENTATIVE, Optional.empty()),
                        d.expressedOn(), d.stage(), d.category())))));
        m.put("feeling safe at the end, enquiry reopened", r -> outcomes(withEnquiry(r, e -> e.concludedOn(null)),
                o -> o.feelingSafeAtEnd(SafetyRating.SAFE)));
        m.put("feeling safe at the end, concern undecided", r -> outcomes(r.toBuilder().enquiry(null)
                .concern(Concern.received(received(r), r.concern().raisedBy())).build(),
                o -> o.feelingSafeAtEnd(SafetyRating.SAFE)));
    }

    private static void breakCapacityAndConsent(Map<String, UnaryOperator<SafeguardingRecord>> m) {
        m.put("capacity lacked, support unknown", r -> withEnquiry(r, e -> e.mentalCapacity(new MentalCapacity(
                CapacityAnswer.LACKED, Optional.empty()))));
        m.put("support answered, capacity not lacked", r -> withEnquiry(r, e -> e.mentalCapacity(new MentalCapacity(
                CapacityAnswer.DID_NOT_LACK, Optional.of(true)))));
        m.put("capacity not-recorded", r -> withEnquiry(r, e -> e.mentalCapacity(MentalCapacity.of(
                CapacityAnswer.NOT_RECORDED))));
        m.put("capacity removed", r -> withEnquiry(r, e -> e.mentalCapacity(null)));
        m.put("advocacy duty unmet", r -> withEnquiry(r, e -> e.advocacy(Advocacy.of(true, false, false))));
        m.put("action without consent, no reason, told unknown", r -> withEnquiry(r, e -> e.consent(new Consent(
                ConsentDecision.DECLINED, true, Set.of(), Optional.empty()))));
        m.put("action without consent, not told", r -> withEnquiry(r, e -> e.consent(Consent.withoutConsent(
                ConsentDecision.DECLINED, false, ActionWithoutConsentReason.EMERGENCY))));
        m.put("consented, with reasons and told", r -> withEnquiry(r, e -> e.consent(new Consent(
                ConsentDecision.CONSENTED, false, EnumSet.of(ActionWithoutConsentReason.EMERGENCY), Optional.of(true)))));
    }

    private static void breakQuestionnaires(Map<String, UnaryOperator<SafeguardingRecord>> m) {
        Instrument p1 = Instruments.MY_SAFEGUARDING_EXPERIENCE_PART_1;
        Instrument p2 = Instruments.MY_SAFEGUARDING_EXPERIENCE_PART_2;
        m.put("Part 2 answered on the day of the concern", r -> addQuestionnaire(r, QuestionnaireResponse.completed(
                p2.id(), p2.version(), Voice.adult(), received(r), List.of())));
        m.put("unknown instrument and version", r -> addQuestionnaire(addQuestionnaire(r, QuestionnaireResponse
                .completed("local-instrument", "1.0", Voice.adult(), received(r), List.of())),
                QuestionnaireResponse.completed(p1.id(), "9.9", Voice.adult(), received(r), List.of())));
        m.put("not offered, but answered, no reason", r -> addQuestionnaire(r, new QuestionnaireResponse(p1.id(),
                p1.version(), QuestionnaireStatus.NOT_OFFERED, Optional.of(Voice.adult()), Optional.of(received(r)),
                Optional.empty(), List.of(ItemAnswer.text(freeText(p1).linkId(), "Fine")))));
        m.put("completed, no respondent, no date, with a not-offered reason", r -> addQuestionnaire(r,
                new QuestionnaireResponse(p1.id(), p1.version(), QuestionnaireStatus.COMPLETED, Optional.empty(),
                        Optional.empty(), Optional.of(org.mspsdk.vocabulary.NotOfferedReason.DECLINED), List.of())));
        m.put("respondents without and with a role", r -> addQuestionnaire(addQuestionnaire(r,
                QuestionnaireResponse.completed(p1.id(), p1.version(), new Voice(VoiceType.REPRESENTATIVE,
                        Optional.empty()), received(r), List.of())),
                QuestionnaireResponse.completed(p1.id(), p1.version(), new Voice(VoiceType.ADULT,
                        Optional.of(RepresentativeRole.FRIEND)), received(r), List.of())));
        m.put("answers that do not fit their items", r -> {
            InstrumentItem free = freeText(p1);
            InstrumentItem scaled = scaled(p1);
            return addQuestionnaire(r, QuestionnaireResponse.completed(p1.id(), p1.version(), Voice.adult(),
                    received(r), List.of(
                            ItemAnswer.text("no-such-item", "Fine"),
                            new ItemAnswer(free.linkId(), Optional.of("a-code"), Optional.empty()),
                            new ItemAnswer(scaled.linkId(), Optional.empty(), Optional.of("some text")),
                            ItemAnswer.coded(scaled.linkId(), "not-on-the-scale"))));
        });
    }

    private static void breakText(Map<String, UnaryOperator<SafeguardingRecord>> m) {
        m.put("blank text", r -> {
            SafeguardingRecord f = r.toBuilder().notes(" ").organisations(map(r.organisations(),
                    o -> new OrganisationInvolvement(o.code(), Optional.of(" "), o.type(), o.roles()))).build();
            f = outcomes(f, o -> o.desiredOutcomes(map(r.outcomes().desiredOutcomes(), d -> new DesiredOutcome(d.id(),
                    "\t", d.expressedBy(), d.expressedOn(), d.stage(), d.category())))
                    .negotiatedOutcomes(map(r.outcomes().negotiatedOutcomes(), n -> new NegotiatedOutcome(n.id(),
                            n.desiredOutcomeIds(), map(n.revisions(), v -> new OutcomeRevision(v.agreedOn(), " ",
                                    v.reason())), n.achievement()))));
            return f.toBuilder().questionnaires(map(r.questionnaires(), q -> new QuestionnaireResponse(
                    q.instrumentId(), q.instrumentVersion(), q.status(), q.respondent(), q.date(), q.notOfferedReason(),
                    map(q.answers(), a -> new ItemAnswer(a.linkId(), a.code(), a.text().map(t -> " ")))))).build();
        });
        m.put("text over its limit", r -> {
            String tooLong = "w".repeat(TextRules.NOTES + 1);
            SafeguardingRecord f = r.toBuilder().notes(tooLong).organisations(map(r.organisations(),
                    o -> new OrganisationInvolvement(o.code(), Optional.of(tooLong), o.type(), o.roles()))).build();
            f = outcomes(f, o -> o.desiredOutcomes(map(r.outcomes().desiredOutcomes(), d -> new DesiredOutcome(d.id(),
                    tooLong, d.expressedBy(), d.expressedOn(), d.stage(), d.category())))
                    .negotiatedOutcomes(map(r.outcomes().negotiatedOutcomes(), n -> new NegotiatedOutcome(n.id(),
                            n.desiredOutcomeIds(), map(n.revisions(), v -> new OutcomeRevision(v.agreedOn(), tooLong,
                                    v.reason())), n.achievement()))));
            return f.toBuilder().questionnaires(map(r.questionnaires(), q -> new QuestionnaireResponse(
                    q.instrumentId(), q.instrumentVersion(), q.status(), q.respondent(), q.date(), q.notOfferedReason(),
                    map(q.answers(), a -> new ItemAnswer(a.linkId(), a.code(), a.text().map(t -> tooLong)))))).build();
        });
        m.put("identifiers over their limit", r -> {
            String longId = "i".repeat(TextRules.IDENTIFIER + 1);
            SafeguardingRecord f = r.toBuilder().recordId(longId)
                    .adult(r.adult().toBuilder().personId(longId).build())
                    .organisations(map(r.organisations(), o -> new OrganisationInvolvement(longId + o.code(), o.name(),
                            o.type(), o.roles()))).build();
            f = outcomes(f, o -> o.desiredOutcomes(map(r.outcomes().desiredOutcomes(), d -> new DesiredOutcome(
                    longId + d.id(), d.wording(), d.expressedBy(), d.expressedOn(), d.stage(), d.category())))
                    .negotiatedOutcomes(map(r.outcomes().negotiatedOutcomes(), n -> new NegotiatedOutcome(
                            longId + n.id(), map(n.desiredOutcomeIds(), id -> longId + id), n.revisions(),
                            n.achievement()))));
            return f.toBuilder().questionnaires(map(r.questionnaires(), q -> new QuestionnaireResponse(
                    longId + q.instrumentId(), longId + q.instrumentVersion(), q.status(), q.respondent(), q.date(),
                    q.notOfferedReason(), map(q.answers(), a -> new ItemAnswer(longId + a.linkId(),
                            a.code().map(c -> longId + c), a.text()))))).build();
        });
        m.put("control characters in identifiers and free text", r -> {
            UnaryOperator<String> id = s -> s + "\u001b[2J";
            UnaryOperator<String> text = s -> s + "\u0007";
            SafeguardingRecord f = r.toBuilder().recordId(id.apply(r.recordId()))
                    .adult(r.adult().toBuilder().personId(id.apply(r.adult().personId())).build())
                    .notes(text.apply(r.notes().orElse("Notes")))
                    .organisations(map(r.organisations(), o -> new OrganisationInvolvement(id.apply(o.code()),
                            Optional.of(text.apply(o.name().orElse("Name"))), o.type(), o.roles()))).build();
            f = outcomes(f, o -> o.desiredOutcomes(map(r.outcomes().desiredOutcomes(), d -> new DesiredOutcome(
                    id.apply(d.id()), text.apply(d.wording()), d.expressedBy(), d.expressedOn(), d.stage(),
                    d.category())))
                    .negotiatedOutcomes(map(r.outcomes().negotiatedOutcomes(), n -> new NegotiatedOutcome(
                            id.apply(n.id()), map(n.desiredOutcomeIds(), id), map(n.revisions(), v ->
                                    new OutcomeRevision(v.agreedOn(), text.apply(v.wording()), v.reason())),
                            n.achievement()))));
            return f.toBuilder().questionnaires(map(r.questionnaires(), q -> new QuestionnaireResponse(
                    id.apply(q.instrumentId()), id.apply(q.instrumentVersion()), q.status(), q.respondent(), q.date(),
                    q.notOfferedReason(), map(q.answers(), a -> new ItemAnswer(id.apply(a.linkId()),
                            a.code().map(id), a.text().map(text)))))).build();
        });
        m.put("journey moved before 1 April 1900", r -> RecordDates.shift(r,
                ChronoUnit.DAYS.between(RecordDates.last(r), LocalDate.of(1900, 3, 31))));
        m.put("journey moved after 31 March 9999", r -> RecordDates.shift(r,
                ChronoUnit.DAYS.between(RecordDates.first(r), LocalDate.of(9999, 4, 1))));
        m.put("lists over their limit", r -> {
            SafeguardingRecord f = r.toBuilder()
                    .organisations(times(r.organisations().get(0), TextRules.ORGANISATIONS + 1))
                    .questionnaires(times(QuestionnaireResponse.completed(Instruments.MY_SAFEGUARDING_EXPERIENCE_PART_1
                            .id(), Instruments.MY_SAFEGUARDING_EXPERIENCE_PART_1.version(), Voice.adult(), received(r),
                            times(ItemAnswer.text("involvement", "Fine"), TextRules.ANSWERS + 1)),
                            TextRules.QUESTIONNAIRES + 1)).build();
            f = withEnquiry(f, e -> e.riskItems(times(RiskItem.of(TypeOfRisk.NEGLECT, LocationOfRisk.OWN_HOME,
                    SourceOfRisk.KNOWN), TextRules.RISK_ITEMS + 1)));
            DesiredOutcome d = new DesiredOutcome("do", "Words", Voice.adult(), received(r),
                    org.mspsdk.vocabulary.RecordingStage.ENQUIRY_START, Optional.empty());
            NegotiatedOutcome n = new NegotiatedOutcome("no", times("do", TextRules.DESIRED_OUTCOME_IDS + 1),
                    times(OutcomeRevision.of(received(r), "Words"), TextRules.REVISIONS + 1), Optional.empty());
            return outcomes(f, o -> o.asked(AskedAboutOutcomes.ASKED_EXPRESSED)
                    .desiredOutcomes(times(d, TextRules.DESIRED_OUTCOMES + 1))
                    .negotiatedOutcomes(times(n, TextRules.NEGOTIATED_OUTCOMES + 1)));
        });
    }

    // ---- saves over a generated record (MSP-OUT-018) ------------------------------------------------------

    private static Map<String, UnaryOperator<SafeguardingRecord>> updates() {
        Map<String, UnaryOperator<SafeguardingRecord>> m = new LinkedHashMap<>();
        m.put("outcomes removed", r -> outcomes(r, o -> o.desiredOutcomes(List.of()).negotiatedOutcomes(List.of())));
        m.put("desired outcomes reworded", r -> outcomes(r, o -> o.desiredOutcomes(map(r.outcomes().desiredOutcomes(),
                d -> new DesiredOutcome(d.id(), d.wording() + " now", d.expressedBy(), d.expressedOn(), d.stage(),
                        d.category())))));
        m.put("history rewritten", r -> outcomes(r, o -> o.negotiatedOutcomes(map(r.outcomes().negotiatedOutcomes(),
                n -> new NegotiatedOutcome(n.id(), n.desiredOutcomeIds(), n.revisions().size() > 1
                        ? n.revisions().subList(0, n.revisions().size() - 1)
                        : List.of(OutcomeRevision.of(n.revisions().get(0).agreedOn(), "Rewritten")),
                        n.achievement())))));
        return m;
    }

    // ---- helpers -------------------------------------------------------------------------------------------

    private static LocalDate received(SafeguardingRecord r) {
        return r.concern().receivedOn();
    }

    /** @return the record with its enquiry changed; a record without an enquiry unchanged */
    private static SafeguardingRecord withEnquiry(SafeguardingRecord r, UnaryOperator<Enquiry.Builder> f) {
        return r.enquiry().isPresent() ? enquiry(r, f) : r;
    }

    private static SafeguardingRecord addQuestionnaire(SafeguardingRecord r, QuestionnaireResponse q) {
        return r.toBuilder().addQuestionnaire(q).build();
    }

    private static QuestionnaireResponse withDate(QuestionnaireResponse q, LocalDate d) {
        return RuleCasesTest.withDate(q, d);
    }

    private static InstrumentItem freeText(Instrument instrument) {
        return instrument.items().stream().filter(InstrumentItem::isFreeText).findFirst().orElseThrow();
    }

    private static InstrumentItem scaled(Instrument instrument) {
        return instrument.items().stream().filter(i -> !i.isFreeText()).findFirst().orElseThrow();
    }

    private static <T, R> List<R> map(List<T> list, Function<T, R> f) {
        return list.stream().map(f).toList();
    }

    private static <T> List<T> twiceLast(List<T> list) {
        List<T> out = new ArrayList<>(list);
        if (!list.isEmpty()) {
            out.add(list.get(list.size() - 1));
        }
        return out;
    }

    private static <T> List<T> times(T value, int n) {
        return Collections.nCopies(n, value);
    }
}
