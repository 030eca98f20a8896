package org.mspsdk.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.mspsdk.schema.MspSchemas;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code msp schema}: prints or writes the published JSON Schema files (draft 2020-12). */
@Command(name = "schema", mixinStandardHelpOptions = true,
        description = "Print a published JSON Schema file, or write them all into a folder.")
final class SchemaCommand implements Callable<Integer> {

    @Parameters(arity = "0..1", paramLabel = "FILE", defaultValue = MspSchemas.RECORD,
            description = "The schema file to print (default ${DEFAULT-VALUE}); one of: ${COMPLETION-CANDIDATES}",
            completionCandidates = SchemaFiles.class)
    String file;

    @Option(names = "--out", paramLabel = "DIR", description = "Write every schema file into this folder.")
    Path outDir;

    @Option(names = "--list", description = "List the schema files and their $id.")
    boolean list;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        if (list) {
            for (String f : MspSchemas.files()) {
                spec.commandLine().getOut().printf("%s  %s%n", f, MspSchemas.id(f));
            }
            return Msp.OK;
        }
        if (outDir != null) {
            try (AtomicOutput files = AtomicOutput.intoFolder(outDir)) {
                for (String f : MspSchemas.files()) {
                    try (java.io.Writer w = files.writer(f)) {
                        w.write(MspSchemas.text(f));
                    }
                }
                files.commit();
            }
            spec.commandLine().getErr().printf("msp: wrote %s to %s%n",
                    Plural.count(MspSchemas.files().size(), "schema file"), TerminalText.escape(outDir.toString()));
            return Msp.OK;
        }
        if (!MspSchemas.files().contains(file)) {
            spec.commandLine().getErr().printf("msp: no schema file '%s'; expected one of %s%n",
                    TerminalText.escape(file), MspSchemas.files());
            return Msp.UNUSABLE;
        }
        spec.commandLine().getOut().print(MspSchemas.text(file));
        return Msp.OK;
    }

    /** The file names, for help and completion. */
    static final class SchemaFiles implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            return MspSchemas.files().iterator();
        }
    }
}
