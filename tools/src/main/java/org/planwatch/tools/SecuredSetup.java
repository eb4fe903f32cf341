package org.planwatch.tools;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.planwatch.app.AclsCommand;
import org.planwatch.app.KafkaOptions;
import org.planwatch.broker.BrokerSecurity;
import org.planwatch.runtime.AccessPolicy;
import org.planwatch.runtime.KafkaClientProperties;
import org.planwatch.schema.TopicSet;

/**
 * What a throwaway secured broker or cluster needs before PlanWatch can use it: each user's
 * {@code --kafka-config} file, then, as the admin, the topics and the ACLs of {@link
 * AccessPolicy#defaults}.
 */
final class SecuredSetup {
    /** The users of {@link AccessPolicy#defaults}, by the name of their --kafka-config file. */
    static final Map<String, String> USERS = Map.of(
            "producer", AccessPolicy.PRODUCER_USER,
            "catalogue", AccessPolicy.CATALOGUE_USER,
            "streams", AccessPolicy.STREAMS_USER,
            "consumer", AccessPolicy.CONSUMER_USER);

    private SecuredSetup() {}

    static List<String> users() {
        return List.copyOf(USERS.values());
    }

    /** Writes the files to {@code clients} (owner-only), then makes topics and ACLs. */
    static void apply(String bootstrap, BrokerSecurity security, Path clients, Duration timeout) throws Exception {
        Files.createDirectories(clients);
        Path admin = security.writeClientProperties(clients.resolve("admin.properties"), BrokerSecurity.ADMIN_USER);
        for (Map.Entry<String, String> user : USERS.entrySet()) {
            security.writeClientProperties(clients.resolve(user.getKey() + ".properties"), user.getValue());
        }
        KafkaClientProperties adminFile = KafkaClientProperties.read(admin, w -> {});
        KafkaOptions.createTopics(bootstrap, adminFile, TopicSet.defaults(), null, timeout);
        AclsCommand.apply(
                bootstrap, adminFile, AccessPolicy.defaults(TopicSet.defaults()).bindings(), timeout);
    }
}
