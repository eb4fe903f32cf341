package org.planwatch.streams;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * The progress job in a child JVM ({@link ChildJobMain}), so that a test can kill it with SIGKILL
 * as a machine dies: no shutdown hook, no flush, no commit. Its output goes to a log file beside
 * its state, read back to know when it is ready.
 */
final class ChildJob implements AutoCloseable {
    private final Process process;
    private final Path log;

    private ChildJob(Process process, Path log) {
        this.process = process;
        this.log = log;
    }

    static ChildJob start(String bootstrap, String applicationId, Path stateDir, String topicPrefix, int targets)
            throws IOException {
        Files.createDirectories(stateDir);
        Path log = Files.createTempFile(stateDir.getParent(), "child-", ".log");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(List.of(
                        java,
                        "-Xmx512m",
                        "-cp",
                        System.getProperty("java.class.path"),
                        ChildJobMain.class.getName(),
                        bootstrap,
                        applicationId,
                        stateDir.toString(),
                        topicPrefix,
                        Integer.toString(targets)))
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        return new ChildJob(process, log);
    }

    /** Waits for the child to say it runs with {@code targets} loaded (or its share, with two instances). */
    ChildJob awaitReady(Duration timeout) {
        await().atMost(timeout)
                .pollInterval(Duration.ofMillis(100))
                .failFast(() -> assertThat(process.isAlive()).as("%s", said()).isTrue())
                .untilAsserted(() ->
                        assertThat(Files.readString(log)).as("child job ready").contains(ChildJobMain.READY));
        return this;
    }

    /** What the child said, with its exit code once it has exited. */
    private String said() throws IOException {
        String output = Files.readString(log);
        return process.isAlive() ? output : "child job exited " + process.exitValue() + ":\n" + output;
    }

    /** SIGKILL: the JVM stops mid-whatever, as a machine loses power. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    boolean alive() {
        return process.isAlive();
    }

    String output() throws IOException {
        return Files.readString(log);
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            process.destroy();
            if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
                kill();
            }
        }
    }
}
