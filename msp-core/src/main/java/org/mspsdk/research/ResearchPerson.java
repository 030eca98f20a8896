package org.mspsdk.research;

import static org.mspsdk.internal.Checks.optional;
import static org.mspsdk.internal.Checks.required;
import static org.mspsdk.internal.Checks.requiredText;

import java.util.Optional;
import org.mspsdk.vocabulary.AgeBand;
import org.mspsdk.vocabulary.Ethnicity;
import org.mspsdk.vocabulary.Gender;
import org.mspsdk.vocabulary.PrimarySupportReason;

/**
 * The adult at risk in the research form: a keyed pseudonym instead of the person id, age bands instead of the
 * date of birth, the year of death instead of its date, the SG1 demographics kept; no NHS number.
 *
 * @param personPseudonym                 keyed pseudonym of the person id (the same for all of a person's records)
 * @param ageReferenceYear                the reporting year whose last day (or the date of death, if earlier) the
 *                                        age bands refer to: that of the enquiry start, else of the concern
 * @param ageBand                         SG1a age band
 * @param fiveYearAgeBand                 five-year age band (top-coded at 95+)
 * @param yearOfDeath                     the calendar year of death, if the person has died
 * @param gender                          SG1b gender
 * @param ethnicity                       SG1c ethnicity
 * @param primarySupportReason            SG1d primary support reason
 * @param autismExcludingAsperger         SG1e autism (excluding Asperger's / high-functioning autism)
 * @param aspergerOrHighFunctioningAutism SG1e Asperger's / high-functioning autism
 */
public record ResearchPerson(
        String personPseudonym,
        String ageReferenceYear,
        AgeBand ageBand,
        FiveYearAgeBand fiveYearAgeBand,
        Optional<Integer> yearOfDeath,
        Optional<Gender> gender,
        Optional<Ethnicity> ethnicity,
        Optional<PrimarySupportReason> primarySupportReason,
        Optional<Boolean> autismExcludingAsperger,
        Optional<Boolean> aspergerOrHighFunctioningAutism) {

    /** Checks the parts. */
    public ResearchPerson {
        requiredText(personPseudonym, "person.personPseudonym");
        requiredText(ageReferenceYear, "person.ageReferenceYear");
        required(ageBand, "person.ageBand");
        required(fiveYearAgeBand, "person.fiveYearAgeBand");
        yearOfDeath = optional(yearOfDeath);
        gender = optional(gender);
        ethnicity = optional(ethnicity);
        primarySupportReason = optional(primarySupportReason);
        autismExcludingAsperger = optional(autismExcludingAsperger);
        aspergerOrHighFunctioningAutism = optional(aspergerOrHighFunctioningAutism);
    }
}
