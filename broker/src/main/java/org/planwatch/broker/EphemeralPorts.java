package org.planwatch.broker;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Where the kernel's ephemeral port range starts, the ports it gives to outgoing connections. */
final class EphemeralPorts {
    /** The lowest port {@link EmbeddedKafkaBroker#freePort} draws; below it live well-known services. */
    static final int FLOOR = 20_000;
    /** Linux's default start, and a safe guess where the range cannot be read. */
    private static final int LINUX_DEFAULT = 32_768;

    private static final Path RANGE = Path.of("/proc/sys/net/ipv4/ip_local_port_range");

    private EphemeralPorts() {}

    static int lowest() {
        try {
            // Read line by line: Files.readString trusts the size procfs reports and stops short.
            return Integer.parseInt(Files.readAllLines(RANGE).get(0).trim().split("\\s+")[0]);
        } catch (IOException | RuntimeException e) {
            return LINUX_DEFAULT;
        }
    }
}
