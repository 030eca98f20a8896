package org.mspsdk.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * One concept per file: no main source file of the library modules is over 400 lines, so a table, a rule area
 * or a wire object stays one small class (issue "Before 1.0: make the return, the rules and the wire format easy
 * to change"). Data-only tables would be listed here by name; there are none today.
 */
class SourceSizeTest {

    private static final int MAX_LINES = 400;
    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

    @Test
    void noLibraryMainSourceFileIsOverFourHundredLines() throws IOException {
        List<String> over;
        try (Stream<Path> files = Stream.of("msp-core", "msp-json-schema").map(m -> ROOT.resolve(m + "/src/main/java"))
                .flatMap(SourceSizeTest::javaFiles)) {
            over = files.filter(f -> lines(f) > MAX_LINES).map(f -> ROOT.relativize(f) + " (" + lines(f) + ")")
                    .toList();
        }
        assertThat(over).as("main source files over %d lines", MAX_LINES).isEmpty();
    }

    @Test
    void theScanSeesTheLibrarySources() {
        try (Stream<Path> files = javaFiles(ROOT.resolve("msp-core/src/main/java"))) {
            assertThat(files.count()).isGreaterThan(100);
        }
    }

    private static Stream<Path> javaFiles(Path dir) {
        try {
            return Files.walk(dir).filter(f -> f.toString().endsWith(".java"));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static long lines(Path f) {
        try (Stream<String> l = Files.lines(f)) {
            return l.count();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
