package org.planwatch.consumer;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.planwatch.domain.ProgressScore;
import org.planwatch.domain.Status;
import org.planwatch.schema.ProgressEvaluation;

/**
 * Each region's plan as one number: the mean of its targets' {@link ProgressScore}s, kept up to
 * date from the status topic. Per plan and region, {@code planwatch.plan.score} (-5..5, absent
 * while no target can be scored), and how many targets it holds and how many were scored, so a
 * dashboard can say "3.1, from 12 of 20 targets" rather than pass a thin mean off as a verdict.
 * The tallies move by each change, so a scrape costs one division per plan, not a pass over
 * every target.
 */
final class PlanScores implements AlertListener, AutoCloseable {
    static final String SCORE = "planwatch.plan.score";
    static final String TARGETS = "planwatch.plan.targets";
    static final String SCORED = "planwatch.plan.scored.targets";

    private final MeterRegistry registry;
    private final Map<String, Entry> byKey = new HashMap<>();
    private final Map<PlanRegion, Tally> tallies = new HashMap<>();

    PlanScores(MeterRegistry registry) {
        this.registry = registry;
    }

    @Override
    public void onAlert(String key, ProgressEvaluation alert) {}

    /**
     * Moves the tallies by one target's change. Meters are registered and removed outside the lock,
     * since a scrape holds the registry while it reads the gauges, which take the lock.
     */
    @Override
    public void onStatus(String key, ProgressEvaluation status) {
        List<Meter> gone = List.of();
        Tally fresh = null;
        PlanRegion plan = status == null ? null : new PlanRegion(status.getPlan(), status.getRegion());
        synchronized (this) {
            Entry before = byKey.remove(key);
            if (before != null) {
                Tally tally = tallies.get(before.plan());
                tally.remove(before.score());
                if (tally.targets() == 0) {
                    tallies.remove(before.plan());
                    gone = tally.meters;
                }
            }
            if (plan != null) {
                OptionalDouble score =
                        ProgressScore.of(Status.valueOf(status.getStatus().name()), status.getProgress());
                Entry entry = new Entry(plan, score.isPresent() ? score.getAsDouble() : null);
                byKey.put(key, entry);
                Tally tally = tallies.get(plan);
                if (tally == null) {
                    tally = fresh = new Tally();
                    tallies.put(plan, tally);
                }
                tally.add(entry.score());
            }
        }
        gone.forEach(registry::remove);
        if (fresh != null) {
            List<Meter> meters = register(plan);
            synchronized (this) {
                fresh.meters = meters;
            }
        }
    }

    /** The mean score of a region's plan, or NaN while none of its targets can be scored. */
    synchronized double score(PlanRegion plan) {
        Tally tally = tallies.get(plan);
        return tally == null ? Double.NaN : tally.mean();
    }

    private List<Meter> register(PlanRegion plan) {
        Tags tags = Tags.of("plan", plan.plan(), "region", plan.region());
        return List.of(
                Gauge.builder(SCORE, this, s -> s.score(plan))
                        .tags(tags)
                        .description("Mean progress score of the plan's scored targets, -5 (deterioration) to 5 "
                                + "(on track or achieved), Open SDG's method")
                        .register(registry),
                Gauge.builder(TARGETS, this, s -> s.count(plan, false))
                        .tags(tags)
                        .description("Targets of the plan in the region that have a status")
                        .register(registry),
                Gauge.builder(SCORED, this, s -> s.count(plan, true))
                        .tags(tags)
                        .description("Targets whose status could be scored (not awaiting data, quota or assessment)")
                        .register(registry));
    }

    private synchronized double count(PlanRegion plan, boolean scored) {
        Tally tally = tallies.get(plan);
        return tally == null ? 0 : scored ? tally.scored() : tally.targets();
    }

    @Override
    public void close() {
        List<Meter> meters;
        synchronized (this) {
            meters = tallies.values().stream().flatMap(t -> t.meters.stream()).toList();
            tallies.clear();
            byKey.clear();
        }
        meters.forEach(registry::remove);
    }

    record PlanRegion(String plan, String region) {}

    private record Entry(PlanRegion plan, Double score) {}

    /** Running sums of one region's plan; guarded by the enclosing instance. */
    private static final class Tally {
        private int targets;
        private int scored;
        private double sum;
        private List<Meter> meters = List.of();

        void add(Double score) {
            targets++;
            if (score != null) {
                scored++;
                sum += score;
            }
        }

        void remove(Double score) {
            targets--;
            if (score != null) {
                scored--;
                // Back to an exact zero rather than the rounding left by adding and taking away.
                sum = scored == 0 ? 0 : sum - score;
            }
        }

        int targets() {
            return targets;
        }

        int scored() {
            return scored;
        }

        double mean() {
            return scored == 0 ? Double.NaN : sum / scored;
        }
    }
}
