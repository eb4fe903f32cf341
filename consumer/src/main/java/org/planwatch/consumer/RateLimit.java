package org.planwatch.consumer;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;

/**
 * At most {@code perMinute} sends to one receiver in any sixty seconds: the DingTalk and WeCom
 * group robots refuse the 21st message of a minute. A send over the limit waits its turn.
 */
final class RateLimit {
    private final int perMinute;
    private final Sleeper sleeper;
    private final Map<String, Deque<Long>> sent = new HashMap<>();

    /** Time, and waiting for it: real in production, simulated in tests. */
    interface Sleeper {
        long nowMillis();

        void sleep(long millis) throws InterruptedException;
    }

    static final Sleeper REAL = new Sleeper() {
        @Override
        public long nowMillis() {
            return System.currentTimeMillis();
        }

        @Override
        public void sleep(long millis) throws InterruptedException {
            Thread.sleep(millis);
        }
    };

    RateLimit(int perMinute, Sleeper sleeper) {
        this.perMinute = perMinute;
        this.sleeper = sleeper;
    }

    /** Waits until {@code receiver} may be sent to, and counts the send. */
    void acquire(String receiver) throws InterruptedException {
        Deque<Long> times = sent.computeIfAbsent(receiver, r -> new ArrayDeque<>());
        while (true) {
            long now = sleeper.nowMillis();
            while (!times.isEmpty() && times.peekFirst() <= now - 60_000) {
                times.pollFirst();
            }
            if (times.size() < perMinute) {
                times.addLast(now);
                return;
            }
            sleeper.sleep(times.peekFirst() + 60_000 - now);
        }
    }
}
