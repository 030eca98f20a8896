package org.mspsdk.cli;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;

/** Runs the tool in-process and captures what it prints, for the CLI tests. */
final class Cli {

    private Cli() {
    }

    /** One run: the exit code and both streams as text. */
    record Run(int exit, String out, String err) {
        /** @return both streams */
        String all() {
            return out + err;
        }
    }

    static Run run(String... args) {
        return runWithInput("", args);
    }

    static Run runWithInput(String stdin, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = Msp.run(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)), out, err, args);
        return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** Runs as if standard error were an interactive terminal: progress is shown, every 100 records. */
    static Run runOnTerminal(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Msp root = new Msp();
        root.stdin = new ByteArrayInputStream(new byte[0]);
        root.stdout = out;
        root.terminal = true;
        root.progressEvery = 100;
        int exit = Msp.run(new CommandLine(root), root,
                new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), true),
                new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8), true), args);
        return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
