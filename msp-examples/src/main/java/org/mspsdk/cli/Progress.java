package org.mspsdk.cli;

import java.io.PrintWriter;

/**
 * A record counter on standard error for long runs, shown only when a terminal is attached (never in pipes,
 * files or tests) so it does not pollute logs. Every command that reads or writes records uses one
 * ({@link Msp#progress()}).
 */
final class Progress {

    /** A count is shown every this many records. */
    static final long EVERY = 10_000;

    private final PrintWriter err;
    private long count;

    private Progress(PrintWriter err) {
        this.err = err;
    }

    /**
     * @param err standard error of a terminal
     * @return a progress indicator that prints there
     */
    static Progress on(PrintWriter err) {
        return new Progress(err);
    }

    /** @return a progress indicator that never prints */
    static Progress none() {
        return new Progress(null);
    }

    void tick() {
        count++;
        if (err != null && count % EVERY == 0) {
            err.printf("\rmsp: %,d records", count);
            err.flush();
        }
    }

    void done() {
        if (err != null && count >= EVERY) {
            err.print("\r" + " ".repeat(40) + "\r");
            err.flush();
        }
    }
}
