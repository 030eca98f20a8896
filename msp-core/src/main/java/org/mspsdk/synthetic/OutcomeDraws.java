package org.mspsdk.synthetic;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.mspsdk.instrument.Instrument;
import org.mspsdk.instrument.InstrumentItem;
import org.mspsdk.instrument.Instruments;
import org.mspsdk.model.Achievement;
import org.mspsdk.model.Concern;
import org.mspsdk.model.DesiredOutcome;
import org.mspsdk.model.Enquiry;
import org.mspsdk.model.ItemAnswer;
import org.mspsdk.model.NegotiatedOutcome;
import org.mspsdk.model.OutcomeRevision;
import org.mspsdk.model.PersonalOutcomes;
import org.mspsdk.model.QuestionnaireResponse;
import org.mspsdk.model.RollUpRule;
import org.mspsdk.model.SafeguardingRecord;
import org.mspsdk.model.Voice;
import org.mspsdk.vocabulary.AchievementJudge;
import org.mspsdk.vocabulary.AskedAboutOutcomes;
import org.mspsdk.vocabulary.CapacityAnswer;
import org.mspsdk.vocabulary.ConcernOutcome;
import org.mspsdk.vocabulary.NegotiationChangeReason;
import org.mspsdk.vocabulary.NotOfferedReason;
import org.mspsdk.vocabulary.OutcomeAchievement;
import org.mspsdk.vocabulary.OutcomeCategory;
import org.mspsdk.vocabulary.RecordingStage;
import org.mspsdk.vocabulary.RepresentativeRole;
import org.mspsdk.vocabulary.SafetyRating;

/**
 * Draws the person's outcomes for a case: the SG4a answer, desired outcomes in the person's (or their
 * representative's) words, negotiated outcomes with their history and achievement, "how safe do you feel", and
 * the My Safeguarding Experience questionnaires.
 */
final class OutcomeDraws extends Draws {

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

    private static final String[] FREE_TEXT_ANSWERS = {
        "I'd like to be told before anything is done.",
        "My daughter, please.",
        "Nothing else, thank you.",
        "It took a long time but I felt heard.",
        "Can I ring you if it starts again?",
    };

    OutcomeDraws(SplittableRandom random, SyntheticDataGenerator.Settings settings) {
        super(random, settings);
    }

    void outcomesAndQuestionnaires(SafeguardingRecord.Builder b, Concern concern, Enquiry enquiry) {
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
}
