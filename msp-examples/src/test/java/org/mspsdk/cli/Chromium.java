package org.mspsdk.cli;

import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * Debian's headless {@code chromium}, run as a separate process per page: a picture ({@code --screenshot}), an
 * A4 PDF ({@code --print-to-pdf}) or the DOM as the browser parsed it ({@code --dump-dom}). Each run has its own
 * throwaway profile and no network services. When the browser is not installed the tests that need it are
 * skipped, unless {@code MSP_REQUIRE_BROWSER} is set (as {@code .ci/run} does), which makes them fail instead.
 */
final class Chromium {

    /** Where Debian installs it; {@code MSP_CHROMIUM} names another. */
    static final Path BINARY = Path.of(System.getenv().getOrDefault("MSP_CHROMIUM", "/usr/bin/chromium"));

    private Chromium() {
    }

    /** Skips the calling test when there is no browser, or fails it when one is required. */
    static void require() {
        if (Files.isExecutable(BINARY)) {
            return;
        }
        if (System.getenv("MSP_REQUIRE_BROWSER") != null) {
            fail("MSP_REQUIRE_BROWSER is set but " + BINARY + " is missing: install it with apt-get install chromium");
        }
        Assumptions.abort(BINARY + " is not installed (apt-get install chromium); .ci/run installs it");
    }

    /**
     * @param page  the page
     * @param png   the picture to write
     * @param width the window's width in pixels
     * @param height the window's height in pixels
     */
    static void screenshot(Path page, Path png, int width, int height) throws IOException {
        run(page, "--hide-scrollbars", "--force-device-scale-factor=1", "--window-size=" + width + "," + height,
                "--screenshot=" + png.toAbsolutePath());
    }

    /** Prints the page to PDF with the page's own {@code @page} size (A4). */
    static void pdf(Path page, Path pdf) throws IOException {
        run(page, "--no-pdf-header-footer", "--print-to-pdf=" + pdf.toAbsolutePath());
    }

    /** @return the DOM as the browser parsed it */
    static String dom(Path page) throws IOException {
        return run(page, "--dump-dom");
    }

    private static String run(Path page, String... action) throws IOException {
        Path profile = Files.createTempDirectory("msp-chromium-");
        Path output = Files.createTempFile("msp-chromium-", ".out");
        List<String> command = new ArrayList<>(List.of(BINARY.toString(), "--headless", "--no-sandbox",
                "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--disable-extensions", "--user-data-dir=" + profile));
        command.addAll(List.of(action));
        command.add(page.toAbsolutePath().toUri().toString());
        Process p = new ProcessBuilder(command).redirectOutput(output.toFile())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try {
            if (!p.waitFor(240, TimeUnit.SECONDS)) {
                p.descendants().forEach(ProcessHandle::destroyForcibly);
                p.destroyForcibly();
                fail("chromium did not finish within 240 s: " + String.join(" ", action));
            }
            if (p.exitValue() != 0) {
                fail("chromium exited with " + p.exitValue() + ": " + String.join(" ", action));
            }
            return Files.readString(output, StandardCharsets.UTF_8);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        } finally {
            Files.deleteIfExists(output);
            deleteTree(profile);
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        try (var files = Files.walk(dir)) {
            for (Path f : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(f);
            }
        }
    }
}
