package org.planwatch.app;

import org.planwatch.runtime.MetricsServer;
import picocli.CommandLine.Option;

/** Where the metrics are served. */
public final class MetricsOptions {
    @Option(
            names = "--metrics-host",
            paramLabel = "ADDRESS",
            defaultValue = MetricsServer.DEFAULT_HOST,
            description = "Address to serve /metrics on; loopback unless told otherwise "
                    + "(env PLANWATCH_METRICS_HOST; default ${DEFAULT-VALUE}).")
    public String host;

    @Option(
            names = "--metrics-port",
            converter = OptionValues.Port.class,
            paramLabel = "PORT",
            defaultValue = "" + MetricsServer.DEFAULT_PORT,
            description =
                    "Port to serve /metrics on; 0 picks a free one (env PLANWATCH_METRICS_PORT; default ${DEFAULT-VALUE}).")
    public int port;
}
