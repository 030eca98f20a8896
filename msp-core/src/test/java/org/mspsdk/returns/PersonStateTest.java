package org.mspsdk.returns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mspsdk.returns.Fixtures.d;
import static org.mspsdk.returns.Fixtures.person;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mspsdk.model.SafeguardingRecord;
import org.mspsdk.vocabulary.AgeBand;
import org.mspsdk.vocabulary.Ethnicity;
import org.mspsdk.vocabulary.Gender;
import org.mspsdk.vocabulary.Population;
import org.mspsdk.vocabulary.PrimarySupportReason;

/** The SG1 person state: its layout, its tie-break rule and the guard on its width. */
class PersonStateTest {

    /** A field for layout tests: a fixed width and kind, the value given by the test. */
    private record Field(String name, PersonState.Combine combine, int bits, long fixed) implements PersonField {
        @Override
        public long value(RecordFacts record, Population population) {
            return fixed;
        }

        @Override
        public String toString() {
            return name;
        }
    }

    private static RecordFacts facts(String received) {
        SafeguardingRecord r = Fixtures.concernOnly("R", "P", received);
        return new RecordFacts(SacSettings.of(Fixtures.YEAR)).reset(r);
    }

    @Test
    void theSg1FieldsAreSizedFromTheirCodeListsAndFit() {
        PersonState state = new PersonState(List.of(new Sg1aTally(), new Sg1bTally(), new Sg1cTally(),
                new Sg1dTally(), new Sg1eTally(), new SectorOutcomesTally()));

        assertThat(new Sg1aTally().bits()).isEqualTo(5);                          // a flag per real age band
        assertThat(new Sg1bTally().bits()).isEqualTo(2);                          // 3 genders
        assertThat(new Sg1dTally().bits()).isEqualTo(PrimarySupportReason.values().length);
        assertThat(state.fields()).hasSize(6);
    }

    @Test
    void aNinthSupportReasonWouldTakeOneMoreBitWithoutSpillingIntoItsNeighbour() {
        Field reasons = new Field("reasons", PersonState.Combine.ANY, PersonState.flagBits(9), 1L << 8);
        Field flags = new Field("flags", PersonState.Combine.ANY, 2, 0);
        PersonState state = new PersonState(List.of(reasons, flags));

        long s = state.of(facts("2025-05-01"), Population.SAFEGUARDING_CONCERNS);

        assertThat(state.field(s, 0)).isEqualTo(1L << 8);
        assertThat(state.field(s, 1)).isZero();
    }

    @Test
    void fieldsNeedingMoreThan64BitsFailWhenTheStateIsMade() {
        List<PersonField> tooWide = List.of(new Field("reasons", PersonState.Combine.ANY, 30, 0),
                new Field("band", PersonState.Combine.LATEST, 11, 0));      // 30 + 11 + 24-bit day = 65

        assertThatThrownBy(() -> new PersonState(tooWide)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("need 65 bits").hasMessageContaining("outgrown");
    }

    @Test
    void aValueWiderThanItsFieldFailsInsteadOfCorruptingTheNext() {
        PersonState state = new PersonState(List.of(new Field("flags", PersonState.Combine.ANY, 2, 4),
                new Field("next", PersonState.Combine.ANY, 2, 0)));

        assertThatThrownBy(() -> state.of(facts("2025-05-01"), Population.SAFEGUARDING_CONCERNS))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("flags");
    }

    @Test
    void theLatestEventWinsTiesGoToTheHighestCodesAndFlagsOrTogether() {
        PersonState state = new PersonState(List.of(new Sg1aTally(), new Sg1bTally(), new Sg1cTally(),
                new Sg1dTally()));
        RecordFacts f = new RecordFacts(SacSettings.of(Fixtures.YEAR));
        long early = state.of(f.reset(Fixtures.record("R1", person("P").gender(Gender.MALE)
                .ethnicity(Ethnicity.ASIAN).primarySupportReason(PrimarySupportReason.PHYSICAL).build(),
                "2025-05-01").build()), Population.SAFEGUARDING_CONCERNS);
        long late = state.of(f.reset(Fixtures.record("R2", person("P").gender(Gender.FEMALE)
                .ethnicity(Ethnicity.WHITE).primarySupportReason(PrimarySupportReason.MENTAL_HEALTH).build(),
                "2025-09-01").build()), Population.SAFEGUARDING_CONCERNS);
        long sameDayMale = state.of(f.reset(Fixtures.record("R3", person("P").gender(Gender.MALE)
                .dateOfBirth(d("1930-01-01")).build(), "2025-09-01").build()), Population.SAFEGUARDING_CONCERNS);

        long earlyThenLate = state.combine(early, late);
        assertThat(earlyThenLate).isEqualTo(state.combine(late, early));
        assertThat(state.field(earlyThenLate, 1)).isEqualTo(Gender.FEMALE.ordinal());
        assertThat(state.field(earlyThenLate, 2)).isEqualTo(Ethnicity.WHITE.ordinal());
        assertThat(state.field(earlyThenLate, 3)).isEqualTo((1L << PrimarySupportReason.PHYSICAL.ordinal())
                | (1L << PrimarySupportReason.MENTAL_HEALTH.ordinal()));
        // same day: the higher gender code (Female after Male) decides; SG1a's ruled-out bands OR together
        long tie = state.combine(late, sameDayMale);
        assertThat(state.field(tie, 0)).isEqualTo(state.field(late, 0) | state.field(sameDayMale, 0));
        assertThat(state.field(sameDayMale, 0)).as("born 1930: every band but 95+ ruled out")
                .isEqualTo(0b11111L & ~(1L << AgeBand.AGE_95_PLUS.ordinal()));
        assertThat(state.field(tie, 1)).isEqualTo(Gender.FEMALE.ordinal());
        assertThat(state.combine(state.combine(early, late), sameDayMale))
                .isEqualTo(state.combine(early, state.combine(late, sameDayMale)));
    }

    @Test
    void theEventDayOrdersEveryDateWithinTwoToTheTwentyThirdDaysOf1970AndWrapsBeyond() {
        PersonState state = new PersonState(List.of(new Sg1bTally()));
        long first = state.of(facts("-20998-10-10"), Population.SAFEGUARDING_CONCERNS);
        long last = state.of(facts("+24937-03-24"), Population.SAFEGUARDING_CONCERNS);
        long beyond = state.of(facts("+24937-03-25"), Population.SAFEGUARDING_CONCERNS);

        assertThat(LocalDate.parse("-20998-10-10").toEpochDay()).isEqualTo(-(1L << 23));
        assertThat(LocalDate.parse("+24937-03-24").toEpochDay()).isEqualTo((1L << 23) - 1);
        assertThat(state.combine(first, last)).isEqualTo(last).isNotEqualTo(first);
        assertThat(state.combine(last, beyond)).as("one day later wraps to the earliest day").isEqualTo(last);
        assertThat(beyond).isEqualTo(first);
    }
}
