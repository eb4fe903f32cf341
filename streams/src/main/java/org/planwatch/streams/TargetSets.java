package org.planwatch.streams;

import java.util.ArrayList;
import java.util.List;
import org.planwatch.schema.PlanTarget;
import org.planwatch.schema.TargetSet;

/** Adds and removes one plan's target in the set kept per region and indicator. */
final class TargetSets {
    private TargetSets() {}

    static TargetSet empty() {
        return new TargetSet(new ArrayList<>());
    }

    /** The set with {@code target} in place of any earlier version from the same plan. */
    static TargetSet put(TargetSet set, PlanTarget target) {
        List<PlanTarget> targets = new ArrayList<>(without(set, target.getPlan()));
        targets.add(target);
        return new TargetSet(targets);
    }

    static TargetSet remove(TargetSet set, PlanTarget target) {
        return new TargetSet(new ArrayList<>(without(set, target.getPlan())));
    }

    private static List<PlanTarget> without(TargetSet set, String plan) {
        return set.getTargets().stream().filter(t -> !t.getPlan().equals(plan)).toList();
    }
}
