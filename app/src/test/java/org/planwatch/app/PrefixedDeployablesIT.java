package org.planwatch.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.GroupListing;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.planwatch.broker.EmbeddedKafkaBroker;
import org.planwatch.broker.EmbeddedKafkaExtension;

/**
 * Issue 25: {@code --topic-prefix} makes a second pipeline on one cluster, so the streams job's
 * application id and the consumer's group take it too (two jobs sharing an id would split one
 * another's partitions); and a consumer told of no routes and no outbox says, as it starts, that
 * nobody will be told. Each deployable runs as a user starts it, in a JVM of its own.
 */
@ExtendWith(EmbeddedKafkaExtension.class)
class PrefixedDeployablesIT {
    @TempDir
    Path dir;

    @Test
    void eachDeployableJoinsUnderThePrefixAndTheConsumerSaysNobodyIsTold(EmbeddedKafkaBroker broker) throws Exception {
        String prefix = "second-" + UUID.randomUUID().toString().substring(0, 8) + "-";
        Child consumer = start(broker, "consumer", "--topic-prefix", prefix, "--metrics-port", "0");
        Child streams = start(
                broker,
                "streams",
                "--topic-prefix",
                prefix,
                "--metrics-port",
                "0",
                "--state-dir",
                dir.resolve("state").toString());
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", broker.bootstrapServers()))) {
            await().atMost(Duration.ofSeconds(90))
                    .pollInterval(Duration.ofMillis(500))
                    .untilAsserted(() -> assertThat(groups(admin))
                            .as("consumer: %s%nstreams: %s", consumer.lines, streams.lines)
                            .contains(prefix + "planwatch-consumer", prefix + "planwatch-streams"));
            await().atMost(Duration.ofSeconds(30))
                    .untilAsserted(() -> assertThat(consumer.lines)
                            .anySatisfy(l -> assertThat(l)
                                    .startsWith("reading " + prefix + "plan-status and " + prefix + "plan-alerts"))
                            .anySatisfy(l -> assertThat(l)
                                    .startsWith("planwatch: warning: no messages to department leads")
                                    .contains("nobody is told")));
            assertThat(groups(admin)).noneMatch(g -> g.equals("planwatch-consumer") || g.equals("planwatch-streams"));
        } finally {
            consumer.process.destroy();
            streams.process.destroy();
            consumer.process.waitFor();
            streams.process.waitFor();
        }
    }

    private static Set<String> groups(Admin admin) throws Exception {
        return admin.listGroups().all().get().stream()
                .map(GroupListing::groupId)
                .collect(Collectors.toSet());
    }

    /** A running deployable and every line it has printed so far, standard output and error together. */
    private record Child(Process process, List<String> lines) {}

    private static Child start(EmbeddedKafkaBroker broker, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                PlanWatch.class.getName()));
        command.addAll(List.of(args));
        command.addAll(List.of("--bootstrap", broker.bootstrapServers()));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        List<String> lines = Collections.synchronizedList(new ArrayList<>());
        Thread reader = new Thread(() -> {
            try (BufferedReader in =
                    new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                in.lines().forEach(lines::add);
            } catch (java.io.IOException e) {
                // the process ended
            }
        });
        reader.setDaemon(true);
        reader.start();
        return new Child(p, lines);
    }
}
