package org.mspsdk.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
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
 * {@code msp import --check}. The mapping is printed through {@link TerminalText} or, with {@code --out}, written
 * through {@link AtomicOutput}: complete or not at all, and never over an existing file.
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
                    err.printf("%s: unusable: no such file, or it cannot be read%n",
                            TerminalText.escape(String.valueOf(p.getFileName())));
                    return Msp.UNUSABLE;
                }
            }
            String yaml;
            try {
                yaml = MappingInit.guess(sources);
            } catch (SourceException e) {
                err.println(TerminalText.escape(e.getMessage()));
                return Msp.UNUSABLE;
            }
            if (out == null) {
                // through the terminal filter: a header or local value holding ESC is shown escaped
                PrintWriter stdout = spec.commandLine().getOut();
                stdout.print(yaml);
                stdout.flush();
                return Msp.OK;
            }
            String name = TerminalText.escape(out.getFileName().toString());
            if (Files.exists(out, LinkOption.NOFOLLOW_LINKS)) {
                err.printf("%s: exists; not overwritten (choose another --out)%n", name);
                return Msp.UNUSABLE;
            }
            try (AtomicOutput files = AtomicOutput.forFile(out);
                    Writer w = files.writer(out.getFileName().toString())) {
                w.write(yaml);
                w.flush();
                if (!files.commitWithoutReplacing()) {
                    err.printf("%s: exists; not overwritten (choose another --out)%n", name);
                    return Msp.UNUSABLE;
                }
            }
            err.printf("%s: a starting mapping; check every line, then run msp import --check --mapping %s ...%n",
                    name, name);
            return Msp.OK;
        }
    }
}
