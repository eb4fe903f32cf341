package org.planwatch.producer;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
import org.planwatch.runtime.Shutdown;

/**
 * An automated drop folder: every file that appears in it is published once, then moved with its
 * rejects to {@code done/} (every row published) or {@code failed/} (some refused, not
 * acknowledged, or unreadable). A file is taken only once its size has held still for one poll,
 * so a bureau's upload still being written is left alone. Nothing but the folder is state: after
 * a restart the files still in it are published, and a file published but not yet moved when the
 * process died is sent again with the same reading ids, which make no new readings downstream.
 * One file never stops the folder: a file that cannot be read or checked, whatever the reason, is
 * one line on the error stream and goes to {@code failed/}; one that cannot even be moved is
 * reported once and left alone until it changes, and the next file is read.
 */
public final class DropFolder {
    public static final String DONE = "done";
    public static final String FAILED = "failed";

    private final Path dir;
    private final Handler run;
    private final PrintWriter out;
    private final PrintWriter err;
    private final Map<Path, Long> sizes = new HashMap<>();
    private final Map<Path, Long> stuck = new HashMap<>();

    /** What is done with one file: {@link FeedRun#process}, in the command. */
    @FunctionalInterface
    public interface Handler {
        FeedRun.Outcome process(Path file, PrintWriter err) throws IOException, InterruptedException;
    }

    public DropFolder(Path dir, Handler run, PrintWriter out, PrintWriter err) throws IOException {
        this.dir = dir;
        this.run = run;
        this.out = out;
        this.err = err;
        Files.createDirectories(dir.resolve(DONE));
        Files.createDirectories(dir.resolve(FAILED));
    }

    /** Watches until the JVM is told to stop (SIGTERM, Ctrl-C): the files seen by then are all handled. */
    public void watchUntilShutdown(Duration interval) throws IOException, InterruptedException {
        out.println("watching " + dir + " every " + interval.toMillis() + " ms; published files go to "
                + dir.resolve(DONE) + " or " + dir.resolve(FAILED) + "; Ctrl-C to stop");
        out.flush();
        Shutdown shutdown = new Shutdown();
        try {
            AtomicBoolean stopped = new AtomicBoolean();
            Thread waiter = new Thread(() -> {
                try {
                    shutdown.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                stopped.set(true);
            });
            waiter.setDaemon(true);
            waiter.start();
            watch(interval, stopped::get);
        } finally {
            shutdown.done();
        }
    }

    /** Polls until {@code stopped} says so. */
    public void watch(Duration interval, BooleanSupplier stopped) throws IOException, InterruptedException {
        while (!stopped.getAsBoolean()) {
            poll();
            Thread.sleep(interval.toMillis());
        }
    }

    /** One look at the folder: publishes and moves the files whose size held since the last look. */
    public int poll() throws IOException, InterruptedException {
        int handled = 0;
        for (Path file : candidates()) {
            long size = Files.size(file);
            Long before = sizes.put(file, size);
            if (before == null || before != size) {
                continue;
            }
            sizes.remove(file);
            if (stuck.containsKey(file) && stuck.get(file) == size) {
                continue;
            }
            stuck.remove(file);
            FeedRun.Outcome outcome;
            try {
                outcome = run.process(file, err);
            } catch (IOException | RuntimeException e) {
                err.println(file + ": not read: " + reason(e));
                outcome = new FeedRun.Outcome(file, 0, 0, 0, 0, true);
            }
            Path to = dir.resolve(outcome.clean() ? DONE : FAILED);
            try {
                move(file, to);
                Path rejects = org.planwatch.producer.RejectsFile.beside(file);
                if (Files.exists(rejects)) {
                    move(rejects, to);
                }
            } catch (IOException e) {
                err.println(file + ": cannot be moved to " + to.getFileName() + "/ (" + reason(e)
                        + "); left in place and not taken again until it changes");
                err.flush();
                stuck.put(file, size);
                continue;
            }
            out.println(file.getFileName() + ": " + outcome.summary() + " -> " + to.getFileName() + "/");
            out.flush();
            handled++;
        }
        return handled;
    }

    private List<Path> candidates() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(Files::isRegularFile)
                    .filter(f -> {
                        String name = f.getFileName().toString();
                        return !name.startsWith(".")
                                && !name.endsWith(".rejects.tsv")
                                && !name.endsWith(".part")
                                && !name.endsWith(".tmp");
                    })
                    .sorted(Comparator.comparing(Path::toString))
                    .toList();
        }
    }

    private static String reason(Exception e) {
        String message = e.getMessage();
        return message == null || message.isBlank()
                ? e.getClass().getSimpleName()
                : message.lines().findFirst().orElse("");
    }

    private static void move(Path file, Path dir) throws IOException {
        Files.move(file, dir.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
    }
}
