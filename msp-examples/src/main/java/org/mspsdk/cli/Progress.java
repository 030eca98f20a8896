package org.mspsdk.cli;

import java.io.PrintWriter;

/**
 * A record counter on standard error for long runs, shown only when a terminal is attached (never in pipes,
 * files or tests) so it does not pollute logs. Every command that reads or writes records uses one
 * ({@link Msp#progress()}).
 */
final class Progress {

    /** A count is shown every this many records, unless told otherwise. */
    static final long EVERY = 10_000;

    private final PrintWriter err;
    private final long every;
    private long count;

    private Progress(PrintWriter err, long every) {
        this.err = err;
        this.every = every;
    }

    /**
     * @param err   standard error of a terminal
     * @param every how many records between two counts
     * @return a progress indicator that prints there
     */
    static Progress on(PrintWriter err, long every) {
        return new Progress(err, every);
    }

    /** @return a progress indicator that never prints */
    static Progress none() {
        return new Progress(null, EVERY);
    }

    void tick() {
        count++;
        if (err != null && count % every == 0) {
            err.printf("\rmsp: %,d records", count);
            err.flush();
        }
    }

    void done() {
        if (err != null && count >= every) {
            err.print("\r" + " ".repeat(40) + "\r");
            err.flush();
        }
    }
}
