package org.planwatch.producer;

import java.io.PrintWriter;

/**
 * Progress of a long publish: on a terminal one line rewritten in place, elsewhere a plain line
 * every few seconds, with rows acknowledged, rows per second and the time left. Files under
 * 10,000 rows are quick enough to say nothing.
 */
final class ProgressLine {
    private static final int QUIET_BELOW = 10_000;

    private final PrintWriter err;
    private final String name;
    private final int total;
    private final boolean terminal = System.console() != null && !"dumb".equals(System.getenv("TERM"));
    private final long start = System.nanoTime();
    private long lastShown = start;

    ProgressLine(PrintWriter err, String name, int total) {
        this.err = err;
        this.name = name;
        this.total = total;
    }

    /** Called from the producer's callback thread with the count acknowledged so far. */
    synchronized void acknowledged(long done) {
        long now = System.nanoTime();
        if (total < QUIET_BELOW || now - lastShown < (terminal ? 200_000_000L : 3_000_000_000L)) {
            return;
        }
        lastShown = now;
        double seconds = (now - start) / 1e9;
        double rate = done / Math.max(seconds, 1e-3);
        long left = rate > 0 ? Math.round((total - done) / rate) : -1;
        String line = String.format(
                "%s: %,d of %,d rows (%d%%), %,.0f rows/s, %s left",
                name, done, total, done * 100 / total, rate, left < 0 ? "?" : left + " s");
        if (terminal) {
            err.print("\r" + line + "   ");
        } else {
            err.println(line);
        }
        err.flush();
    }

    synchronized void done() {
        if (terminal && total >= QUIET_BELOW) {
            err.println();
        }
        if (total >= QUIET_BELOW) {
            double seconds = (System.nanoTime() - start) / 1e9;
            err.printf("%s: %,d rows in %.1f s%n", name, total, seconds);
        }
    }
}
