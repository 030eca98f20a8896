package org.mspsdk.cli;

import java.io.IOException;
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

/**
 * {@code msp generate}: a synthetic JSON Lines dataset of N records from a seed (entirely invented data). With
 * {@code --out}, the file appears only when complete; its folder must exist.
 */
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = "Write a synthetic JSON Lines dataset (invented, realistic, internally consistent records).")
final class GenerateCommand implements Callable<Integer> {

    @Option(names = "--count", defaultValue = "1000", description = "How many records (default ${DEFAULT-VALUE}).")
    long count;

    @Option(names = "--seed", defaultValue = "1", description = "Generator seed (default ${DEFAULT-VALUE}); the "
            + "same seed gives the same records.")
    long seed;

    @Option(names = "--partner-share", defaultValue = "0", paramLabel = "SHARE", description = "Share of concerns "
            + "(0 to 1) whose journey partners also record: the council's record gets an episodeId and one or two "
            + "partner records (recordedBy a trust, the police, a care or housing provider) come with it (default "
            + "${DEFAULT-VALUE}: none).")
    double partnerShare;

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
        if (!(partnerShare >= 0 && partnerShare <= 1)) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--partner-share must be from 0 to 1");
        }
        SyntheticDataGenerator generator = new SyntheticDataGenerator(seed,
                SyntheticDataGenerator.Settings.defaults().withPartnerShare(partnerShare));
        Progress progress = root.progress();
        if (outFile == null) {
            JsonLinesWriter writer = MspJson.strict().writeLines(root.stdout);
            for (long i = 0; i < count; i++) {
                writer.write(generator.next());
                progress.tick();
            }
            writer.flush();
            progress.done();
            return Msp.OK;
        }
        try (AtomicOutput output = AtomicOutput.forFile(outFile)) {
            JsonLinesWriter writer = MspJson.strict().writeLines(output.stream(outFile.getFileName().toString()));
            for (long i = 0; i < count; i++) {
                writer.write(generator.next());
                progress.tick();
            }
            writer.close();
            output.commit();
        } finally {
            progress.done();
        }
        spec.commandLine().getErr().printf("msp: wrote %s to %s%n", Plural.count(count, "record"),
                TerminalText.escape(outFile.toString()));
        return Msp.OK;
    }
}
