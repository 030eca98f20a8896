package org.mspsdk.returns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.mspsdk.MspException;

/** Canary identifiers must not leak into toString() or exception messages. */
class ReturnsPrivacyTest {

    private static final String RECORD = "CANARY-RECORD-7731";
    private static final String PERSON = "CANARY-PERSON-5519";

    @Test
    void toStringsShowCountsButNoIdentifiers() {
        SacTally t = SacSettings.of(Fixtures.YEAR)
                .withGroupings(Grouping.byKey("team", r -> "CANARY-TEAM")).newTally();
        t.add(Fixtures.withEnquiry(RECORD, Fixtures.person(PERSON).gender(null).build(), "2025-05-01",
                Fixtures.concludedS42("2025-05-01", "2025-06-01").mentalCapacity(null).build(),
                org.mspsdk.model.PersonalOutcomes.none()));
        SacReturn r = t.result();

        assertThat(r.dataQuality().sampleIds(DataQualityIssue.CAPACITY_NOT_RECORDED)).containsExactly(RECORD);
        for (Object o : new Object[] {t, r, r.dataQuality(), r.dataQuality().entries(), r.breakdown("team"),
            r.measures(), t.settings()}) {
            assertThat(o.toString()).doesNotContain(RECORD).doesNotContain(PERSON).doesNotContain("CANARY-TEAM");
        }
    }

    @Test
    void mergingTalliesWithDifferentSettingsFailsWithAPlainMessage() {
        SacTally a = SacSettings.of(ReportingYear.of(2025)).newTally();
        SacTally b = SacSettings.of(ReportingYear.of(2024)).newTally();
        assertThatThrownBy(() -> a.merge(b)).isInstanceOf(MspException.class)
                .hasMessageContaining("different settings");
    }
}
