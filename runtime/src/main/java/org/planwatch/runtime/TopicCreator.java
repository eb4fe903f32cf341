package org.planwatch.runtime;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.ClusterAuthorizationException;
import org.apache.kafka.common.errors.RetriableException;
import org.apache.kafka.common.errors.TopicAuthorizationException;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;
import org.planwatch.schema.Topic;

/**
 * Creates topics with their declared partitions and configs, then waits until every partition has
 * a leader and that leader serves it (answers a list-offsets request): producing to a partition the
 * broker has not yet applied sets off KAFKA-15591, a first request refused as not-leader and a
 * later one accepted, after which the first one's retries fail out-of-order until they expire.
 * Topics that already exist are left as they are.
 */
public final class TopicCreator {
    private final Admin admin;
    private final Optional<Short> replicationFactor;

    /**
     * @param replicationFactor replicas per partition; empty to take the broker's
     *     {@code default.replication.factor}
     */
    public TopicCreator(Admin admin, Optional<Short> replicationFactor) {
        this.admin = admin;
        this.replicationFactor = replicationFactor;
    }

    public void ensure(List<Topic<?, ?>> topics, Duration timeout) throws InterruptedException, TimeoutException {
        long deadline = System.nanoTime() + timeout.toNanos();
        List<NewTopic> wanted = topics.stream()
                .map(t -> new NewTopic(t.name(), Optional.of(t.partitions()), replicationFactor).configs(t.configs()))
                .toList();
        Set<String> notOursToCreate = new HashSet<>();
        admin.createTopics(wanted).values().forEach((name, future) -> {
            try {
                future.get(remaining(deadline), TimeUnit.NANOSECONDS);
            } catch (ExecutionException e) {
                if (e.getCause() instanceof TopicAuthorizationException
                        || e.getCause() instanceof ClusterAuthorizationException) {
                    notOursToCreate.add(name);
                } else if (!(e.getCause() instanceof TopicExistsException)) {
                    throw new IllegalStateException(
                            "cannot create topic " + name + ": " + e.getCause().getMessage(), e.getCause());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted creating topic " + name, e);
            } catch (TimeoutException e) {
                throw new IllegalStateException("timed out creating topic " + name, e);
            }
        });
        // on a secured cluster the admin makes the topics (./planwatch acls apply) and a service
        // sees only those its ACLs name: it waits for those, and a missing one is an error
        Map<String, KafkaFuture<TopicDescription>> described = notOursToCreate.isEmpty()
                ? Map.of()
                : admin.describeTopics(notOursToCreate).topicNameValues();
        List<Topic<?, ?>> visible = new ArrayList<>();
        for (Topic<?, ?> topic : topics) {
            if (!notOursToCreate.contains(topic.name())
                    || exists(topic.name(), described.get(topic.name()), deadline)) {
                visible.add(topic);
            }
        }
        awaitLeaders(visible.stream().map(Topic::name).toList(), deadline);
        awaitServed(visible, deadline);
    }

    /** Until every partition's leader answers for it: the broker has applied the partition, not only the metadata. */
    private void awaitServed(List<Topic<?, ?>> topics, long deadline) throws InterruptedException, TimeoutException {
        Map<TopicPartition, OffsetSpec> partitions = new HashMap<>();
        for (Topic<?, ?> t : topics) {
            for (int p = 0; p < t.partitions(); p++) {
                partitions.put(new TopicPartition(t.name(), p), OffsetSpec.latest());
            }
        }
        while (true) {
            try {
                admin.listOffsets(partitions).all().get(remaining(deadline), TimeUnit.NANOSECONDS);
                return;
            } catch (ExecutionException e) {
                if (!(e.getCause() instanceof RetriableException)) {
                    throw new IllegalStateException("cannot list offsets of " + partitions.keySet(), e.getCause());
                }
            }
            if (remaining(deadline) <= 0) {
                throw new TimeoutException("partitions not yet served by their leaders");
            }
            TimeUnit.MILLISECONDS.sleep(50);
        }
    }

    private void awaitLeaders(List<String> names, long deadline) throws InterruptedException, TimeoutException {
        String waitingFor = String.join(", ", names);
        while (true) {
            try {
                Map<String, TopicDescription> descriptions =
                        admin.describeTopics(names).allTopicNames().get(remaining(deadline), TimeUnit.NANOSECONDS);
                List<String> leaderless = descriptions.values().stream()
                        .filter(d -> d.partitions().stream()
                                .anyMatch(p -> p.leader() == null || p.leader().isEmpty()))
                        .map(TopicDescription::name)
                        .toList();
                if (leaderless.isEmpty()) {
                    return;
                }
                waitingFor = String.join(", ", leaderless);
            } catch (ExecutionException e) {
                if (!(e.getCause() instanceof UnknownTopicOrPartitionException)) {
                    throw new IllegalStateException("cannot describe topics " + names, e.getCause());
                }
            }
            if (remaining(deadline) <= 0) {
                throw new TimeoutException("partitions still without a leader: " + waitingFor);
            }
            TimeUnit.MILLISECONDS.sleep(50);
        }
    }

    /**
     * Whether a topic this principal may not create is there: true if it may describe it, false
     * if it may not (not one of its topics); a topic it may describe but that is missing stops
     * the start.
     */
    private static boolean exists(String name, KafkaFuture<TopicDescription> description, long deadline)
            throws InterruptedException, TimeoutException {
        try {
            description.get(remaining(deadline), TimeUnit.NANOSECONDS);
            return true;
        } catch (ExecutionException e) {
            if (e.getCause() instanceof TopicAuthorizationException) {
                return false;
            }
            if (e.getCause() instanceof UnknownTopicOrPartitionException) {
                throw new IllegalStateException("topic " + name
                        + " does not exist and this principal may not create it: create the topics as the admin"
                        + " (./planwatch acls apply)");
            }
            throw new IllegalStateException("cannot describe topic " + name, e.getCause());
        }
    }

    private static long remaining(long deadline) {
        return Math.max(0, deadline - System.nanoTime());
    }
}
