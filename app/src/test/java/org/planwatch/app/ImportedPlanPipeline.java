package org.planwatch.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.admin.Admin;
import org.planwatch.domain.Target;
import org.planwatch.domain.TargetCatalogue;
import org.planwatch.evaluation.ProgressEvaluator;
import org.planwatch.runtime.KafkaClientProperties;
import org.planwatch.runtime.TopicCreator;
import org.planwatch.schema.TopicSet;
import org.planwatch.streams.ProgressJob;
import org.planwatch.streams.StreamsProperties;

/**
 * The national 15th outline as an office loads it, on a broker: its text (the committed fixture
 * of planimport's 15th-plan tests, read where it lives) imported with {@code catalogue import},
 * its targets published with {@code catalogue publish} on topics of their own, and the progress
 * job running with every target held. Feeds are then published with {@code publish}, as a user would.
 */
final class ImportedPlanPipeline implements AutoCloseable {
    static final Path OUTLINE =
            Path.of("..", "planimport", "src", "test", "resources", "fifteenth", "national-15th-outline-goals.txt");

    final String bootstrap;
    final String prefix;
    final TopicSet topics;
    final Path catalogue;
    final List<Target> targets;
    private final ProgressJob job;

    /** Imports the national outline, publishes and starts; {@code name} prefixes the topics and the job's id. */
    ImportedPlanPipeline(String bootstrap, Path dir, String name) throws Exception {
        this(bootstrap, dir, name, OUTLINE);
    }

    /** As above, for {@code document}, any plan text an office may load. */
    ImportedPlanPipeline(String bootstrap, Path dir, String name, Path document) throws Exception {
        this.bootstrap = bootstrap;
        this.prefix = name + "-" + UUID.randomUUID() + "-";
        this.topics = TopicSet.defaults().prefixed(prefix);
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", bootstrap))) {
            new TopicCreator(admin, Optional.empty()).ensure(topics.all(), Duration.ofSeconds(60));
        }
        this.catalogue = dir.resolve(name + "-catalogue.tsv");
        CommandRun importRun = new CommandRun();
        assertThat(importRun.run("catalogue", "import", document.toString(), "--out", catalogue.toString()))
                .as("stderr: %s", importRun.err)
                .isZero();
        this.targets = TargetCatalogue.read(catalogue).targets();
        CommandRun publishTargets = new CommandRun();
        assertThat(publishTargets.run(
                        "catalogue",
                        "publish",
                        "--file",
                        catalogue.toString(),
                        "--bootstrap",
                        bootstrap,
                        "--topic-prefix",
                        prefix))
                .as("stderr: %s", publishTargets.err)
                .isZero();
        Properties streams = StreamsProperties.properties(
                bootstrap,
                name + "-" + UUID.randomUUID(),
                dir.resolve("state"),
                topics,
                Map.of("commit.interval.ms", "100"),
                KafkaClientProperties.NONE);
        this.job = ProgressJob.start(streams, topics, ProgressEvaluator.withDefaults(), Clock.systemUTC());
        job.awaitRunning(Duration.ofSeconds(60));
        job.awaitTargets(targets.size(), Duration.ofSeconds(60));
    }

    /** {@code publish FEED} against the imported catalogue, which must succeed; the run, for its output. */
    CommandRun publish(Path feed) {
        CommandRun run = new CommandRun();
        assertThat(run.run(
                        "publish",
                        feed.toString(),
                        "--catalogue",
                        catalogue.toString(),
                        "--bootstrap",
                        bootstrap,
                        "--topic-prefix",
                        prefix))
                .as("out: %s, err: %s", run.out, run.err)
                .isZero();
        return run;
    }

    @Override
    public void close() {
        job.close();
    }
}
