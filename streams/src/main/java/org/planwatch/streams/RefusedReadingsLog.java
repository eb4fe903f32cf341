package org.planwatch.streams;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The WARN lines of the readings the job refuses: the first {@value #FULL_LINES} of each reason
 * in a {@link #WINDOW} in full, then one line saying how many more there were. A province loading
 * ten years of history refuses every year that no plan covers: tens of thousands of lines that bury
 * the one an operator needs (and 2.7% of the backfill's stream thread, by JFR). Nothing is lost by
 * it: every refusal is counted ({@link RefusalCounter}) and is on the dead-letter topic with its
 * reason and origin.
 *
 * <p>Shared by the tasks of every stream thread of a job, hence synchronized; uncontended, the lock
 * costs nothing next to a log line.
 */
final class RefusedReadingsLog {
    static final int FULL_LINES = 10;
    static final Duration WINDOW = Duration.ofSeconds(10);

    private static final Logger LOG = LoggerFactory.getLogger(RefusedReadingsLog.class);

    private final Clock clock;
    /** By reason: the window under way. Sorted, so that a flush says its reasons in the same order every time. */
    private final Map<String, Window> windows = new TreeMap<>();

    RefusedReadingsLog(Clock clock) {
        this.clock = clock;
    }

    /** A reading refused: where it is, whose it is, and why. */
    synchronized void refused(String topic, int partition, long offset, String what, String reason, String detail) {
        long now = clock.millis();
        Window window = windows.get(reason);
        if (window != null && window.over(now)) {
            window.summarise(reason);
            window = null;
        }
        if (window == null) {
            window = new Window(now);
            windows.put(reason, window);
        }
        if (window.logged < FULL_LINES) {
            window.logged++;
            LOG.warn(
                    "refused reading {}-{}@{} {}: {}: {} (sent to the dead-letter topic)",
                    topic,
                    partition,
                    offset,
                    what,
                    reason,
                    detail);
            if (window.logged == FULL_LINES) {
                LOG.warn(
                        "{} readings refused as {} in {} s: more until {} are counted, not logged one by one",
                        FULL_LINES,
                        reason,
                        WINDOW.toSeconds(),
                        window.end());
            }
        } else {
            window.unlogged++;
        }
    }

    /** Says how many went unlogged in every window that is over; called now and then by the job. */
    synchronized void flush() {
        long now = clock.millis();
        windows.entrySet().removeIf(e -> {
            if (!e.getValue().over(now)) {
                return false;
            }
            e.getValue().summarise(e.getKey());
            return true;
        });
    }

    private static final class Window {
        private final long start;
        private int logged;
        private long unlogged;

        Window(long start) {
            this.start = start;
        }

        boolean over(long now) {
            return now - start >= WINDOW.toMillis();
        }

        String end() {
            return Instant.ofEpochMilli(start + WINDOW.toMillis()).toString();
        }

        void summarise(String reason) {
            if (unlogged > 0) {
                LOG.warn(
                        "{} more readings refused as {} until {} were not logged one by one; each is on the"
                                + " dead-letter topic with its reason and origin, and counted in"
                                + " planwatch_readings_refused_total",
                        unlogged,
                        reason,
                        end());
            }
        }
    }
}
