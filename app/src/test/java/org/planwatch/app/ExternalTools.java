package org.planwatch.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** Other programs a test checks the deploy files with (promtool, amtool, kubectl): found on PATH, run to success. */
final class ExternalTools {
    private ExternalTools() {}

    static boolean onPath(String tool) {
        return Stream.of(System.getenv("PATH").split(":")).anyMatch(d -> Files.isExecutable(Path.of(d, tool)));
    }

    /** What {@code command} printed, run in {@code workDir}; fails the test unless it exits 0 within a minute. */
    static String run(Path workDir, String... command) throws Exception {
        Process p = new ProcessBuilder(command)
                .directory(workDir.toFile())
                .redirectErrorStream(true)
                .start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, java.util.concurrent.TimeUnit.SECONDS))
                .as(String.join(" ", command))
                .isTrue();
        assertThat(p.exitValue()).as(String.join(" ", command) + "\n" + output).isZero();
        return output;
    }
}
