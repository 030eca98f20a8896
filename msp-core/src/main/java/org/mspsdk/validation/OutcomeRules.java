package org.mspsdk.validation;

import static org.mspsdk.validation.Profile.IN_PROGRESS;
import static org.mspsdk.validation.Profile.SAC_COMPLETE;
import static org.mspsdk.validation.Severity.ERROR;
import static org.mspsdk.validation.Severity.WARNING;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.mspsdk.model.DesiredOutcome;
import org.mspsdk.model.NegotiatedOutcome;
import org.mspsdk.model.OutcomeRevision;
import org.mspsdk.model.PersonalOutcomes;
import org.mspsdk.model.Voice;
import org.mspsdk.vocabulary.AskedAboutOutcomes;
import org.mspsdk.vocabulary.OutcomeAchievement;
import org.mspsdk.vocabulary.VoiceType;

/**
 * Rules MSP-OUT: Making Safeguarding Personal outcomes, from the SG4a answer through the person's desired outcomes
 * and the negotiated outcomes' revisions to how far they were achieved. MSP-OUT-018, which compares two versions
 * of a record, lives with its check in {@link OutcomeHistoryRules}.
 */
final class OutcomeRules {

    static final Rule OUT_001 = new Rule("MSP-OUT-001", ERROR, IN_PROGRESS,
            "When the SG4a answer is asked-expressed, at least one desired outcome is recorded.",
            "\"Outcomes were expressed\" means there are outcomes, in the person's own words.",
            "outcomes.desiredOutcomes");
    static final Rule OUT_002 = new Rule("MSP-OUT-002", ERROR, IN_PROGRESS,
            "When desired outcomes are recorded, the SG4a answer is asked-expressed (not another answer, not missing).",
            "asked-not-expressed, not-asked, dont-know and not-recorded all mean there are no desired outcomes.",
            "outcomes.asked");
    static final Rule OUT_003 = new Rule("MSP-OUT-003", ERROR, IN_PROGRESS,
            "An enquiry-level achievement is recorded only when the SG4a answer is asked-expressed and the enquiry is "
                    + "concluded.",
            "SG4a's achieved block counts only concluded enquiries where outcomes were expressed.",
            "outcomes.enquiryAchievement");
    static final Rule OUT_004 = new Rule("MSP-OUT-004", ERROR, SAC_COMPLETE,
            "A concluded section 42 enquiry with SG4a answer asked-expressed has an enquiry-level achievement.",
            "Without it the enquiry is missing from SG4a's achieved block.", "outcomes.enquiryAchievement");
    static final Rule OUT_005 = new Rule("MSP-OUT-005", ERROR, SAC_COMPLETE,
            "A concluded section 42 enquiry has an SG4a answer (were they asked about desired outcomes).",
            "SG4a counts every concluded section 42 enquiry exactly once; a missing answer is reported as "
                    + "\"Not Recorded\".",
            "outcomes.asked");
    static final Rule OUT_006 = new Rule("MSP-OUT-006", WARNING, SAC_COMPLETE,
            "A concluded section 42 enquiry's SG4a answer is not not-recorded.",
            "\"Not Recorded\" is a valid SAC answer but shows a gap in Making Safeguarding Personal practice.",
            "outcomes.asked");
    static final Rule OUT_007 = new Rule("MSP-OUT-007", ERROR, IN_PROGRESS,
            "A negotiated outcome is rated (achievement) only once the enquiry is concluded, and rated on or after "
                    + "the conclusion date; on a record without an enquiry, only once the concern is decided as "
                    + "no-enquiry, and rated on or after the concern was received.",
            "How far an outcome was achieved is judged at closure. Making Safeguarding Personal applies to concerns "
                    + "that lead to no enquiry too: outcomes can be agreed and met at the point of concern, and the "
                    + "sector outcomes measure counts them.",
            "outcomes.negotiatedOutcomes[].achievement, outcomes.negotiatedOutcomes[].achievement.ratedOn");
    static final Rule OUT_008 = new Rule("MSP-OUT-008", WARNING, IN_PROGRESS,
            "When every negotiated outcome is rated, the enquiry-level achievement agrees with the roll-up of the "
                    + "ratings (the validator's RollUpRule; by default: all fully achieved: fully; at least one fully "
                    + "or partially: partially; otherwise not achieved).",
            "The SAC asks for one answer per enquiry; a council may roll up differently, hence a warning.",
            "outcomes.enquiryAchievement");
    static final Rule OUT_009 = new Rule("MSP-OUT-009", WARNING, SAC_COMPLETE,
            "Every negotiated outcome of a concluded section 42 enquiry is rated.",
            "The enquiry-level answer should rest on a rating of each outcome.",
            "outcomes.negotiatedOutcomes[].achievement");
    static final Rule OUT_010 = new Rule("MSP-OUT-010", ERROR, IN_PROGRESS,
            "Desired outcome ids are unique, negotiated outcome ids are unique, and a negotiated outcome names each "
                    + "desired outcome at most once.",
            "Negotiated outcomes refer to desired outcomes by id; a duplicate id makes the link ambiguous, and a "
                    + "repeated link would count one wish twice.",
            "outcomes.desiredOutcomes[].id, outcomes.negotiatedOutcomes[].id, "
                    + "outcomes.negotiatedOutcomes[].desiredOutcomeIds[]");
    static final Rule OUT_011 = new Rule("MSP-OUT-011", ERROR, IN_PROGRESS,
            "Every negotiated outcome names at least one desired outcome it came from.",
            "A negotiated outcome is agreed from what the person wanted; the link is the audit trail.",
            "outcomes.negotiatedOutcomes[].desiredOutcomeIds");
    static final Rule OUT_012 = new Rule("MSP-OUT-012", ERROR, IN_PROGRESS,
            "Every desired outcome id a negotiated outcome names is the id of a desired outcome in the record.",
            "A dangling link loses the person's original words.",
            "outcomes.negotiatedOutcomes[].desiredOutcomeIds[]");
    static final Rule OUT_013 = new Rule("MSP-OUT-013", ERROR, IN_PROGRESS,
            "A negotiated outcome's revisions are in date order (oldest first, dates not decreasing).",
            "The history is append-only; out-of-order dates mean an entry was inserted or changed.",
            "outcomes.negotiatedOutcomes[].revisions[].agreedOn");
    static final Rule OUT_014 = new Rule("MSP-OUT-014", ERROR, IN_PROGRESS,
            "A revision whose wording departs from the person's words (the first revision: from every linked desired "
                    + "outcome) or from the previous wording carries a reason.",
            "Outcomes change for reasons (unrealistic, conflicting, risk to others, changed mind...); recording the "
                    + "reason keeps the person's voice visible.",
            "outcomes.negotiatedOutcomes[].revisions[].reason");
    static final Rule OUT_015 = new Rule("MSP-OUT-015", ERROR, IN_PROGRESS,
            "A desired outcome expressed by a representative names the representative's role.",
            "Outcomes defined with a representative count differently (sector outcomes measure) and must be "
                    + "attributable.",
            "outcomes.desiredOutcomes[].expressedBy.representativeRole");
    static final Rule OUT_016 = new Rule("MSP-OUT-016", ERROR, IN_PROGRESS,
            "The adult's own voice names no representative role.",
            "A role on the adult's voice means the voice type or the role is wrong.",
            "outcomes.desiredOutcomes[].expressedBy.representativeRole, "
                    + "questionnaires[].respondent.representativeRole");
    static final Rule OUT_017 = new Rule("MSP-OUT-017", ERROR, IN_PROGRESS,
            "\"How safe do you feel\" at the end is recorded only once the enquiry is concluded (or, on a record "
                    + "without an enquiry, once the concern is decided as no-enquiry).",
            "The end rating is asked at closure; the change from the start is reported.", "outcomes.feelingSafeAtEnd");

    static final RuleArea AREA = new RuleArea("OUT", "Making Safeguarding Personal outcomes (OUT)",
            List.of(OUT_001, OUT_002, OUT_003, OUT_004, OUT_005, OUT_006, OUT_007, OUT_008, OUT_009, OUT_010,
                    OUT_011, OUT_012, OUT_013, OUT_014, OUT_015, OUT_016, OUT_017, OutcomeHistoryRules.OUT_018),
            OutcomeRules::check);

    private OutcomeRules() {
    }

    private static void check(RecordCheck c) {
        asked(c);
        List<DesiredOutcome> desired = c.outcomes.desiredOutcomes();
        Set<String> desiredIds = new HashSet<>();
        for (int i = 0; i < desired.size(); i++) {
            DesiredOutcome d = desired.get(i);
            String p = "outcomes.desiredOutcomes[" + i + "]";
            if (!desiredIds.add(d.id())) {
                c.add(OUT_010, p + ".id", "expected a unique desired outcome id; an earlier desired outcome has this id");
            }
            voice(c, d.expressedBy(), p + ".expressedBy", OUT_015);
        }
        List<OutcomeAchievement> ratings = negotiated(c, desired);
        PersonalOutcomes outcomes = c.outcomes;
        boolean allRated = !ratings.isEmpty() && ratings.size() == outcomes.negotiatedOutcomes().size();
        if (outcomes.enquiryAchievement().isPresent() && allRated) {
            OutcomeAchievement rolled = c.rollUp.rollUp(ratings);
            OutcomeAchievement given = outcomes.enquiryAchievement().get();
            if (rolled != given) {
                c.add(OUT_008, "outcomes.enquiryAchievement", "the enquiry-level achievement is " + given.code()
                        + " but the roll-up of the per-outcome ratings gives " + rolled.code());
            }
        }
        if (outcomes.feelingSafeAtEnd().isPresent() && c.closedOn.isEmpty()) {
            c.add(OUT_017, "outcomes.feelingSafeAtEnd", "the end rating is recorded only once the enquiry is "
                    + "concluded (or, with no enquiry, once the concern is decided as no-enquiry)");
        }
    }

    /** The SG4a answer, the desired outcomes it implies and the enquiry-level achievement. */
    private static void asked(RecordCheck c) {
        PersonalOutcomes outcomes = c.outcomes;
        Optional<AskedAboutOutcomes> asked = outcomes.asked();
        boolean expressed = asked.orElse(null) == AskedAboutOutcomes.ASKED_EXPRESSED;
        if (expressed && outcomes.desiredOutcomes().isEmpty()) {
            c.add(OUT_001, "outcomes.desiredOutcomes", "expected at least one desired outcome because the SG4a "
                    + "answer is asked-expressed");
        }
        if (!outcomes.desiredOutcomes().isEmpty() && !expressed) {
            c.add(OUT_002, "outcomes.asked", "expected asked-expressed because desired outcomes are recorded, found "
                    + asked.map(AskedAboutOutcomes::code).orElse("none"));
        }
        if (outcomes.enquiryAchievement().isPresent() && !(expressed && c.concluded)) {
            c.add(OUT_003, "outcomes.enquiryAchievement", expressed
                    ? "an enquiry-level achievement is recorded only once the enquiry is concluded"
                    : "an enquiry-level achievement is recorded only when the SG4a answer is asked-expressed, found "
                            + asked.map(AskedAboutOutcomes::code).orElse("none"));
        }
        if (c.s42 && c.concluded) {
            if (expressed && outcomes.enquiryAchievement().isEmpty()) {
                c.add(OUT_004, "outcomes.enquiryAchievement",
                        "expected an enquiry-level achievement for a concluded section 42 enquiry where outcomes "
                                + "were expressed");
            }
            if (asked.isEmpty()) {
                c.add(OUT_005, "outcomes.asked", "expected the SG4a answer for a concluded section 42 enquiry");
            } else if (asked.get() == AskedAboutOutcomes.NOT_RECORDED) {
                c.add(OUT_006, "outcomes.asked", "the SG4a answer is not-recorded");
            }
        }
    }

    /** @return the ratings of the rated negotiated outcomes, in order */
    private static List<OutcomeAchievement> negotiated(RecordCheck c, List<DesiredOutcome> desired) {
        List<NegotiatedOutcome> negotiated = c.outcomes.negotiatedOutcomes();
        Set<String> negotiatedIds = new HashSet<>();
        List<OutcomeAchievement> ratings = new ArrayList<>();
        for (int i = 0; i < negotiated.size(); i++) {
            NegotiatedOutcome n = negotiated.get(i);
            String p = "outcomes.negotiatedOutcomes[" + i + "]";
            if (!negotiatedIds.add(n.id())) {
                c.add(OUT_010, p + ".id", "expected a unique negotiated outcome id; an earlier negotiated outcome "
                        + "has this id");
            }
            if (n.desiredOutcomeIds().isEmpty()) {
                c.add(OUT_011, p + ".desiredOutcomeIds", "expected the id of at least one desired outcome it came from");
            }
            List<String> linkedWordings = new ArrayList<>();
            for (int j = 0; j < n.desiredOutcomeIds().size(); j++) {
                String ref = n.desiredOutcomeIds().get(j);
                if (n.desiredOutcomeIds().subList(0, j).contains(ref)) {
                    c.add(OUT_010, p + ".desiredOutcomeIds[" + j + "]",
                            "expected each desired outcome named at most once; this id is already named");
                    continue;
                }
                Optional<DesiredOutcome> target = desiredById(desired, ref);
                if (target.isEmpty()) {
                    c.add(OUT_012, p + ".desiredOutcomeIds[" + j + "]", "expected the id of a desired outcome in "
                            + "outcomes.desiredOutcomes; no desired outcome has it");
                } else {
                    linkedWordings.add(target.get().wording().strip());
                }
            }
            revisions(c, n, p, linkedWordings);
            if (n.achievement().isPresent()) {
                ratings.add(n.achievement().get().level());
                if (c.closedOn.isEmpty()) {
                    c.add(OUT_007, p + ".achievement", "an achievement rating is recorded only once the enquiry is "
                            + "concluded (or, with no enquiry, once the concern is decided as no-enquiry)");
                } else if (n.achievement().get().ratedOn().isBefore(c.closedOn.get())) {
                    c.add(OUT_007, p + ".achievement.ratedOn", "expected a rating date on or after " + (c.enquiry
                            .isPresent() ? "the enquiry's conclusion date" : "the date the concern was received"));
                }
            } else if (c.s42 && c.concluded) {
                c.add(OUT_009, p + ".achievement", "this negotiated outcome of a concluded section 42 enquiry is not "
                        + "rated");
            }
        }
        return ratings;
    }

    private static Optional<DesiredOutcome> desiredById(List<DesiredOutcome> desired, String id) {
        for (DesiredOutcome d : desired) {
            if (d.id().equals(id)) {
                return Optional.of(d);
            }
        }
        return Optional.empty();
    }

    private static void revisions(RecordCheck c, NegotiatedOutcome n, String p, List<String> linkedWordings) {
        List<OutcomeRevision> revs = n.revisions();
        String previous = null; // the previous revision's stripped wording (each wording is stripped once)
        for (int j = 0; j < revs.size(); j++) {
            OutcomeRevision r = revs.get(j);
            String wording = r.wording().strip();
            if (j > 0 && r.agreedOn().isBefore(revs.get(j - 1).agreedOn())) {
                c.add(OUT_013, p + ".revisions[" + j + "].agreedOn",
                        "expected a date on or after the previous revision's date");
            }
            boolean changed;
            if (j == 0) {
                changed = !linkedWordings.isEmpty() && !linkedWordings.contains(wording);
            } else {
                changed = !wording.equals(previous);
            }
            previous = wording;
            if (changed && r.reason().isEmpty()) {
                c.add(OUT_014, p + ".revisions[" + j + "].reason", j == 0
                        ? "expected a reason because the wording differs from the person's own words"
                        : "expected a reason because the wording differs from the previous revision");
            }
        }
    }

    /** A representative names a role ({@code representativeNeedsRole}); the adult's own voice names none. */
    private static void voice(RecordCheck c, Voice v, String path, Rule representativeNeedsRole) {
        if (v.type() == VoiceType.REPRESENTATIVE && v.representativeRole().isEmpty()) {
            c.add(representativeNeedsRole, path + ".representativeRole", "expected the representative's role");
        }
        if (v.type() == VoiceType.ADULT && v.representativeRole().isPresent()) {
            c.add(OUT_016, path + ".representativeRole", "the adult's own voice names no representative role");
        }
    }
}
