package org.mspsdk.returns;

import org.mspsdk.vocabulary.Population;

import org.mspsdk.vocabulary.SacTable;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class DisclosureControlTest {

    @Test
    void smallCountsAreSuppressed() {
        assertThat(DisclosureControl.cell(0)).isEqualTo("[c]");
        assertThat(DisclosureControl.cell(1)).isEqualTo("[c]");
        assertThat(DisclosureControl.cell(4)).isEqualTo("[c]");
    }

    @Test
    void otherCountsAreRoundedToTheNearestFive() {
        assertThat(DisclosureControl.cell(5)).isEqualTo("5");
        assertThat(DisclosureControl.cell(7)).isEqualTo("5");
        assertThat(DisclosureControl.cell(8)).isEqualTo("10");
        assertThat(DisclosureControl.cell(12)).isEqualTo("10");
        assertThat(DisclosureControl.cell(13)).isEqualTo("15");
        assertThat(DisclosureControl.cell(1002)).isEqualTo("1000");
    }

    @Test
    void anAllZeroSg4aBlockIsNotAvailableOnlyUnderTheExcelRule() {
        String asked = SacTable.SG4A.shape().blocks().get(0).category();
        String achieved = SacTable.SG4A.shape().blocks().get(1).category();
        String c = Population.CONCLUDED_S42.enquiryType();
        List<SacCell> cells = List.of(
                new SacCell(SacTable.SG4A, c, asked, "Yes they were asked and outcomes were expressed", 7),
                new SacCell(SacTable.SG4A, c, asked, "No", 0),
                new SacCell(SacTable.SG4A, c, asked, "Not Recorded", 8),
                new SacCell(SacTable.SG4A, c, achieved, "Fully Achieved", 0),
                new SacCell(SacTable.SG4A, c, achieved, "Partially Achieved", 0),
                new SacCell(SacTable.SG4A, c, achieved, "Not Achieved", 0));

        // the published CSV has no block rule: zeros are [c] like any count under 5 (issue 14: [x] was wrong here)
        assertThat(DisclosureControl.apply(cells)).containsExactly("5", "[c]", "10", "[c]", "[c]", "[c]");
        // the Excel data tables show SG4a's all-zero "achieved" block as [x]
        assertThat(DisclosureControl.apply(cells, new ExportOptions(true, true)))
                .containsExactly("5", "[c]", "10", "[x]", "[x]", "[x]");
    }

    @Test
    void theSg3aSupportSubsetIsInTheCapacityBlockSoAZeroSubsetIsSuppressedNotShownAsEmpty() {
        String c = Population.CONCLUDED_S42.enquiryType();
        List<SacCell> cells = List.of(
                new SacCell(SacTable.SG3A, c, "Lacked Capacity", "Yes, they lacked capacity", 12),
                new SacCell(SacTable.SG3A, c, "Lacked Capacity", "No, they did not lack capacity", 40),
                new SacCell(SacTable.SG3A, c, "Support", SacTable.Sg3aSupport.SUPPORTED.label(), 0));

        assertThat(DisclosureControl.apply(cells)).containsExactly("10", "40", "[c]");
    }

    @Test
    void percentagesComeFromUnroundedFigures() {
        // 7 of 8: 87.5% -> 88, although the rounded figures 5 of 10 would give 50%
        assertThat(DisclosureControl.percent(MspMeasures.percent(7, 8))).isEqualTo("88");
        assertThat(DisclosureControl.percent(OptionalDouble.empty())).isEqualTo("[x]");
    }

    @Test
    void publishedRowsCarryTheCouncilColumnsAndApplyDisclosureControlOnlyOnRequest() {
        SacReturn r = Fixtures.tally(
                Fixtures.concernOnly("R1", "P1", "2025-05-01"), Fixtures.concernOnly("R2", "P2", "2025-05-01"),
                Fixtures.concernOnly("R3", "P3", "2025-05-01"), Fixtures.concernOnly("R4", "P4", "2025-05-01"),
                Fixtures.concernOnly("R5", "P5", "2025-05-01"), Fixtures.concernOnly("R6", "P6", "2025-05-01"),
                Fixtures.concernOnly("R7", "P7", "2025-05-01"));
        CouncilMetadata council = new CouncilMetadata("Local Authority", "Metropolitan District", "E12000002",
                "North West", "E08000099", "999", "Synthetic");

        PublishedRow exact = r.publishedRows(council, ExportOptions.defaults()).stream()
                .filter(p -> p.tableReference().equals("SG1f") && p.enquiryType().equals("Safeguarding Concerns"))
                .findFirst().orElseThrow();
        PublishedRow published = r.publishedRows(council, ExportOptions.defaults().withDisclosureControl(true))
                .stream().filter(p -> p.tableReference().equals("SG1f")
                        && p.enquiryType().equals("Safeguarding Concerns")).findFirst().orElseThrow();

        assertThat(exact.values()).containsExactly("Local Authority", "Metropolitan District", "E12000002",
                "North West", "E08000099", "999", "Synthetic", "SG1f", "Safeguarding Concerns", "Total",
                "Total Number of Safeguarding Concerns", "7");
        assertThat(published.value()).isEqualTo("5");
    }
}
