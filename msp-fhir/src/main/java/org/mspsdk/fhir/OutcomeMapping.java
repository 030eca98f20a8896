package org.mspsdk.fhir;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateType;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.Goal;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.StringType;
import org.mspsdk.MspException.Kind;
import org.mspsdk.model.DesiredOutcome;
import org.mspsdk.model.NegotiatedOutcome;
import org.mspsdk.model.OutcomeRevision;
import org.mspsdk.model.PersonalOutcomes;
import org.mspsdk.vocabulary.NegotiationChangeReason;
import org.mspsdk.vocabulary.OutcomeCategory;
import org.mspsdk.vocabulary.RecordingStage;

/**
 * Desired and negotiated outcomes as {@code Goal}s. A desired outcome is a proposed Goal whose
 * {@code description.text} is the person's own words, with who expressed it ({@code expressedBy}), when
 * ({@code startDate}), the recording stage and the category. A negotiated outcome is a Goal whose
 * {@code description.text} is the wording now agreed ({@code statusDate} the day it was agreed, the change reason
 * an extension), with every earlier wording kept, oldest first, as {@code previous-revision} extensions, and the
 * desired outcomes it came from as {@code negotiated-from} references; it is active until rated, then completed.
 * The rating is {@link AchievementMapping}'s.
 */
final class OutcomeMapping {

    private OutcomeMapping() {
    }

    static String desiredKey(int index) {
        return "desired-outcome/" + index;
    }

    static String negotiatedKey(int index) {
        return "negotiated-outcome/" + index;
    }

    static void write(PersonalOutcomes outcomes, Reference patient, BundleWriter w) {
        Map<String, Integer> desiredIndex = new HashMap<>();
        for (int i = 0; i < outcomes.desiredOutcomes().size(); i++) {
            DesiredOutcome d = outcomes.desiredOutcomes().get(i);
            desiredIndex.putIfAbsent(d.id(), i);
            Goal g = new Goal();
            g.addExtension(MspExtension.RECORDING_STAGE.url(), Codings.coding(d.stage()));
            g.addIdentifier().setSystem(FhirUrls.DESIRED_OUTCOME_ID).setValue(d.id());
            g.setLifecycleStatus(Goal.GoalLifecycleStatus.PROPOSED);
            d.category().ifPresent(c -> g.addCategory(Codings.concept(c)));
            g.getDescription().setText(d.wording());
            g.setSubject(patient);
            g.setStart(new DateType(d.expressedOn().toString()));
            PartyMapping.writeVoice(d.expressedBy(), g, g::setExpressedBy, patient, w,
                    "outcomes.desiredOutcomes[" + i + "].expressedBy");
            w.add(desiredKey(i), g);
        }
        for (int i = 0; i < outcomes.negotiatedOutcomes().size(); i++) {
            NegotiatedOutcome n = outcomes.negotiatedOutcomes().get(i);
            Goal g = new Goal();
            for (String id : n.desiredOutcomeIds()) {
                Integer target = desiredIndex.get(id);
                Reference ref = target != null ? w.reference(desiredKey(target))
                        : new Reference().setIdentifier(new org.hl7.fhir.r4.model.Identifier()
                                .setSystem(FhirUrls.DESIRED_OUTCOME_ID).setValue(id));
                g.addExtension(MspExtension.NEGOTIATED_FROM.url(), ref);
            }
            List<OutcomeRevision> revisions = n.revisions();
            for (OutcomeRevision earlier : revisions.subList(0, revisions.size() - 1)) {
                Extension e = g.addExtension().setUrl(MspExtension.PREVIOUS_REVISION.url());
                e.addExtension(MspExtension.REVISION_AGREED_ON, new DateType(earlier.agreedOn().toString()));
                e.addExtension(MspExtension.REVISION_WORDING, new StringType(earlier.wording()));
                earlier.reason().ifPresent(r -> e.addExtension(MspExtension.REVISION_REASON, Codings.coding(r)));
            }
            OutcomeRevision current = n.currentRevision();
            current.reason().ifPresent(r -> g.addExtension(MspExtension.CHANGE_REASON.url(), Codings.coding(r)));
            g.addIdentifier().setSystem(FhirUrls.NEGOTIATED_OUTCOME_ID).setValue(n.id());
            g.setLifecycleStatus(n.achievement().isPresent() ? Goal.GoalLifecycleStatus.COMPLETED
                    : Goal.GoalLifecycleStatus.ACTIVE);
            n.achievement().ifPresent(a -> g.setAchievementStatus(AchievementMapping.goalStatus(a.level())));
            g.getDescription().setText(current.wording());
            g.setSubject(patient);
            g.setStatusDateElement(new DateType(current.agreedOn().toString()));
            if (n.achievement().isPresent()) {
                g.addOutcomeReference(w.reference(AchievementMapping.key(i)));
            }
            w.add(negotiatedKey(i), g);
            int index = i;
            n.achievement().ifPresent(a -> AchievementMapping.write(a, patient, w.reference(negotiatedKey(index)),
                    index, w));
        }
    }

    /** Reads the Goals into the outcomes builder. */
    static void read(PersonalOutcomes.Builder b, BundleReader r, BundleReader.Entry patient) {
        Map<Integer, String> desiredIds = new HashMap<>();
        List<BundleReader.Entry> negotiated = new ArrayList<>();
        for (BundleReader.Entry e : r.ofType(Goal.class)) {
            Goal g = (Goal) e.resource();
            String path = e.path();
            Optional<String> desired = BundleReader.identifier(g.getIdentifier(), FhirUrls.DESIRED_OUTCOME_ID,
                    path + ".identifier");
            Optional<String> agreed = BundleReader.identifier(g.getIdentifier(), FhirUrls.NEGOTIATED_OUTCOME_ID,
                    path + ".identifier");
            if (desired.isPresent() == agreed.isPresent()) {
                throw new FhirMappingException(Kind.MISSING_PART, path + ".identifier", "expected the id of either a "
                        + "desired outcome (" + FhirUrls.DESIRED_OUTCOME_ID + ") or a negotiated outcome ("
                        + FhirUrls.NEGOTIATED_OUTCOME_ID + ")");
            }
            r.use(e);
            r.expectReference(g.getSubject(), patient, path + ".subject");
            if (desired.isPresent()) {
                desiredIds.put(e.index(), desired.get());
                b.addDesiredOutcome(readDesired(g, desired.get(), path, r, patient));
            } else {
                negotiated.add(e);
            }
        }
        for (BundleReader.Entry e : negotiated) {
            Goal g = (Goal) e.resource();
            String id = BundleReader.identifier(g.getIdentifier(), FhirUrls.NEGOTIATED_OUTCOME_ID,
                    e.path() + ".identifier").orElseThrow();
            b.addNegotiatedOutcome(readNegotiated(g, id, e, desiredIds, r, patient));
        }
    }

    private static DesiredOutcome readDesired(Goal g, String id, String path, BundleReader r,
            BundleReader.Entry patient) {
        BundleReader.checkExtensions(g, path, MspExtension.RECORDING_STAGE, MspExtension.BEST_INTERESTS_DECISION);
        noAchievement(g, path, "a desired outcome");
        RecordingStage stage = BundleReader.code(g.getExtension(), MspExtension.RECORDING_STAGE, RecordingStage.class,
                path).orElseThrow(() -> new FhirMappingException(Kind.MISSING_PART,
                        BundleReader.extPath(path, MspExtension.RECORDING_STAGE), "the recording stage is required"));
        if (!(g.getStart() instanceof DateType start)) {
            throw new FhirMappingException(Kind.MISSING_PART, path + ".start",
                    "the date the outcome was expressed (startDate) is required");
        }
        Optional<OutcomeCategory> category = Optional.empty();
        String system = FhirUrls.codeSystem(OutcomeCategory.LIST.id());
        for (int i = 0; i < g.getCategory().size(); i++) {
            CodeableConcept cc = g.getCategory().get(i);
            if (cc.getCoding().stream().anyMatch(c -> system.equals(c.getSystem()))) {
                if (category.isPresent()) {
                    throw new FhirMappingException(Kind.INVALID_VALUE, path + ".category",
                            "expected one outcome category of " + system);
                }
                category = Optional.of(Codings.read(cc, OutcomeCategory.class, path + ".category[" + i + "]"));
            }
        }
        return new DesiredOutcome(id, wording(g, path),
                PartyMapping.readVoice(g, path, g.getExpressedBy(), path + ".expressedBy", r, patient),
                BundleReader.date(start, path + ".start.ofType(date)"), stage, category);
    }

    private static NegotiatedOutcome readNegotiated(Goal g, String id, BundleReader.Entry e,
            Map<Integer, String> desiredIds, BundleReader r, BundleReader.Entry patient) {
        String path = e.path();
        BundleReader.checkExtensions(g, path, MspExtension.NEGOTIATED_FROM, MspExtension.PREVIOUS_REVISION,
                MspExtension.CHANGE_REASON);
        List<String> from = new ArrayList<>();
        List<Extension> links = BundleReader.all(g.getExtension(), MspExtension.NEGOTIATED_FROM);
        for (int i = 0; i < links.size(); i++) {
            String p = BundleReader.extPath(path, MspExtension.NEGOTIATED_FROM) + "[" + i + "]";
            Reference ref = BundleReader.value(links.get(i), Reference.class, p);
            if (ref.hasReference()) {
                BundleReader.Entry target = r.resolve(ref, p + ".value", Goal.class);
                String desired = desiredIds.get(target.index());
                if (desired == null) {
                    throw new FhirMappingException(Kind.INVALID_VALUE, p + ".value.reference",
                            "expected a desired outcome's Goal");
                }
                from.add(desired);
            } else if (ref.hasIdentifier() && FhirUrls.DESIRED_OUTCOME_ID.equals(ref.getIdentifier().getSystem())
                    && ref.getIdentifier().hasValue()) {
                from.add(ref.getIdentifier().getValue());
            } else {
                throw new FhirMappingException(Kind.MISSING_PART, p + ".value",
                        "expected a reference to a desired outcome's Goal, or its identifier");
            }
        }
        List<OutcomeRevision> revisions = new ArrayList<>();
        List<Extension> previous = BundleReader.all(g.getExtension(), MspExtension.PREVIOUS_REVISION);
        for (int i = 0; i < previous.size(); i++) {
            revisions.add(previousRevision(previous.get(i),
                    BundleReader.extPath(path, MspExtension.PREVIOUS_REVISION) + "[" + i + "]"));
        }
        if (!g.hasStatusDateElement() || !g.getStatusDateElement().hasValue()) {
            throw new FhirMappingException(Kind.MISSING_PART, path + ".statusDate",
                    "the date the current wording was agreed is required");
        }
        revisions.add(new OutcomeRevision(BundleReader.date(g.getStatusDateElement(), path + ".statusDate"),
                wording(g, path), BundleReader.code(g.getExtension(), MspExtension.CHANGE_REASON,
                        NegotiationChangeReason.class, path)));
        return new NegotiatedOutcome(id, from, revisions, AchievementMapping.read(g, e, r, patient));
    }

    private static OutcomeRevision previousRevision(Extension e, String path) {
        if (e.hasValue()) {
            throw new FhirMappingException(Kind.INVALID_VALUE, path + ".value",
                    "a complex extension: its parts are sub-extensions");
        }
        DateType on = null;
        String wording = null;
        Optional<NegotiationChangeReason> reason = Optional.empty();
        for (int i = 0; i < e.getExtension().size(); i++) {
            Extension part = e.getExtension().get(i);
            String p = path + ".extension[" + i + "]";
            String url = part.getUrl() == null ? "" : part.getUrl();
            switch (url) {
                case MspExtension.REVISION_AGREED_ON -> on = once(on, BundleReader.value(part, DateType.class, p), p);
                case MspExtension.REVISION_WORDING -> wording = once(wording,
                        BundleReader.value(part, StringType.class, p).getValue(), p);
                case MspExtension.REVISION_REASON -> reason = Optional.of(once(reason.orElse(null),
                        Codings.read(BundleReader.value(part, Coding.class, p), NegotiationChangeReason.class,
                                p + ".value"), p));
                default -> throw new FhirMappingException(Kind.INVALID_VALUE, p + ".url", "expected "
                        + MspExtension.REVISION_AGREED_ON + ", " + MspExtension.REVISION_WORDING + " or "
                        + MspExtension.REVISION_REASON);
            }
        }
        if (on == null) {
            throw new FhirMappingException(Kind.MISSING_PART, path + ".extension('agreedOn')",
                    "the date the wording was agreed is required");
        }
        if (wording == null || wording.isBlank()) {
            throw new FhirMappingException(Kind.MISSING_PART, path + ".extension('wording')",
                    "the agreed wording is required");
        }
        return new OutcomeRevision(BundleReader.date(on, path + ".extension('agreedOn').value"), wording, reason);
    }

    private static <T> T once(T previous, T value, String path) {
        if (previous != null) {
            throw new FhirMappingException(Kind.INVALID_VALUE, path, "the part is given twice");
        }
        return value;
    }

    private static String wording(Goal g, String path) {
        if (!g.getDescription().hasText() || g.getDescription().getText().isBlank()) {
            throw new FhirMappingException(Kind.MISSING_PART, path + ".description.text",
                    "the outcome's wording is required");
        }
        return g.getDescription().getText();
    }

    private static void noAchievement(Goal g, String path, String what) {
        if (g.hasAchievementStatus() || g.hasOutcomeReference()) {
            throw new FhirMappingException(Kind.INVALID_VALUE, path + ".achievementStatus", what
                    + " is not rated: achievement belongs to the negotiated outcome it was carried into");
        }
    }
}
