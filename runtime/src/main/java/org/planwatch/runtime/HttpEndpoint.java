package org.planwatch.runtime;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.BindException;
import java.net.InetSocketAddress;

/** An HTTP server a deployable serves on (its metrics, the ingest endpoint), bound at start. */
public final class HttpEndpoint {
    private HttpEndpoint() {}

    /**
     * Binds a server on {@code host:port} (0: a free port).
     *
     * @param what what it serves, for the message: "metrics"
     * @param advice how to choose another port: "choose another port with --port"
     * @throws IOException saying what could not be served where, and how to choose another port
     */
    public static HttpServer bind(String what, String host, int port, String advice) throws IOException {
        try {
            return HttpServer.create(new InetSocketAddress(host, port), 0);
        } catch (BindException e) {
            throw new IOException(
                    "cannot serve " + what + " on " + host + ":" + port + " (" + e.getMessage() + "): " + advice, e);
        }
    }
}
