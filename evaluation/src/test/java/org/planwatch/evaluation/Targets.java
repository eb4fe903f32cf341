package org.planwatch.evaluation;

import java.util.ArrayList;
import java.util.List;
import org.planwatch.domain.Attribute;
import org.planwatch.domain.Bound;
import org.planwatch.domain.Direction;
import org.planwatch.domain.Target;
import org.planwatch.domain.TargetKind;

/** Targets and histories for the evaluation tests, written the way the plans print them. */
final class Targets {
    private Targets() {}

    static Target.Builder target(String indicator, String unit, TargetKind kind, Bound bound, Direction direction) {
        return Target.builder("plan-14", "440700", indicator)
                .names("指标", null)
                .unit(unit)
                .kind(kind, bound)
                .direction(direction)
                .attribute(Attribute.ANTICIPATORY)
                .source("t:1");
    }

    /** A level target from {@code base} in 2020 to {@code goal} in 2025. */
    static Target level(String indicator, String unit, double base, double goal, Direction direction) {
        return target(indicator, unit, TargetKind.LEVEL, Bound.EXACT, direction)
                .base(2020, base)
                .target(2025, goal)
                .build();
    }

    /** Figures from {@code firstYear} on, one a year. */
    static History history(int firstYear, double... values) {
        List<Observation> list = new ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            list.add(new Observation(firstYear + i, values[i], "r" + (firstYear + i)));
        }
        return History.of(list);
    }

    static History single(int year, double value) {
        return history(year, value);
    }
}
