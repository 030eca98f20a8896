package org.mspsdk.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.mspsdk.model.SafeguardingRecord;
import org.mspsdk.synthetic.SyntheticDataGenerator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code msp demo}: the main job on embedded sample data. */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Generate a realistic synthetic dataset and run the main job on it.")
final class DemoCommand implements Callable<Integer> {

    @Option(names = "--count", defaultValue = "5000", description = "Records to generate (default ${DEFAULT-VALUE}).")
    int count;

    @Option(names = "--seed", defaultValue = "2025", description = "Generator seed (default ${DEFAULT-VALUE}).")
    long seed;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        List<SafeguardingRecord> records = new SyntheticDataGenerator(seed).records(count);
        long enquiries = records.stream().filter(r -> r.enquiry().isPresent()).count();
        out.printf("Generated %d synthetic records (seed %d): %d with an enquiry.%n", records.size(), seed, enquiries);
        return Msp.OK;
    }
}
