package org.planwatch.app;

import java.io.PrintWriter;
import java.util.Collection;
import java.util.Comparator;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.planwatch.consumer.AlertListener;
import org.planwatch.schema.ProgressEvaluation;

/**
 * Shows the demo's statuses as they change. On a terminal it redraws the whole table in place,
 * at most four times a second; otherwise (a pipe, a log, CI) it prints one line per alert (a
 * status change), which reads better there than screen redraws.
 */
public final class LiveStatusView implements AlertListener, AutoCloseable {
    private static final String CLEAR_SCREEN = "\033[H\033[2J";

    private final PrintWriter out;
    private final boolean redraw;
    private final Supplier<Collection<ProgressEvaluation>> statuses;
    private final String title;
    private final AtomicBoolean dirty = new AtomicBoolean();
    private final AtomicInteger alerts = new AtomicInteger();
    private final ScheduledExecutorService painter;

    public LiveStatusView(
            PrintWriter out, boolean redraw, String title, Supplier<Collection<ProgressEvaluation>> statuses) {
        this.out = out;
        this.redraw = redraw;
        this.title = title;
        this.statuses = statuses;
        this.painter = redraw
                ? Executors.newSingleThreadScheduledExecutor(r -> {
                    Thread t = new Thread(r, "live-status-view");
                    t.setDaemon(true);
                    return t;
                })
                : null;
        if (redraw) {
            painter.scheduleWithFixedDelay(this::paintIfChanged, 250, 250, TimeUnit.MILLISECONDS);
        }
    }

    /** Whether this JVM writes to a terminal that understands screen redraws. */
    public static boolean terminal() {
        return System.console() != null && !"dumb".equals(System.getenv("TERM"));
    }

    /** A status changed: a line in a pipe or log; on a terminal, the table redrawn. */
    @Override
    public void onAlert(String key, ProgressEvaluation alert) {
        alerts.incrementAndGet();
        if (redraw) {
            dirty.set(true);
            return;
        }
        synchronized (out) {
            if (alerts.get() == 1) {
                // the columns once, as the table at the end has them
                out.println("         " + String.join("  ", StatusTable.HEADER) + "  (before)");
            }
            String before = alert.getPreviousStatus() == null ? "new" : "was " + alert.getPreviousStatus();
            out.println("  alert  " + String.join("  ", StatusTable.row(alert)) + "  (" + before + ")  [simulated]");
            out.flush();
        }
    }

    /** A current status changed without a status change: the numbers move in the table. */
    @Override
    public void onStatus(String key, ProgressEvaluation status) {
        dirty.set(true);
    }

    public int alerts() {
        return alerts.get();
    }

    private void paintIfChanged() {
        if (dirty.getAndSet(false)) {
            synchronized (out) {
                out.print(CLEAR_SCREEN);
                out.println(title + "  (" + alerts.get() + " alerts so far)");
                out.print(table());
                out.flush();
            }
        }
    }

    /** The current statuses, one row per plan target, sorted by plan and indicator. */
    String table() {
        return StatusTable.render(statuses.get().stream()
                .sorted(Comparator.comparing(ProgressEvaluation::getPlan)
                        .thenComparing(ProgressEvaluation::getIndicator))
                .toList());
    }

    /**
     * Shows the final state once: on a terminal the redrawn table, otherwise the table after the
     * lines of the alerts.
     */
    public void finish() {
        close();
        synchronized (out) {
            if (redraw) {
                dirty.set(true);
                paintIfChanged();
            } else {
                out.println();
                out.println(title + ":");
                out.print(table());
                out.flush();
            }
        }
    }

    @Override
    public void close() {
        if (painter != null) {
            painter.shutdownNow();
        }
    }
}
