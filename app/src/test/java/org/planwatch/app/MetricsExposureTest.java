package org.planwatch.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.util.Collections;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.planwatch.runtime.MetricsServer;

/**
 * {@code /metrics} is for the machine it runs on unless an operator says otherwise: both
 * commands that serve it bind to loopback by default, and such a server does not answer on the
 * machine's other addresses.
 */
class MetricsExposureTest {
    @Test
    void theCommandsThatServeMetricsBindToLoopbackByDefault() {
        for (String command : new String[] {"consumer", "streams"}) {
            assertThat(PlanWatch.commandLine()
                            .getSubcommands()
                            .get(command)
                            .getCommandSpec()
                            .findOption("--metrics-host")
                            .defaultValue())
                    .as("%s --metrics-host default", command)
                    .isEqualTo("127.0.0.1");
        }
    }

    @Test
    void aServerOnTheDefaultHostIsNotReachableOnAnotherAddressOfTheMachine() throws Exception {
        Optional<InetAddress> other = nonLoopbackAddress();
        assumeTrue(other.isPresent(), "this machine has no address but loopback");
        try (MetricsServer server = MetricsServer.start(
                new PrometheusMeterRegistry(PrometheusConfig.DEFAULT), MetricsServer.DEFAULT_HOST, 0)) {
            try (Socket loopback = new Socket()) {
                loopback.connect(new InetSocketAddress("127.0.0.1", server.port()), 2_000);
            }
            assertThatThrownBy(() -> {
                        try (Socket outside = new Socket()) {
                            outside.connect(new InetSocketAddress(other.get(), server.port()), 2_000);
                        }
                    })
                    .as("connecting to %s:%d", other.get().getHostAddress(), server.port())
                    .isInstanceOf(java.io.IOException.class);
        }
    }

    /** A command that serves metrics on a port given to it, as consumer and streams do. */
    @picocli.CommandLine.Command(name = "serve")
    static final class Serve implements java.util.concurrent.Callable<Integer> {
        @picocli.CommandLine.Option(names = "--metrics-port")
        int port;

        @Override
        public Integer call() throws Exception {
            try (MetricsServer server = MetricsServer.start(
                    new PrometheusMeterRegistry(PrometheusConfig.DEFAULT), MetricsServer.DEFAULT_HOST, port)) {
                return 0;
            }
        }
    }

    @Test
    void aPortAlreadyTakenIsOneLineNamingTheOptionNotAStackTrace() throws Exception {
        try (java.net.ServerSocket taken = new java.net.ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            java.io.StringWriter err = new java.io.StringWriter();
            picocli.CommandLine cl = PlanWatch.commandLine(java.util.List.of(new Serve()));
            cl.setErr(new java.io.PrintWriter(err, true));

            int exit = cl.execute("serve", "--metrics-port", Integer.toString(taken.getLocalPort()));

            assertThat(exit).isEqualTo(1);
            assertThat(err.toString().lines().toList())
                    .singleElement()
                    .satisfies(line -> assertThat(line)
                            .startsWith("planwatch: cannot serve metrics on 127.0.0.1:" + taken.getLocalPort())
                            .contains("--metrics-port"));
        }
    }

    private static Optional<InetAddress> nonLoopbackAddress() throws Exception {
        for (NetworkInterface nic : Collections.list(NetworkInterface.getNetworkInterfaces())) {
            if (!nic.isUp() || nic.isLoopback()) {
                continue;
            }
            for (InetAddress address : Collections.list(nic.getInetAddresses())) {
                if (address instanceof Inet4Address && !address.isLoopbackAddress()) {
                    return Optional.of(address);
                }
            }
        }
        return Optional.empty();
    }
}
