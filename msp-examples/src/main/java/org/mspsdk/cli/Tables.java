package org.mspsdk.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import org.mspsdk.returns.DataQualityReport;
import org.mspsdk.returns.MspMeasures;
import org.mspsdk.returns.ExportOptions;
import org.mspsdk.returns.SacReturn;
import org.mspsdk.vocabulary.Population;
import org.mspsdk.vocabulary.SacTable;

/**
 * Plain-text rendering of return tables and measures for the terminal: labels in full (columns as wide as the
 * longest label), every value through {@link TerminalText#escape}.
 */
final class Tables {

    private Tables() {
    }


    /**
     * Prints one table's cells for a population, grouped by category, with SAC labels; values are exact, or
     * under disclosure control when the options ask for it.
     */
    static void printTable(PrintWriter out, SacReturn sac, SacTable table, Population population,
            ExportOptions options) {
        String enquiryType = population.enquiryType();
        out.printf("%s %s (%s)%n", TerminalText.escape(table.reference()), TerminalText.escape(table.title()),
                TerminalText.escape(enquiryType));
        // the SDK's own view: every cell of the return in the table's order, with the guidance wording
        List<org.mspsdk.returns.SacCell> cells = sac.cells();
        List<String> shown = org.mspsdk.returns.DisclosureControl.apply(cells, options);
        List<Integer> rows = new java.util.ArrayList<>();
        for (int i = 0; i < cells.size(); i++) {
            if (cells.get(i).table() == table && cells.get(i).enquiryType().equals(enquiryType)) {
                rows.add(i);
            }
        }
        int width = rows.stream().mapToInt(i -> TerminalText.escape(cells.get(i).subcategory()).length()).max()
                .orElse(10);
        String category = null;
        for (int i : rows) {
            org.mspsdk.returns.SacCell cell = cells.get(i);
            if (!cell.category().equals(category)) {
                category = cell.category();
                out.printf("  %s%n", TerminalText.escape(category));
            }
            String value = shown.get(i).isEmpty() ? "missing" : shown.get(i);
            out.printf("    %-" + width + "s  %9s%n", TerminalText.escape(cell.subcategory()),
                    TerminalText.escape(group(value)));
        }
    }

    private static String group(String value) {
        try {
            return String.format(Locale.ROOT, "%,d", Long.parseLong(value));
        } catch (NumberFormatException e) {
            return value;
        }
    }

    /** Prints the LGA sector outcomes measure. */
    static void printSectorOutcomes(PrintWriter out, MspMeasures.SectorOutcomesMeasure m) {
        out.println("Sector outcomes measure (people with a concern received in the year)");
        out.printf("  People with a concern                         %,9d%n", m.peopleWithConcern());
        out.printf("  Defined the outcomes they wanted              %,9d  %s%n", m.definedOutcomes(),
                percent(m.definedOutcomesPercent()));
        out.printf("    themselves / with a representative / best interests: %,d / %,d / %,d%n",
                m.definedThemselves(), m.definedWithRepresentative(), m.definedThroughBestInterests());
        out.printf("  Of those, outcomes fully or partly met        %,9d  %s%n", m.fullyOrPartlyMet(),
                percent(m.fullyOrPartlyMetPercent()));
        out.printf("  ... of those with achievement recorded        %,9d  %s%n", m.achievementRecorded(),
                percent(m.fullyOrPartlyMetOfRecordedPercent()));
    }

    /** Prints the data-quality summary: counts per issue, no record ids. */
    static void printDataQuality(PrintWriter out, DataQualityReport dq, int maxLines) {
        List<DataQualityReport.Entry> entries = dq.entries();
        out.printf("Data quality: %s%s%n", Plural.count(entries.size(), "kind of issue", "kinds of issue"),
                entries.isEmpty() ? "" : " (counts of records)");
        entries.stream().sorted((a, b) -> Long.compare(b.count(), a.count())).limit(maxLines).forEach(e ->
                out.printf("  %,9d  %s: %s%n", e.count(), TerminalText.escape(e.issue().affects()),
                        TerminalText.escape(e.issue().description())));
        if (entries.size() > maxLines) {
            out.printf("  ... and %,d more (msp sac --data-quality for all, with record ids)%n",
                    entries.size() - maxLines);
        }
        if (dq.excludedRecords() > 0) {
            out.printf("  %,9d  records not counted: they break ERROR rules %s%n", dq.excludedRecords(),
                    dq.exclusions().stream().map(DataQualityReport.Exclusion::ruleId).toList());
        }
    }

    static String percent(OptionalDouble p) {
        return p.isPresent() ? String.format(Locale.ROOT, "(%.1f%%)", p.getAsDouble()) : "(n/a)";
    }
}
