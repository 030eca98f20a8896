package org.mspsdk.validation;

import static org.mspsdk.validation.RuleCatalogue.*;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.mspsdk.instrument.Instrument;
import org.mspsdk.instrument.InstrumentCatalogue;
import org.mspsdk.instrument.InstrumentItem;
import org.mspsdk.model.AdultAtRisk;
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
import org.mspsdk.model.PersonalOutcomes;
import org.mspsdk.model.QuestionnaireResponse;
import org.mspsdk.model.RiskItem;
import org.mspsdk.model.S42Criteria;
import org.mspsdk.model.RollUpRule;
import org.mspsdk.model.SafeguardingRecord;
import org.mspsdk.model.Voice;
import org.mspsdk.vocabulary.AskedAboutOutcomes;
import org.mspsdk.vocabulary.CapacityAnswer;
import org.mspsdk.vocabulary.ConcernOutcome;
import org.mspsdk.vocabulary.EnquiryType;
import org.mspsdk.vocabulary.OrganisationRole;
import org.mspsdk.vocabulary.OrganisationType;
import org.mspsdk.vocabulary.OutcomeAchievement;
import org.mspsdk.vocabulary.QuestionnaireStatus;
import org.mspsdk.vocabulary.VoiceType;

/**
 * One run of the rules over one record. Messages are built only from fixed text, codes of the SDK's code
 * lists and the limits: never from the record's free text, identifiers or dates.
 */
final class RecordChecks {

    private static final int MAX_AGE = 130;

    private final SafeguardingRecord record;
    private final Profile profile;
    private final LocalDate today;
    private final InstrumentCatalogue instruments;
    private final RollUpRule rollUp;
    private final List<Finding> findings = new ArrayList<>();

    private final Concern concern;
    private final Optional<Enquiry> enquiry;
    private final PersonalOutcomes outcomes;
    private final boolean concluded;
    /**
     * When the journey closed: the enquiry's conclusion, or for a concern decided as no-enquiry (outcomes met at the
     * point of concern) the date the concern was received; empty while open.
     */
    private final Optional<LocalDate> closedOn;
    private final boolean s42;

    RecordChecks(SafeguardingRecord record, Profile profile, LocalDate today, InstrumentCatalogue instruments,
            RollUpRule rollUp) {
        this.record = record;
        this.profile = profile;
        this.today = today;
        this.instruments = instruments;
        this.rollUp = rollUp;
        this.concern = record.concern();
        this.enquiry = record.enquiry();
        this.outcomes = record.outcomes();
        this.concluded = enquiry.map(Enquiry::isConcluded).orElse(false);
        this.closedOn = enquiry.isPresent() ? enquiry.get().concludedOn()
                : concern.outcome().filter(o -> o == ConcernOutcome.NO_ENQUIRY).map(o -> concern.receivedOn());
        this.s42 = enquiry.map(e -> e.type() == EnquiryType.S42).orElse(false);
    }

    ValidationReport run() {
        person();
        organisations();
        dates();
        concernAndEnquiry();
        risk();
        personalOutcomes();
        capacity();
        consent();
        questionnaires();
        textAndSizes();
        return new ValidationReport(findings);
    }

    private void add(Rule rule, String path, String message) {
        if (profile.includes(rule.profile())) {
            findings.add(new Finding(rule.id(), rule.severity(), path, message));
        }
    }

    // ---- person ------------------------------------------------------------------------------------------

    private void person() {
        AdultAtRisk adult = record.adult();
        // MSP-PER-001 (NHS number check digit) is enforced when an NhsNumber is constructed: a record cannot
        // hold an invalid one.
        LocalDate received = concern.receivedOn();
        if (adult.dateOfBirth().isPresent()) {
            LocalDate dob = adult.dateOfBirth().get();
            int years = dob.isAfter(received) ? -1 : Period.between(dob, received).getYears();
            if (dob.isAfter(received)) {
                add(PER_005, "adult.dateOfBirth", "expected a date of birth before the concern was received");
            } else if (years > MAX_AGE) {
                add(PER_005, "adult.dateOfBirth", "expected an age at concern of at most " + MAX_AGE + " years");
            } else if (years < 18) {
                add(PER_002, "adult.dateOfBirth", "expected the adult to be 18 or over when the concern was received");
            }
            adult.ageAtConcern().ifPresent(age -> {
                if (years >= 0 && age != years) {
                    add(PER_003, "adult.ageAtConcern",
                            "expected the age at concern to match the age from the date of birth");
                }
            });
        } else if (adult.ageAtConcern().isPresent()) {
            int age = adult.ageAtConcern().get();
            if (age < 0 || age > MAX_AGE) {
                add(PER_005, "adult.ageAtConcern", "expected an age between 0 and " + MAX_AGE + " years");
            } else if (age < 18) {
                add(PER_002, "adult.ageAtConcern", "expected the adult to be 18 or over when the concern was received");
            }
        }
        adult.dateOfDeath().ifPresent(death -> {
            if (death.isBefore(received)) {
                add(PER_004, "adult.dateOfDeath", "expected a date of death on or after the concern was received");
            }
        });
        if (s42) {
            if (adult.dateOfBirth().isEmpty() && adult.ageAtConcern().isEmpty()) {
                add(PER_006, "adult.dateOfBirth",
                        "no date of birth or age at concern: the person is counted as \"Age unknown\" in SG1a");
            }
            if (adult.gender().isEmpty()) {
                add(PER_006, "adult.gender", "gender is not recorded: counted as \"Not Known\" in SG1b");
            }
            if (adult.ethnicity().isEmpty()) {
                add(PER_006, "adult.ethnicity", "ethnicity is not recorded: counted as \"Undeclared / Not Known\" in SG1c");
            }
            if (adult.primarySupportReason().isEmpty()) {
                add(PER_006, "adult.primarySupportReason",
                        "primary support reason is not recorded: counted as \"Not Known\" in SG1d");
            }
        }
    }

    // ---- organisations -----------------------------------------------------------------------------------

    private void organisations() {
        List<OrganisationInvolvement> orgs = record.organisations();
        int leads = 0;
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < orgs.size(); i++) {
            OrganisationInvolvement o = orgs.get(i);
            String p = "organisations[" + i + "]";
            if (o.roles().isEmpty()) {
                add(ORG_003, p + ".roles", "expected at least one role");
            }
            if (o.has(OrganisationRole.LEAD_COUNCIL)) {
                leads++;
                if (leads > 1) {
                    add(ORG_001, p + ".roles", "expected exactly one lead council; this is a second one");
                }
                if (o.type() != OrganisationType.LOCAL_AUTHORITY) {
                    add(ORG_002, p + ".type", "expected the lead council to be of type local-authority, found "
                            + o.type().code());
                }
            }
            if (!codes.add(o.code())) {
                add(ORG_004, p + ".code", "expected organisation codes to be unique; this code is listed earlier");
            }
            if (o.has(OrganisationRole.CAUSED_TO_MAKE_ENQUIRIES) && enquiry.isEmpty()) {
                add(ORG_005, p + ".roles", "role caused-to-make-enquiries, but the record has no enquiry");
            }
        }
        if (leads == 0) {
            add(ORG_001, "organisations", "expected exactly one organisation with the lead-council role, found none");
        }
    }

    // ---- dates -------------------------------------------------------------------------------------------

    private void dates() {
        LocalDate received = concern.receivedOn();
        notFuture("concern.receivedOn", received);
        AdultAtRisk adult = record.adult();
        adult.dateOfBirth().ifPresent(d -> notFuture("adult.dateOfBirth", d));
        adult.dateOfDeath().ifPresent(d -> notFuture("adult.dateOfDeath", d));
        enquiry.ifPresent(e -> {
            notFuture("enquiry.commencedOn", e.commencedOn());
            if (e.commencedOn().isBefore(received)) {
                add(DAT_001, "enquiry.commencedOn", "expected the enquiry to commence on or after the concern was received");
            }
            e.concludedOn().ifPresent(c -> {
                notFuture("enquiry.concludedOn", c);
                if (c.isBefore(e.commencedOn())) {
                    add(DAT_002, "enquiry.concludedOn", "expected the enquiry to conclude on or after it commenced");
                }
            });
        });
        List<DesiredOutcome> desired = outcomes.desiredOutcomes();
        for (int i = 0; i < desired.size(); i++) {
            LocalDate d = desired.get(i).expressedOn();
            if (!inRange(d)) {
                String p = "outcomes.desiredOutcomes[" + i + "].expressedOn";
                notFuture(p, d);
                notBeforeConcern(p, d);
            }
        }
        List<NegotiatedOutcome> negotiated = outcomes.negotiatedOutcomes();
        for (int i = 0; i < negotiated.size(); i++) {
            NegotiatedOutcome n = negotiated.get(i);
            for (int j = 0; j < n.revisions().size(); j++) {
                LocalDate d = n.revisions().get(j).agreedOn();
                if (!inRange(d)) {
                    String p = "outcomes.negotiatedOutcomes[" + i + "].revisions[" + j + "].agreedOn";
                    notFuture(p, d);
                    notBeforeConcern(p, d);
                }
            }
            int idx = i;
            n.achievement().ifPresent(a ->
                    notFuture("outcomes.negotiatedOutcomes[" + idx + "].achievement.ratedOn", a.ratedOn()));
        }
        List<QuestionnaireResponse> qs = record.questionnaires();
        for (int i = 0; i < qs.size(); i++) {
            String p = "questionnaires[" + i + "].date";
            qs.get(i).date().ifPresent(d -> {
                notFuture(p, d);
                notBeforeConcern(p, d);
            });
        }
    }

    private void notFuture(String path, LocalDate date) {
        if (date.isAfter(today)) {
            add(DAT_003, path, "expected a date not after today");
        }
    }

    /** @return true when the date is neither after today nor before the concern (no path needs building) */
    private boolean inRange(LocalDate date) {
        return !date.isAfter(today) && !date.isBefore(concern.receivedOn());
    }

    private void notBeforeConcern(String path, LocalDate date) {
        if (date.isBefore(concern.receivedOn())) {
            add(DAT_004, path, "expected a date on or after the concern was received");
        }
    }

    // ---- concern and enquiry -----------------------------------------------------------------------------

    private void concernAndEnquiry() {
        Optional<ConcernOutcome> outcome = concern.outcome();
        if (enquiry.isPresent()) {
            Enquiry e = enquiry.get();
            ConcernOutcome expected = e.type() == EnquiryType.S42 ? ConcernOutcome.S42_ENQUIRY
                    : ConcernOutcome.OTHER_ENQUIRY;
            if (outcome.isEmpty() || outcome.get() != expected) {
                add(ENQ_004, "concern.outcome", "expected " + expected.code() + " because the record has an enquiry of type "
                        + e.type().code() + ", found " + outcome.map(ConcernOutcome::code).orElse("none"));
            }
            if (e.s42Criteria().isPresent()) {
                S42Criteria c = e.s42Criteria().get();
                if (e.type() == EnquiryType.S42) {
                    if (!c.hasCareAndSupportNeeds()) {
                        add(ENQ_001, "enquiry.s42Criteria.hasCareAndSupportNeeds",
                                "expected true for a section 42 enquiry (Care Act 2014 s42(1)(a))");
                    }
                    if (!c.experiencingOrAtRiskOfAbuse()) {
                        add(ENQ_001, "enquiry.s42Criteria.experiencingOrAtRiskOfAbuse",
                                "expected true for a section 42 enquiry (Care Act 2014 s42(1)(b))");
                    }
                    if (!c.unableToProtectSelf()) {
                        add(ENQ_001, "enquiry.s42Criteria.unableToProtectSelf",
                                "expected true for a section 42 enquiry (Care Act 2014 s42(1)(c))");
                    }
                } else if (c.allHold()) {
                    add(ENQ_002, "enquiry.s42Criteria",
                            "all three section 42 criteria hold, so the enquiry should be of type s42, not other");
                }
            } else if (e.type() == EnquiryType.S42) {
                add(ENQ_003, "enquiry.s42Criteria", "expected the three section 42 criteria to be recorded");
            }
            if (e.result().isPresent() && !e.isConcluded()) {
                add(ENQ_007, "enquiry.result", "a result is recorded but the enquiry has no concluded date");
            }
            if (s42 && e.isConcluded() && e.result().isEmpty()) {
                add(ENQ_008, "enquiry.result", "expected a result (SG2c) for a concluded section 42 enquiry");
            }
        } else if (outcome.isPresent() && outcome.get() != ConcernOutcome.NO_ENQUIRY) {
            add(ENQ_005, "enquiry", "the concern outcome is " + outcome.get().code() + " but no enquiry is recorded");
        }
        if (concern.nextStep().isPresent() && outcome.orElse(null) != ConcernOutcome.NO_ENQUIRY) {
            add(ENQ_006, "concern.nextStep", "a next step is recorded only when the concern outcome is no-enquiry, found "
                    + outcome.map(ConcernOutcome::code).orElse("none"));
        }
    }

    // ---- risk --------------------------------------------------------------------------------------------

    private void risk() {
        if (enquiry.isEmpty()) {
            return;
        }
        Enquiry e = enquiry.get();
        boolean identified = e.result().map(r -> r.isRiskIdentified()).orElse(false);
        if (e.riskOutcome().isPresent() && !identified) {
            add(RSK_001, "enquiry.riskOutcome", "a risk outcome is recorded only when the result is "
                    + "risk-identified-action or risk-identified-no-action, found "
                    + e.result().map(r -> r.code()).orElse("none"));
        }
        if (identified && e.riskOutcome().isEmpty()) {
            add(RSK_002, "enquiry.riskOutcome", "expected a risk outcome because the result is "
                    + e.result().get().code());
        }
        if (e.isConcluded()) {
            if (e.riskItems().isEmpty()) {
                add(RSK_003, "enquiry.riskItems", "expected at least one risk item for a concluded enquiry");
            }
            for (int i = 0; i < e.riskItems().size(); i++) {
                RiskItem item = e.riskItems().get(i);
                if (item.location().isEmpty()) {
                    add(RSK_004, "enquiry.riskItems[" + i + "].location",
                            "expected a location of risk for a concluded enquiry");
                }
                if (item.source().isEmpty()) {
                    add(RSK_004, "enquiry.riskItems[" + i + "].source",
                            "expected a source of risk for a concluded enquiry");
                }
            }
        }
    }

    // ---- MSP outcomes ------------------------------------------------------------------------------------

    private void personalOutcomes() {
        Optional<AskedAboutOutcomes> asked = outcomes.asked();
        List<DesiredOutcome> desired = outcomes.desiredOutcomes();
        List<NegotiatedOutcome> negotiated = outcomes.negotiatedOutcomes();
        boolean expressed = asked.orElse(null) == AskedAboutOutcomes.ASKED_EXPRESSED;

        if (expressed && desired.isEmpty()) {
            add(OUT_001, "outcomes.desiredOutcomes", "expected at least one desired outcome because the SG4a answer is "
                    + "asked-expressed");
        }
        if (!desired.isEmpty() && !expressed) {
            add(OUT_002, "outcomes.asked", "expected asked-expressed because desired outcomes are recorded, found "
                    + asked.map(AskedAboutOutcomes::code).orElse("none"));
        }
        if (outcomes.enquiryAchievement().isPresent() && !(expressed && concluded)) {
            add(OUT_003, "outcomes.enquiryAchievement", expressed
                    ? "an enquiry-level achievement is recorded only once the enquiry is concluded"
                    : "an enquiry-level achievement is recorded only when the SG4a answer is asked-expressed, found "
                            + asked.map(AskedAboutOutcomes::code).orElse("none"));
        }
        if (s42 && concluded) {
            if (expressed && outcomes.enquiryAchievement().isEmpty()) {
                add(OUT_004, "outcomes.enquiryAchievement",
                        "expected an enquiry-level achievement for a concluded section 42 enquiry where outcomes "
                                + "were expressed");
            }
            if (asked.isEmpty()) {
                add(OUT_005, "outcomes.asked", "expected the SG4a answer for a concluded section 42 enquiry");
            } else if (asked.get() == AskedAboutOutcomes.NOT_RECORDED) {
                add(OUT_006, "outcomes.asked", "the SG4a answer is not-recorded");
            }
        }

        // ids
        Set<String> desiredIds = new HashSet<>();
        for (int i = 0; i < desired.size(); i++) {
            DesiredOutcome d = desired.get(i);
            String p = "outcomes.desiredOutcomes[" + i + "]";
            if (!desiredIds.add(d.id())) {
                add(OUT_010, p + ".id", "expected a unique desired outcome id; an earlier desired outcome has this id");
            }
            voice(d.expressedBy(), p + ".expressedBy", OUT_015);
        }
        Set<String> negotiatedIds = new HashSet<>();
        List<OutcomeAchievement> ratings = new ArrayList<>();
        for (int i = 0; i < negotiated.size(); i++) {
            NegotiatedOutcome n = negotiated.get(i);
            String p = "outcomes.negotiatedOutcomes[" + i + "]";
            if (!negotiatedIds.add(n.id())) {
                add(OUT_010, p + ".id", "expected a unique negotiated outcome id; an earlier negotiated outcome has "
                        + "this id");
            }
            if (n.desiredOutcomeIds().isEmpty()) {
                add(OUT_011, p + ".desiredOutcomeIds", "expected the id of at least one desired outcome it came from");
            }
            List<String> linkedWordings = new ArrayList<>();
            for (int j = 0; j < n.desiredOutcomeIds().size(); j++) {
                String ref = n.desiredOutcomeIds().get(j);
                if (n.desiredOutcomeIds().subList(0, j).contains(ref)) {
                    add(OUT_010, p + ".desiredOutcomeIds[" + j + "]",
                            "expected each desired outcome named at most once; this id is already named");
                    continue;
                }
                Optional<DesiredOutcome> target = desiredById(desired, ref);
                if (target.isEmpty()) {
                    add(OUT_012, p + ".desiredOutcomeIds[" + j + "]",
                            "expected the id of a desired outcome in outcomes.desiredOutcomes; no desired outcome has it");
                } else {
                    linkedWordings.add(target.get().wording().strip());
                }
            }
            revisions(n, p, linkedWordings);
            if (n.achievement().isPresent()) {
                ratings.add(n.achievement().get().level());
                if (closedOn.isEmpty()) {
                    add(OUT_007, p + ".achievement", "an achievement rating is recorded only once the enquiry is "
                            + "concluded (or, with no enquiry, once the concern is decided as no-enquiry)");
                } else if (n.achievement().get().ratedOn().isBefore(closedOn.get())) {
                    add(OUT_007, p + ".achievement.ratedOn", "expected a rating date on or after "
                            + (enquiry.isPresent() ? "the enquiry's conclusion date" : "the date the concern was received"));
                }
            } else if (s42 && concluded) {
                add(OUT_009, p + ".achievement", "this negotiated outcome of a concluded section 42 enquiry is not rated");
            }
        }
        boolean allRated = !ratings.isEmpty() && ratings.size() == outcomes.negotiatedOutcomes().size();
        if (outcomes.enquiryAchievement().isPresent() && allRated) {
            OutcomeAchievement rolled = rollUp.rollUp(ratings);
            OutcomeAchievement given = outcomes.enquiryAchievement().get();
            if (rolled != given) {
                add(OUT_008, "outcomes.enquiryAchievement", "the enquiry-level achievement is " + given.code()
                        + " but the roll-up of the per-outcome ratings gives " + rolled.code());
            }
        }
        if (outcomes.feelingSafeAtEnd().isPresent() && closedOn.isEmpty()) {
            add(OUT_017, "outcomes.feelingSafeAtEnd", "the end rating is recorded only once the enquiry is concluded "
                    + "(or, with no enquiry, once the concern is decided as no-enquiry)");
        }
    }

    private static Optional<DesiredOutcome> desiredById(List<DesiredOutcome> desired, String id) {
        for (DesiredOutcome d : desired) {
            if (d.id().equals(id)) {
                return Optional.of(d);
            }
        }
        return Optional.empty();
    }

    private void revisions(NegotiatedOutcome n, String p, List<String> linkedWordings) {
        List<OutcomeRevision> revs = n.revisions();
        String previous = null; // the previous revision's stripped wording (each wording is stripped once)
        for (int j = 0; j < revs.size(); j++) {
            OutcomeRevision r = revs.get(j);
            String wording = r.wording().strip();
            if (j > 0 && r.agreedOn().isBefore(revs.get(j - 1).agreedOn())) {
                add(OUT_013, p + ".revisions[" + j + "].agreedOn", "expected a date on or after the previous revision's date");
            }
            boolean changed;
            if (j == 0) {
                changed = !linkedWordings.isEmpty() && !linkedWordings.contains(wording);
            } else {
                changed = !wording.equals(previous);
            }
            previous = wording;
            if (changed && r.reason().isEmpty()) {
                add(OUT_014, p + ".revisions[" + j + "].reason", j == 0
                        ? "expected a reason because the wording differs from the person's own words"
                        : "expected a reason because the wording differs from the previous revision");
            }
        }
    }

    private void voice(Voice v, String path, Rule representativeNeedsRole) {
        if (v.type() == VoiceType.REPRESENTATIVE && v.representativeRole().isEmpty()) {
            add(representativeNeedsRole, path + ".representativeRole", "expected the representative's role");
        }
        if (v.type() == VoiceType.ADULT && v.representativeRole().isPresent()) {
            add(OUT_016, path + ".representativeRole", "the adult's own voice names no representative role");
        }
    }

    // ---- capacity and advocacy ---------------------------------------------------------------------------

    private void capacity() {
        if (enquiry.isEmpty()) {
            return;
        }
        Enquiry e = enquiry.get();
        if (e.mentalCapacity().isPresent()) {
            MentalCapacity m = e.mentalCapacity().get();
            String p = "enquiry.mentalCapacity.supportedByAdvocateFamilyOrFriend";
            if (m.lackedCapacity() == CapacityAnswer.LACKED && m.supportedByAdvocateFamilyOrFriend().isEmpty()) {
                add(CAP_001, p, "expected whether an advocate, family or friend supported the adult, because capacity "
                        + "was lacked");
            }
            if (m.lackedCapacity() != CapacityAnswer.LACKED && m.supportedByAdvocateFamilyOrFriend().isPresent()) {
                add(CAP_002, p, "the support answer is recorded only when capacity was lacked, found "
                        + m.lackedCapacity().code());
            }
            if (s42 && concluded && m.lackedCapacity() == CapacityAnswer.NOT_RECORDED) {
                add(CAP_005, "enquiry.mentalCapacity.lackedCapacity", "the capacity answer is not-recorded");
            }
        } else if (s42 && concluded) {
            add(CAP_004, "enquiry.mentalCapacity", "expected the mental capacity answer (SG3a) for a concluded "
                    + "section 42 enquiry");
        }
        e.advocacy().ifPresent((Advocacy a) -> {
            if (a.substantialDifficulty().orElse(false) && !a.appropriatePersonAvailable().orElse(true)
                    && !a.independentAdvocateArranged().orElse(false)) {
                add(CAP_003, "enquiry.advocacy.independentAdvocateArranged", "substantial difficulty being involved "
                        + "and no appropriate person, but no independent advocate arranged (advocacy duty, Care Act "
                        + "2014 s68)");
            }
        });
    }

    // ---- consent -----------------------------------------------------------------------------------------

    private void consent() {
        if (enquiry.isEmpty() || enquiry.get().consent().isEmpty()) {
            return;
        }
        Consent c = enquiry.get().consent().get();
        if (c.actionWithoutConsent()) {
            if (c.reasons().isEmpty()) {
                add(CON_001, "enquiry.consent.reasons", "expected at least one reason for action without consent");
            }
            if (c.personInformed().isEmpty()) {
                add(CON_002, "enquiry.consent.personInformed",
                        "expected whether the person was told of action taken without their consent");
            } else if (!c.personInformed().get()) {
                add(CON_003, "enquiry.consent.personInformed",
                        "the person was not told of action taken without their consent");
            }
        } else {
            if (!c.reasons().isEmpty()) {
                add(CON_004, "enquiry.consent.reasons", "reasons are recorded only when action was taken without "
                        + "consent");
            }
            if (c.personInformed().isPresent()) {
                add(CON_004, "enquiry.consent.personInformed", "whether the person was told is recorded only when "
                        + "action was taken without consent");
            }
        }
    }

    // ---- questionnaires ----------------------------------------------------------------------------------

    private void questionnaires() {
        List<QuestionnaireResponse> qs = record.questionnaires();
        for (int i = 0; i < qs.size(); i++) {
            QuestionnaireResponse q = qs.get(i);
            String p = "questionnaires[" + i + "]";
            if (q.date().isEmpty()) {
                add(QST_006, p + ".date", "expected the date the questionnaire was answered or not offered");
            }
            if (q.status() == QuestionnaireStatus.NOT_OFFERED) {
                if (q.notOfferedReason().isEmpty()) {
                    add(QST_002, p + ".notOfferedReason", "expected the reason the questionnaire was not offered");
                }
                if (q.respondent().isPresent()) {
                    add(QST_003, p + ".respondent", "a questionnaire that was not offered has no respondent");
                }
                if (!q.answers().isEmpty()) {
                    add(QST_003, p + ".answers", "a questionnaire that was not offered has no answers");
                }
            } else {
                if (q.respondent().isEmpty()) {
                    add(QST_003, p + ".respondent", "expected who answered the completed questionnaire");
                }
                if (q.notOfferedReason().isPresent()) {
                    add(QST_003, p + ".notOfferedReason", "a completed questionnaire has no not-offered reason");
                }
            }
            q.respondent().ifPresent(v -> {
                if (v.type() != VoiceType.ADULT && v.representativeRole().isEmpty()) {
                    add(QST_004, p + ".respondent.representativeRole",
                            "expected the role of the person who answered on the adult's behalf");
                }
                if (v.type() == VoiceType.ADULT && v.representativeRole().isPresent()) {
                    add(OUT_016, p + ".respondent.representativeRole",
                            "the adult's own voice names no representative role");
                }
            });
            Optional<Instrument> found = instruments.find(q.instrumentId(), q.instrumentVersion());
            if (found.isEmpty()) {
                boolean idKnown = instruments.instruments().stream().anyMatch(x -> x.id().equals(q.instrumentId()));
                add(QST_001, p + (idKnown ? ".instrumentVersion" : ".instrumentId"), idKnown
                        ? "this version of the instrument is not in the instrument catalogue"
                        : "the instrument is not in the instrument catalogue");
                continue;
            }
            Instrument instrument = found.get();
            if (instrument.isClosing()) {
                if (closedOn.isEmpty()) {
                    add(QST_005, p + ".date", "a closing questionnaire is recorded only once the enquiry is concluded "
                            + "(or, with no enquiry, once the concern is decided as no-enquiry)");
                } else if (q.date().isPresent() && q.date().get().isBefore(closedOn.get())) {
                    add(QST_005, p + ".date", "expected a date on or after "
                            + (enquiry.isPresent() ? "the enquiry's conclusion date" : "the date the concern was received"));
                }
            }
            answers(q, instrument, p);
        }
    }

    /** @return the path of one field of answer j (built only for a finding) */
    private static String answerPath(String p, int j, String field) {
        return p + ".answers[" + j + "]." + field;
    }

    private void answers(QuestionnaireResponse q, Instrument instrument, String p) {
        Set<String> answered = new HashSet<>();
        for (int j = 0; j < q.answers().size(); j++) {
            ItemAnswer a = q.answers().get(j);
            Optional<InstrumentItem> item = instrument.item(a.linkId());
            if (item.isEmpty()) {
                add(QST_007, answerPath(p, j, "linkId"), "expected the id of an item of the instrument; the instrument has no such "
                        + "item");
                continue;
            }
            if (!answered.add(a.linkId())) {
                add(QST_007, answerPath(p, j, "linkId"), "this item is already answered earlier in the response");
            }
            if (item.get().isFreeText()) {
                if (a.code().isPresent()) {
                    add(QST_008, answerPath(p, j, "code"), "the item is free text: expected text, not a code");
                }
                if (a.text().isEmpty()) {
                    add(QST_008, answerPath(p, j, "text"), "the item is free text: expected a text answer");
                }
            } else {
                if (a.text().isPresent()) {
                    add(QST_008, answerPath(p, j, "text"), "the item has an answer scale: expected a code, not text");
                }
                if (a.code().isEmpty()) {
                    add(QST_008, answerPath(p, j, "code"), "the item has an answer scale: expected a code of scale "
                            + item.get().scale().get().id());
                } else if (item.get().scale().get().option(a.code().get()).isEmpty()) {
                    add(QST_008, answerPath(p, j, "code"), "expected one of the codes of scale " + item.get().scale().get().id()
                            + ": " + String.join(", ", item.get().scale().get().codes()));
                }
            }
        }
    }

    // ---- text and sizes ----------------------------------------------------------------------------------

    private void textAndSizes() {
        identifier("recordId", record.recordId());
        identifier("adult.personId", record.adult().personId());
        record.notes().ifPresent(n -> text("notes", n, Limits.NOTES));
        List<OrganisationInvolvement> orgs = record.organisations();
        size("organisations", orgs.size(), Limits.ORGANISATIONS);
        for (int i = 0; i < orgs.size(); i++) {
            identifier("organisations[" + i + "].code", orgs.get(i).code());
            int idx = i;
            orgs.get(i).name().ifPresent(n -> text("organisations[" + idx + "].name", n, Limits.ORGANISATION_NAME));
        }
        enquiry.ifPresent(e -> size("enquiry.riskItems", e.riskItems().size(), Limits.RISK_ITEMS));
        List<DesiredOutcome> desired = outcomes.desiredOutcomes();
        size("outcomes.desiredOutcomes", desired.size(), Limits.DESIRED_OUTCOMES);
        for (int i = 0; i < desired.size(); i++) {
            String p = "outcomes.desiredOutcomes[" + i + "]";
            identifier(p + ".id", desired.get(i).id());
            text(p + ".wording", desired.get(i).wording(), Limits.DESIRED_OUTCOME_WORDING);
        }
        List<NegotiatedOutcome> negotiated = outcomes.negotiatedOutcomes();
        size("outcomes.negotiatedOutcomes", negotiated.size(), Limits.NEGOTIATED_OUTCOMES);
        for (int i = 0; i < negotiated.size(); i++) {
            NegotiatedOutcome n = negotiated.get(i);
            String p = "outcomes.negotiatedOutcomes[" + i + "]";
            identifier(p + ".id", n.id());
            size(p + ".desiredOutcomeIds", n.desiredOutcomeIds().size(), Limits.DESIRED_OUTCOME_IDS);
            for (int j = 0; j < n.desiredOutcomeIds().size(); j++) {
                if (!identifierFits(n.desiredOutcomeIds().get(j))) {
                    identifier(p + ".desiredOutcomeIds[" + j + "]", n.desiredOutcomeIds().get(j));
                }
            }
            size(p + ".revisions", n.revisions().size(), Limits.REVISIONS);
            for (int j = 0; j < n.revisions().size(); j++) {
                String w = n.revisions().get(j).wording();
                if (!textFits(w, Limits.REVISION_WORDING)) {
                    text(p + ".revisions[" + j + "].wording", w, Limits.REVISION_WORDING);
                }
            }
        }
        List<QuestionnaireResponse> qs = record.questionnaires();
        size("questionnaires", qs.size(), Limits.QUESTIONNAIRES);
        for (int i = 0; i < qs.size(); i++) {
            QuestionnaireResponse q = qs.get(i);
            String p = "questionnaires[" + i + "]";
            identifier(p + ".instrumentId", q.instrumentId());
            identifier(p + ".instrumentVersion", q.instrumentVersion());
            size(p + ".answers", q.answers().size(), Limits.ANSWERS);
            for (int j = 0; j < q.answers().size(); j++) {
                ItemAnswer a = q.answers().get(j);
                boolean fits = identifierFits(a.linkId()) && a.code().map(RecordChecks::identifierFits).orElse(true)
                        && a.text().map(t -> textFits(t, Limits.ANSWER_TEXT)).orElse(true);
                if (!fits) {
                    String ap = p + ".answers[" + j + "]";
                    identifier(ap + ".linkId", a.linkId());
                    a.code().ifPresent(c -> identifier(ap + ".code", c));
                    a.text().ifPresent(t -> text(ap + ".text", t, Limits.ANSWER_TEXT));
                }
            }
        }
    }

    /** @return true when no text rule can fire (a code point count is never above the char count) */
    private static boolean textFits(String value, int max) {
        return value.length() <= max && !value.isBlank();
    }

    /** @return true when the identifier rule cannot fire */
    private static boolean identifierFits(String value) {
        return value.length() <= Limits.IDENTIFIER;
    }

    private void text(String path, String value, int max) {
        if (value.isBlank()) {
            add(TXT_001, path, "expected text that is not blank; leave the field out instead");
        } else if (value.codePointCount(0, value.length()) > max) {
            add(TXT_002, path, "expected at most " + max + " characters, found "
                    + value.codePointCount(0, value.length()));
        }
    }

    private void identifier(String path, String value) {
        int length = value.codePointCount(0, value.length());
        if (length > Limits.IDENTIFIER) {
            add(TXT_003, path, "expected at most " + Limits.IDENTIFIER + " characters, found " + length);
        }
    }

    private void size(String path, int size, int max) {
        if (size > max) {
            add(TXT_004, path, "expected at most " + max + " entries, found " + size);
        }
    }
}
