package org.mspsdk.synthetic;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.mspsdk.instrument.Instruments;
import org.mspsdk.model.DesiredOutcome;
import org.mspsdk.model.ItemAnswer;
import org.mspsdk.model.OrganisationInvolvement;
import org.mspsdk.model.PersonalOutcomes;
import org.mspsdk.model.QuestionnaireResponse;
import org.mspsdk.model.SafeguardingRecord;
import org.mspsdk.model.Voice;
import org.mspsdk.vocabulary.AskedAboutOutcomes;
import org.mspsdk.vocabulary.ConcernSource;
import org.mspsdk.vocabulary.OrganisationRole;
import org.mspsdk.vocabulary.OrganisationType;
import org.mspsdk.vocabulary.OutcomeCategory;
import org.mspsdk.vocabulary.RecordingStage;

/**
 * Links a share of the lead council's records to partner records of the same journey (settings
 * {@link SyntheticDataGenerator.Settings#partnerShare()}): an {@code episodeId}, and one or two partner records
 * with realistic roles. The organisation that raised the concern (a trust, the police, a care or housing provider)
 * keeps a record of it, written before the council's (it heard the disclosure first), often with the outcomes the
 * person asked for at the point of concern; where an enquiry followed, a care provider that contributed keeps a
 * record written after the council's, sometimes with Part 1 of "My Safeguarding Experience". Draws come from a
 * random source of their own, so the lead records are the same draws as without linking.
 */
final class JourneyDraws {

    private static final String[] WORDS = {"I want to go home and feel safe there", "I want it to stop",
        "I want my daughter to know", "I don't want the police involved", "I want to choose who helps me"};

    private final SplittableRandom random;
    private final SyntheticDataGenerator.Settings settings;

    JourneyDraws(SplittableRandom random, SyntheticDataGenerator.Settings settings) {
        this.random = random;
        this.settings = settings;
    }

    /**
     * @param lead     a lead council record just drawn
     * @param sequence its sequence number
     * @return the journey's records in the order they are written: the lead record alone, or linked with its
     *     partners' records
     */
    List<SafeguardingRecord> journey(SafeguardingRecord lead, long sequence) {
        if (random.nextDouble() >= settings.partnerShare()) {
            return List.of(lead);
        }
        String episode = String.format("EP-%s-%08d", settings.councilCode(), sequence);
        OrganisationInvolvement council = lead.leadCouncil().orElseThrow();
        List<OrganisationInvolvement> orgs = new ArrayList<>();
        orgs.add(council);
        List<SafeguardingRecord> before = new ArrayList<>();
        List<SafeguardingRecord> after = new ArrayList<>();
        OrganisationInvolvement raiser = raiser(lead.concern().raisedBy());
        if (raiser != null) {
            orgs.add(raiser);
            before.add(raiserRecord(lead, episode, council, raiser));
        }
        boolean contributor = lead.enquiry().isPresent() && (raiser == null || random.nextDouble() < 0.3);
        if (contributor) {
            String code = random.nextBoolean() ? "CP001" : "CP002";
            if (raiser != null && raiser.code().equals(code)) {
                orgs.set(1, OrganisationInvolvement.of(code, null, OrganisationType.CARE_PROVIDER,
                        List.of(OrganisationRole.RAISED_CONCERN, OrganisationRole.CONTRIBUTED)));
            } else {
                orgs.add(OrganisationInvolvement.of(code, null, OrganisationType.CARE_PROVIDER,
                        List.of(OrganisationRole.CONTRIBUTED)));
            }
            after.add(contributorRecord(lead, episode, council, code));
        }
        if (before.isEmpty() && after.isEmpty()) {
            return List.of(lead);
        }
        List<SafeguardingRecord> out = new ArrayList<>(before);
        out.add(lead.toBuilder().episodeId(episode).organisations(orgs).build());
        out.addAll(after);
        return out;
    }

    /** The partner that raised the concern, by who raised it; null when no partner organisation did. */
    private OrganisationInvolvement raiser(ConcernSource raisedBy) {
        return switch (raisedBy) {
            case NHS -> OrganisationInvolvement.of(random.nextBoolean() ? "RXX01" : "RXX02", null,
                    OrganisationType.NHS_TRUST, List.of(OrganisationRole.RAISED_CONCERN));
            case POLICE -> OrganisationInvolvement.of("PXX01", null, OrganisationType.POLICE,
                    List.of(OrganisationRole.RAISED_CONCERN));
            case CARE_PROVIDER -> OrganisationInvolvement.of(random.nextBoolean() ? "CP001" : "CP002", null,
                    OrganisationType.CARE_PROVIDER, List.of(OrganisationRole.RAISED_CONCERN));
            case HOUSING -> OrganisationInvolvement.of("HXX01", null, OrganisationType.HOUSING,
                    List.of(OrganisationRole.RAISED_CONCERN));
            default -> null;
        };
    }

    private SafeguardingRecord partner(SafeguardingRecord lead, String episode, OrganisationInvolvement council,
            OrganisationInvolvement self, String suffix) {
        return SafeguardingRecord.builder()
                .recordId(String.format("SYN-%s-%s", self.code(), suffix))
                .episodeId(episode)
                .recordedBy(self.code())
                .adult(lead.adult())
                .organisations(List.of(council, self))
                .concern(org.mspsdk.model.Concern.received(lead.concern().receivedOn(), lead.concern().raisedBy()))
                .build();
    }

    private SafeguardingRecord raiserRecord(SafeguardingRecord lead, String episode, OrganisationInvolvement council,
            OrganisationInvolvement raiser) {
        SafeguardingRecord r = partner(lead, episode, council, raiser, episode.substring(3) + "-R");
        double roll = random.nextDouble();
        PersonalOutcomes.Builder o = PersonalOutcomes.builder();
        if (roll < 0.55) {
            LocalDate on = lead.concern().receivedOn();
            o.asked(AskedAboutOutcomes.ASKED_EXPRESSED).addDesiredOutcome(new DesiredOutcome("pc-1",
                    WORDS[random.nextInt(WORDS.length)], Voice.adult(), on, RecordingStage.POINT_OF_CONCERN,
                    Optional.of(OutcomeCategory.values()[random.nextInt(OutcomeCategory.values().length)])));
        } else if (roll < 0.8) {
            o.asked(AskedAboutOutcomes.ASKED_NOT_EXPRESSED);
        } else {
            o.asked(AskedAboutOutcomes.NOT_ASKED);
        }
        return r.toBuilder().outcomes(o.build()).build();
    }

    private SafeguardingRecord contributorRecord(SafeguardingRecord lead, String episode,
            OrganisationInvolvement council, String code) {
        OrganisationInvolvement self = OrganisationInvolvement.of(code, null, OrganisationType.CARE_PROVIDER,
                EnumSet.of(OrganisationRole.CONTRIBUTED));
        SafeguardingRecord r = partner(lead, episode, council, self, episode.substring(3) + "-C");
        LocalDate on = lead.enquiry().orElseThrow().commencedOn().plusDays(1);
        if (random.nextDouble() < 0.4 && !on.isAfter(settings.asOf())) {
            var part1 = Instruments.MY_SAFEGUARDING_EXPERIENCE_PART_1;
            String[] informed = {"face-to-face", "telephone", "letter", "email"};
            r = r.toBuilder().addQuestionnaire(QuestionnaireResponse.completed(part1.id(), part1.version(),
                    Voice.adult(), on, List.of(ItemAnswer.coded("informed", informed[random.nextInt(4)])))).build();
        }
        return r;
    }
}
