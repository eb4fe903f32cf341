package org.planwatch.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.planwatch.broker.EmbeddedKafkaBroker;
import org.planwatch.broker.EmbeddedKafkaExtension;

/**
 * Issue 25: a port another program holds is a user's matter, so each deployable that serves one
 * says so in one line naming the port and the option, and exits, with no stack trace in anything it
 * prints, its logs included, and with no Kafka client left running to keep the JVM alive. Each runs
 * as a user starts it, in a JVM of its own, against a real in-JVM broker.
 */
@ExtendWith(EmbeddedKafkaExtension.class)
class PortInUseSaysOneLineIT {
    @TempDir
    Path dir;

    static Stream<List<String>> deployables() {
        return Stream.of(
                List.of("consumer", "--metrics-port"),
                // with an outbox the consumer also reads the targets and writes dead letters
                List.of("consumer", "--outbox", "OUTBOX", "--metrics-port"),
                List.of("streams", "--state-dir", "STATE", "--metrics-port"),
                List.of("ingest", "--port"));
    }

    @ParameterizedTest
    @MethodSource("deployables")
    void aTakenPortIsOneLineAndAnExit(List<String> args, EmbeddedKafkaBroker broker) throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            List<String> command = new ArrayList<>(List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp",
                    System.getProperty("java.class.path"),
                    "-Djava.io.tmpdir=" + dir,
                    PlanWatch.class.getName()));
            for (String arg : args) {
                command.add(arg.replace("OUTBOX", dir.resolve("outbox").toString())
                        .replace("STATE", dir.resolve("state").toString()));
            }
            command.add(String.valueOf(taken.getLocalPort()));
            command.addAll(List.of("--bootstrap", broker.bootstrapServers()));
            if (args.get(0).equals("ingest")) {
                command.addAll(List.of("--host", "127.0.0.1"));
            } else {
                command.addAll(List.of("--metrics-host", "127.0.0.1"));
            }
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
            // the ingest endpoint starts only with a token; one made for the run, as no secret is written down
            builder.environment()
                    .put("PLANWATCH_INGEST_TOKEN", UUID.randomUUID().toString());
            Process p = builder.start();
            String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            boolean ended = p.waitFor(2, TimeUnit.MINUTES);
            if (!ended) {
                p.destroyForcibly();
            }
            assertThat(ended).as("the JVM ends: %s", output).isTrue();
            assertThat(p.exitValue()).as(output).isNotZero();
            assertThat(output.lines().filter(l -> l.startsWith("planwatch: ")))
                    .as(output)
                    .singleElement()
                    .asString()
                    .contains(String.valueOf(taken.getLocalPort()));
            assertThat(output).doesNotContain("\tat ").doesNotContain("Exception");
        }
    }
}
