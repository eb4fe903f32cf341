package org.planwatch.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The backfill's progress job in a JVM of its own ({@link ChildJvmJobMain}) with a fixed heap, so
 * that its memory is the streams app's alone and not the in-JVM broker's too. It reports its
 * peaks when told to stop; its log goes to a file beside its state.
 */
final class ChildJvmJob implements JobInstance {
    private final Process process;
    private final Path log;
    private final int targets;
    private volatile boolean ready;
    private Map<String, Long> peaks = Map.of();

    private ChildJvmJob(Process process, Path log, int targets) {
        this.process = process;
        this.log = log;
        this.targets = targets;
    }

    /**
     * Starts the job on {@code counties} synthetic counties, holding {@code targets} targets, in a
     * JVM with {@code heapMb} of heap at most.
     */
    static ChildJvmJob start(
            String bootstrap,
            String applicationId,
            Path stateDir,
            String topicPrefix,
            Duration commitInterval,
            int counties,
            int targets,
            int heapMb)
            throws IOException {
        Files.createDirectories(stateDir);
        Path log = stateDir.resolve("job.log");
        List<String> command = ChildJvm.command(
                heapMb,
                ChildJvmJobMain.class,
                bootstrap,
                applicationId,
                stateDir.resolve("state").toString(),
                topicPrefix,
                Long.toString(commitInterval.toMillis()),
                Integer.toString(counties),
                Integer.toString(targets));
        Process process =
                new ProcessBuilder(command).redirectError(log.toFile()).start();
        return new ChildJvmJob(process, log, targets);
    }

    /** Waits for the child's word; the child's own time limits (2 min to run, 5 to load) bound the wait. */
    @Override
    public void awaitReady(Duration timeout) throws Exception {
        String line;
        while ((line = reader().readLine()) != null) {
            if (line.equals(ChildJvmJobMain.READY)) {
                ready = true;
                return;
            }
        }
        throw new IllegalStateException("the child job exited before it was ready: " + tail());
    }

    @Override
    public int targetsLoaded() {
        return ready ? targets : 0;
    }

    @Override
    public Throwable failure() {
        return process.isAlive()
                ? null
                : new IllegalStateException("the child job exited " + process.exitValue() + ": " + tail());
    }

    /** {@code heap_mb}, {@code rss_mb}, {@code gc_ms}, {@code heap_max_mb} of the child since it got ready. */
    Map<String, Long> peaks() {
        return peaks;
    }

    @Override
    public void close() throws Exception {
        if (process.isAlive()) {
            Writer in = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
            in.write(ChildJvmJobMain.STOP + "\n");
            in.flush();
            String line;
            BufferedReader out = reader();
            while ((line = out.readLine()) != null) {
                if (line.startsWith(ChildJvmJobMain.PEAKS)) {
                    peaks = parse(line.substring(ChildJvmJobMain.PEAKS.length()));
                }
            }
        }
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }

    private BufferedReader stdout;

    private BufferedReader reader() {
        if (stdout == null) {
            stdout = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        }
        return stdout;
    }

    private static Map<String, Long> parse(String fields) {
        Map<String, Long> values = new HashMap<>();
        for (String field : fields.trim().split("\\s+")) {
            String[] kv = field.split("=", 2);
            values.put(kv[0], Long.parseLong(kv[1]));
        }
        return Map.copyOf(values);
    }

    private String tail() {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 20), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }
}
