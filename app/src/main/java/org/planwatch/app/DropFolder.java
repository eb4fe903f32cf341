package org.planwatch.app;

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
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;

/**
 * An automated drop folder: every file that appears in it is published once, then moved with its
 * rejects to {@code done/} (every row published) or {@code failed/} (some refused, not
 * acknowledged, or unreadable). A file is taken only once its size has held still for one poll,
 * so a bureau's upload still being written is left alone. Nothing but the folder is state: after
 * a restart the files still in it are published, and a file published but not yet moved when the
 * process died is sent again with the same reading ids, which make no new readings downstream.
 */
final class DropFolder {
    static final String DONE = "done";
    static final String FAILED = "failed";

    private final Path dir;
    private final FeedRun run;
    private final PrintWriter out;
    private final PrintWriter err;
    private final Map<Path, Long> sizes = new HashMap<>();

    DropFolder(Path dir, FeedRun run, PrintWriter out, PrintWriter err) throws IOException {
        this.dir = dir;
        this.run = run;
        this.out = out;
        this.err = err;
        Files.createDirectories(dir.resolve(DONE));
        Files.createDirectories(dir.resolve(FAILED));
    }

    /** Polls until {@code stopped} says so. */
    void watch(Duration interval, BooleanSupplier stopped) throws IOException, InterruptedException {
        while (!stopped.getAsBoolean()) {
            poll();
            Thread.sleep(interval.toMillis());
        }
    }

    /** One look at the folder: publishes and moves the files whose size held since the last look. */
    int poll() throws IOException, InterruptedException {
        int handled = 0;
        for (Path file : candidates()) {
            long size = Files.size(file);
            Long before = sizes.put(file, size);
            if (before == null || before != size) {
                continue;
            }
            sizes.remove(file);
            FeedRun.Outcome outcome = run.process(file, err);
            Path to = dir.resolve(outcome.clean() ? DONE : FAILED);
            move(file, to);
            Path rejects = org.planwatch.producer.RejectsFile.beside(file);
            if (Files.exists(rejects)) {
                move(rejects, to);
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

    private static void move(Path file, Path dir) throws IOException {
        Files.move(file, dir.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
    }
}
