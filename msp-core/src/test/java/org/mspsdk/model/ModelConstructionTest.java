package org.mspsdk.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.mspsdk.MspException;
import org.mspsdk.vocabulary.ConcernOutcome;
import org.mspsdk.vocabulary.ConcernSource;
import org.mspsdk.vocabulary.EnquiryType;
import org.mspsdk.vocabulary.LocationOfRisk;
import org.mspsdk.vocabulary.NegotiationChangeReason;
import org.mspsdk.vocabulary.OrganisationRole;
import org.mspsdk.vocabulary.OrganisationType;
import org.mspsdk.vocabulary.RecordingStage;
import org.mspsdk.vocabulary.SourceOfRisk;
import org.mspsdk.vocabulary.TypeOfRisk;

class ModelConstructionTest {

    private static final LocalDate DAY = LocalDate.of(2025, 6, 2);

    private static SafeguardingRecord.Builder minimal() {
        return SafeguardingRecord.builder()
                .recordId("R-1")
                .adult(AdultAtRisk.builder("P-1").build())
                .concern(Concern.received(DAY, ConcernSource.SELF));
    }

    @Test
    void builderRefusesAMissingRecordIdNamingIt() {
        assertThatThrownBy(() -> minimal().recordId(null).build())
                .isInstanceOf(MspException.class)
                .hasMessage("recordId is required but was missing")
                .satisfies(e -> assertThat(((MspException) e).kind()).isEqualTo(MspException.Kind.MISSING_PART));
    }

    @Test
    void builderRefusesAMissingAdultNamingIt() {
        assertThatThrownBy(() -> minimal().adult(null).build()).hasMessage("adult is required but was missing");
    }

    @Test
    void builderRefusesAMissingConcernNamingIt() {
        assertThatThrownBy(() -> minimal().concern(null).build()).hasMessage("concern is required but was missing");
    }

    @Test
    void blankIdentifiersAreRefused() {
        assertThatThrownBy(() -> AdultAtRisk.builder("  ").build()).hasMessage("adult.personId is required but was blank");
    }

    @Test
    void enquiryBuilderRefusesAMissingCommencedDate() {
        assertThatThrownBy(() -> Enquiry.builder(EnquiryType.S42, null).build())
                .hasMessage("enquiry.commencedOn is required but was missing");
    }

    @Test
    void riskItemNeedsAType() {
        assertThatThrownBy(() -> new RiskItem(null, Optional.empty(), Optional.empty()))
                .hasMessage("riskItems[].type is required but was missing");
    }

    @Test
    void negotiatedOutcomeNeedsItsFirstWording() {
        assertThatThrownBy(() -> new NegotiatedOutcome("no-1", List.of("do-1"), List.of(), Optional.empty()))
                .isInstanceOf(MspException.class)
                .hasMessageContaining("negotiatedOutcomes[].revisions is required");
    }

    @Test
    void nullsInsideListsAreRefusedWithTheirIndex() {
        List<RiskItem> items = Arrays.asList(RiskItem.of(TypeOfRisk.NEGLECT, LocationOfRisk.OWN_HOME,
                SourceOfRisk.KNOWN), null);
        assertThatThrownBy(() -> Enquiry.builder(EnquiryType.S42, DAY).riskItems(items).build())
                .hasMessage("enquiry.riskItems[1] is null; lists hold no nulls");
    }

    @Test
    void collectionsAreUnmodifiableCopies() {
        List<OrganisationInvolvement> orgs = new ArrayList<>();
        orgs.add(OrganisationInvolvement.of("E08000001", OrganisationType.LOCAL_AUTHORITY,
                OrganisationRole.LEAD_COUNCIL));
        SafeguardingRecord r = minimal().organisations(orgs).build();
        orgs.clear();
        assertThat(r.organisations()).hasSize(1);
        assertThatThrownBy(() -> r.organisations().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> r.organisations().get(0).roles().clear())
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void nullOptionalsBecomeEmpty() {
        Concern c = new Concern(DAY, ConcernSource.NHS, null, null);
        assertThat(c.outcome()).isEmpty();
        assertThat(c.nextStep()).isEmpty();
    }

    @Test
    void toBuilderRoundTripsEveryPart() {
        SafeguardingRecord r = minimal()
                .enquiry(Enquiry.builder(EnquiryType.S42, DAY).s42Criteria(S42Criteria.allMet())
                        .addRiskItem(RiskItem.of(TypeOfRisk.NEGLECT, LocationOfRisk.OWN_HOME, SourceOfRisk.KNOWN))
                        .build())
                .notes("note")
                .build();
        assertThat(r.toBuilder().build()).isEqualTo(r);
        assertThat(r.enquiry().orElseThrow().toBuilder().build()).isEqualTo(r.enquiry().orElseThrow());
        assertThat(r.adult().toBuilder().build()).isEqualTo(r.adult());
        assertThat(r.outcomes().toBuilder().build()).isEqualTo(r.outcomes());
        SafeguardingRecord changed = r.toBuilder().concern(r.concern().decided(ConcernOutcome.S42_ENQUIRY)).build();
        assertThat(changed).isNotEqualTo(r);
        assertThat(r.concern().outcome()).isEmpty();
    }

    @Test
    void negotiationHistoryIsAppendOnlyAndKeepsTheFirstWording() {
        NegotiatedOutcome first = NegotiatedOutcome.agreed("no-1", List.of("do-1"),
                OutcomeRevision.of(DAY, "I want to stay at home"));
        NegotiatedOutcome revised = first.revise(OutcomeRevision.changed(DAY.plusDays(10),
                "Stay at home with daily visits", NegotiationChangeReason.PERSON_CHANGED_MIND));
        assertThat(first.revisions()).hasSize(1);
        assertThat(revised.revisions()).hasSize(2);
        assertThat(revised.firstRevision().wording()).isEqualTo("I want to stay at home");
        assertThat(revised.currentRevision().reason()).contains(NegotiationChangeReason.PERSON_CHANGED_MIND);
        PersonalOutcomes outcomes = PersonalOutcomes.builder().addNegotiatedOutcome(first)
                .replaceNegotiatedOutcome(revised).build();
        assertThat(outcomes.negotiatedOutcome("no-1")).contains(revised);
    }

    @Test
    void desiredOutcomeKeepsTheWordsVerbatim() {
        String words = "  I just want   him to stop  ";
        DesiredOutcome d = new DesiredOutcome("do-1", words, Voice.adult(), DAY, RecordingStage.POINT_OF_CONCERN,
                Optional.empty());
        assertThat(d.wording()).isEqualTo(words);
    }
}
