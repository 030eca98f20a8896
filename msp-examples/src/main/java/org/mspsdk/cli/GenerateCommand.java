package org.mspsdk.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.mspsdk.json.JsonLinesWriter;
import org.mspsdk.json.MspJson;
import org.mspsdk.synthetic.SyntheticDataGenerator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code msp generate}: a synthetic JSON Lines dataset of N records from a seed (entirely invented data). */
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = "Write a synthetic JSON Lines dataset (invented, realistic, internally consistent records).")
final class GenerateCommand implements Callable<Integer> {

    @Option(names = "--count", defaultValue = "1000", description = "How many records (default ${DEFAULT-VALUE}).")
    long count;

    @Option(names = "--seed", defaultValue = "1", description = "Generator seed (default ${DEFAULT-VALUE}); the "
            + "same seed gives the same records.")
    long seed;

    @Option(names = {"-o", "--out"}, paramLabel = "FILE", description = "Write to this file instead of standard output.")
    Path outFile;

    @ParentCommand
    Msp root;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        if (count < 0) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--count must not be negative");
        }
        spec.commandLine().getOut().flush();
        OutputStream target = outFile == null ? root.stdout : Files.newOutputStream(outFile);
        JsonLinesWriter writer = MspJson.strict().writeLines(target);
        SyntheticDataGenerator generator = new SyntheticDataGenerator(seed);
        for (long i = 0; i < count; i++) {
            writer.write(generator.next());
        }
        if (outFile == null) {
            writer.flush();
        } else {
            writer.close();
            spec.commandLine().getErr().printf("msp: wrote %,d records to %s%n", count, outFile);
        }
        return Msp.OK;
    }
}
