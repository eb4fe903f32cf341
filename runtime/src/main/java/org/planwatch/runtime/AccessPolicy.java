package org.planwatch.runtime;

import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.common.acl.AccessControlEntry;
import org.apache.kafka.common.acl.AclBinding;
import org.apache.kafka.common.acl.AclOperation;
import org.apache.kafka.common.acl.AclPermissionType;
import org.apache.kafka.common.resource.PatternType;
import org.apache.kafka.common.resource.ResourcePattern;
import org.apache.kafka.common.resource.ResourceType;
import org.planwatch.schema.Topic;
import org.planwatch.schema.TopicSet;

/**
 * Who may do what on a secured cluster: each deployable's principal gets the least its data flow
 * needs, and nothing lets one forge another's output. Topics are made beforehand by the admin
 * ({@code ./planwatch acls apply}), so no service needs Create on them; Read and Write imply
 * Describe, which the services' start-up checks use.
 *
 * <ul>
 *   <li>producer (ingest, publish): writes readings and their dead letters;
 *   <li>catalogue: writes targets;
 *   <li>streams: reads readings and targets, writes alerts, status and readings' dead letters, owns
 *       its internal topics, its group and its transactional ids (all by the application id as
 *       prefix);
 *   <li>consumer: reads alerts and status in its group, writes notifications' dead letters.
 * </ul>
 */
public record AccessPolicy(
        TopicSet topics,
        String producer,
        String catalogue,
        String streams,
        String streamsApplicationId,
        String consumer,
        String consumerGroup) {

    // the users of the deployables, as the Kubernetes manifests and the secured local broker name them
    public static final String PRODUCER_USER = "planwatch-producer";
    public static final String CATALOGUE_USER = "planwatch-catalogue";
    public static final String STREAMS_USER = "planwatch-streams";
    public static final String CONSUMER_USER = "planwatch-consumer";

    /** The principals of those users, with the default application id and group. */
    public static AccessPolicy defaults(TopicSet topics) {
        return defaults(topics, "planwatch-streams", "planwatch-consumer");
    }

    /** The principals of those users, with the streams job's application id and the consumer's group given. */
    public static AccessPolicy defaults(TopicSet topics, String streamsApplicationId, String consumerGroup) {
        return new AccessPolicy(
                topics,
                "User:" + PRODUCER_USER,
                "User:" + CATALOGUE_USER,
                "User:" + STREAMS_USER,
                streamsApplicationId,
                "User:" + CONSUMER_USER,
                consumerGroup);
    }

    public List<AclBinding> bindings() {
        List<AclBinding> acls = new ArrayList<>();
        topic(acls, producer, topics.readings(), AclOperation.WRITE);
        topic(acls, producer, topics.readingsDlq(), AclOperation.WRITE);

        topic(acls, catalogue, topics.targets(), AclOperation.WRITE);

        topic(acls, streams, topics.readings(), AclOperation.READ);
        topic(acls, streams, topics.targets(), AclOperation.READ);
        topic(acls, streams, topics.alerts(), AclOperation.WRITE);
        topic(acls, streams, topics.statuses(), AclOperation.WRITE);
        topic(acls, streams, topics.readingsDlq(), AclOperation.WRITE);
        // repartition and changelog topics are <application id>-…-repartition/-changelog
        acls.add(
                allow(ResourceType.TOPIC, streamsApplicationId + "-", PatternType.PREFIXED, streams, AclOperation.ALL));
        acls.add(allow(ResourceType.GROUP, streamsApplicationId, PatternType.LITERAL, streams, AclOperation.READ));
        // exactly-once: transactional ids are <application id>-<process id>-<thread>
        acls.add(allow(
                ResourceType.TRANSACTIONAL_ID,
                streamsApplicationId + "-",
                PatternType.PREFIXED,
                streams,
                AclOperation.WRITE));
        acls.add(allow(
                ResourceType.TRANSACTIONAL_ID,
                streamsApplicationId + "-",
                PatternType.PREFIXED,
                streams,
                AclOperation.DESCRIBE));

        topic(acls, consumer, topics.alerts(), AclOperation.READ);
        topic(acls, consumer, topics.statuses(), AclOperation.READ);
        topic(acls, consumer, topics.notificationsDlq(), AclOperation.WRITE);
        acls.add(allow(ResourceType.GROUP, consumerGroup, PatternType.LITERAL, consumer, AclOperation.READ));
        return List.copyOf(acls);
    }

    private static void topic(List<AclBinding> acls, String principal, Topic<?, ?> topic, AclOperation operation) {
        acls.add(allow(ResourceType.TOPIC, topic.name(), PatternType.LITERAL, principal, operation));
    }

    private static AclBinding allow(
            ResourceType type, String name, PatternType pattern, String principal, AclOperation operation) {
        return new AclBinding(
                new ResourcePattern(type, name, pattern),
                new AccessControlEntry(principal, "*", operation, AclPermissionType.ALLOW));
    }
}
