package org.mspsdk.returns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mspsdk.vocabulary.SacTable;

/** The tallies name their tables by the table's published reference. */
class TableNamesTest {

    @Test
    void eachSg1TallyPrintsItsTableReference() {
        for (SacTable t : List.of(SacTable.SG1A, SacTable.SG1B, SacTable.SG1C, SacTable.SG1D, SacTable.SG1E)) {
            assertThat(TablePart.of(t)).hasToString(t.reference());
        }
    }

    @Test
    void theBitCellGuardNamesTheTableByReference() {
        assertThat(Counts.bitCells(SacTable.SG2A, 64)).isEqualTo(64);
        assertThatThrownBy(() -> Counts.bitCells(SacTable.SG2B, 65)).isInstanceOf(IllegalStateException.class)
                .hasMessage("SG2b has 65 cells per population but keeps a record's cells as the bits of one long"
                        + " (64): a code list has outgrown it");
    }
}
