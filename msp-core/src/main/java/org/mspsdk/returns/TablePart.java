package org.mspsdk.returns;

import org.mspsdk.vocabulary.SacTable;

/**
 * The tally of one SAC table: either a {@link TableTally} counted record by record, or a {@link PersonBreakdown}
 * of distinct people. {@link #of(SacTable)} names the class of every table.
 */
sealed interface TablePart permits TableTally, PersonBreakdown {

    /**
     * The tally class of each table. The switch has no default, so a {@link SacTable} entry without a case here
     * does not compile: adding a table means its entry, its class (one case here) and its test.
     *
     * @param table a table
     * @return a new, empty tally of it, with no register of reviews (SG5a and SG5b missing)
     */
    static TablePart of(SacTable table) {
        return of(table, SacSettings.of(ReportingYear.of(2025)));
    }

    /**
     * @param table    a table
     * @param settings the settings (SG5a and SG5b read the register of reviews and the year)
     * @return a new, empty tally of it
     */
    static TablePart of(SacTable table, SacSettings settings) {
        return switch (table) {
            case SG1A -> new Sg1aTally();
            case SG1B -> new Sg1bTally();
            case SG1C -> new Sg1cTally();
            case SG1D -> new Sg1dTally();
            case SG1E -> new Sg1eTally();
            case SG1F -> new Sg1fTally();
            case SG2A -> new Sg2aTally();
            case SG2B -> new Sg2bTally();
            case SG2A_B1 -> new Sg2aB1Tally();
            case SG2C -> new Sg2cTally();
            case SG2E -> new Sg2eTally();
            case SG3A -> new Sg3aTally();
            case SG4A -> new Sg4aTally();
            case SG5A, SG5B -> Sg5Tally.of(table, settings.reviews(), settings.year());
        };
    }
}
