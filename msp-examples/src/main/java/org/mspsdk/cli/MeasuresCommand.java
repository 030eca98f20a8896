package org.mspsdk.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.mspsdk.returns.BoardBreakdown;
import org.mspsdk.returns.BoardMeasure;
import org.mspsdk.returns.ExportOptions;
import org.mspsdk.returns.Grouping;
import org.mspsdk.returns.MspMeasures;
import org.mspsdk.returns.SacReturn;
import org.mspsdk.returns.SacSettings;
import org.mspsdk.returns.SacTally;
import org.mspsdk.returns.io.SacCsv;
import org.mspsdk.returns.io.SacJson;
import org.mspsdk.vocabulary.OrganisationRole;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code msp measures}: the MSP measures for a reporting year (sector outcomes measure, Part 2 experience
 * results, change in "how safe do you feel") and board breakdowns by organisation, type of risk and quarter.
 */
@Command(name = "measures", mixinStandardHelpOptions = true,
        description = "MSP measures and board breakdowns for a reporting year, at the person, single-organisation "
                + "and partnership levels.",
        footer = "%nBy organisation, each organisation is credited only with what it did: the lead council with "
                + "every event of its record; another with the concerns it raised, the enquiries it was caused to "
                + "make (commenced, concluded) or contributed to (commenced), and the outcomes and ratings it "
                + "recorded (role recorded-outcome, or recordedBy)." + Levels.HOW_RECORDS_ARE_LINKED)
final class MeasuresCommand implements Callable<Integer> {

    /** The breakdowns a board can ask for. */
    enum By {
        /** each organisation on the record, credited by its roles and attributions. */
        ORGANISATION,
        /** the organisation that raised the concern. */
        RAISED_BY,
        /** type of risk. */
        RISK_TYPE,
        /** quarter of the reporting year. */
        QUARTER
    }

    @Mixin
    InputOptions input;

    @Mixin
    YearOption year;

    @Option(names = "--by", split = ",", paramLabel = "organisation,raised-by,risk-type,quarter",
            converter = ByConverter.class, defaultValue = "organisation,risk-type,quarter",
            description = "Board breakdowns to show (default ${DEFAULT-VALUE}).")
    List<By> by;

    @Option(names = OutputFormat.OPTION, defaultValue = "text", paramLabel = "text|csv|json",
            converter = OutputFormat.Converter.class,
            description = "Standard output: text (default); csv, the breakdowns in CSV; or json, the measures and "
                    + "breakdowns.")
    OutputFormat output;

    @Option(names = "--csv", hidden = true, description = "Deprecated: use --output csv.")
    boolean csv;

    @ParentCommand
    Msp root;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<Grouping> groupings = new ArrayList<>();
        for (By b : by) {
            groupings.add(grouping(b));
        }
        SacTally tally = SacSettings.of(year.year()).withGroupings(groupings.toArray(Grouping[]::new)).newTally();
        OutputFormat format = csv ? OutputFormat.CSV : output;
        RecordInput.Totals read = new RecordInput(input.codec(), root.stdin, err, root.progress())
                .readAll(input.files, input.format, (file, line, record) -> tally.add(record));
        long badLines = read.badLines();
        if (read.unusable()) {
            return Msp.UNUSABLE;
        }
        SacReturn sac = tally.result();
        switch (format) {
            case CSV -> {
                for (Grouping g : groupings) {
                    SacCsv.writeBreakdown(sac.breakdown(g.name()), ExportOptions.defaults(), out);
                }
            }
            case JSON -> {
                ObjectNode all = SacJson.toTree(sac, Optional.empty(), ExportOptions.defaults());
                ObjectNode measures = JsonNodeFactory.instance.objectNode();
                measures.set("reportingYear", all.get("reportingYear"));
                measures.set("recordsRead", all.get("recordsRead"));
                measures.set("measures", all.get("measures"));
                measures.set("breakdowns", all.get("breakdowns"));
                measures.set("partnership", all.get("partnership"));
                out.println(JsonMapper.builder().build().writerWithDefaultPrettyPrinter().writeValueAsString(measures));
            }
            default -> {
                printMeasures(out, sac);
                for (Grouping g : groupings) {
                    printBreakdown(out, sac.breakdown(g.name()));
                }
                Levels.print(out, sac, false);
            }
        }
        if (badLines > 0) {
            err.printf("msp: %s could not be read or processed and %s not counted%n",
                    Plural.count(badLines, "document"), badLines == 1 ? "was" : "were");
            return Msp.FINDINGS;
        }
        return Msp.OK;
    }

    /** @return the grouping a breakdown asks for */
    static Grouping grouping(By b) {
        return switch (b) {
            case ORGANISATION -> Grouping.byOrganisation();
            case RAISED_BY -> Grouping.byOrganisationWithRole(OrganisationRole.RAISED_CONCERN);
            case RISK_TYPE -> Grouping.byTypeOfRisk();
            case QUARTER -> Grouping.byQuarter();
        };
    }

    private static void printMeasures(PrintWriter out, SacReturn sac) {
        MspMeasures m = sac.measures();
        out.printf("MSP measures %s%n%n", sac.year().label());
        Tables.printSectorOutcomes(out, m.sectorOutcomes());
        out.println();
        out.printf("Experience (Part 2): %,d completed, %,d not offered%n", m.part2Completed(), m.part2NotOffered());
        for (MspMeasures.ExperienceResult e : m.experience()) {
            out.printf("  %s%n", TerminalText.escape(e.linkId()));
            int width = e.counts().keySet().stream().mapToInt(k -> TerminalText.escape(k).length()).max().orElse(0);
            for (Map.Entry<String, Long> c : e.counts().entrySet()) {
                String pct = MspMeasures.ExperienceResult.NOT_ANSWERED.equals(c.getKey()) ? ""
                        : Tables.percent(e.percentOfAnswered(c.getKey()));
                out.printf("    %-" + Math.max(20, width) + "s %,9d  %s%n", TerminalText.escape(c.getKey()),
                        c.getValue(), pct);
            }
        }
        out.println();
        MspMeasures.FeelingSafeChange f = m.feelingSafe();
        out.printf("How safe do you feel, start to end: %,d people rated both; improved %,d, same %,d, worse %,d; "
                + "mean change %s points%n%n", f.pairs(), f.improved(), f.same(), f.worse(),
                f.meanChange().isPresent() ? String.format(Locale.ROOT, "%+.2f", f.meanChange().getAsDouble()) : "n/a");
    }

    private static void printBreakdown(PrintWriter out, BoardBreakdown b) {
        out.printf("Board breakdown by %s%n", TerminalText.escape(b.grouping()));
        BoardMeasure[] measures = {BoardMeasure.CONCERNS, BoardMeasure.S42_COMMENCED, BoardMeasure.S42_CONCLUDED,
            BoardMeasure.OUTCOMES_EXPRESSED, BoardMeasure.FULLY_ACHIEVED, BoardMeasure.PARTIALLY_ACHIEVED,
            BoardMeasure.NOT_ACHIEVED};
        // labels in full: the first column is as wide as the longest group
        int width = Math.max(24, b.groups().keySet().stream().mapToInt(k -> TerminalText.escape(k).length())
                .max().orElse(0));
        out.printf("  %-" + width + "s", "group");
        for (BoardMeasure m : measures) {
            out.printf(" %10s", abbreviate(m));
        }
        out.println();
        for (String key : b.groups().keySet()) {
            out.printf("  %-" + width + "s", TerminalText.escape(key));
            for (BoardMeasure m : measures) {
                out.printf(" %,10d", b.count(key, m));
            }
            out.println();
        }
        out.println();
    }

    private static String abbreviate(BoardMeasure m) {
        return switch (m) {
            case CONCERNS -> "concerns";
            case S42_COMMENCED -> "s42 start";
            case S42_CONCLUDED -> "s42 end";
            case OUTCOMES_EXPRESSED -> "expressed";
            case FULLY_ACHIEVED -> "fully";
            case PARTIALLY_ACHIEVED -> "partially";
            case NOT_ACHIEVED -> "not";
            default -> m.code();
        };
    }

    /** Reads {@code organisation}, {@code raised-by}, {@code risk-type}, {@code quarter}. */
    static final class ByConverter implements picocli.CommandLine.ITypeConverter<By> {
        @Override
        public By convert(String value) {
            return OutputFormat.Converter.parse(value, By.class,
                    List.of("organisation", "raised-by", "risk-type", "quarter"));
        }
    }
}
