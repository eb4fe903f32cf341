package org.planwatch.tools;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.TopicAuthorizationException;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.planwatch.app.CommandRun;
import org.planwatch.runtime.KafkaClientProperties;

/**
 * {@code ./planwatch cluster start --secured}: three nodes, each a JVM, on SASL_SSL with the ACLs
 * in effect. A reading written as the producer is acknowledged by the replicas, an alert written
 * as the producer is refused; after a node's SIGKILL and restart (with the stores and passwords
 * the cluster folder keeps) the same holds.
 */
class SecuredClusterIT {
    @TempDir
    Path dir;

    @Test
    void aSecuredClusterEnforcesTheAclsAcrossANodesRestart() throws Exception {
        String clusterDir = dir.resolve("cluster").toString();
        try {
            CommandRun start = new CommandRun(PlanWatchTools::commandLine);
            assertThat(start.run(
                            "cluster",
                            "start",
                            "--brokers",
                            "3",
                            "--base-port",
                            "0",
                            "--secured",
                            "--cluster-dir",
                            clusterDir))
                    .as("cluster start --secured: %s%s", start.out, start.err)
                    .isZero();
            assertThat(start.out.toString()).contains("secured: SASL_SSL");
            Path clients = Path.of(clusterDir, "clients");
            assertThat(Files.getPosixFilePermissions(clients.resolve("producer.properties")))
                    .extracting(Object::toString)
                    .containsExactlyInAnyOrder("OWNER_READ", "OWNER_WRITE");
            String bootstrap = start.out
                    .toString()
                    .lines()
                    .filter(l -> l.startsWith("export PLANWATCH_BOOTSTRAP="))
                    .findFirst()
                    .orElseThrow()
                    .substring("export PLANWATCH_BOOTSTRAP=".length());

            assertAclsHold(bootstrap, clients);

            CommandRun kill = new CommandRun(PlanWatchTools::commandLine);
            assertThat(kill.run("cluster", "stop", "--node", "2", "--kill", "--cluster-dir", clusterDir))
                    .isZero();
            CommandRun restart = new CommandRun(PlanWatchTools::commandLine);
            assertThat(restart.run("cluster", "start", "--cluster-dir", clusterDir))
                    .as("restart: %s%s", restart.out, restart.err)
                    .isZero();
            CommandRun status = new CommandRun(PlanWatchTools::commandLine);
            assertThat(status.run("cluster", "status", "--cluster-dir", clusterDir))
                    .as("status: %s%s", status.out, status.err)
                    .isZero();
            assertAclsHold(bootstrap, clients);
        } finally {
            new CommandRun(PlanWatchTools::commandLine).run("cluster", "stop", "--cluster-dir", clusterDir);
        }
    }

    private static void assertAclsHold(String bootstrap, Path clients) throws Exception {
        try (KafkaProducer<byte[], byte[]> producer = producer(bootstrap, clients.resolve("producer.properties"))) {
            assertThat(producer.send(new ProducerRecord<>("plan-readings", new byte[] {1}, new byte[] {1}))
                            .get(30, TimeUnit.SECONDS)
                            .topic())
                    .isEqualTo("plan-readings");
            assertThatThrownBy(() -> producer.send(new ProducerRecord<>("plan-alerts", new byte[] {1}, new byte[] {1}))
                            .get(30, TimeUnit.SECONDS))
                    .hasCauseInstanceOf(TopicAuthorizationException.class);
        }
    }

    private static KafkaProducer<byte[], byte[]> producer(String bootstrap, Path config) {
        Map<String, Object> settings = new HashMap<>();
        KafkaClientProperties.read(config, w -> {})
                .merge("test producer", new java.util.Properties(), new java.util.Properties())
                .forEach((k, v) -> settings.put(k.toString(), v));
        settings.put("bootstrap.servers", bootstrap);
        settings.put("acks", "all");
        settings.put("max.block.ms", 20_000);
        settings.put("delivery.timeout.ms", 30_000);
        settings.put("request.timeout.ms", 10_000);
        return new KafkaProducer<>(settings, new ByteArraySerializer(), new ByteArraySerializer());
    }
}
