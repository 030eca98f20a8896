package org.mspsdk.returns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.mspsdk.MspException;

class ReportingYearTest {

    private final ReportingYear year = ReportingYear.of(2025);

    @Test
    void runsFromTheFirstOfAprilToTheThirtyFirstOfMarch() {
        assertThat(year.firstDay()).isEqualTo(LocalDate.of(2025, 4, 1));
        assertThat(year.lastDay()).isEqualTo(LocalDate.of(2026, 3, 31));
        assertThat(year.label()).isEqualTo("2025-26");
        assertThat(ReportingYear.of(1999).label()).isEqualTo("1999-00");
    }

    @Test
    void containsItsBoundaryDaysAndNothingOutside() {
        assertThat(year.contains(LocalDate.of(2025, 3, 31))).isFalse();
        assertThat(year.contains(LocalDate.of(2025, 4, 1))).isTrue();
        assertThat(year.contains(LocalDate.of(2026, 3, 31))).isTrue();
        assertThat(year.contains(LocalDate.of(2026, 4, 1))).isFalse();
        assertThat(year.contains(null)).isFalse();
        assertThat(ReportingYear.containing(LocalDate.of(2026, 3, 31))).isEqualTo(year);
        assertThat(ReportingYear.containing(LocalDate.of(2026, 4, 1))).isEqualTo(ReportingYear.of(2026));
    }

    @Test
    void quartersStartInAprilJulyOctoberAndJanuary() {
        assertThat(year.quarterOf(LocalDate.of(2025, 4, 1))).isEqualTo(1);
        assertThat(year.quarterOf(LocalDate.of(2025, 6, 30))).isEqualTo(1);
        assertThat(year.quarterOf(LocalDate.of(2025, 7, 1))).isEqualTo(2);
        assertThat(year.quarterOf(LocalDate.of(2025, 12, 31))).isEqualTo(3);
        assertThat(year.quarterOf(LocalDate.of(2026, 1, 1))).isEqualTo(4);
        assertThat(year.quarterLabel(LocalDate.of(2026, 3, 31))).isEqualTo("2025-26 Q4");
        assertThatThrownBy(() -> year.quarterOf(LocalDate.of(2026, 4, 1)))
                .isInstanceOf(MspException.class).hasMessageContaining("2025-26");
    }
}
