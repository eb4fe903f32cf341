package org.planwatch.tools;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * A data folder serves one broker: a second one on it is told so in one line, before Kafka starts
 * (an operator's trial got 130 lines of Kafka's traces about a port).
 */
class BrokerDataDirTest {
    @TempDir
    Path dataDir;

    @Test
    void shouldRefuseASecondBrokerOnAFolderInUseInOneLine() throws Exception {
        try (FileChannel channel = FileChannel.open(
                        dataDir.resolve("planwatch-broker.lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                FileLock held = channel.lock()) {
            StringWriter err = new StringWriter();
            CommandLine cl = PlanWatchTools.commandLine();
            cl.setErr(new PrintWriter(err, true));

            int exit = cl.execute("broker", "--data-dir", dataDir.toString());

            assertThat(exit).isEqualTo(1);
            assertThat(err.toString().lines().toList())
                    .containsExactly("planwatch: another broker is running on --data-dir " + dataDir
                            + ": stop it first, or give another folder");
        }
    }

    @Test
    void shouldRefuseAPortInUseInOneLine() throws Exception {
        try (java.net.ServerSocket taken =
                new java.net.ServerSocket(0, 1, java.net.InetAddress.getByName("127.0.0.1"))) {
            StringWriter err = new StringWriter();
            CommandLine cl = PlanWatchTools.commandLine();
            cl.setErr(new PrintWriter(err, true));

            int exit = cl.execute(
                    "broker", "--data-dir", dataDir.toString(), "--port", Integer.toString(taken.getLocalPort()));

            assertThat(exit).isEqualTo(1);
            assertThat(err.toString().lines().toList())
                    .singleElement()
                    .satisfies(line -> assertThat(line)
                            .startsWith("planwatch: port " + taken.getLocalPort() + " is in use on 127.0.0.1")
                            .endsWith("choose another --port"));
        }
    }
}
