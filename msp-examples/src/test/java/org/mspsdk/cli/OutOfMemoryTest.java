package org.mspsdk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Running out of memory is a one-line error naming the heap setting, exit 2, no stack trace without --debug. */
class OutOfMemoryTest {

    @Command(name = "fill")
    static final class Fill implements java.util.concurrent.Callable<Integer> {
        @Override
        public Integer call() {
            throw new OutOfMemoryError("Java heap space");
        }
    }

    private record Run(int exit, String out, String err) {
    }

    private static Run run(String... args) {
        Msp root = new Msp();
        CommandLine cli = new CommandLine(root).addSubcommand(new Fill());
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Msp.run(cli, root, new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Run(exit, out.toString(), err.toString());
    }

    @Test
    void outOfMemoryIsOneLineNamingTheHeapSettingWithExitTwo() {
        Run r = run("fill");
        assertThat(r.exit()).isEqualTo(Msp.UNUSABLE);
        assertThat(r.err().lines().toList()).hasSize(1);
        assertThat(r.err()).startsWith("msp: out of memory: the Java heap is limited to ")
                .contains("-Xmx").doesNotContain("OutOfMemoryError", "\tat ");
    }

    @Test
    void withDebugTheStackTraceFollows() {
        Run r = run("--debug", "fill");
        assertThat(r.exit()).isEqualTo(Msp.UNUSABLE);
        assertThat(r.err()).startsWith("msp: out of memory").contains("java.lang.OutOfMemoryError", "\tat ");
    }

    @Test
    void theSuggestedHeapIsLargerThanTheOneThatRanOut() {
        assertThat(Msp.outOfMemory(64L << 20)).contains("limited to 64 MB").contains("-Xmx256m");
        assertThat(Msp.outOfMemory(512L << 20)).contains("limited to 512 MB").contains("-Xmx2048m");
    }
}
