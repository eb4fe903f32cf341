package org.planwatch.broker;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import org.junit.jupiter.api.Test;

class FreePortTest {
    @Test
    void aFreePortIsBindableAndBelowTheRangeOutgoingConnectionsDrawFrom() throws IOException {
        for (int i = 0; i < 20; i++) {
            int port = EmbeddedKafkaBroker.freePort();
            assertThat(port).isBetween(EphemeralPorts.FLOOR, EphemeralPorts.lowest() - 1);
            try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
                assertThat(socket.getLocalPort()).isEqualTo(port);
            }
        }
    }
}
