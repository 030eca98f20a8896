package org.mspsdk.returns;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mspsdk.vocabulary.Population;
import org.mspsdk.vocabulary.SacTable;

/**
 * Disclosure control worked by hand against NHS England's publication code ({@code csv_rounding_and_suppression},
 * {@code create_msp_dummy_values} / {@code apply_msp_rounding_and_suppression}, {@code my_round5}).
 */
class PublicationDisclosureControlTest {

    private static final String C = Population.CONCLUDED_S42.enquiryType();
    private static final String ASKED = "Asked about Desired Outcomes";
    private static final String ACHIEVED = "Outcomes Achieved";

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"0,[c]", "4,[c]", "5,5", "7,5", "8,10", "12,10", "13,15", "1002,1000", "1003,1005"})
    void thePublishedCsvSuppressesZeroToFourAndRoundsTheRestToTheNearestFive(long exact, String shown) {
        assertThat(DisclosureControl.cell(exact)).isEqualTo(shown);
        assertThat(DisclosureControl.apply(List.of(new SacCell(SacTable.SG2C, C, "Action Taken and Result",
                "Risk identified and action taken", exact)))).containsExactly(shown);
    }

    @Test
    void aMissingFigureIsNotAvailableUnderDisclosureControlAndEmptyWithout() {
        SacCell missing = SacCell.missing(SacTable.SG5A, Population.SAFEGUARDING_ADULT_REVIEWS.enquiryType(),
                "Safeguarding Adults Reviews", "Where no individuals died");

        assertThat(DisclosureControl.apply(List.of(missing))).containsExactly("[x]");
        assertThat(DisclosureControl.apply(List.of(missing), ExportOptions.defaults())).containsExactly("");
        assertThat(DisclosureControl.cell(missing)).isEqualTo("[x]");
    }

    @Test
    void theExcelRuleShowsAnAllZeroSg4aBlockAsNotAvailableAndLeavesTheOtherBlockAlone() {
        List<SacCell> cells = List.of(
                new SacCell(SacTable.SG4A, C, ASKED, "Yes they were asked and outcomes were expressed", 0),
                new SacCell(SacTable.SG4A, C, ASKED, "Yes they were asked but no outcomes were expressed", 0),
                new SacCell(SacTable.SG4A, C, ASKED, "No", 0),
                new SacCell(SacTable.SG4A, C, ASKED, "Don't Know", 0),
                new SacCell(SacTable.SG4A, C, ASKED, "Not Recorded", 0),
                new SacCell(SacTable.SG4A, C, ACHIEVED, "Fully Achieved", 0),
                new SacCell(SacTable.SG4A, C, ACHIEVED, "Partially Achieved", 7),
                new SacCell(SacTable.SG4A, C, ACHIEVED, "Not Achieved", 0));

        ExportOptions excel = new ExportOptions(true, true);
        assertThat(DisclosureControl.apply(cells, excel))
                .containsExactly("[x]", "[x]", "[x]", "[x]", "[x]", "[c]", "5", "[c]");
        // the published CSV: no block rule at all
        assertThat(DisclosureControl.apply(cells))
                .containsExactly("[c]", "[c]", "[c]", "[c]", "[c]", "[c]", "5", "[c]");
        // the Excel rule alone, on exact figures
        assertThat(DisclosureControl.apply(cells, new ExportOptions(false, true)))
                .containsExactly("[x]", "[x]", "[x]", "[x]", "[x]", "0", "7", "0");
    }

    @Test
    void noOtherTableHasTheAllZeroBlockRule() {
        List<SacCell> cells = List.of(
                new SacCell(SacTable.SG2E, C, "Risk Outcome", "Risk remained", 0),
                new SacCell(SacTable.SG2E, C, "Risk Outcome", "Risk reduced", 0),
                new SacCell(SacTable.SG2E, C, "Risk Outcome", "Risk removed", 0));

        assertThat(DisclosureControl.apply(cells, new ExportOptions(true, true))).containsOnly("[c]");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"0,0", "4,0", "5,5", "7,5", "8,10"})
    void powerBiRoundsUnderFiveToZeroWithoutMarkers(long exact, long shown) {
        assertThat(DisclosureControl.powerBi(exact)).isEqualTo(shown);
    }
}
