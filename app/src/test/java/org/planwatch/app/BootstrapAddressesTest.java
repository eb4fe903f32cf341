package org.planwatch.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** What a user types as --bootstrap, answered in one line before any Kafka client sees it. */
class BootstrapAddressesTest {
    @Test
    void anEntryWithoutAPortIsNamed() {
        CommandRun cli = new CommandRun();

        assertThat(cli.run("consumer", "--bootstrap", "kafka", "--metrics-port", "0"))
                .isEqualTo(1);
        assertThat(cli.err.toString().trim())
                .isEqualTo("planwatch: --bootstrap kafka: 'kafka' is not HOST:PORT")
                .doesNotContain("Exception");
    }

    @Test
    void anUnknownHostIsNamed() {
        CommandRun cli = new CommandRun();

        assertThat(cli.run("consumer", "--bootstrap", "no-such-host.invalid:9092", "--metrics-port", "0"))
                .isEqualTo(1);
        assertThat(cli.err.toString().trim())
                .isEqualTo("planwatch: --bootstrap no-such-host.invalid:9092: host 'no-such-host.invalid' is not known"
                        + " here");
    }

    @Test
    void aClosedPortIsSaidAtOnceAndAnOpenOneIsNot() throws Exception {
        int closed;
        try (ServerSocket probe = new ServerSocket(0)) {
            closed = probe.getLocalPort();
        }
        assertThat(BootstrapAddresses.parse("127.0.0.1:" + closed).anyListening(Duration.ofSeconds(1)))
                .isFalse();
        try (ServerSocket open = new ServerSocket(0)) {
            assertThat(BootstrapAddresses.parse("localhost:1, 127.0.0.1:" + open.getLocalPort())
                            .anyListening(Duration.ofSeconds(1)))
                    .isTrue();
        }
    }

    @Test
    void theWarningComesBeforeTheTimeoutRunsOut() {
        CommandRun cli = new CommandRun();
        long start = System.nanoTime();

        int status = cli.run("publish", "--bootstrap", "127.0.0.1:1", "--kafka-timeout", "PT3S", "missing.csv");

        assertThat(status).isEqualTo(1);
        assertThat(cli.err.toString())
                .startsWith("planwatch: nothing accepts connections at 127.0.0.1:1 yet; waiting up to PT3S")
                // the last line blames the address, not the topics: nothing ever answered there
                .contains("planwatch: no Kafka broker answered at 127.0.0.1:1 within PT3S: is it running there?")
                .doesNotContain("topics");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(30));
    }
}
