package org.planwatch.streams;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.planwatch.domain.Keys;
import org.planwatch.domain.Target;
import org.planwatch.evaluation.ProgressEvaluator;
import org.planwatch.schema.PlanTarget;
import org.planwatch.schema.TargetCodec;

/**
 * The targets of one partition's regions, found by the indicator whose reading affects them. A
 * target is filed under {@code region|indicator|plan|indicator}, and a linked target a second time
 * under the indicator it is linked to ({@code region|gdp_growth|plan|disposable_income_growth}), and
 * a target measured against an average a second time under the average's region ({@code
 * 440000|premature_ncd_mortality|plan|premature_ncd_mortality} for a Jiangmen target "below the
 * provincial average"), so that one prefix scan finds every target a reading must re-evaluate. The
 * targets found are kept decoded (to the domain's {@link Target}) per {@code region|indicator}
 * until any target of the task changes: readings outnumber target changes by far, and the scan
 * and the two decodings per reading were a measurable share of the job's time (issue 26).
 */
final class TargetIndex {
    private static final StringSerializer PREFIX = new StringSerializer();

    private static final int MAX_DECODED = 16_384;

    private final KeyValueStore<String, PlanTarget> store;
    private final Map<String, List<Target>> decoded = LeastRecentlyUsed.map(MAX_DECODED);

    TargetIndex(KeyValueStore<String, PlanTarget> store) {
        this.store = store;
    }

    /** The region part of a target key {@code plan|region|indicator}. */
    static String regionOf(String targetKey) {
        String[] parts = parts(targetKey);
        return parts[1];
    }

    private static String[] parts(String targetKey) {
        String[] parts = targetKey == null ? new String[0] : targetKey.split("\\|", -1);
        if (parts.length != 3 || parts[0].isEmpty() || parts[1].isEmpty() || parts[2].isEmpty()) {
            throw new IllegalArgumentException("target key '" + targetKey + "' is not plan|region|indicator");
        }
        return parts;
    }

    private static String entry(String region, String by, String plan, String indicator) {
        return region + "|" + by + "|" + plan + "|" + indicator;
    }

    /** Files {@code target} in place of the version before it, which it returns. */
    Optional<PlanTarget> put(PlanTarget target) {
        decoded.clear();
        Optional<PlanTarget> before = remove(Keys.target(target.getPlan(), target.getRegion(), target.getIndicator()));
        for (String entry : entries(target)) {
            store.put(entry, target);
        }
        return before;
    }

    /** Removes the target with key {@code plan|region|indicator}, and returns it, if there is one. */
    Optional<PlanTarget> remove(String targetKey) {
        Optional<PlanTarget> before = get(targetKey);
        decoded.clear();
        before.ifPresent(t -> entries(t).forEach(store::delete));
        return before;
    }

    /** The target with key {@code plan|region|indicator}, if it is filed here. */
    Optional<PlanTarget> get(String targetKey) {
        String[] p = parts(targetKey);
        return Optional.ofNullable(store.get(entry(p[1], p[2], p[0], p[2])));
    }

    /**
     * The region other than its own whose figures {@code target} is measured against (its
     * province's, its country's average), if it is measured so.
     */
    static Optional<String> averageOf(PlanTarget target) {
        return ProgressEvaluator.averageRegion(TargetCodec.toDomain(target))
                .filter(average -> !average.equals(target.getRegion()));
    }

    /** Gives each target filed here that is measured against another region's average, with that region. */
    void forEachAverage(BiConsumer<String, PlanTarget> action) {
        try (KeyValueIterator<String, PlanTarget> it = store.all()) {
            while (it.hasNext()) {
                KeyValue<String, PlanTarget> e = it.next();
                String filedUnder = e.key.substring(0, e.key.indexOf('|'));
                if (!filedUnder.equals(e.value.getRegion())) {
                    action.accept(filedUnder, e.value);
                }
            }
        }
    }

    /** The indicator part of a target key {@code plan|region|indicator}. */
    static String indicatorOf(String targetKey) {
        return parts(targetKey)[2];
    }

    /** The plan part of a target key {@code plan|region|indicator}. */
    static String planOf(String targetKey) {
        return parts(targetKey)[0];
    }

    /** Where {@code target} is filed: under its own indicator, the one it is linked to, and its average's region. */
    private static List<String> entries(PlanTarget target) {
        String region = target.getRegion();
        String plan = target.getPlan();
        String indicator = target.getIndicator();
        List<String> entries = new ArrayList<>();
        entries.add(entry(region, indicator, plan, indicator));
        if (target.getLinkedTo() != null) {
            entries.add(entry(region, target.getLinkedTo(), plan, indicator));
        }
        averageOf(target).ifPresent(average -> entries.add(entry(average, indicator, plan, indicator)));
        return entries;
    }

    /**
     * Every target a reading of {@code indicator} in {@code region} bears on: its own, those linked
     * to it, and those measured against this region's average.
     */
    List<Target> affectedBy(String region, String indicator) {
        return decoded.computeIfAbsent(Keys.series(region, indicator) + "|", prefix -> {
            List<Target> out = new ArrayList<>();
            try (KeyValueIterator<String, PlanTarget> it = store.prefixScan(prefix, PREFIX)) {
                it.forEachRemaining(kv -> out.add(TargetCodec.toDomain(kv.value)));
            }
            return List.copyOf(out);
        });
    }

    /** Forgets the decoded targets: at a take-over or restore, the store may have changed under them. */
    void clear() {
        decoded.clear();
    }

    /** How many targets are filed (each once, however many entries it has). */
    static int count(Iterator<KeyValue<String, PlanTarget>> entries) {
        int n = 0;
        while (entries.hasNext()) {
            KeyValue<String, PlanTarget> e = entries.next();
            String[] key = e.key.split("\\|");
            if (key[0].equals(e.value.getRegion()) && key[1].equals(e.value.getIndicator())) {
                n++;
            }
        }
        return n;
    }
}
