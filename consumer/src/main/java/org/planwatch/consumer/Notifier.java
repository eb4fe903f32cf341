package org.planwatch.consumer;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.planwatch.schema.ProgressEvaluation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tells department leads of status changes. For each alert (or, in digest mode, each department's
 * changes in one batch) it finds the routes, and sends on each with retries and exponential
 * backoff, robots held to 20 messages a minute. It returns only when every send was acknowledged
 * or given up; the caller commits the alerts' offsets after that, so a message is never lost to a
 * crash (it may be sent again, under the same idempotency key). A send given up is counted and
 * recorded with its error; a change no route matches is counted as unrouted.
 */
public final class Notifier {
    private static final Logger LOG = LoggerFactory.getLogger(Notifier.class);

    /** How hard to try: attempts in all, the first wait, and the longest. */
    public record Retry(int attempts, long firstWaitMillis, long maxWaitMillis) {
        public static final Retry DEFAULT = new Retry(6, 500, 30_000);
    }

    /** Where a notice that could not be delivered is recorded. */
    public interface Undelivered {
        void record(Notice notice, Routing.Route route, String error);
    }

    private final Routing routing;
    private final Map<String, Channel> channels;
    private final NoticeWriter writer;
    private final boolean digest;
    private final Retry retry;
    private final RateLimit robots;
    private final RateLimit.Sleeper sleeper;
    private final Undelivered undelivered;
    private final MeterRegistry registry;

    Notifier(
            Routing routing,
            Map<String, Channel> channels,
            NoticeWriter writer,
            boolean digest,
            Retry retry,
            RateLimit.Sleeper sleeper,
            Undelivered undelivered,
            MeterRegistry registry) {
        this.routing = routing;
        this.channels = channels;
        this.writer = writer;
        this.digest = digest;
        this.retry = retry;
        this.robots = new RateLimit(20, sleeper);
        this.sleeper = sleeper;
        this.undelivered = undelivered;
        this.registry = registry;
        // every series exists from the start, so that rate() and the alert rules see a zero, not nothing
        for (String channel : channels.keySet()) {
            counter("planwatch.notifications.sent", channel);
            counter("planwatch.notifications.failed", channel);
            counter("planwatch.notifications.retries", channel);
        }
        counter("planwatch.notifications.unrouted", "none");
        this.withheldBaseYear = Counter.builder("planwatch.notifications.withheld")
                .tag("reason", "base-year")
                .description("Status changes no lead is told of: a figure of the target's base year is where the plan "
                        + "starts, not progress on it")
                .register(registry);
    }

    private final Counter withheldBaseYear;

    boolean digest() {
        return digest;
    }

    /** Sends what {@code alerts} call for; returns when every send is acknowledged or given up. */
    public void deliver(List<ProgressEvaluation> alerts) throws InterruptedException {
        for (Notice notice : notices(alerts)) {
            List<Routing.Route> routes = routing.routesFor(notice);
            if (routes.isEmpty()) {
                counter("planwatch.notifications.unrouted", "none").increment();
                LOG.warn("no route for {} ({}): not sent", notice.key(), notice.department());
            }
            for (Routing.Route route : routes) {
                send(notice, route);
            }
        }
    }

    private List<Notice> notices(List<ProgressEvaluation> all) {
        List<ProgressEvaluation> alerts = new ArrayList<>();
        for (ProgressEvaluation a : all) {
            if (writer.atOrBeforeBase(a)) {
                // the figure the plan starts from: on the board and the dashboards, but no news to a lead
                withheldBaseYear.increment();
            } else {
                alerts.add(a);
            }
        }
        if (!digest) {
            return alerts.stream().map(writer::notice).toList();
        }
        Map<String, List<ProgressEvaluation>> byDepartment = new LinkedHashMap<>();
        for (ProgressEvaluation a : alerts) {
            String department = a.getDepartment() == null ? "—" : a.getDepartment();
            byDepartment.computeIfAbsent(department, d -> new ArrayList<>()).add(a);
        }
        return byDepartment.entrySet().stream()
                .map(e -> writer.digest(e.getKey(), e.getValue()))
                .toList();
    }

    private void send(Notice notice, Routing.Route route) throws InterruptedException {
        Channel channel = channels.get(route.channel());
        String error = channel == null ? "channel " + route.channel() + " is not configured" : null;
        long wait = retry.firstWaitMillis();
        for (int attempt = 1; channel != null && attempt <= retry.attempts(); attempt++) {
            if (route.channel().equals("dingtalk") || route.channel().equals("wecom")) {
                robots.acquire(route.channel() + " " + route.to());
            }
            try {
                channel.send(notice, route);
                counter("planwatch.notifications.sent", route.channel()).increment();
                return;
            } catch (IOException | RuntimeException e) {
                error = e.getMessage();
                counter("planwatch.notifications.retries", route.channel()).increment();
                LOG.warn(
                        "{} to {} failed (attempt {} of {}): {}",
                        notice.key(),
                        route.channel(),
                        attempt,
                        retry.attempts(),
                        error);
                if (attempt < retry.attempts()) {
                    sleeper.sleep(wait);
                    wait = Math.min(wait * 2, retry.maxWaitMillis());
                }
            }
        }
        counter("planwatch.notifications.failed", route.channel()).increment();
        LOG.error("{} to {} given up: {}", notice.key(), route.channel(), error);
        undelivered.record(notice, route, error);
    }

    private Counter counter(String name, String channel) {
        return Counter.builder(name)
                .tag("channel", channel)
                .description("Notifications to department leads, by channel")
                .register(registry);
    }
}
