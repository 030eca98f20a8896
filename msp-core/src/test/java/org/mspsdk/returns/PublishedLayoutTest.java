package org.mspsdk.returns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mspsdk.returns.Fixtures.concludedS42;
import static org.mspsdk.returns.Fixtures.notAsked;
import static org.mspsdk.returns.Fixtures.person;
import static org.mspsdk.returns.Fixtures.tally;
import static org.mspsdk.returns.Fixtures.withEnquiry;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mspsdk.vocabulary.EnquiryResult;

/** The published layout: the publication's rows only, its wording, its sort order, the council's columns. */
class PublishedLayoutTest {

    private static final CouncilMetadata NONE = new CouncilMetadata("", "", "", "", "", "", "");

    private final SacReturn sac = tally(withEnquiry("R1", person("P1").build(), "2025-05-01",
            concludedS42("2025-05-01", "2025-08-01").result(EnquiryResult.INCONCLUSIVE_ACTION).build(), notAsked()));

    @Test
    void concludedOtherEnquiriesAndAgeUnknownAreLeftOutButStayInTheReturn() {
        List<PublishedRow> rows = sac.publishedRows(NONE, ExportOptions.defaults());

        assertThat(rows).noneMatch(r -> r.enquiryType().equals("Concluded Other Enquiries"));
        assertThat(rows).noneMatch(r -> r.tableReference().equals("SG1a") && r.subcategory().equals("Age unknown"));
        assertThat(sac.cells()).anyMatch(c -> c.enquiryType().equals("Concluded Other Enquiries"));
        assertThat(sac.cells()).anyMatch(c -> c.subcategory().equals("Age unknown"));
    }

    @Test
    void labelsUseThePublishedWording() {
        List<PublishedRow> rows = sac.publishedRows(NONE, ExportOptions.defaults());

        assertThat(rows).anyMatch(r -> r.tableReference().equals("SG2c")
                && r.subcategory().equals("Risk Assessment inconclusive and action taken") && r.value().equals("1"));
        assertThat(rows).anyMatch(r -> r.tableReference().equals("SG2b") && r.category().equals("In the Community"));
        assertThat(rows).anyMatch(r -> r.tableReference().equals("SG2a_b1")
                && r.subcategory().equals("Community Service"));
        assertThat(rows).anyMatch(r -> r.subcategory().equals("Learning, Developmental or Intellectual Disability"
                + " (Asperger's Syndrome/ High Functioning Autism)"));
        assertThat(rows).noneMatch(r -> r.subcategory().startsWith("Risk - Assessment"));
        // the return itself keeps the guidance wording
        assertThat(sac.value(org.mspsdk.vocabulary.SacTable.SG2C, "Concluded Section 42 Enquiries",
                "Action Taken and Result", "Risk - Assessment inconclusive and action taken")).isEqualTo(1);
    }

    @Test
    void rowsAreSortedAsThePublicationSortsThem() {
        List<PublishedRow> rows = sac.publishedRows(NONE, ExportOptions.defaults());

        assertThat(rows).isSortedAccordingTo(PublishedRow.PUBLISHED_ORDER);
        assertThat(rows.get(0).tableReference()).isEqualTo("SG1a");
        assertThat(rows.get(rows.size() - 1).tableReference()).isEqualTo("SG5b");
        // "SG2a" < "SG2a_b1" < "SG2b" as text
        List<String> refs = rows.stream().map(PublishedRow::tableReference).distinct().toList();
        assertThat(refs).containsExactly("SG1a", "SG1b", "SG1c", "SG1d", "SG1e", "SG1f", "SG2a", "SG2a_b1", "SG2b",
                "SG2c", "SG2e", "SG3a", "SG4a", "SG5a", "SG5b");
    }

    @Test
    void withoutARegisterSg5IsEmptyExactAndNotAvailableUnderDisclosureControl() {
        assertThat(sac.publishedRows(NONE, ExportOptions.defaults()))
                .filteredOn(r -> r.tableReference().startsWith("SG5")).hasSize(4).allMatch(r -> r.value().isEmpty());
        assertThat(sac.publishedRows(NONE, ExportOptions.defaults().withDisclosureControl(true)))
                .filteredOn(r -> r.tableReference().startsWith("SG5")).allMatch(r -> r.value().equals("[x]"));
    }
}
