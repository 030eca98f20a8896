package org.mspsdk.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.mspsdk.MspException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The {@code msp} command-line tool: validate files, build the SAC return and the MSP measures, generate
 * synthetic data, print the schema, and run a demo on embedded sample data.
 *
 * <p>Exit codes: 0 success (or valid); 1 findings with errors, where a document (a {@code .json} file or one
 * line of JSON Lines) that cannot be decoded into a record is a finding like any other; 2 an input unusable as a
 * whole (missing, a folder, unreadable, empty, oversized, or not JSON records at all), a usage error, a file that
 * cannot be written, or running out of memory. Errors go to standard error with the file, line and path, never a
 * stack trace unless {@code --debug}; no message contains personal data, and everything printed is escaped for
 * the terminal ({@link TerminalText}).
 */
@Command(name = "msp", mixinStandardHelpOptions = true, versionProvider = Msp.Version.class,
        description = "Making Safeguarding Personal outcome recording: validate, report (SAC), generate.",
        subcommands = {ValidateCommand.class, SacCommand.class, MeasuresCommand.class, GenerateCommand.class,
            SchemaCommand.class, ExportCommand.class, DictionaryCommand.class, DemoCommand.class, ImportCommand.class, MappingCommand.class,
            ReportCommand.class, FhirCommand.class, CommandLine.HelpCommand.class})
public final class Msp implements java.util.concurrent.Callable<Integer> {

    /** Exit code: success, or the input is valid. */
    public static final int OK = 0;
    /** Exit code: the input has findings with errors. */
    public static final int FINDINGS = 1;
    /** Exit code: unusable input (unreadable, not the format) or a usage error. */
    public static final int UNUSABLE = 2;

    @Option(names = "--debug", description = "Show stack traces for unexpected errors.", scope = CommandLine.ScopeType.INHERIT)
    boolean debug;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** Standard input, for {@code -}. */
    InputStream stdin = System.in;
    /** Standard output as bytes, for commands that write records or files to it. */
    OutputStream stdout = System.out;
    /** Whether standard error is an interactive terminal (progress is shown only there). */
    boolean terminal = System.console() != null && System.getenv("CI") == null;
    /** How many records between two progress counts. */
    long progressEvery = Progress.EVERY;
    /** Standard error without the escaping filter, for the progress line's carriage returns only. */
    private PrintWriter rawErr;

    /**
     * @return a record counter on standard error when it is a terminal, otherwise one that prints nothing
     */
    Progress progress() {
        return terminal && rawErr != null ? Progress.on(rawErr, progressEvery) : Progress.none();
    }

    /** Without a command: the usage on standard error, and the usage-error exit code. */
    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return UNUSABLE;
    }

    /**
     * Runs the tool.
     *
     * @param args the arguments
     */
    public static void main(String[] args) {
        System.exit(run(System.in, System.out, System.err, args));
    }

    /**
     * Runs the tool with the given streams (used by tests and embedders). Text is written as UTF-8.
     *
     * @param in   standard input
     * @param out  standard output
     * @param err  standard error
     * @param args the arguments
     * @return the exit code
     */
    public static int run(InputStream in, OutputStream out, OutputStream err, String... args) {
        Msp root = new Msp();
        root.stdin = in;
        root.stdout = out;
        return run(root, new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), true),
                new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8), true), args);
    }

    private static int run(Msp root, PrintWriter out, PrintWriter err, String... args) {
        return run(new CommandLine(root), root, out, err, args);
    }

    /** Runs a command line whose root is {@code root} (tests add commands to it). */
    static int run(CommandLine cli, Msp root, PrintWriter rawOut, PrintWriter rawErr, String... args) {
        // every character of text output that could act on a terminal is escaped, whatever printed it
        PrintWriter out = new PrintWriter(TerminalText.filter(rawOut), true);
        PrintWriter err = new PrintWriter(TerminalText.filter(rawErr), true);
        root.rawErr = rawErr;
        cli.setOut(out);
        cli.setErr(err);
        cli.setParameterExceptionHandler((e, arguments) -> {
            CommandLine c = e.getCommandLine();
            c.getErr().println(TerminalText.escape(e.getMessage()));
            if (!CommandLine.UnmatchedArgumentException.printSuggestions(e, c.getErr())) {
                c.usage(c.getErr());
            }
            return UNUSABLE;
        });
        cli.setExitCodeExceptionMapper(e -> UNUSABLE);
        cli.getCommandSpec().exitCodeOnInvalidInput(UNUSABLE);
        cli.getCommandSpec().exitCodeOnExecutionException(UNUSABLE);
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            boolean debug = root.debug;
            for (CommandLine.ParseResult r = parseResult; r != null; r = r.subcommand()) {
                debug |= r.hasMatchedOption("--debug");
            }
            commandLine.getErr().println("msp: " + TerminalText.escape(describe(e)));
            if (debug) {
                e.printStackTrace(commandLine.getErr());
            }
            return UNUSABLE;
        });
        int code;
        try {
            code = cli.execute(args);
        } catch (OutOfMemoryError e) {
            // the work that filled the heap has unwound by now, so there is room to report it
            err.println("msp: " + outOfMemory(Runtime.getRuntime().maxMemory()));
            if (root.debug || java.util.Arrays.asList(args).contains("--debug")) {
                e.printStackTrace(err);
            }
            code = UNUSABLE;
        }
        out.flush();
        err.flush();
        rawOut.flush();
        rawErr.flush();
        return code;
    }

    /**
     * The one-line message for running out of memory: the heap the run had and the setting that gives it more.
     *
     * @param maxHeapBytes the maximum heap of this JVM
     * @return the message
     */
    static String outOfMemory(long maxHeapBytes) {
        long mb = Math.max(1, maxHeapBytes / (1024 * 1024));
        long next = Math.max(256, Integer.highestOneBit((int) Math.min(mb, 1 << 29)) * 4L);
        return "out of memory: the Java heap is limited to " + mb + " MB, too little for this input; run again "
                + "with a larger heap, for example java -Xmx" + next + "m -jar msp.jar ... (the SAC return keeps "
                + "about 100 bytes per record read)";
    }

    /** A message for an unexpected failure, free of personal data: SDK messages are safe by design. */
    static String describe(Exception e) {
        if (e instanceof MspException m) {
            return m.getMessage();
        }
        if (e instanceof java.nio.file.FileSystemException f && f.getFile() != null) {
            return "cannot use " + f.getFile() + ": " + reason(f);
        }
        if (e instanceof IOException io) {
            return "input or output failed: " + reason(io);
        }
        if (e instanceof java.io.UncheckedIOException u) {
            return "input or output failed: " + reason(u.getCause());
        }
        return "unexpected error (" + e.getClass().getSimpleName() + "); run again with --debug for details";
    }

    /**
     * @param e an I/O failure
     * @return what it means, in words, without a Java exception name
     */
    static String reason(IOException e) {
        if (e instanceof java.nio.file.NoSuchFileException) {
            return "no such file or folder";
        }
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof java.nio.file.FileAlreadyExistsException) {
            return "a file of that name is in the way";
        }
        if (e instanceof java.nio.file.NotDirectoryException) {
            return "a part of the path is a file, not a folder";
        }
        if (e instanceof java.nio.file.FileSystemException f) {
            return f.getReason() != null ? f.getReason() : "the file system refused";
        }
        String message = e.getMessage();
        return message == null || message.isBlank() ? "the operating system reported a failure" : message;
    }

    /** Reads the version filtered in at build time. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() throws IOException {
            Properties p = new Properties();
            try (InputStream in = Msp.class.getResourceAsStream("version.properties")) {
                if (in != null) {
                    p.load(in);
                }
            }
            return new String[] {"msp " + p.getProperty("version", "unknown")
                    + " (SAC guidance " + org.mspsdk.vocabulary.Vocabulary.SAC_GUIDANCE_VERSION
                    + ", vocabulary " + org.mspsdk.vocabulary.Vocabulary.SDK_VOCABULARY_VERSION + ")"};
        }
    }
}
