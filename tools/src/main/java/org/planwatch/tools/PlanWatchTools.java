package org.planwatch.tools;

import java.util.List;
import org.planwatch.app.PlanWatch;
import picocli.CommandLine;

/**
 * The {@code ./planwatch} launcher's command line: the deployables' commands of {@link PlanWatch}
 * and the developer tools beside them (the demo, the in-JVM broker, the local cluster, the
 * benchmark). The tools need the Kafka server, JMH and XChart; keeping them here keeps those out of
 * the producer, streams and consumer images, which run {@link PlanWatch} alone.
 */
public final class PlanWatchTools {
    private PlanWatchTools() {}

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    static CommandLine commandLine() {
        return PlanWatch.commandLine(
                List.of(new DemoCommand(), new BrokerCommand(), new ClusterCommand(), new BenchCommand()));
    }
}
