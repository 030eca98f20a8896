package org.mspsdk.imports;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.mspsdk.MspException;
import org.mspsdk.model.Achievement;
import org.mspsdk.model.AdultAtRisk;
import org.mspsdk.model.Advocacy;
import org.mspsdk.model.Concern;
import org.mspsdk.model.Consent;
import org.mspsdk.model.DesiredOutcome;
import org.mspsdk.model.Enquiry;
import org.mspsdk.model.MentalCapacity;
import org.mspsdk.model.NegotiatedOutcome;
import org.mspsdk.model.NhsNumber;
import org.mspsdk.model.OrganisationInvolvement;
import org.mspsdk.model.OutcomeRevision;
import org.mspsdk.model.PersonalOutcomes;
import org.mspsdk.model.QuestionnaireResponse;
import org.mspsdk.model.RiskItem;
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
import org.mspsdk.vocabulary.QuestionnaireStatus;
import org.mspsdk.vocabulary.RecordingStage;
import org.mspsdk.vocabulary.RepresentativeRole;
import org.mspsdk.vocabulary.RiskOutcome;
import org.mspsdk.vocabulary.SafetyRating;
import org.mspsdk.vocabulary.SourceOfRisk;
import org.mspsdk.vocabulary.TypeOfRisk;
import org.mspsdk.vocabulary.VoiceType;

/**
 * Builds a {@link SafeguardingRecord} from the typed values of a record row and its list items, through the
 * model's public builders. A part the model needs and the row does not give is reported (rule {@code required},
 * naming the field and the column meant to feed it) and the record is not made.
 */
final class RecordAssembler {

    private static final List<Target> ENQUIRY_PARTS = List.of(Target.ENQUIRY_TYPE, Target.ENQUIRY_COMMENCED_ON,
            Target.ENQUIRY_CONCLUDED_ON, Target.ENQUIRY_RESULT, Target.ENQUIRY_RISK_OUTCOME, Target.S42_NEEDS,
            Target.S42_AT_RISK, Target.S42_UNABLE, Target.CAPACITY_LACKED, Target.CAPACITY_SUPPORTED,
            Target.ADVOCACY_DIFFICULTY, Target.ADVOCACY_PERSON, Target.ADVOCACY_ARRANGED, Target.CONSENT_DECISION,
            Target.CONSENT_ACTION_WITHOUT, Target.CONSENT_REASONS, Target.CONSENT_INFORMED);

    private final Consumer<ImportIssue> issues;
    private boolean failed;

    private RecordAssembler(Consumer<ImportIssue> issues) {
        this.issues = issues;
    }

    /** @return the record, or null when a part is missing (reported) */
    static SafeguardingRecord assemble(Draft rec, Map<Target.Part, List<Draft>> items, Consumer<ImportIssue> issues) {
        RecordAssembler a = new RecordAssembler(issues);
        try {
            SafeguardingRecord r = a.build(rec, items);
            return a.failed ? null : r;
        } catch (MspException e) {
            // the model's own structural checks; its messages carry no personal data
            issues.accept(new ImportIssue(ImportIssue.Kind.ROW, rec.table.file(), rec.table.sheet(),
                    rec.row.number(), Optional.empty(), "", "structure", "a record the model accepts: "
                            + e.getMessage(), Optional.empty()));
            return null;
        }
    }

    private <T> T need(Draft d, Target t) {
        T v = d.get(t);
        if (v == null) {
            failed = true;
            issues.accept(new ImportIssue(ImportIssue.Kind.ROW, d.table.file(), d.table.sheet(), d.row.number(),
                    Optional.ofNullable(d.columns.get(t)), t.path(), "required",
                    "a value: the record cannot be made without it", Optional.empty()));
        }
        return v;
    }

    private SafeguardingRecord build(Draft d, Map<Target.Part, List<Draft>> items) {
        String recordId = need(d, Target.RECORD_ID);
        String personId = need(d, Target.PERSON_ID);
        LocalDate received = need(d, Target.CONCERN_RECEIVED_ON);
        ConcernSource raisedBy = need(d, Target.CONCERN_RAISED_BY);
        if (failed) {
            return null;
        }
        AdultAtRisk adult = AdultAtRisk.builder(personId)
                .nhsNumber(d.<NhsNumber>get(Target.NHS_NUMBER))
                .dateOfBirth(d.get(Target.DATE_OF_BIRTH))
                .ageAtConcern(d.get(Target.AGE_AT_CONCERN))
                .dateOfDeath(d.get(Target.DATE_OF_DEATH))
                .gender(d.<Gender>get(Target.GENDER))
                .ethnicity(d.<Ethnicity>get(Target.ETHNICITY))
                .primarySupportReason(d.<PrimarySupportReason>get(Target.PRIMARY_SUPPORT_REASON))
                .autismExcludingAsperger(d.get(Target.AUTISM_EXCLUDING_ASPERGER))
                .aspergerOrHighFunctioningAutism(d.get(Target.ASPERGER))
                .build();
        Concern concern = new Concern(received, raisedBy, Optional.ofNullable(d.<ConcernOutcome>get(
                Target.CONCERN_OUTCOME)), Optional.ofNullable(d.<NoEnquiryNextStep>get(Target.CONCERN_NEXT_STEP)));
        SafeguardingRecord.Builder b = SafeguardingRecord.builder().recordId(recordId).adult(adult).concern(concern)
                .notes(d.get(Target.NOTES));
        for (Draft o : items.getOrDefault(Target.Part.ORGANISATIONS, List.of())) {
            OrganisationInvolvement org = organisation(o);
            if (org != null) {
                b.addOrganisation(org);
            }
        }
        List<RiskItem> risks = new ArrayList<>();
        for (Draft r : items.getOrDefault(Target.Part.RISK_ITEMS, List.of())) {
            TypeOfRisk type = need(r, Target.RISK_TYPE);
            if (type != null) {
                risks.add(new RiskItem(type, Optional.ofNullable(r.<LocationOfRisk>get(Target.RISK_LOCATION)),
                        Optional.ofNullable(r.<SourceOfRisk>get(Target.RISK_SOURCE))));
            }
        }
        if (ENQUIRY_PARTS.stream().anyMatch(d::has) || !risks.isEmpty()) {
            b.enquiry(enquiry(d, risks));
        }
        PersonalOutcomes.Builder outcomes = PersonalOutcomes.builder()
                .asked(d.<AskedAboutOutcomes>get(Target.OUTCOMES_ASKED))
                .enquiryAchievement(d.<OutcomeAchievement>get(Target.OUTCOMES_ACHIEVEMENT))
                .feelingSafeAtStart(d.<SafetyRating>get(Target.FEELING_SAFE_START))
                .feelingSafeAtEnd(d.<SafetyRating>get(Target.FEELING_SAFE_END));
        for (Draft o : items.getOrDefault(Target.Part.DESIRED_OUTCOMES, List.of())) {
            DesiredOutcome desired = desired(o);
            if (desired != null) {
                outcomes.addDesiredOutcome(desired);
            }
        }
        // rows with the same id are the revisions of one negotiated outcome, oldest first
        Map<String, NegotiatedOutcome> negotiated = new LinkedHashMap<>();
        for (Draft o : items.getOrDefault(Target.Part.NEGOTIATED_OUTCOMES, List.of())) {
            String id = o.get(Target.NEGOTIATED_ID);
            NegotiatedOutcome earlier = id == null ? null : negotiated.get(id);
            NegotiatedOutcome n = earlier == null ? negotiated(o) : revised(earlier, o);
            if (n != null) {
                negotiated.put(n.id(), n);
            }
        }
        negotiated.values().forEach(outcomes::addNegotiatedOutcome);
        b.outcomes(outcomes.build());
        for (Draft q : items.getOrDefault(Target.Part.QUESTIONNAIRES, List.of())) {
            QuestionnaireResponse response = questionnaire(q);
            if (response != null) {
                b.addQuestionnaire(response);
            }
        }
        return failed ? null : b.build();
    }

    private Enquiry enquiry(Draft d, List<RiskItem> risks) {
        EnquiryType type = need(d, Target.ENQUIRY_TYPE);
        LocalDate commenced = need(d, Target.ENQUIRY_COMMENCED_ON);
        if (type == null || commenced == null) {
            return null;
        }
        Enquiry.Builder e = Enquiry.builder(type, commenced).riskItems(risks)
                .concludedOn(d.get(Target.ENQUIRY_CONCLUDED_ON))
                .result(d.<EnquiryResult>get(Target.ENQUIRY_RESULT))
                .riskOutcome(d.<RiskOutcome>get(Target.ENQUIRY_RISK_OUTCOME));
        if (d.has(Target.S42_NEEDS) || d.has(Target.S42_AT_RISK) || d.has(Target.S42_UNABLE)) {
            Boolean needs = need(d, Target.S42_NEEDS);
            Boolean atRisk = need(d, Target.S42_AT_RISK);
            Boolean unable = need(d, Target.S42_UNABLE);
            if (needs != null && atRisk != null && unable != null) {
                e.s42Criteria(new S42Criteria(needs, atRisk, unable));
            }
        }
        if (d.has(Target.CAPACITY_LACKED) || d.has(Target.CAPACITY_SUPPORTED)) {
            CapacityAnswer lacked = need(d, Target.CAPACITY_LACKED);
            if (lacked != null) {
                e.mentalCapacity(new MentalCapacity(lacked, Optional.ofNullable(d.get(Target.CAPACITY_SUPPORTED))));
            }
        }
        if (d.has(Target.ADVOCACY_DIFFICULTY) || d.has(Target.ADVOCACY_PERSON) || d.has(Target.ADVOCACY_ARRANGED)) {
            e.advocacy(new Advocacy(Optional.ofNullable(d.get(Target.ADVOCACY_DIFFICULTY)),
                    Optional.ofNullable(d.get(Target.ADVOCACY_PERSON)),
                    Optional.ofNullable(d.get(Target.ADVOCACY_ARRANGED))));
        }
        if (d.has(Target.CONSENT_DECISION) || d.has(Target.CONSENT_ACTION_WITHOUT) || d.has(Target.CONSENT_REASONS)
                || d.has(Target.CONSENT_INFORMED)) {
            ConsentDecision decision = need(d, Target.CONSENT_DECISION);
            Boolean without = need(d, Target.CONSENT_ACTION_WITHOUT);
            if (decision != null && without != null) {
                List<ActionWithoutConsentReason> reasons = d.get(Target.CONSENT_REASONS);
                e.consent(new Consent(decision, without, reasons == null ? EnumSet.noneOf(
                        ActionWithoutConsentReason.class) : EnumSet.copyOf(reasons),
                        Optional.ofNullable(d.get(Target.CONSENT_INFORMED))));
            }
        }
        return failed ? null : e.build();
    }

    /**
     * One questionnaire response. Answers on a not-offered response are kept, not dropped: validation reports
     * them.
     */
    private QuestionnaireResponse questionnaire(Draft q) {
        String id = need(q, Target.QUESTIONNAIRE_INSTRUMENT_ID);
        String version = need(q, Target.QUESTIONNAIRE_INSTRUMENT_VERSION);
        QuestionnaireStatus status = need(q, Target.QUESTIONNAIRE_STATUS);
        if (id == null || version == null || status == null) {
            return null;
        }
        Optional<Voice> respondent = Optional.empty();
        if (q.has(Target.QUESTIONNAIRE_RESPONDENT) || q.has(Target.QUESTIONNAIRE_RESPONDENT_ROLE)) {
            VoiceType type = need(q, Target.QUESTIONNAIRE_RESPONDENT);
            if (type == null) {
                return null;
            }
            respondent = Optional.of(new Voice(type, Optional.ofNullable(q.<RepresentativeRole>get(
                    Target.QUESTIONNAIRE_RESPONDENT_ROLE))));
        }
        return new QuestionnaireResponse(id, version, status, respondent, Optional.ofNullable(q.<LocalDate>get(
                Target.QUESTIONNAIRE_DATE)), Optional.ofNullable(q.<NotOfferedReason>get(
                        Target.QUESTIONNAIRE_NOT_OFFERED_REASON)), q.answers);
    }

    private OrganisationInvolvement organisation(Draft o) {
        String code = need(o, Target.ORG_CODE);
        OrganisationType type = need(o, Target.ORG_TYPE);
        List<OrganisationRole> roles = need(o, Target.ORG_ROLES);
        if (code == null || type == null || roles == null) {
            return null;
        }
        return new OrganisationInvolvement(code, Optional.ofNullable(o.get(Target.ORG_NAME)), type,
                new LinkedHashSet<>(roles));
    }

    private DesiredOutcome desired(Draft o) {
        String id = need(o, Target.DESIRED_ID);
        String wording = need(o, Target.DESIRED_WORDING);
        VoiceType voice = need(o, Target.DESIRED_VOICE);
        LocalDate on = need(o, Target.DESIRED_ON);
        RecordingStage stage = need(o, Target.DESIRED_STAGE);
        if (id == null || wording == null || voice == null || on == null || stage == null) {
            return null;
        }
        return new DesiredOutcome(id, wording, new Voice(voice, Optional.ofNullable(o.<RepresentativeRole>get(
                Target.DESIRED_VOICE_ROLE))), on, stage, Optional.ofNullable(o.<OutcomeCategory>get(
                        Target.DESIRED_CATEGORY)));
    }

    private NegotiatedOutcome negotiated(Draft o) {
        String id = need(o, Target.NEGOTIATED_ID);
        LocalDate on = need(o, Target.NEGOTIATED_AGREED_ON);
        String wording = need(o, Target.NEGOTIATED_WORDING);
        if (id == null || on == null || wording == null) {
            return null;
        }
        List<String> ids = o.get(Target.NEGOTIATED_DESIRED_IDS);
        NegotiatedOutcome n = NegotiatedOutcome.agreed(id, ids == null ? List.of() : ids, new OutcomeRevision(on,
                wording, Optional.ofNullable(o.<NegotiationChangeReason>get(Target.NEGOTIATED_REASON))));
        return withAchievement(n, o);
    }

    /** A later row of the same negotiated outcome: one more revision, its ids added, its rating if it has one. */
    private NegotiatedOutcome revised(NegotiatedOutcome earlier, Draft o) {
        LocalDate on = need(o, Target.NEGOTIATED_AGREED_ON);
        String wording = need(o, Target.NEGOTIATED_WORDING);
        if (on == null || wording == null) {
            return null;
        }
        LinkedHashSet<String> ids = new LinkedHashSet<>(earlier.desiredOutcomeIds());
        List<String> more = o.get(Target.NEGOTIATED_DESIRED_IDS);
        if (more != null) {
            ids.addAll(more);
        }
        NegotiatedOutcome n = new NegotiatedOutcome(earlier.id(), List.copyOf(ids), earlier.revisions(),
                earlier.achievement()).revise(new OutcomeRevision(on, wording, Optional.ofNullable(
                        o.<NegotiationChangeReason>get(Target.NEGOTIATED_REASON))));
        return withAchievement(n, o);
    }

    private NegotiatedOutcome withAchievement(NegotiatedOutcome n, Draft o) {
        if (o.has(Target.ACHIEVEMENT_LEVEL) || o.has(Target.ACHIEVEMENT_JUDGE) || o.has(Target.ACHIEVEMENT_ON)) {
            OutcomeAchievement level = need(o, Target.ACHIEVEMENT_LEVEL);
            AchievementJudge judge = need(o, Target.ACHIEVEMENT_JUDGE);
            LocalDate rated = need(o, Target.ACHIEVEMENT_ON);
            if (level == null || judge == null || rated == null) {
                return null;
            }
            return n.withAchievement(new Achievement(level, judge, rated));
        }
        return n;
    }
}
