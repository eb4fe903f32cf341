package org.planwatch.runtime;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import org.junit.jupiter.api.Test;

class HttpEndpointTest {
    @Test
    void shouldSayWhatCannotBeServedWhereAndHowToChooseAnotherPort() throws Exception {
        HttpServer first = HttpEndpoint.bind("metrics", "127.0.0.1", 0, "choose another port");
        int taken = first.getAddress().getPort();
        try {
            assertThatThrownBy(() -> HttpEndpoint.bind("the ingest endpoint", "127.0.0.1", taken, "use --port"))
                    .isInstanceOf(IOException.class)
                    .hasMessageStartingWith("cannot serve the ingest endpoint on 127.0.0.1:" + taken + " (")
                    .hasMessageEndingWith("): use --port");
        } finally {
            first.stop(0);
        }
    }
}
