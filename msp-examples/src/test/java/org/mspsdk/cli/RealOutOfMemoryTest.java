package org.mspsdk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.mspsdk.json.JsonLinesWriter;
import org.mspsdk.json.MspJson;
import org.mspsdk.synthetic.SyntheticDataGenerator;

/**
 * Issue 17 finding 7, reproduced for real: {@code msp sac} in a JVM with a 16 MB heap, fed generated records on
 * standard input until it gives up, runs out of memory and says so in one line naming {@code -Xmx}, exit 2,
 * with no stack trace (a 120,000-record run needs more than 16 MB; the feed stops when the tool exits).
 */
class RealOutOfMemoryTest {

    @Test
    void sacOnATooSmallHeapEndsWithTheOneLineErrorAndExitTwo() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(List.of(java, "-Xmx16m", "-cp", System.getProperty("java.class.path"),
                Msp.class.getName(), "sac", "--year", "2025", "-"))
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        CompletableFuture<Void> feed = CompletableFuture.runAsync(() -> {
            try (OutputStream in = p.getOutputStream();
                    JsonLinesWriter w = MspJson.strict().writeLines(in)) {
                new SyntheticDataGenerator(3).stream(1_000_000).forEach(w::write);
            } catch (IOException | RuntimeException e) {
                // the tool has exited and closed its input: the feed stops here
            }
        });
        assertThat(p.waitFor(180, TimeUnit.SECONDS)).as("the tool ends").isTrue();
        feed.get(30, TimeUnit.SECONDS);
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.exitValue()).as(err).isEqualTo(Msp.UNUSABLE);
        assertThat(err.lines().toList()).as(err).hasSize(1);
        assertThat(err).startsWith("msp: out of memory: the Java heap is limited to ").contains("-Xmx")
                .doesNotContain("OutOfMemoryError", "\tat ");
    }
}
