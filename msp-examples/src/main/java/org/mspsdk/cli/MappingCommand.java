package org.mspsdk.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.concurrent.Callable;
import org.mspsdk.imports.MappingInit;
import org.mspsdk.imports.SourceException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code msp mapping}: work with import mappings. {@code msp mapping init SOURCES...} writes a starting mapping
 * guessed from the files' headers and values (the SAC labels and SDK codes it recognises), with comments listing
 * the local values still to map and the parts still missing, for an analyst to correct and then try with
 * {@code msp import --check}.
 */
@Command(name = "mapping", mixinStandardHelpOptions = true,
        description = "Import mappings: 'init' guesses a starting mapping from CSV files or a workbook.",
        subcommands = MappingCommand.Init.class)
final class MappingCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    /** Without a subcommand: the usage, and the usage-error exit code. */
    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return Msp.UNUSABLE;
    }

    /** {@code msp mapping init}. */
    @Command(name = "init", mixinStandardHelpOptions = true,
            description = "Guess a starting mapping from the files' headers and values (exit 0, or 2 when a file "
                    + "cannot be read). Check every line, then run msp import --check.")
    static final class Init implements Callable<Integer> {

        static {
            ImportCommand.quietPoi();
        }

        @Option(names = "--out", paramLabel = "M.yaml",
                description = "Write the mapping here (an existing file is not overwritten; default: standard output).")
        Path out;

        @Parameters(arity = "1..*", paramLabel = "SOURCES", description = "The CSV files and .xlsx workbooks.")
        List<Path> sources;

        @ParentCommand
        MappingCommand parent;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws IOException {
            PrintWriter err = spec.commandLine().getErr();
            for (Path p : sources) {
                if (!Files.isRegularFile(p) || !Files.isReadable(p)) {
                    err.printf("%s: unusable: no such file, or it cannot be read%n", p.getFileName());
                    return Msp.UNUSABLE;
                }
            }
            String yaml;
            try {
                yaml = MappingInit.guess(sources);
            } catch (SourceException e) {
                err.println(e.getMessage());
                return Msp.UNUSABLE;
            }
            byte[] bytes = yaml.getBytes(StandardCharsets.UTF_8);
            if (out == null) {
                Msp root = (Msp) parent.spec.parent().userObject();
                root.stdout.write(bytes);
                root.stdout.flush();
                return Msp.OK;
            }
            try {
                Files.write(out, bytes, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            } catch (FileAlreadyExistsException e) {
                err.printf("%s: exists; not overwritten (choose another --out)%n", out.getFileName());
                return Msp.UNUSABLE;
            }
            err.printf("%s: a starting mapping; check every line, then run msp import --check --mapping %s ...%n",
                    out.getFileName(), out.getFileName());
            return Msp.OK;
        }
    }
}
