package org.mspsdk.returns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.mspsdk.MspException;
import org.mspsdk.model.SafeguardingRecord;

class GroupingTest {

    @Test
    void builtInGroupingsAreEqualByName() {
        assertThat(Grouping.byQuarter()).isEqualTo(Grouping.byQuarter());
        assertThat(Grouping.byOrganisation()).isNotEqualTo(Grouping.byQuarter());
    }

    @Test
    void callerGroupingsAreEqualOnlyForTheSameFunction() {
        Function<SafeguardingRecord, String> team = r -> "A";
        Function<SafeguardingRecord, String> locality = r -> "B";
        assertThat(Grouping.byKey("team", team)).isEqualTo(Grouping.byKey("team", team));
        assertThat(Grouping.byKey("team", team)).isNotEqualTo(Grouping.byKey("team", locality));
        assertThat(Grouping.byKey("quarter", team)).isNotEqualTo(Grouping.byQuarter());
    }

    @Test
    void talliesWhoseGroupingsShareANameButNotAFunctionDoNotMerge() {
        SacTally a = SacSettings.of(ReportingYear.of(2025)).withGroupings(Grouping.byKey("team", r -> "A")).newTally();
        SacTally b = SacSettings.of(ReportingYear.of(2025)).withGroupings(Grouping.byKey("team", r -> "B")).newTally();
        assertThatThrownBy(() -> a.merge(b)).isInstanceOf(MspException.class);
    }
}
