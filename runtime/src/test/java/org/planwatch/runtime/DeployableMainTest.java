package org.planwatch.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * An image's entry point says what is wrong in one line, with the exit status an orchestrator
 * tells apart: 64 for what the deployment must change (arguments, a setting), 1 for a cluster
 * that does not answer; the deployable runs only when all is well.
 */
class DeployableMainTest {
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final AtomicBoolean ran = new AtomicBoolean();
    private PrintStream systemErr;

    private final DeployableMain<KafkaSettings> main =
            new DeployableMain<>("planwatch test", KafkaSettings::from, settings -> settings);

    @BeforeEach
    void captureErr() {
        systemErr = System.err;
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restoreErr() {
        System.setErr(systemErr);
    }

    @Test
    void shouldRefuseArgumentsAsAManifestWrittenForTheCommandLineWouldGiveThem() throws Exception {
        int status = main.run(new String[] {"streams"}, Map.of(), (s, f) -> ran(0));

        assertThat(status).isEqualTo(64);
        assertThat(ran).isFalse();
        assertThat(said())
                .startsWith("planwatch test takes no arguments (given [streams])")
                .contains("PLANWATCH_CONFIG");
    }

    @Test
    void shouldNameTheSettingThatCannotBeUsed() throws Exception {
        int status = main.run(new String[0], Map.of("PLANWATCH_KAFKA_TIMEOUT", "ten seconds"), (s, f) -> ran(0));

        assertThat(status).isEqualTo(64);
        assertThat(ran).isFalse();
        assertThat(said()).startsWith("planwatch test: ").contains("PLANWATCH_KAFKA_TIMEOUT");
    }

    @Test
    void shouldSayWhichSettingsToCheckWhenTheClusterDoesNotAnswer() throws Exception {
        int status = main.run(
                new String[0],
                Map.of("PLANWATCH_BOOTSTRAP", "127.0.0.1:1", "PLANWATCH_KAFKA_TIMEOUT", "PT2S"),
                (s, f) -> ran(0));

        assertThat(status).isEqualTo(1);
        assertThat(ran).isFalse();
        assertThat(said())
                .startsWith("planwatch test: cannot set up topics on Kafka at 127.0.0.1:1")
                .contains("(check PLANWATCH_BOOTSTRAP)");
        assertThat(said().lines()).as("one line, no stack trace").hasSize(1);
    }

    private int ran(int status) {
        ran.set(true);
        return status;
    }

    private String said() {
        return err.toString(StandardCharsets.UTF_8).strip();
    }
}
