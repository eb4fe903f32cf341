package org.planwatch.streams;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.planwatch.schema.PlanTarget;

/**
 * The targets of one partition's regions, found by the indicator whose reading affects them. A
 * target is filed under {@code region|indicator|plan|indicator}, and a linked target a second time
 * under the indicator it is linked to ({@code region|gdp_growth|plan|disposable_income_growth}), so
 * that one prefix scan finds every target a reading must re-evaluate.
 */
final class TargetIndex {
    private static final StringSerializer PREFIX = new StringSerializer();

    private final KeyValueStore<String, PlanTarget> store;

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

    /** Files {@code target} in place of the version before it. */
    void put(PlanTarget target) {
        remove(target.getPlan() + "|" + target.getRegion() + "|" + target.getIndicator());
        String region = target.getRegion();
        store.put(entry(region, target.getIndicator(), target.getPlan(), target.getIndicator()), target);
        if (target.getLinkedTo() != null) {
            store.put(entry(region, target.getLinkedTo(), target.getPlan(), target.getIndicator()), target);
        }
    }

    /** Removes the target with key {@code plan|region|indicator}, if there is one. */
    void remove(String targetKey) {
        String[] p = parts(targetKey);
        String own = entry(p[1], p[2], p[0], p[2]);
        PlanTarget before = store.delete(own);
        if (before != null && before.getLinkedTo() != null) {
            store.delete(entry(p[1], before.getLinkedTo(), p[0], p[2]));
        }
    }

    /** Every target a reading of {@code indicator} in {@code region} bears on: its own and those linked to it. */
    List<PlanTarget> affectedBy(String region, String indicator) {
        List<PlanTarget> out = new ArrayList<>();
        try (KeyValueIterator<String, PlanTarget> it = store.prefixScan(region + "|" + indicator + "|", PREFIX)) {
            it.forEachRemaining(kv -> out.add(kv.value));
        }
        return out;
    }

    /** How many targets are filed (each once, whatever it is linked to). */
    static int count(Iterator<KeyValue<String, PlanTarget>> entries) {
        int n = 0;
        while (entries.hasNext()) {
            KeyValue<String, PlanTarget> e = entries.next();
            if (e.key.split("\\|")[1].equals(e.value.getIndicator())) {
                n++;
            }
        }
        return n;
    }
}
