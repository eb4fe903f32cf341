package org.planwatch.runtime;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Blocks a long-running command until Ctrl-C (SIGINT/SIGTERM) or until what it serves stops on
 * its own, then holds the JVM's exit until the command has closed its resources in order.
 */
public final class Shutdown {
    /** Longer than the slowest orderly close (Kafka Streams gets 30 s). */
    private static final long CLOSE_LIMIT_SECONDS = 60;

    private final CountDownLatch stop = new CountDownLatch(1);
    private final CountDownLatch closed = new CountDownLatch(1);

    public Shutdown() {
        Runtime.getRuntime()
                .addShutdownHook(new Thread(
                        () -> {
                            stop.countDown();
                            try {
                                closed.await(CLOSE_LIMIT_SECONDS, TimeUnit.SECONDS);
                            } catch (InterruptedException e) {
                                Thread.currentThread().interrupt();
                            }
                        },
                        "planwatch-shutdown"));
    }

    /** Waits for Ctrl-C or {@link #stop()}. */
    public void await() throws InterruptedException {
        stop.await();
    }

    /** Ends the wait from inside: the component being served has stopped. */
    public void stop() {
        stop.countDown();
    }

    /** Says the command has closed its resources, so the JVM may exit. */
    public void done() {
        closed.countDown();
    }
}
