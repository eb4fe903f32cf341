package org.planwatch.tools;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListOffsetsOptions;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.IsolationLevel;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.config.ConfigResource;
import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.planwatch.app.CommandRun;
import org.planwatch.app.KafkaOptions;
import org.planwatch.broker.LocalCluster;
import org.planwatch.evaluation.ProgressEvaluator;
import org.planwatch.schema.TopicSet;
import org.planwatch.streams.CommittedRecords;
import org.planwatch.streams.ProgressJob;
import org.planwatch.streams.StreamsProperties;
import org.planwatch.streams.Workload;

/**
 * Nodes of a three-node cluster started by {@code ./planwatch cluster} (each node a JVM of its
 * own) die by SIGKILL in the middle of a run: first the active controller, which also leads some
 * of the pipeline's partitions; it is restarted and catches up; then another node that leads
 * alerts partitions. Topics have 3 replicas and {@code min.insync.replicas=2}, so the two nodes
 * left carry on each time, and the exactly-once job must come out with every alert the readings
 * call for, each once and in order. A commit that a death leaves unusable costs the job a stream
 * thread, which is replaced ({@code ThreadFailureHandler}), not the run. The alerts are known by arithmetic ({@link Workload}), not from a run.
 */
class ClusterFaultIT {
    private static final int READINGS = 24_000;
    private static final Duration RESULTS = Duration.ofMinutes(4);

    @Test
    void killingNodesMidRunLosesNoAlertAndDuplicatesNone(@TempDir Path dir) throws Exception {
        String clusterDir = dir.resolve("cluster").toString();
        CommandRun start = new CommandRun(PlanWatchTools::commandLine);
        assertThat(start.run("cluster", "start", "--brokers", "3", "--base-port", "0", "--cluster-dir", clusterDir))
                .as("cluster start: %s%s", start.out, start.err)
                .isZero();
        LocalCluster cluster = new LocalCluster(Path.of(clusterDir));
        try (Admin admin = LocalCluster.admin(cluster.layout(), Duration.ofSeconds(30))) {
            String bootstrap = cluster.layout().bootstrapServers();
            TopicSet topics = TopicSet.defaults().prefixed("fault-");
            KafkaOptions.createTopics(bootstrap, topics, null, Duration.ofSeconds(60));
            assertReplicatedAsInProduction(admin, topics.readings().name());
            assertReplicatedAsInProduction(admin, topics.alerts().name());

            Workload load = new Workload(READINGS);
            Map<String, List<String>> expected = load.expectedAlerts();
            int expectedCount = expected.values().stream().mapToInt(List::size).sum();
            ConcurrentLinkedQueue<Exception> sendFailures = new ConcurrentLinkedQueue<>();
            SimpleMeterRegistry registry = new SimpleMeterRegistry();
            try (ProgressJob job = ProgressJob.start(
                            StreamsProperties.properties(
                                    bootstrap,
                                    "fault-job",
                                    dir.resolve("state"),
                                    topics,
                                    Map.of("commit.interval.ms", "100")),
                            topics,
                            ProgressEvaluator.withDefaults(),
                            Clock.systemUTC(),
                            registry);
                    KafkaProducer<String, byte[]> producer = Workload.producer(bootstrap)) {
                job.awaitRunning(Duration.ofMinutes(2));
                load.publishTargets(producer, topics);
                job.awaitTargets(Workload.targets(), Duration.ofMinutes(2));

                Thread publisher = new Thread(() -> publishPaced(load, producer, topics, sendFailures), "publisher");
                publisher.start();

                // first the active controller, which also leads pipeline partitions; it comes
                // back, catches up, and then another node dies later in the run
                int controller =
                        admin.describeMetadataQuorum().quorumInfo().get().leaderId();
                assertThat(leaders(
                                admin, topics.readings().name(), topics.alerts().name()))
                        .as("the node to kill leads partitions of the pipeline")
                        .contains(controller);
                Progress progress = new Progress(admin, topics, job, sendFailures);
                kill(cluster, progress, controller, expectedCount / 4, expectedCount, "active controller");
                CommandRun restart = new CommandRun(PlanWatchTools::commandLine);
                assertThat(restart.run("cluster", "start", "--cluster-dir", clusterDir))
                        .as("cluster start: %s%s", restart.out, restart.err)
                        .isZero();
                awaitFullyReplicated(admin);
                int leader = leaders(admin, topics.alerts().name()).stream()
                        .filter(id -> id != controller)
                        .findFirst()
                        .orElseThrow();
                kill(cluster, progress, leader, expectedCount * 2 / 3, expectedCount, "a leader of alerts");
                publisher.join(RESULTS.toMillis());

                assertThat(sendFailures)
                        .as("every reading acknowledged by the two nodes left")
                        .isEmpty();
                assertThat(CommittedRecords.alertReadingIds(bootstrap, topics, expectedCount, RESULTS))
                        .isEqualTo(expected);
                assertThat(job.failure()).as("the job kept running").isNull();
                System.out.printf(
                        "stream threads replaced: %.0f%n",
                        registry.find("planwatch.streams.threads.replaced").counters().stream()
                                .mapToDouble(c -> c.count())
                                .sum());
            }
            CommandRun stop = new CommandRun(PlanWatchTools::commandLine);
            assertThat(stop.run("cluster", "stop", "--cluster-dir", clusterDir)).isZero();
            assertThat(cluster.status(Duration.ofSeconds(5)))
                    .as("cluster stop leaves no node running: %s", stop.out)
                    .allSatisfy(s -> assertThat(s.pid()).isEmpty());
        } finally {
            new CommandRun(PlanWatchTools::commandLine).run("cluster", "stop", "--cluster-dir", clusterDir);
        }
    }

    /** SIGKILLs node {@code victim} through the CLI once {@code at} alerts are committed. */
    private static void kill(
            LocalCluster cluster, Progress progress, int victim, long at, long expectedCount, String what)
            throws Exception {
        long committedAtKill = progress.awaitAlerts(at);
        CommandRun kill = new CommandRun(PlanWatchTools::commandLine);
        assertThat(kill.run(
                        "cluster",
                        "stop",
                        "--node",
                        String.valueOf(victim),
                        "--kill",
                        "--cluster-dir",
                        cluster.dir().toString()))
                .as("cluster stop: %s%s", kill.out, kill.err)
                .isZero();
        System.out.printf(
                "killed node %d (%s) with %d of %d alerts committed%n", victim, what, committedAtKill, expectedCount);
        assertThat(cluster.status(Duration.ofSeconds(10)))
                .filteredOn(s -> s.node().nodeId() == victim)
                .allSatisfy(s -> assertThat(s.pid()).isEmpty());
    }

    /** Waits until the restarted node is back in every partition's in-sync replicas. */
    private static void awaitFullyReplicated(Admin admin) {
        long start = System.nanoTime();
        await().alias("every partition back to its full set of in-sync replicas")
                .dontCatchUncaughtExceptions() // a client's thread may fail while its node is down
                .atMost(RESULTS)
                .pollInterval(Duration.ofMillis(100))
                .until(() -> LocalCluster.underReplicated(admin, Duration.ofSeconds(30)) == 0);
        System.out.printf("all replicas in sync %d ms after the restart%n", (System.nanoTime() - start) / 1_000_000);
    }

    private static void assertReplicatedAsInProduction(Admin admin, String topic) throws Exception {
        TopicDescription description =
                admin.describeTopics(List.of(topic)).allTopicNames().get().get(topic);
        assertThat(description.partitions())
                .allSatisfy(p -> assertThat(p.replicas()).hasSize(3));
        ConfigResource resource = new ConfigResource(ConfigResource.Type.TOPIC, topic);
        assertThat(admin.describeConfigs(List.of(resource))
                        .all()
                        .get()
                        .get(resource)
                        .get("min.insync.replicas")
                        .value())
                .isEqualTo("2");
    }

    private static List<Integer> leaders(Admin admin, String... topics) throws Exception {
        return admin.describeTopics(List.of(topics)).allTopicNames().get().values().stream()
                .flatMap(t -> t.partitions().stream())
                .map(p -> p.leader().id())
                .toList();
    }

    /** Every key's readings in vintage order, a round over all keys every 80 ms: about 20 s in all. */
    private static void publishPaced(
            Workload load,
            KafkaProducer<String, byte[]> producer,
            TopicSet topics,
            ConcurrentLinkedQueue<Exception> failures) {
        var serializer = topics.readings().valueSerde().serializer();
        List<String> keys = Workload.keys();
        try {
            for (int v = 0; v < load.readingsOf(0); v++) {
                for (int k = 0; k < keys.size(); k++) {
                    if (v < load.readingsOf(k)) {
                        String[] ri = keys.get(k).split("\\|");
                        producer.send(
                                new ProducerRecord<>(
                                        topics.readings().name(),
                                        keys.get(k),
                                        serializer.serialize("", Workload.reading(ri[0], ri[1], v))),
                                (metadata, e) -> {
                                    if (e != null) {
                                        failures.add(e);
                                    }
                                });
                    }
                }
                Thread.sleep(80);
            }
            producer.flush();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * What the run has committed so far, on both sides of the job. A wait that runs out says which
     * side stalled: the readings published (the test's producer) or the alerts (the job), and the
     * job's state; a job that stopped fails the wait at once with its error.
     */
    private record Progress(
            Admin admin, TopicSet topics, ProgressJob job, ConcurrentLinkedQueue<Exception> sendFailures) {

        /** Waits until {@code count} alerts are committed, and returns how many are. */
        long awaitAlerts(long count) {
            try {
                return await().alias(count + " alerts committed")
                        .dontCatchUncaughtExceptions() // a client's thread may fail while its node is down
                        .atMost(RESULTS)
                        .pollInterval(Duration.ofMillis(50))
                        .failFast(() -> assertThat(job.failure())
                                .as("the job's fatal error")
                                .isNull())
                        .until(() -> committed(topics.alerts().name()), committed -> committed >= count);
            } catch (ConditionTimeoutException stalled) {
                throw new AssertionError(stalled.getMessage() + "; " + this, stalled);
            }
        }

        /** The last stable offsets of {@code topic}'s partitions, summed: what a read_committed reader sees. */
        long committed(String topic) throws Exception {
            Map<TopicPartition, OffsetSpec> latest =
                    admin.describeTopics(List.of(topic)).allTopicNames().get().get(topic).partitions().stream()
                            .collect(Collectors.toMap(
                                    p -> new TopicPartition(topic, p.partition()), p -> OffsetSpec.latest()));
            return admin
                    .listOffsets(latest, new ListOffsetsOptions(IsolationLevel.READ_COMMITTED))
                    .all()
                    .get(30, TimeUnit.SECONDS)
                    .values()
                    .stream()
                    .mapToLong(o -> o.offset())
                    .sum();
        }

        @Override
        public String toString() {
            String readings;
            try {
                readings = String.valueOf(committed(topics.readings().name()));
            } catch (Exception e) {
                readings = "unknown (" + e + ")";
            }
            return "job " + job.state() + ", readings published " + readings + ", send failures " + sendFailures.size()
                    + sendFailures.stream().findFirst().map(e -> " (" + e + ")").orElse("");
        }
    }
}
