package org.mspsdk.cli;

import java.io.PrintWriter;

/**
 * A record counter on standard error for long runs, shown only when a terminal is attached (never in pipes,
 * files or tests) so it does not pollute logs.
 */
final class Progress {

    private static final long EVERY = 10_000;

    private final PrintWriter err;
    private final boolean enabled;
    private long count;

    private Progress(PrintWriter err, boolean enabled) {
        this.err = err;
        this.enabled = enabled;
    }

    /** @return a progress indicator that shows only when standard error is an interactive terminal */
    static Progress forTerminal(PrintWriter err) {
        return new Progress(err, System.console() != null && System.getenv("CI") == null);
    }

    /** @return a progress indicator that never prints */
    static Progress none(PrintWriter err) {
        return new Progress(err, false);
    }

    void tick() {
        count++;
        if (enabled && count % EVERY == 0) {
            err.printf("\rmsp: %,d records", count);
            err.flush();
        }
    }

    void done() {
        if (enabled && count >= EVERY) {
            err.print("\r" + " ".repeat(40) + "\r");
            err.flush();
        }
    }
}
