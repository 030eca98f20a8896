package org.mspsdk.partnership;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.mspsdk.model.DesiredOutcome;
import org.mspsdk.model.Enquiry;
import org.mspsdk.model.NegotiatedOutcome;
import org.mspsdk.model.OrganisationInvolvement;
import org.mspsdk.model.PersonalOutcomes;
import org.mspsdk.model.QuestionnaireResponse;
import org.mspsdk.model.SafeguardingRecord;
import org.mspsdk.validation.Finding;
import org.mspsdk.validation.Rule;
import org.mspsdk.validation.RuleCatalogue;
import org.mspsdk.vocabulary.OrganisationRole;

/** One run of {@link Partnership#merge(Journey)}: the conflict checks and the merged case. */
final class JourneyMerge {

    private static final Rule TWO_LEAD_COUNCILS = rule("MSP-JNY-004");
    private static final Rule SEVERAL_LEAD_RECORDS = rule("MSP-JNY-005");
    private static final Rule ENQUIRY_TYPE = rule("MSP-JNY-006");
    private static final Rule ENQUIRY_RESULT = rule("MSP-JNY-007");
    private static final Rule NHS_NUMBER = rule("MSP-JNY-008");
    private static final Rule CONCERN_OUTCOME = rule("MSP-JNY-009");
    private static final Rule NO_LEAD_RECORD = rule("MSP-JNY-010");
    private static final Rule NOT_LINKED = rule("MSP-JNY-003");

    private final Journey journey;
    private final List<JourneyFinding> findings = new ArrayList<>();

    JourneyMerge(Journey journey) {
        this.journey = journey;
    }

    private static Rule rule(String id) {
        return RuleCatalogue.find(id).orElseThrow(() -> new IllegalStateException("no rule " + id));
    }

    private void add(SafeguardingRecord r, Rule rule, String path, String message) {
        findings.add(new JourneyFinding(r.recordId(), new Finding(rule.id(), rule.severity(), path, message)));
    }

    MergedJourney run() {
        List<SafeguardingRecord> leads = new ArrayList<>(journey.leadRecords());
        if (leads.isEmpty()) {
            for (SafeguardingRecord r : journey.records()) {
                if (r.episodeId().isEmpty()) {
                    add(r, NOT_LINKED, "episodeId", "a partner's record without an episodeId cannot be linked to the"
                            + " lead council's record; it is not a council concern and is counted nowhere");
                } else {
                    add(r, NO_LEAD_RECORD, "episodeId", "no lead council record of this journey is in the data; this"
                            + " partner's record is not a council concern and is counted nowhere");
                }
            }
            return new MergedJourney(journey, Optional.empty(), findings);
        }
        // the base: the lead record with the smallest record id, so the result does not depend on record order
        leads.sort(Comparator.comparing(SafeguardingRecord::recordId));
        SafeguardingRecord base = leads.get(0);
        for (SafeguardingRecord r : journey.records()) {
            if (r != base) {
                compare(base, r);
            }
        }
        return new MergedJourney(journey, Optional.of(merged(base)), findings);
    }

    // ---- conflicts ------------------------------------------------------------------------------------------------

    private void compare(SafeguardingRecord base, SafeguardingRecord r) {
        if (r.isLeadRecord()) {
            add(r, SEVERAL_LEAD_RECORDS, "recordedBy", "expected one lead council record per journey; this is another"
                    + " (both are counted by the SAC return)");
        }
        Optional<String> baseLead = base.leadCouncil().map(OrganisationInvolvement::code);
        for (int i = 0; i < r.organisations().size(); i++) {
            OrganisationInvolvement o = r.organisations().get(i);
            if (o.has(OrganisationRole.LEAD_COUNCIL) && baseLead.isPresent() && !baseLead.get().equals(o.code())) {
                add(r, TWO_LEAD_COUNCILS, "organisations[" + i + "].code", "expected the lead council of the lead"
                        + " council's record of this journey; this record names another");
            }
        }
        if (base.adult().nhsNumber().isPresent() && r.adult().nhsNumber().isPresent()
                && !base.adult().nhsNumber().get().equals(r.adult().nhsNumber().get())) {
            add(r, NHS_NUMBER, "adult.nhsNumber", "expected the NHS number of the lead council's record; the two"
                    + " records name different people");
        }
        if (base.concern().outcome().isPresent() && r.concern().outcome().isPresent()
                && base.concern().outcome().get() != r.concern().outcome().get()) {
            add(r, CONCERN_OUTCOME, "concern.outcome", "expected " + base.concern().outcome().get().code()
                    + " as on the lead council's record, found " + r.concern().outcome().get().code());
        }
        if (r.enquiry().isPresent()) {
            Enquiry theirs = r.enquiry().get();
            if (base.enquiry().isEmpty()) {
                add(r, ENQUIRY_TYPE, "enquiry.type", "the lead council's record has no enquiry; this record has an"
                        + " enquiry of type " + theirs.type().code());
            } else {
                Enquiry ours = base.enquiry().get();
                if (ours.type() != theirs.type()) {
                    add(r, ENQUIRY_TYPE, "enquiry.type", "expected " + ours.type().code() + " as on the lead"
                            + " council's record, found " + theirs.type().code());
                }
                if (ours.result().isPresent() && theirs.result().isPresent()
                        && ours.result().get() != theirs.result().get()) {
                    add(r, ENQUIRY_RESULT, "enquiry.result", "expected " + ours.result().get().code() + " as on the"
                            + " lead council's record, found " + theirs.result().get().code());
                }
            }
        }
    }

    // ---- the merged case ------------------------------------------------------------------------------------------

    private SafeguardingRecord merged(SafeguardingRecord base) {
        Map<String, OrganisationInvolvement> organisations = new LinkedHashMap<>();
        base.organisations().forEach(o -> organisations.putIfAbsent(o.code(), o));
        PersonalOutcomes.Builder outcomes = base.outcomes().toBuilder();
        List<DesiredOutcome> desired = new ArrayList<>(base.outcomes().desiredOutcomes());
        List<NegotiatedOutcome> negotiated = new ArrayList<>(base.outcomes().negotiatedOutcomes());
        List<QuestionnaireResponse> questionnaires = new ArrayList<>(base.questionnaires());
        Map<String, String> sameAs = new LinkedHashMap<>();
        Map<String, Integer> recordsBy = new LinkedHashMap<>();
        for (SafeguardingRecord r : journey.records()) {
            if (r == base) {
                continue;
            }
            for (OrganisationInvolvement o : r.organisations()) {
                join(organisations, o);
            }
            String recorder = r.recorder().orElse("unknown");
            // a second record of one organisation in the journey gets its own prefix, so merged ids stay unique
            int nth = recordsBy.merge(recorder, 1, Integer::sum);
            String by = nth == 1 ? recorder : recorder + "#" + nth;
            for (DesiredOutcome d : r.outcomes().desiredOutcomes()) {
                DesiredOutcome a = d.withRecordedBy(d.recordedBy().orElse(recorder));
                DesiredOutcome moved = new DesiredOutcome(by + "/" + d.id(), a.wording(), a.expressedBy(),
                        a.expressedOn(), a.stage(), a.category(), a.recordedBy());
                Optional<DesiredOutcome> known = desired.stream().filter(x -> sameDesired(base, x, a)).findFirst();
                if (known.isPresent()) {
                    sameAs.put(moved.id(), known.get().id());
                } else {
                    desired.add(moved);
                }
            }
            for (NegotiatedOutcome n : r.outcomes().negotiatedOutcomes()) {
                negotiated.add(new NegotiatedOutcome(by + "/" + n.id(),
                        n.desiredOutcomeIds().stream().map(id -> sameAs.getOrDefault(by + "/" + id, by + "/" + id))
                                .toList(),
                        n.revisions().stream().map(v -> v.withRecordedBy(v.recordedBy().orElse(recorder))).toList(),
                        n.achievement().map(a -> a.withRecordedBy(a.recordedBy().orElse(recorder)))));
            }
            for (QuestionnaireResponse q : r.questionnaires()) {
                QuestionnaireResponse a = q.withRecordedBy(q.recordedBy().orElse(recorder));
                boolean known = questionnaires.stream()
                        .anyMatch(x -> x.withRecordedBy(x.recordedBy().orElse(base.recorder().orElse(""))).equals(a));
                if (!known) {
                    questionnaires.add(a);
                }
            }
        }
        return base.toBuilder()
                .organisations(new ArrayList<>(organisations.values()))
                .outcomes(outcomes.desiredOutcomes(desired).negotiatedOutcomes(negotiated).build())
                .questionnaires(questionnaires)
                .episodeId(journey.episodeId().orElse(null))
                .build();
    }

    /** Joins a partner record's organisation into the case: roles joined, another lead council not copied in. */
    private static void join(Map<String, OrganisationInvolvement> organisations, OrganisationInvolvement o) {
        OrganisationInvolvement known = organisations.get(o.code());
        EnumSet<OrganisationRole> roles = EnumSet.noneOf(OrganisationRole.class);
        if (known != null) {
            roles.addAll(known.roles());
        }
        boolean otherLead = known == null && o.has(OrganisationRole.LEAD_COUNCIL)
                && organisations.values().stream().anyMatch(x -> x.has(OrganisationRole.LEAD_COUNCIL));
        for (OrganisationRole role : o.roles()) {
            if (role != OrganisationRole.LEAD_COUNCIL || !otherLead) {
                roles.add(role);
            }
        }
        if (roles.isEmpty()) {
            return;
        }
        organisations.put(o.code(), new OrganisationInvolvement(o.code(),
                known != null && known.name().isPresent() ? known.name() : o.name(),
                known != null ? known.type() : o.type(), roles));
    }

    /** Whether a desired outcome in the case is the same as a partner's (same attribution and content). */
    private static boolean sameDesired(SafeguardingRecord base, DesiredOutcome inCase, DesiredOutcome partner) {
        Optional<String> who = inCase.recordedBy().isPresent() ? inCase.recordedBy() : base.recorder();
        return who.equals(partner.recordedBy()) && inCase.wording().equals(partner.wording())
                && inCase.expressedBy().equals(partner.expressedBy())
                && inCase.expressedOn().equals(partner.expressedOn()) && inCase.stage() == partner.stage()
                && inCase.category().equals(partner.category());
    }
}
