package org.mspsdk.returns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mspsdk.MspException;
import org.mspsdk.synthetic.SyntheticDataGenerator;
import org.mspsdk.vocabulary.Code;
import org.mspsdk.vocabulary.OutcomeAchievement;
import org.mspsdk.vocabulary.Population;
import org.mspsdk.vocabulary.SacTable;
import org.mspsdk.vocabulary.TableShape;

/**
 * The public constructor of {@link SacReturn} accepts any list of cells: the typed queries read the cell with the
 * asked labels whatever the order, and a cell the return does not hold is an {@link MspException}, as for
 * {@link SacReturn#value}.
 */
class TypedQueryOfAnyCellListTest {

    private static SacReturn sac;

    @BeforeAll
    static void tally() {
        sac = new SyntheticDataGenerator(5).stream(4000).collect(SacTally.collector(SacSettings.of(Fixtures.YEAR)));
    }

    private static SacReturn withCells(List<SacCell> cells) {
        return new SacReturn(sac.year(), sac.recordsRead(), cells, sac.measures(), sac.breakdowns(),
                sac.dataQuality());
    }

    @Test
    void reversedCellsGiveTheSameAnswersAsThePublishedOrder() {
        List<SacCell> reversed = new ArrayList<>(sac.cells());
        Collections.reverse(reversed);
        SacReturn other = withCells(reversed);

        assertThat(other.count(Population.CONCLUDED_S42, OutcomeAchievement.FULLY_ACHIEVED))
                .isEqualTo(sac.count(Population.CONCLUDED_S42, OutcomeAchievement.FULLY_ACHIEVED))
                .isEqualTo(other.value(SacTable.SG4A, "Concluded Section 42 Enquiries", "Outcomes Achieved",
                        "Fully Achieved"))
                .isPositive();
        assertEveryQueryAgrees(other);
    }

    @Test
    void shuffledCellsGiveTheSameAnswersAsThePublishedOrder() {
        for (long seed = 1; seed <= 3; seed++) {
            List<SacCell> shuffled = new ArrayList<>(sac.cells());
            Collections.shuffle(shuffled, new Random(seed));
            assertEveryQueryAgrees(withCells(shuffled));
        }
    }

    @Test
    void aMissingCellIsAnMspExceptionNamingIt() {
        List<SacCell> partial = sac.cells().stream().filter(c -> !(c.table() == SacTable.SG4A
                && c.category().equals("Outcomes Achieved") && c.subcategory().equals("Fully Achieved"))).toList();
        SacReturn other = withCells(partial);

        assertThatThrownBy(() -> other.count(Population.CONCLUDED_S42, OutcomeAchievement.FULLY_ACHIEVED))
                .isInstanceOf(MspException.class).hasMessage("no cell SG4a / Concluded Section 42 Enquiries"
                        + " / Outcomes Achieved / Fully Achieved in the return");
        assertThatThrownBy(() -> other.total(Population.CONCLUDED_S42, OutcomeAchievement.class))
                .isInstanceOf(MspException.class).hasMessageContaining("Fully Achieved in the return");
        assertThatThrownBy(() -> other.total(SacTable.SG4A, Population.CONCLUDED_S42))
                .isInstanceOf(MspException.class).hasMessageContaining("Fully Achieved in the return");
        assertThat(other.count(Population.CONCLUDED_S42, OutcomeAchievement.PARTIALLY_ACHIEVED))
                .isEqualTo(sac.count(Population.CONCLUDED_S42, OutcomeAchievement.PARTIALLY_ACHIEVED));
    }

    @Test
    void aReturnCutShortThrowsAnMspExceptionNotAnIndexError() {
        // the return cut short after its last SG4a cell (the SG5 tables come after it)
        List<SacCell> cells = sac.cells();
        int end = cells.size();
        while (cells.get(end - 1).table() != SacTable.SG4A) {
            end--;
        }
        SacCell last = cells.get(end - 1);
        SacReturn other = withCells(cells.subList(0, end - 1));

        assertThat(last.table()).isEqualTo(SacTable.SG4A);
        assertThatThrownBy(() -> other.total(SacTable.SG4A, Population.CONCLUDED_S42))
                .isInstanceOf(MspException.class).hasMessage("no cell SG4a / Concluded Section 42 Enquiries / "
                        + last.category() + " / " + last.subcategory() + " in the return");
        assertThatThrownBy(() -> withCells(List.of()).total(Population.S42_ENQUIRIES))
                .isInstanceOf(MspException.class).hasMessage("no cell SG1f / Section 42 Enquiries / Total"
                        + " / Total Number of Section 42 Safeguarding Enquiries in the return");
    }

    @Test
    void aTableWithoutThePopulationIsStillNamedAsSuchWhenTheCellsAreMissing() {
        assertThatThrownBy(() -> withCells(List.of()).total(SacTable.SG4A, Population.S42_ENQUIRIES))
                .isInstanceOf(MspException.class).hasMessage("SG4a has no Section 42 Enquiries: expected one of"
                        + " [Concluded Section 42 Enquiries]");
    }

    /** Every typed query of {@code other} gives what the label form and the published-order return give. */
    private static void assertEveryQueryAgrees(SacReturn other) {
        int checked = 0;
        for (SacTable table : SacTable.values()) {
            TableShape shape = table.shape();
            for (Population p : shape.populations()) {
                List<TableShape.Labels> labels = shape.labels(p);
                for (int i = 0; i < labels.size(); i++) {
                    TableShape.Labels l = labels.get(i);
                    long expected = sac.value(table, p.enquiryType(), l.category(), l.subcategory());
                    assertThat(other.value(table, p.enquiryType(), l.category(), l.subcategory()))
                            .isEqualTo(expected);
                    assertThat(other.count(table, p, keys(shape, i))).as("%s %s %s", table, p, l)
                            .isEqualTo(expected);
                    checked++;
                }
                assertThat(other.total(table, p)).isEqualTo(sac.total(table, p));
                for (TableShape.Block b : shape.blocks()) {
                    assertThat(other.total(p, b.codeList())).isEqualTo(sac.total(p, b.codeList()));
                }
            }
        }
        assertThat(checked).isEqualTo(sac.cells().size());
    }

    /** @return the keys of the cell at {@code index} of a population's cells */
    private static Code[] keys(TableShape shape, int index) {
        return switch (shape.kind()) {
            case ONE_WAY -> {
                List<Code> all = new ArrayList<>();
                shape.blocks().forEach(b -> all.addAll(b.keys()));
                yield new Code[] {all.get(index)};
            }
            case CROSS_TAB -> new Code[] {shape.rows().get(index / shape.columns().size()),
                shape.columns().get(index % shape.columns().size())};
            case TOTAL -> new Code[0];
        };
    }
}
