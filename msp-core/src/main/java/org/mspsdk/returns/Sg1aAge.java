package org.mspsdk.returns;

import java.time.LocalDate;
import java.time.Period;
import java.util.Optional;
import org.mspsdk.model.AdultAtRisk;
import org.mspsdk.vocabulary.AgeBand;

/**
 * An adult's age for SG1a: in whole years on the last day of the reporting year, or on the date of death if
 * earlier. From a date of birth the age is exact ({@code low == high}); from an age recorded at the concern the
 * birthday is unknown, so the age is one of two adjacent values, except when the reference date falls on the
 * concern's month and day (a concern received on 31 March, or a death on the anniversary of the concern): then
 * a whole number of years has passed and the age is exact. The return and the research export both use
 * this, so a person falls in the same band in both.
 *
 * <pre>{@code
 * Optional<Sg1aAge> age = Sg1aAge.of(adult, concern.receivedOn(), ReportingYear.of(2025));
 * AgeBand band = age.flatMap(Sg1aAge::band).orElse(AgeBand.UNKNOWN);
 * }</pre>
 *
 * @param low  the lowest possible age
 * @param high the highest possible age ({@code low} or {@code low + 1})
 */
public record Sg1aAge(int low, int high) {

    /**
     * @param adult           the adult
     * @param concernReceived the date the concern was received (the date an age at concern refers to)
     * @param year            the reporting year
     * @return the age, or empty when neither a date of birth nor an age at concern is recorded
     */
    public static Optional<Sg1aAge> of(AdultAtRisk adult, LocalDate concernReceived, ReportingYear year) {
        LocalDate reference = referenceDate(adult, year);
        if (adult.dateOfBirth().isPresent()) {
            LocalDate dob = adult.dateOfBirth().get();
            int age = dob.isAfter(reference) ? 0 : Period.between(dob, reference).getYears();
            return Optional.of(new Sg1aAge(age, age));
        }
        if (adult.ageAtConcern().isPresent()) {
            int years = reference.isBefore(concernReceived) ? 0 : Period.between(concernReceived, reference).getYears();
            int low = adult.ageAtConcern().get() + years;
            // on the concern's own month and day the whole number of years since the concern is exact, so the age
            // is too: every birthday that gives that age at the concern gives low on the reference date
            boolean sameDay = !reference.isBefore(concernReceived)
                    && reference.getMonthValue() == concernReceived.getMonthValue()
                    && reference.getDayOfMonth() == concernReceived.getDayOfMonth();
            return Optional.of(new Sg1aAge(low, sameDay ? low : low + 1));
        }
        return Optional.empty();
    }

    /**
     * @param adult the adult
     * @param year  the reporting year
     * @return the SG1a reference date: the last day of the year, or the date of death if earlier
     */
    public static LocalDate referenceDate(AdultAtRisk adult, ReportingYear year) {
        LocalDate lastDay = year.lastDay();
        return adult.dateOfDeath().filter(d -> d.isBefore(lastDay)).orElse(lastDay);
    }

    /** @return true when the age is known to the year */
    public boolean exact() {
        return low == high;
    }

    /**
     * @return the SG1a band when every possible age is 18 or over and falls in the same band; empty when the age
     *     could be under 18 or straddles a band boundary
     */
    public Optional<AgeBand> band() {
        if (low < 18) {
            return Optional.empty();
        }
        AgeBand band = AgeBand.of(low);
        return AgeBand.of(high) == band ? Optional.of(band) : Optional.empty();
    }
}
