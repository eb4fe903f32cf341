package org.planwatch.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The command line of a benchmark's child JVM: its heap, the options it is given, this classpath. */
class ChildJvmTest {
    @AfterEach
    void clear() {
        System.clearProperty(ChildJvm.OPTIONS);
    }

    @Test
    void shouldPassTheChildOptionsBeforeTheClasspathAndTheMainClass() {
        System.setProperty(ChildJvm.OPTIONS, " -XX:StartFlightRecording=filename=job.jfr  -Xss1m ");

        List<String> command = ChildJvm.command(512, ChildJvmJobMain.class, "a", "b");

        assertThat(command.subList(1, command.size()))
                .startsWith(
                        "-Xmx512m",
                        "-XX:+ExitOnOutOfMemoryError",
                        "-XX:StartFlightRecording=filename=job.jfr",
                        "-Xss1m",
                        "-cp")
                .endsWith(ChildJvmJobMain.class.getName(), "a", "b");
    }

    @Test
    void shouldPassNoOptionWhereNoneIsGiven() {
        List<String> command = ChildJvm.command(256, ChildJvmJobMain.class);

        assertThat(command.subList(1, command.size()))
                .containsExactly(
                        "-Xmx256m",
                        "-XX:+ExitOnOutOfMemoryError",
                        "-cp",
                        System.getProperty("java.class.path"),
                        ChildJvmJobMain.class.getName());
    }
}
