package org.mspsdk.testing;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mspsdk.model.Concern;
import org.mspsdk.model.Enquiry;
import org.mspsdk.model.NhsNumber;
import org.mspsdk.model.OrganisationInvolvement;
import org.mspsdk.model.SafeguardingRecord;
import org.mspsdk.vocabulary.EnquiryResult;
import org.mspsdk.vocabulary.EnquiryType;
import org.mspsdk.vocabulary.NoEnquiryNextStep;
import org.mspsdk.vocabulary.OrganisationRole;
import org.mspsdk.vocabulary.OrganisationType;

/**
 * Journeys whose records disagree, each a change of {@link JourneyRecords}, keyed by what is wrong: for the
 * partnership view's findings (rules MSP-JNY-003 to MSP-JNY-010) and for the return's data-quality report.
 */
public final class ConflictingJourneys {

    private ConflictingJourneys() {
    }

    /** @return each conflicting journey's records, by a description of the conflict */
    public static Map<String, List<SafeguardingRecord>> all() {
        Map<String, List<SafeguardingRecord>> m = new LinkedHashMap<>();
        SafeguardingRecord c = JourneyRecords.council();
        SafeguardingRecord h = JourneyRecords.hospital();
        SafeguardingRecord p = JourneyRecords.careProvider();
        Enquiry s42 = c.enquiry().orElseThrow();
        m.put("two lead councils", List.of(c, h.toBuilder().organisations(List.of(
                OrganisationInvolvement.of("E08000002", OrganisationType.LOCAL_AUTHORITY, OrganisationRole.LEAD_COUNCIL),
                h.organisations().get(1))).build(), p));
        m.put("two lead council records", List.of(c, h, c.toBuilder().recordId("C-2").build()));
        m.put("enquiry type", List.of(c, h, p.toBuilder().enquiry(s42.toBuilder().type(EnquiryType.OTHER)
                .s42Criteria(null).build()).build()));
        m.put("enquiry result", List.of(c, h, p.toBuilder().enquiry(s42.toBuilder()
                .result(EnquiryResult.NO_RISK_NO_ACTION).riskOutcome(null).build()).build()));
        m.put("NHS number", List.of(c, h.toBuilder().adult(h.adult().toBuilder()
                .nhsNumber(NhsNumber.of("9434765870")).build()).build(), p));
        m.put("concern outcome", List.of(c, h, p.toBuilder().concern(Concern.received(p.concern().receivedOn(),
                p.concern().raisedBy()).noEnquiry(NoEnquiryNextStep.ADVICE_INFORMATION)).build()));
        m.put("no lead record", List.of(h, p));
        m.put("partner record not linked", List.of(h.toBuilder().episodeId(null).build()));
        return m;
    }
}
