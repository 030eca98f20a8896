package org.mspsdk.validation;

import static org.mspsdk.validation.Profile.IN_PROGRESS;
import static org.mspsdk.validation.Profile.SAC_COMPLETE;
import static org.mspsdk.validation.Severity.ERROR;
import static org.mspsdk.validation.Severity.WARNING;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import org.mspsdk.model.AdultAtRisk;

/** Rules MSP-PER: the adult at risk (age, dates of birth and death, the SG1 demographics). */
final class PersonRules {

    /** The age from which a person is an adult (Care Act 2014). */
    static final int ADULT_AGE = 18;
    /** The lowest possible age at concern. */
    static final int MIN_AGE = 0;
    /** The highest plausible age at concern, in whole years; an older one is a typing error. */
    static final int MAX_AGE = 130;

    static final Rule PER_001 = new Rule("MSP-PER-001", ERROR, IN_PROGRESS,
            "An NHS number, when present, is ten digits with a valid Modulus 11 check digit. Enforced when an "
                    + "`NhsNumber` is constructed (its exception, kind INVALID_VALUE, cites this id), so a record "
                    + "never holds an invalid one and the validator never reports it.",
            "A mistyped NHS number links the record to the wrong person.", "adult.nhsNumber");
    static final Rule PER_002 = new Rule("MSP-PER-002", ERROR, IN_PROGRESS,
            "The adult is " + ADULT_AGE + " or over on the date the concern was received (from the date of birth, "
                    + "else from the age at concern).",
            "Adult safeguarding (Care Act 2014 s42) is about adults; children are safeguarded under other law.",
            "adult.dateOfBirth, adult.ageAtConcern");
    static final Rule PER_003 = new Rule("MSP-PER-003", ERROR, IN_PROGRESS,
            "When both a date of birth and an age at concern are given, they agree.",
            "Two ages for one person put them in two SG1a age bands.", "adult.ageAtConcern");
    static final Rule PER_004 = new Rule("MSP-PER-004", ERROR, IN_PROGRESS,
            "The date of death, when present, is not before the concern was received.",
            "A concern is about a living adult at risk; a death before it means one of the dates is wrong.",
            "adult.dateOfDeath");
    static final Rule PER_005 = new Rule("MSP-PER-005", ERROR, IN_PROGRESS,
            "The age at concern (given or from the date of birth) is between " + MIN_AGE + " and " + MAX_AGE
                    + " years.",
            "An impossible age is a typing error (for example a date of birth in the wrong century).",
            "adult.dateOfBirth, adult.ageAtConcern");
    static final Rule PER_006 = new Rule("MSP-PER-006", WARNING, SAC_COMPLETE,
            "A record with a section 42 enquiry has the SG1 demographics: an age (date of birth or age at concern), "
                    + "gender, ethnicity and primary support reason.",
            "SG1a-SG1d count every person with a section 42 enquiry; a missing value is counted as unknown.",
            "adult.dateOfBirth, adult.gender, adult.ethnicity, adult.primarySupportReason");

    static final RuleArea AREA = new RuleArea("PER", "Person (PER)",
            List.of(PER_001, PER_002, PER_003, PER_004, PER_005, PER_006), PersonRules::check);

    private PersonRules() {
    }

    private static void check(RecordCheck c) {
        AdultAtRisk adult = c.record.adult();
        // MSP-PER-001 (NHS number check digit) is enforced when an NhsNumber is constructed: a record cannot
        // hold an invalid one.
        LocalDate received = c.concern.receivedOn();
        if (adult.dateOfBirth().isPresent()) {
            LocalDate dob = adult.dateOfBirth().get();
            int years = dob.isAfter(received) ? -1 : Period.between(dob, received).getYears();
            if (dob.isAfter(received)) {
                c.add(PER_005, "adult.dateOfBirth", "expected a date of birth before the concern was received");
            } else if (years > MAX_AGE) {
                c.add(PER_005, "adult.dateOfBirth", "expected an age at concern of at most " + MAX_AGE + " years");
            } else if (years < ADULT_AGE) {
                c.add(PER_002, "adult.dateOfBirth",
                        "expected the adult to be " + ADULT_AGE + " or over when the concern was received");
            }
            adult.ageAtConcern().ifPresent(age -> {
                if (years >= 0 && age != years) {
                    c.add(PER_003, "adult.ageAtConcern",
                            "expected the age at concern to match the age from the date of birth");
                }
            });
        } else if (adult.ageAtConcern().isPresent()) {
            int age = adult.ageAtConcern().get();
            if (age < MIN_AGE || age > MAX_AGE) {
                c.add(PER_005, "adult.ageAtConcern", "expected an age between " + MIN_AGE + " and " + MAX_AGE
                        + " years");
            } else if (age < ADULT_AGE) {
                c.add(PER_002, "adult.ageAtConcern",
                        "expected the adult to be " + ADULT_AGE + " or over when the concern was received");
            }
        }
        adult.dateOfDeath().ifPresent(death -> {
            if (death.isBefore(received)) {
                c.add(PER_004, "adult.dateOfDeath", "expected a date of death on or after the concern was received");
            }
        });
        if (c.s42) {
            if (adult.dateOfBirth().isEmpty() && adult.ageAtConcern().isEmpty()) {
                c.add(PER_006, "adult.dateOfBirth",
                        "no date of birth or age at concern: the person is counted as \"Age unknown\" in SG1a");
            }
            if (adult.gender().isEmpty()) {
                c.add(PER_006, "adult.gender", "gender is not recorded: counted as \"Not Known\" in SG1b");
            }
            if (adult.ethnicity().isEmpty()) {
                c.add(PER_006, "adult.ethnicity",
                        "ethnicity is not recorded: counted as \"Undeclared / Not Known\" in SG1c");
            }
            if (adult.primarySupportReason().isEmpty()) {
                c.add(PER_006, "adult.primarySupportReason",
                        "primary support reason is not recorded: counted as \"Not Known\" in SG1d");
            }
        }
    }
}
