package org.mspsdk.json;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.mspsdk.json.internal.WireNames;
import org.mspsdk.model.Achievement;
import org.mspsdk.model.DesiredOutcome;
import org.mspsdk.model.NegotiatedOutcome;
import org.mspsdk.model.OutcomeRevision;
import org.mspsdk.model.PersonalOutcomes;
import org.mspsdk.model.Voice;
import org.mspsdk.vocabulary.AchievementJudge;
import org.mspsdk.vocabulary.AskedAboutOutcomes;
import org.mspsdk.vocabulary.NegotiationChangeReason;
import org.mspsdk.vocabulary.OutcomeAchievement;
import org.mspsdk.vocabulary.OutcomeCategory;
import org.mspsdk.vocabulary.RecordingStage;
import org.mspsdk.vocabulary.RepresentativeRole;
import org.mspsdk.vocabulary.SafetyRating;
import org.mspsdk.vocabulary.VoiceType;

import tools.jackson.core.TokenStreamLocation;

/** Binds the person's outcomes ({@code /outcomes}) and the objects inside them, and a voice wherever it is. */
final class OutcomesBinder {

    private static final NameTable<WireNames.PersonalOutcomes> OUTCOMES =
            NameTable.of(WireNames.PersonalOutcomes.class);
    private static final NameTable<WireNames.DesiredOutcome> DESIRED = NameTable.of(WireNames.DesiredOutcome.class);
    private static final NameTable<WireNames.Voice> VOICE = NameTable.of(WireNames.Voice.class);
    private static final NameTable<WireNames.NegotiatedOutcome> NEGOTIATED =
            NameTable.of(WireNames.NegotiatedOutcome.class);
    private static final NameTable<WireNames.OutcomeRevision> REVISION =
            NameTable.of(WireNames.OutcomeRevision.class);
    private static final NameTable<WireNames.Achievement> ACHIEVEMENT = NameTable.of(WireNames.Achievement.class);

    private OutcomesBinder() {
    }

    static PersonalOutcomes outcomes(TokenReader r, Ptr pointer) {
        PropertyWalker<WireNames.PersonalOutcomes> o = r.object(pointer, OUTCOMES, "an outcomes object");
        PersonalOutcomes.Builder b = PersonalOutcomes.builder();
        for (WireNames.PersonalOutcomes n = o.next(); n != null; n = o.next()) {
            Ptr ptr = o.child(n);
            switch (n) {
                case asked -> b.asked(r.code(ptr, AskedAboutOutcomes.LIST));
                case desiredOutcomes -> b.desiredOutcomes(
                        r.array(ptr, "desired outcome objects", item -> desired(r, item)));
                case negotiatedOutcomes -> b.negotiatedOutcomes(
                        r.array(ptr, "negotiated outcome objects", item -> negotiated(r, item)));
                case enquiryAchievement -> b.enquiryAchievement(r.code(ptr, OutcomeAchievement.LIST));
                case feelingSafeAtStart -> b.feelingSafeAtStart(r.code(ptr, SafetyRating.LIST));
                case feelingSafeAtEnd -> b.feelingSafeAtEnd(r.code(ptr, SafetyRating.LIST));
                default -> throw new IllegalStateException(n.wireName());
            }
        }
        return r.build(pointer, o.start, b::build);
    }

    private static DesiredOutcome desired(TokenReader r, Ptr pointer) {
        PropertyWalker<WireNames.DesiredOutcome> o = r.object(pointer, DESIRED, "a desired outcome object");
        String id = null;
        String wording = null;
        Voice expressedBy = null;
        LocalDate expressedOn = null;
        RecordingStage stage = null;
        OutcomeCategory category = null;
        String recordedBy = null;
        for (WireNames.DesiredOutcome n = o.next(); n != null; n = o.next()) {
            Ptr ptr = o.child(n);
            switch (n) {
                case id -> id = r.text(ptr, "the desired outcome id", true);
                case wording -> wording = r.text(ptr, "the person's own words", false);
                case expressedBy -> expressedBy = voice(r, ptr);
                case expressedOn -> expressedOn = r.date(ptr);
                case stage -> stage = r.code(ptr, RecordingStage.LIST);
                case category -> category = r.code(ptr, OutcomeCategory.LIST);
                case recordedBy -> recordedBy = r.text(ptr, Wire.ORGANISATION_CODE, true);
                default -> throw new IllegalStateException(n.wireName());
            }
        }
        String i = o.require(WireNames.DesiredOutcome.id, id);
        String w = o.require(WireNames.DesiredOutcome.wording, wording);
        Voice v = o.require(WireNames.DesiredOutcome.expressedBy, expressedBy);
        LocalDate d = o.require(WireNames.DesiredOutcome.expressedOn, expressedOn);
        RecordingStage s = o.require(WireNames.DesiredOutcome.stage, stage);
        Optional<OutcomeCategory> c = Optional.ofNullable(category);
        Optional<String> by = Optional.ofNullable(recordedBy);
        return r.build(pointer, o.start, () -> new DesiredOutcome(i, w, v, d, s, c, by));
    }

    /** Binds whose voice: a desired outcome's {@code expressedBy}, a questionnaire's {@code respondent}. */
    static Voice voice(TokenReader r, Ptr pointer) {
        PropertyWalker<WireNames.Voice> o = r.object(pointer, VOICE, "a voice object");
        VoiceType type = null;
        RepresentativeRole role = null;
        for (WireNames.Voice n = o.next(); n != null; n = o.next()) {
            Ptr ptr = o.child(n);
            switch (n) {
                case type -> type = r.code(ptr, VoiceType.LIST);
                case representativeRole -> role = r.code(ptr, RepresentativeRole.LIST);
                default -> throw new IllegalStateException(n.wireName());
            }
        }
        VoiceType t = o.require(WireNames.Voice.type, type);
        Optional<RepresentativeRole> rr = Optional.ofNullable(role);
        return r.build(pointer, o.start, () -> new Voice(t, rr));
    }

    private static NegotiatedOutcome negotiated(TokenReader r, Ptr pointer) {
        PropertyWalker<WireNames.NegotiatedOutcome> o = r.object(pointer, NEGOTIATED,
                "a negotiated outcome object");
        String id = null;
        List<String> desiredIds = List.of();
        List<OutcomeRevision> revisions = null;
        TokenStreamLocation revisionsAt = null;
        Achievement achievement = null;
        for (WireNames.NegotiatedOutcome n = o.next(); n != null; n = o.next()) {
            Ptr ptr = o.child(n);
            switch (n) {
                case id -> id = r.text(ptr, "the negotiated outcome id", true);
                case desiredOutcomeIds -> desiredIds = r.array(ptr, "desired outcome ids",
                        item -> r.text(item, "a desired outcome id", true));
                case revisions -> {
                    revisionsAt = r.here();
                    revisions = r.array(ptr, "revision objects", item -> revision(r, item));
                }
                case achievement -> achievement = achievement(r, ptr);
                default -> throw new IllegalStateException(n.wireName());
            }
        }
        String i = o.require(WireNames.NegotiatedOutcome.id, id);
        List<OutcomeRevision> rs = o.require(WireNames.NegotiatedOutcome.revisions, revisions);
        if (rs.isEmpty()) {
            throw r.fail(o.child(WireNames.NegotiatedOutcome.revisions), revisionsAt,
                    "the list of revisions is empty", "at least one revision (the first agreed wording)");
        }
        List<String> d = desiredIds;
        Optional<Achievement> a = Optional.ofNullable(achievement);
        return r.build(pointer, o.start, () -> new NegotiatedOutcome(i, d, rs, a));
    }

    private static OutcomeRevision revision(TokenReader r, Ptr pointer) {
        PropertyWalker<WireNames.OutcomeRevision> o = r.object(pointer, REVISION, "a revision object");
        LocalDate agreedOn = null;
        String wording = null;
        NegotiationChangeReason reason = null;
        String recordedBy = null;
        for (WireNames.OutcomeRevision n = o.next(); n != null; n = o.next()) {
            Ptr ptr = o.child(n);
            switch (n) {
                case agreedOn -> agreedOn = r.date(ptr);
                case wording -> wording = r.text(ptr, "the agreed wording", false);
                case reason -> reason = r.code(ptr, NegotiationChangeReason.LIST);
                case recordedBy -> recordedBy = r.text(ptr, Wire.ORGANISATION_CODE, true);
                default -> throw new IllegalStateException(n.wireName());
            }
        }
        LocalDate d = o.require(WireNames.OutcomeRevision.agreedOn, agreedOn);
        String w = o.require(WireNames.OutcomeRevision.wording, wording);
        Optional<NegotiationChangeReason> why = Optional.ofNullable(reason);
        Optional<String> by = Optional.ofNullable(recordedBy);
        return r.build(pointer, o.start, () -> new OutcomeRevision(d, w, why, by));
    }

    private static Achievement achievement(TokenReader r, Ptr pointer) {
        PropertyWalker<WireNames.Achievement> o = r.object(pointer, ACHIEVEMENT, "an achievement object");
        OutcomeAchievement level = null;
        AchievementJudge judge = null;
        LocalDate ratedOn = null;
        String recordedBy = null;
        for (WireNames.Achievement n = o.next(); n != null; n = o.next()) {
            Ptr ptr = o.child(n);
            switch (n) {
                case level -> level = r.code(ptr, OutcomeAchievement.LIST);
                case judgedBy -> judge = r.code(ptr, AchievementJudge.LIST);
                case ratedOn -> ratedOn = r.date(ptr);
                case recordedBy -> recordedBy = r.text(ptr, Wire.ORGANISATION_CODE, true);
                default -> throw new IllegalStateException(n.wireName());
            }
        }
        OutcomeAchievement l = o.require(WireNames.Achievement.level, level);
        AchievementJudge j = o.require(WireNames.Achievement.judgedBy, judge);
        LocalDate d = o.require(WireNames.Achievement.ratedOn, ratedOn);
        Optional<String> by = Optional.ofNullable(recordedBy);
        return r.build(pointer, o.start, () -> new Achievement(l, j, d, by));
    }
}
