package org.planwatch.app;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The --bootstrap list, checked before any Kafka client sees it: a client given {@code kafka} (no
 * port) or an unknown host fails deep inside its constructor with a stack trace, and one given a
 * closed port retries silently until its timeout.
 */
record BootstrapAddresses(String text, List<InetSocketAddress> addresses) {
    /** Each comma-separated HOST:PORT resolved, or a one-line error naming the entry at fault. */
    static BootstrapAddresses parse(String text) {
        List<InetSocketAddress> addresses = new ArrayList<>();
        for (String entry : text.split(",")) {
            String e = entry.trim();
            int colon = e.lastIndexOf(':');
            if (colon <= 0 || colon == e.length() - 1) {
                throw new UsageProblem("--bootstrap " + text + ": '" + e + "' is not HOST:PORT");
            }
            String host = e.substring(0, colon).replaceAll("^\\[|]$", "");
            int port;
            try {
                port = Integer.parseInt(e.substring(colon + 1));
            } catch (NumberFormatException notANumber) {
                port = -1;
            }
            if (port < 1 || port > 65535) {
                throw new UsageProblem("--bootstrap " + text + ": '" + e + "' has no valid port (1-65535)");
            }
            try {
                addresses.add(new InetSocketAddress(InetAddress.getByName(host), port));
            } catch (UnknownHostException unknown) {
                throw new UsageProblem("--bootstrap " + text + ": host '" + host + "' is not known here");
            }
        }
        return new BootstrapAddresses(text, List.copyOf(addresses));
    }

    /** Whether any address accepts a TCP connection within {@code limit}. */
    boolean anyListening(Duration limit) {
        for (InetSocketAddress address : addresses) {
            try (Socket socket = new Socket()) {
                socket.connect(address, (int) limit.toMillis());
                return true;
            } catch (IOException refusedOrSilent) {
                // the next one may answer
            }
        }
        return false;
    }
}
