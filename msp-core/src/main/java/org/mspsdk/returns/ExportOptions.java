package org.mspsdk.returns;

/**
 * Options for exporting a return. The two disclosure-control rules of NHS England's publication are separate
 * options, as the publication applies them to separate outputs.
 *
 * <pre>{@code
 * ExportOptions csv = ExportOptions.defaults().withDisclosureControl(true);          // the published CSV
 * ExportOptions tables = csv.withExcelSg4aRule(true);                                 // the Excel data tables
 * }</pre>
 *
 * @param disclosureControl apply the published CSV's disclosure control ({@link DisclosureControl}: 0-4 as
 *                          {@code [c]}, others rounded to the nearest 5, a missing value as {@code [x]}); off by
 *                          default, and never applied to stored or submitted figures
 * @param excelSg4aRule     also apply the Excel data tables' rule: SG4a's "asked" block and its "achieved" block
 *                          are each shown as {@code [x]} throughout when all their cells are zero (no other table
 *                          has this rule)
 */
public record ExportOptions(boolean disclosureControl, boolean excelSg4aRule) {

    /**
     * @param disclosureControl apply the published CSV's disclosure control
     */
    public ExportOptions(boolean disclosureControl) {
        this(disclosureControl, false);
    }

    /** @return the defaults: exact figures, no disclosure control */
    public static ExportOptions defaults() {
        return new ExportOptions(false, false);
    }

    /** @param on whether to apply the published CSV's disclosure control @return a copy */
    public ExportOptions withDisclosureControl(boolean on) {
        return new ExportOptions(on, excelSg4aRule);
    }

    /** @param on whether to apply the Excel tables' SG4a all-zero-block rule @return a copy */
    public ExportOptions withExcelSg4aRule(boolean on) {
        return new ExportOptions(disclosureControl, on);
    }
}
