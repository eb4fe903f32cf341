package org.planwatch.streams;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import org.planwatch.evaluation.ProgressEvaluator;
import org.planwatch.schema.TopicSet;

/** Runs the progress job until killed: the child JVM of {@link ChildJob}. */
public final class ChildJobMain {
    static final String READY = "CHILD READY";

    private ChildJobMain() {}

    /** bootstrap, application id, state dir, topic prefix, targets to wait for (0: do not wait). */
    public static void main(String[] args) throws Exception {
        TopicSet topics = TopicSet.defaults().prefixed(args[3]);
        ProgressJob job = ProgressJob.start(
                StreamsProperties.properties(
                        args[0], args[1], Path.of(args[2]), topics, Map.of("commit.interval.ms", "100")),
                topics,
                ProgressEvaluator.withDefaults(),
                Clock.systemUTC());
        Runtime.getRuntime().addShutdownHook(new Thread(job::close));
        job.awaitRunning(Duration.ofMinutes(2));
        int targets = Integer.parseInt(args[4]);
        if (targets > 0) {
            job.awaitTargets(targets, Duration.ofMinutes(2));
        }
        System.out.println(READY);
        System.out.flush();
        while (job.failure() == null) {
            Thread.sleep(200);
        }
        System.out.println("CHILD FAILED " + job.failure());
        System.exit(1);
    }
}
