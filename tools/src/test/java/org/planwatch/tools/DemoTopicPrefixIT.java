package org.planwatch.tools;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ConsumerGroupListing;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.planwatch.app.CommandRun;
import org.planwatch.broker.EmbeddedKafkaBroker;
import org.planwatch.broker.EmbeddedKafkaExtension;

/**
 * Issue 25's trial: {@code demo --topic-prefix} ran as {@code planwatch-demo} whatever the
 * prefix, so a second demo on one cluster would have shared the first one's job and group. The
 * demo's application and group ids take the prefix, as the deployables' do.
 */
@ExtendWith(EmbeddedKafkaExtension.class)
class DemoTopicPrefixIT {
    @Test
    void aPrefixedDemoRunsItsOwnJobAndConsumerGroup(EmbeddedKafkaBroker broker) throws Exception {
        CommandRun demo = new CommandRun(PlanWatchTools::commandLine);

        int exit = demo.run(
                "demo",
                "--once",
                "--bootstrap",
                broker.bootstrapServers(),
                "--topic-prefix",
                "second-",
                "--metrics-port",
                "0",
                "--timeout",
                "PT90S");

        assertThat(exit).as("stderr: %s", demo.err).isZero();
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", broker.bootstrapServers()))) {
            Set<String> groups = admin.listConsumerGroups().all().get().stream()
                    .map(ConsumerGroupListing::groupId)
                    .collect(Collectors.toSet());
            assertThat(groups)
                    .contains("second-planwatch-demo", "second-planwatch-demo-consumer")
                    .doesNotContain("planwatch-demo", "planwatch-demo-consumer");
        }
    }
}
