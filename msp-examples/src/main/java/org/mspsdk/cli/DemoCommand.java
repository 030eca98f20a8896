package org.mspsdk.cli;

import java.io.PrintWriter;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.mspsdk.model.SafeguardingRecord;
import org.mspsdk.returns.ExportOptions;
import org.mspsdk.returns.ReportingYear;
import org.mspsdk.returns.SacReturn;
import org.mspsdk.returns.SacSettings;
import org.mspsdk.vocabulary.SacTable;
import org.mspsdk.returns.SacTally;
import org.mspsdk.synthetic.SyntheticDataGenerator;
import org.mspsdk.validation.Profile;
import org.mspsdk.validation.ValidationReport;
import org.mspsdk.validation.Validator;
import org.mspsdk.vocabulary.EnquiryType;
import org.mspsdk.vocabulary.Population;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code msp demo}: the main job on embedded sample data. */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Generate a realistic synthetic dataset, validate it, then print the SG4a table, the "
                + "sector outcomes measure and a data-quality summary for reporting year 2025-26.")
final class DemoCommand implements Callable<Integer> {

    @Option(names = "--count", defaultValue = "20000", description = "Records to generate (default ${DEFAULT-VALUE}).")
    int count;

    @Option(names = "--seed", defaultValue = "2025", description = "Generator seed (default ${DEFAULT-VALUE}).")
    long seed;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        ReportingYear year = ReportingYear.of(2025);
        List<SafeguardingRecord> records = new SyntheticDataGenerator(seed).records(count);
        out.printf("MSP SDK demo: %d synthetic records (seed %d), reporting year %s (%s to %s)%n%n",
                records.size(), seed, year.label(), year.firstDay(), year.lastDay());

        LocalDate asOf = SyntheticDataGenerator.Settings.defaults().asOf();
        Clock clock = Clock.fixed(asOf.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
        Validator everySave = Validator.builder().profile(Profile.IN_PROGRESS).clock(clock).build();
        Validator forSac = Validator.builder().profile(Profile.SAC_COMPLETE).clock(clock).build();
        long errors = 0;
        long warnings = 0;
        Map<String, Long> warningsByRule = new TreeMap<>();
        for (SafeguardingRecord r : records) {
            ValidationReport report = (isConcludedS42(r) ? forSac : everySave).validate(r);
            errors += report.errors().size();
            warnings += report.warnings().size();
            report.warnings().forEach(f -> warningsByRule.merge(f.ruleId(), 1L, Long::sum));
        }
        out.printf("Validation (as of %s; SAC profile for concluded s42 enquiries, in-progress otherwise): "
                + "%,d errors, %,d warnings %s%n%n", asOf, errors, warnings, warningsByRule);

        SacReturn sac = records.stream().collect(SacTally.collector(SacSettings.of(year)));
        Tables.printTable(out, sac, SacTable.SG4A, Population.CONCLUDED_S42, ExportOptions.defaults());
        out.println();
        Tables.printSectorOutcomes(out, sac.measures().sectorOutcomes());
        out.println();
        Tables.printDataQuality(out, sac.dataQuality(), 8);
        return errors == 0 ? Msp.OK : Msp.FINDINGS;
    }

    private static boolean isConcludedS42(SafeguardingRecord r) {
        return r.enquiry().map(e -> e.type() == EnquiryType.S42 && e.isConcluded()).orElse(false);
    }
}
