package org.mspsdk.benchmarks;

import java.io.ByteArrayOutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.mspsdk.instrument.Instruments;
import org.mspsdk.json.JsonLinesWriter;
import org.mspsdk.json.MspJson;
import org.mspsdk.model.Achievement;
import org.mspsdk.model.DesiredOutcome;
import org.mspsdk.model.Enquiry;
import org.mspsdk.model.NegotiatedOutcome;
import org.mspsdk.model.OrganisationInvolvement;
import org.mspsdk.model.OutcomeRevision;
import org.mspsdk.model.PersonalOutcomes;
import org.mspsdk.model.QuestionnaireResponse;
import org.mspsdk.model.RiskItem;
import org.mspsdk.model.RollUpRule;
import org.mspsdk.model.SafeguardingRecord;
import org.mspsdk.model.Voice;
import org.mspsdk.returns.ReportingYear;
import org.mspsdk.returns.SacSettings;
import org.mspsdk.schema.SchemaValidator;
import org.mspsdk.synthetic.SyntheticDataGenerator;
import org.mspsdk.validation.Profile;
import org.mspsdk.validation.ValidationReport;
import org.mspsdk.validation.Validator;
import org.mspsdk.vocabulary.AchievementJudge;
import org.mspsdk.vocabulary.EnquiryType;
import org.mspsdk.vocabulary.LocationOfRisk;
import org.mspsdk.vocabulary.NegotiationChangeReason;
import org.mspsdk.vocabulary.OrganisationRole;
import org.mspsdk.vocabulary.OrganisationType;
import org.mspsdk.vocabulary.OutcomeAchievement;
import org.mspsdk.vocabulary.QuestionnaireStatus;
import org.mspsdk.vocabulary.SourceOfRisk;
import org.mspsdk.vocabulary.TypeOfRisk;

/**
 * The benchmark inputs, all from the seeded synthetic generator, so every run measures the same bytes:
 * <ul>
 *   <li><b>typical</b>: the first generated record that is a concluded section 42 enquiry with three desired and
 *       negotiated outcomes (at least one revised) and a completed Part 2 response;</li>
 *   <li><b>large</b>: the typical record grown to the validator's list limits (docs/validation-rules.md,
 *       MSP-TXT-004) while staying valid: 50 organisations, 50 risk items, 50 desired and 50 negotiated outcomes
 *       (the first linking all 50 desired outcomes), 100 revisions on every negotiated outcome, 20 questionnaires.
 *       Answers stay at one per instrument item (MSP-QST-007 forbids repeats, and the built-in Part 2 has 7
 *       items), so the 200-answer list limit cannot be reached with the built-in instruments;</li>
 *   <li><b>dataset</b>: a JSON Lines dataset of generated records, in memory.</li>
 * </ul>
 * Each input is checked to be valid (no validation error, no schema finding) before it is used.
 */
final class Inputs {

    /** The generator's seed for every input. */
    static final long SEED = 20_250_401L;
    /** "Today" for validation: the generator's default as-of date. */
    static final Clock CLOCK = Clock.fixed(LocalDate.of(2026, 6, 30).atStartOfDay().toInstant(ZoneOffset.UTC),
            ZoneOffset.UTC);
    /** The validator the benchmarks use: the fuller SAC-complete profile. */
    static final Validator VALIDATOR = Validator.builder().profile(Profile.SAC_COMPLETE).clock(CLOCK).build();
    /** The SAC settings the aggregation uses: reporting year 2025-26, which the generated data covers. */
    static final SacSettings SAC = SacSettings.of(ReportingYear.of(2025));

    private Inputs() {
    }

    /**
     * @param name {@code typical} or {@code large}
     * @return the record
     */
    static SafeguardingRecord record(String name) {
        switch (name) {
            case "typical":
                return typical();
            case "large":
                return large();
            default:
                throw new IllegalArgumentException("unknown input " + name);
        }
    }

    static SafeguardingRecord typical() {
        SyntheticDataGenerator gen = new SyntheticDataGenerator(SEED);
        for (int i = 0; i < 100_000; i++) {
            SafeguardingRecord r = gen.next();
            if (isTypical(r)) {
                return checked(r, "typical");
            }
        }
        throw new IllegalStateException("no typical record in the first 100000 generated records");
    }

    private static boolean isTypical(SafeguardingRecord r) {
        Optional<Enquiry> e = r.enquiry();
        if (e.isEmpty() || e.get().type() != EnquiryType.S42 || !e.get().isConcluded()) {
            return false;
        }
        PersonalOutcomes o = r.outcomes();
        if (o.desiredOutcomes().size() < 3 || o.negotiatedOutcomes().size() < 3
                || o.negotiatedOutcomes().stream().noneMatch(n -> n.revisions().size() > 1)) {
            return false;
        }
        return r.questionnaires().stream().anyMatch(q -> q.status() == QuestionnaireStatus.COMPLETED
                && q.instrumentId().equals(Instruments.MY_SAFEGUARDING_EXPERIENCE_PART_2.id()));
    }

    static SafeguardingRecord large() {
        SafeguardingRecord t = typical();
        Enquiry e = t.enquiry().orElseThrow();
        LocalDate concluded = e.concludedOn().orElseThrow();
        LocalDate received = t.concern().receivedOn();

        List<OrganisationInvolvement> orgs = new ArrayList<>(t.organisations());
        OrganisationType[] types = {OrganisationType.NHS_TRUST, OrganisationType.POLICE, OrganisationType.HOUSING,
            OrganisationType.CARE_PROVIDER, OrganisationType.GP_PRACTICE, OrganisationType.VOLUNTARY};
        for (int i = 0; orgs.size() < 50; i++) {
            orgs.add(OrganisationInvolvement.of(String.format("BXX%03d", i), "Partner organisation " + i,
                    types[i % types.length], List.of(OrganisationRole.CONTRIBUTED)));
        }

        List<RiskItem> risks = new ArrayList<>();
        TypeOfRisk[] rt = TypeOfRisk.values();
        LocationOfRisk[] rl = LocationOfRisk.values();
        SourceOfRisk[] rs = SourceOfRisk.values();
        for (int i = 0; i < 50; i++) {
            risks.add(RiskItem.of(rt[i % rt.length], rl[(i / rt.length + i) % rl.length], rs[i % rs.length]));
        }
        Enquiry bigEnquiry = e.toBuilder().riskItems(risks).build();

        PersonalOutcomes o = t.outcomes();
        DesiredOutcome first = o.desiredOutcomes().get(0);
        List<DesiredOutcome> desired = new ArrayList<>();
        List<String> allIds = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            DesiredOutcome d = new DesiredOutcome(String.format("DO-%02d", i),
                    first.wording() + " (" + (i + 1) + ")", first.expressedBy(), first.expressedOn(), first.stage(),
                    first.category());
            desired.add(d);
            allIds.add(d.id());
        }
        NegotiationChangeReason[] reasons = NegotiationChangeReason.values();
        OutcomeAchievement[] levels = {OutcomeAchievement.FULLY_ACHIEVED, OutcomeAchievement.PARTIALLY_ACHIEVED,
            OutcomeAchievement.NOT_ACHIEVED};
        List<NegotiatedOutcome> negotiated = new ArrayList<>();
        List<OutcomeAchievement> rated = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            DesiredOutcome d = desired.get(i);
            List<String> links = i == 0 ? allIds : List.of(d.id());
            LocalDate on = d.expressedOn();
            NegotiatedOutcome n = NegotiatedOutcome.agreed(String.format("NO-%02d", i), links,
                    i == 0 ? OutcomeRevision.changed(on, "Agreed plan covering every wish, revision 1",
                            reasons[0]) : OutcomeRevision.of(on, d.wording()));
            for (int r = 2; r <= 100; r++) {
                LocalDate when = on.plusDays(r / 10);
                if (when.isAfter(concluded)) {
                    when = concluded;
                }
                n = n.revise(OutcomeRevision.changed(when, "Agreed plan for wish " + (i + 1) + ", revision " + r,
                        reasons[r % reasons.length]));
            }
            OutcomeAchievement level = levels[i % levels.length];
            rated.add(level);
            n = n.withAchievement(new Achievement(level, AchievementJudge.PRACTITIONER, concluded));
            negotiated.add(n);
        }
        PersonalOutcomes bigOutcomes = o.toBuilder().desiredOutcomes(desired).negotiatedOutcomes(negotiated)
                .enquiryAchievement(RollUpRule.SAC_DEFAULT.rollUp(rated)).build();

        List<QuestionnaireResponse> qs = new ArrayList<>();
        QuestionnaireResponse part2 = t.questionnaires().stream()
                .filter(q -> q.status() == QuestionnaireStatus.COMPLETED
                        && q.instrumentId().equals(Instruments.MY_SAFEGUARDING_EXPERIENCE_PART_2.id()))
                .findFirst().orElseThrow();
        while (qs.size() < 20) {
            qs.add(part2);
        }
        if (received.isAfter(concluded)) {
            throw new IllegalStateException("concern after conclusion");
        }
        SafeguardingRecord big = t.toBuilder().organisations(orgs).enquiry(bigEnquiry).outcomes(bigOutcomes)
                .questionnaires(qs).build();
        return checked(big, "large");
    }

    /** Fails fast when an input is not valid: a benchmark of error paths would measure something else. */
    private static SafeguardingRecord checked(SafeguardingRecord r, String name) {
        ValidationReport report = VALIDATOR.validate(r);
        if (!report.isValid()) {
            throw new IllegalStateException("the " + name + " input is not valid: " + report.ruleIds());
        }
        byte[] json = MspJson.strict().writeBytes(r);
        if (!SchemaValidator.forRecords().validate(json).isEmpty()) {
            throw new IllegalStateException("the " + name + " input does not match the schema: "
                    + SchemaValidator.forRecords().validate(json));
        }
        if (!MspJson.strict().read(json).equals(r)) {
            throw new IllegalStateException("the " + name + " input does not round-trip");
        }
        return r;
    }

    /**
     * @param count how many generated records
     * @return the records as a JSON Lines dataset, in memory
     */
    static byte[] dataset(int count) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(count * 2048);
        SyntheticDataGenerator gen = new SyntheticDataGenerator(SEED);
        try (JsonLinesWriter w = MspJson.strict().writeLines(out)) {
            for (int i = 0; i < count; i++) {
                w.write(gen.next());
            }
        }
        return out.toByteArray();
    }
}
