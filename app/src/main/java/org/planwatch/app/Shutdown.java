package org.planwatch.app;

import java.util.concurrent.CountDownLatch;

/** Blocks a long-running command until Ctrl-C (SIGINT/SIGTERM), then lets it close in order. */
final class Shutdown {
  private final CountDownLatch signalled = new CountDownLatch(1);
  private final CountDownLatch closed = new CountDownLatch(1);

  Shutdown() {
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      signalled.countDown();
      try {
        closed.await();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }, "planwatch-shutdown"));
  }

  void await() throws InterruptedException {
    signalled.await();
  }

  /** Says the command has closed its resources, so the JVM may exit. */
  void done() {
    closed.countDown();
  }
}
