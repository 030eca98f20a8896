package org.mspsdk.synthetic;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.mspsdk.instrument.Instrument;
import org.mspsdk.instrument.InstrumentItem;
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
import org.mspsdk.model.RollUpRule;
import org.mspsdk.model.S42Criteria;
import org.mspsdk.model.SafeguardingRecord;
import org.mspsdk.model.Voice;
import org.mspsdk.vocabulary.AchievementJudge;
import org.mspsdk.vocabulary.ActionWithoutConsentReason;
import org.mspsdk.vocabulary.AskedAboutOutcomes;
import org.mspsdk.vocabulary.CapacityAnswer;
import org.mspsdk.vocabulary.ConcernOutcome;
import org.mspsdk.vocabulary.ConcernSource;
import org.mspsdk.vocabulary.ConsentDecision;
import org.mspsdk.vocabulary.EnquiryResult;
import org.mspsdk.vocabulary.EnquiryType;
import org.mspsdk.vocabulary.Ethnicity;
import org.mspsdk.vocabulary.Gender;
import org.mspsdk.vocabulary.LocationOfRisk;
import org.mspsdk.vocabulary.NegotiationChangeReason;
import org.mspsdk.vocabulary.NoEnquiryNextStep;
import org.mspsdk.vocabulary.NotOfferedReason;
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

/**
 * A seeded, deterministic generator of realistic, internally consistent safeguarding records, for tests,
 * examples, demos and benchmarks. The same seed and settings give equal records, in the same order.
 *
 * <p>Records keep every rule of the validator: dates in order and not after {@link Settings#asOf()}, the
 * SG4a answer consistent with the desired outcomes, achievement only on concluded enquiries and agreeing with
 * the default roll-up, a risk outcome only where a risk was identified, complete risk items, the capacity and
 * consent follow-up answers. Proportions are roughly the national ones (about 30% of concerns lead to a
 * section 42 enquiry; neglect about 31% of risk types; own home about 45% of locations). Some people have
 * several records, so distinct-person counts differ from record counts. All identifiers and words are
 * invented; NHS numbers come only from the range the NHS reserves for test data (starting
 * {@value #TEST_NHS_NUMBER_PREFIX}), so none can be a real person's number.
 *
 * <pre>{@code
 * SyntheticDataGenerator gen = new SyntheticDataGenerator(42);
 * List<SafeguardingRecord> records = gen.records(1_000);
 * }</pre>
 *
 * <p>Not thread-safe; use one generator per thread (different seeds).
 */
public final class SyntheticDataGenerator implements Iterator<SafeguardingRecord> {

    /**
     * Generator settings.
     *
     * @param councilCode      the lead council's code on every record
     * @param firstConcernDate the earliest concern received date
     * @param lastConcernDate  the latest concern received date
     * @param asOf             the "today" of the dataset: nothing is dated after it
     * @param enquiryShare     the share of concerns that lead to an enquiry (s42 or other)
     */
    public record Settings(String councilCode, LocalDate firstConcernDate, LocalDate lastConcernDate,
            LocalDate asOf, double enquiryShare) {

        /** Checks the settings. */
        public Settings {
            Objects.requireNonNull(councilCode, "councilCode");
            Objects.requireNonNull(firstConcernDate, "firstConcernDate");
            Objects.requireNonNull(lastConcernDate, "lastConcernDate");
            Objects.requireNonNull(asOf, "asOf");
            if (lastConcernDate.isBefore(firstConcernDate) || asOf.isBefore(lastConcernDate)) {
                throw new IllegalArgumentException("need firstConcernDate <= lastConcernDate <= asOf");
            }
            if (enquiryShare < 0 || enquiryShare > 1) {
                throw new IllegalArgumentException("enquiryShare must be between 0 and 1");
            }
        }

        /**
         * The defaults: one council, concerns from 1 January 2025 to 31 March 2026 (all of reporting year
         * 2025-26 and the quarter before), data as of 30 June 2026, 34% of concerns leading to an enquiry.
         *
         * @return the default settings
         */
        public static Settings defaults() {
            return new Settings("E08000099", LocalDate.of(2025, 1, 1), LocalDate.of(2026, 3, 31),
                    LocalDate.of(2026, 6, 30), 0.34);
        }
    }

    private static final String[] PARTNER_CODES = {"RXX01", "RXX02", "PXX01", "HXX01", "CP001", "CP002", "GPX01"};
    private static final OrganisationType[] PARTNER_TYPES = {OrganisationType.NHS_TRUST, OrganisationType.NHS_TRUST,
        OrganisationType.POLICE, OrganisationType.HOUSING, OrganisationType.CARE_PROVIDER,
        OrganisationType.CARE_PROVIDER, OrganisationType.GP_PRACTICE};

    private static final String[][] WORDINGS = {
        {"be-and-feel-safer", "I want to feel safe in my own home again"},
        {"be-and-feel-safer", "I don't want him coming round any more"},
        {"keep-relationship", "I want to keep seeing my grandson, I just want the money to stop going"},
        {"new-friends", "I'd like to get out and meet people at the day centre"},
        {"recover", "I want help to get over what happened"},
        {"justice", "I want the carer to say sorry"},
        {"justice", "I want to know the staff member has been dealt with"},
        {"protect-others", "I don't want this to happen to anyone else at the home"},
        {"keep-control", "I want to decide for myself what happens with my money"},
        {"involved-in-decisions", "I want to be at the meetings about me"},
        {"exercise-choice", "I want to choose who comes to help me wash"},
        {"protect-self", "Help me know how to say no to people at the door"},
        {"know-where-help", "I want a number to ring if it happens again"},
        {"other", "I want my cat to be looked after if I go into hospital"},
    };

    private static final String[] NEGOTIATED_VARIANTS = {
        "Agreed plan to keep contact, with visits at the family centre",
        "Bank to add safeguards to the account; family kept informed with consent",
        "Referral for counselling; review in six weeks",
        "Provider to review the care plan and staff training",
        "Daughter to be present at visits for now",
    };

    private static final String[] NOTES = {
        "Discussed options with the person at home; they wanted time to think.",
        "Joint visit with the district nurse.",
        "Person asked for the letter to be sent to their daughter.",
    };

    private final SplittableRandom random;
    private final Settings settings;
    private final List<AdultAtRisk> recentPeople = new ArrayList<>();
    private long sequence;

    /**
     * A generator with the default settings.
     *
     * @param seed the seed
     */
    public SyntheticDataGenerator(long seed) {
        this(seed, Settings.defaults());
    }

    /**
     * A generator with the given settings.
     *
     * @param seed     the seed
     * @param settings the settings
     */
    public SyntheticDataGenerator(long seed, Settings settings) {
        this.random = new SplittableRandom(seed);
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    /** @return the settings */
    public Settings settings() {
        return settings;
    }

    /** Always true: the generator is endless. */
    @Override
    public boolean hasNext() {
        return true;
    }

    /** @return the next record */
    @Override
    public SafeguardingRecord next() {
        sequence++;
        return record();
    }

    /**
     * @param count how many
     * @return the next {@code count} records
     */
    public List<SafeguardingRecord> records(int count) {
        List<SafeguardingRecord> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            out.add(next());
        }
        return out;
    }

    /**
     * @param count how many
     * @return a sequential stream of the next {@code count} records, generated lazily
     */
    public Stream<SafeguardingRecord> stream(long count) {
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(this, Spliterator.ORDERED), false)
                .limit(count);
    }

    // ---------------------------------------------------------------------------------------------------------

    private SafeguardingRecord record() {
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
            enquiry = enquiry(s42, commenced, adult);
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

        outcomesAndQuestionnaires(b, concern, enquiry);
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
        AdultAtRisk.Builder a = AdultAtRisk.builder(String.format("SYN-P-%09d", random.nextInt(1_000_000_000)));
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

    /** Generated NHS numbers start with this prefix: the range the NHS reserves for test data. */
    public static final String TEST_NHS_NUMBER_PREFIX = "999";

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
            String nine = TEST_NHS_NUMBER_PREFIX + String.format(java.util.Locale.ROOT, "%06d", serial);
            int check = NhsNumber.checkDigitFor(nine);
            if (check >= 0) {
                return new NhsNumber(nine + check);
            }
            serial = (serial + 1) % 1_000_000;
        }
    }

    private Enquiry enquiry(boolean s42, LocalDate commenced, AdultAtRisk adult) {
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

    private void outcomesAndQuestionnaires(SafeguardingRecord.Builder b, Concern concern, Enquiry enquiry) {
        PersonalOutcomes.Builder o = PersonalOutcomes.builder();
        boolean concluded = enquiry != null && enquiry.isConcluded();
        LocalDate askedOn = enquiry != null ? enquiry.commencedOn() : concern.receivedOn();
        RecordingStage stage = enquiry != null ? RecordingStage.ENQUIRY_START : RecordingStage.POINT_OF_CONCERN;
        AskedAboutOutcomes asked;
        if (enquiry == null && random.nextDouble() < 0.6) {
            b.outcomes(o.build());
            return;
        }
        asked = pick(AskedAboutOutcomes.values(), 76, 9, 8, 2, 5);
        o.asked(asked);
        boolean capacityLacked = enquiry != null && enquiry.mentalCapacity()
                .map(m -> m.lackedCapacity() == CapacityAnswer.LACKED).orElse(false);
        Voice voice = capacityLacked
                ? (random.nextDouble() < 0.7 ? Voice.representative(pick(RepresentativeRole.values(),
                        40, 5, 10, 15, 15, 8, 3, 2, 2)) : Voice.bestInterestsDecision())
                : (random.nextDouble() < 0.88 ? Voice.adult()
                        : Voice.representative(pick(RepresentativeRole.values(), 60, 10, 20, 5, 0, 3, 1, 0, 1)));
        if (asked == AskedAboutOutcomes.ASKED_EXPRESSED) {
            int n = 1 + (random.nextDouble() < 0.35 ? 1 + random.nextInt(2) : 0);
            List<OutcomeAchievement> levels = new ArrayList<>();
            for (int i = 1; i <= n; i++) {
                String[] w = WORDINGS[random.nextInt(WORDINGS.length)];
                String id = "do-" + i;
                o.addDesiredOutcome(new DesiredOutcome(id, w[1], voice, askedOn, stage,
                        random.nextDouble() < 0.8 ? Optional.of(OutcomeCategory.LIST.fromCode(w[0]))
                                : Optional.empty()));
                if (enquiry == null) {
                    if (concern.outcome().orElse(null) == ConcernOutcome.NO_ENQUIRY && random.nextDouble() < 0.5) {
                        // outcomes agreed and met at the point of concern, with no enquiry
                        LocalDate ratedOn = clamp(askedOn.plusDays(random.nextInt(21)));
                        o.addNegotiatedOutcome(NegotiatedOutcome.agreed("no-" + i, List.of(id),
                                        OutcomeRevision.of(askedOn, w[1]))
                                .withAchievement(new Achievement(pick(OutcomeAchievement.values(), 70, 25, 5),
                                        voice.type() == org.mspsdk.vocabulary.VoiceType.ADULT ? AchievementJudge.ADULT
                                                : AchievementJudge.PRACTITIONER, ratedOn)));
                    }
                    continue;
                }
                NegotiatedOutcome neg;
                if (random.nextDouble() < 0.7) {
                    neg = NegotiatedOutcome.agreed("no-" + i, List.of(id), OutcomeRevision.of(askedOn, w[1]));
                } else {
                    neg = NegotiatedOutcome.agreed("no-" + i, List.of(id), OutcomeRevision.changed(askedOn,
                            NEGOTIATED_VARIANTS[random.nextInt(NEGOTIATED_VARIANTS.length)],
                            pick(NegotiationChangeReason.values(), 20, 10, 20, 25, 10, 10, 5)));
                }
                LocalDate lastChange = askedOn;
                if (random.nextDouble() < 0.15) {
                    LocalDate later = clampTo(askedOn.plusDays(1 + random.nextInt(30)),
                            enquiry.concludedOn().orElse(settings.asOf()));
                    neg = neg.revise(OutcomeRevision.changed(later,
                            NEGOTIATED_VARIANTS[random.nextInt(NEGOTIATED_VARIANTS.length)],
                            NegotiationChangeReason.PERSON_CHANGED_MIND));
                    lastChange = later;
                }
                if (concluded) {
                    OutcomeAchievement level = pick(OutcomeAchievement.values(), 62, 30, 8);
                    levels.add(level);
                    LocalDate ratedOn = max(enquiry.concludedOn().get(), lastChange);
                    neg = neg.withAchievement(new Achievement(level,
                            voice.type() == org.mspsdk.vocabulary.VoiceType.ADULT ? AchievementJudge.ADULT
                                    : random.nextBoolean() ? AchievementJudge.REPRESENTATIVE
                                            : AchievementJudge.PRACTITIONER,
                            ratedOn));
                }
                o.addNegotiatedOutcome(neg);
            }
            if (concluded) {
                o.enquiryAchievement(RollUpRule.SAC_DEFAULT.rollUp(levels));
            }
        }
        if (enquiry != null && random.nextDouble() < 0.6) {
            o.feelingSafeAtStart(pick(SafetyRating.values(), 15, 35, 25, 20, 5));
            if (concluded && random.nextDouble() < 0.8) {
                o.feelingSafeAtEnd(pick(SafetyRating.values(), 3, 10, 22, 45, 20));
            }
        }
        b.outcomes(o.build());

        if (enquiry != null && random.nextDouble() < 0.5) {
            b.addQuestionnaire(part1(voice, enquiry.commencedOn()));
        }
        if (concluded && random.nextDouble() < 0.7) {
            LocalDate closure = enquiry.concludedOn().get();
            Instrument p2 = Instruments.MY_SAFEGUARDING_EXPERIENCE_PART_2;
            if (random.nextDouble() < 0.2) {
                b.addQuestionnaire(QuestionnaireResponse.notOffered(p2.id(), p2.version(), closure,
                        pick(NotOfferedReason.values(), 10, 10, 25, 30, 20, 5)));
            } else {
                LocalDate answeredOn = clampTo(closure.plusDays(random.nextInt(40)), settings.asOf());
                b.addQuestionnaire(QuestionnaireResponse.completed(p2.id(), p2.version(), voice.type()
                        == org.mspsdk.vocabulary.VoiceType.BEST_INTERESTS_DECISION
                                ? Voice.representative(RepresentativeRole.FAMILY_MEMBER) : voice,
                        answeredOn, answers(p2)));
            }
        }
    }

    private QuestionnaireResponse part1(Voice voice, LocalDate on) {
        Instrument p1 = Instruments.MY_SAFEGUARDING_EXPERIENCE_PART_1;
        Voice respondent = voice.type() == org.mspsdk.vocabulary.VoiceType.BEST_INTERESTS_DECISION
                ? Voice.representative(RepresentativeRole.BEST_INTERESTS_DECISION_MAKER) : voice;
        return QuestionnaireResponse.completed(p1.id(), p1.version(), respondent, on, answers(p1));
    }

    private static final String[] FREE_TEXT_ANSWERS = {
        "I'd like to be told before anything is done.",
        "My daughter, please.",
        "Nothing else, thank you.",
        "It took a long time but I felt heard.",
        "Can I ring you if it starts again?",
    };

    private List<ItemAnswer> answers(Instrument instrument) {
        List<ItemAnswer> answers = new ArrayList<>();
        for (InstrumentItem item : instrument.items()) {
            if (random.nextDouble() < 0.1) {
                continue;
            }
            if (item.scale().isPresent()) {
                List<String> codes = item.scale().get().codes();
                int idx = weightedIndex(codes.size());
                answers.add(ItemAnswer.coded(item.linkId(), codes.get(idx)));
            } else if (random.nextDouble() < 0.5) {
                answers.add(ItemAnswer.text(item.linkId(), FREE_TEXT_ANSWERS[random.nextInt(FREE_TEXT_ANSWERS.length)]));
            }
        }
        return answers;
    }

    /** Earlier options are likelier: weights n, n-1, ..., 1. */
    private int weightedIndex(int n) {
        int total = n * (n + 1) / 2;
        int r = random.nextInt(total);
        for (int i = 0; i < n; i++) {
            r -= n - i;
            if (r < 0) {
                return i;
            }
        }
        return n - 1;
    }

    private LocalDate clamp(LocalDate d) {
        return clampTo(d, settings.asOf());
    }

    private static LocalDate clampTo(LocalDate d, LocalDate latest) {
        return d.isAfter(latest) ? latest : d;
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private <E> E pick(E[] values, int... weights) {
        if (weights.length != values.length) {
            throw new IllegalStateException("weights do not match values");
        }
        int total = 0;
        for (int w : weights) {
            total += w;
        }
        int r = random.nextInt(total);
        for (int i = 0; i < values.length; i++) {
            r -= weights[i];
            if (r < 0) {
                return values[i];
            }
        }
        return values[values.length - 1];
    }
}
