package org.planwatch.consumer;

import java.io.IOException;

/** Where a notice goes: it returns once the receiver has acknowledged it, and throws if it did not. */
interface Channel {
    void send(Notice notice, Routing.Route route) throws IOException, InterruptedException;
}
