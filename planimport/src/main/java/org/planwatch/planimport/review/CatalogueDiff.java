package org.planwatch.planimport.review;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.planwatch.domain.Target;
import org.planwatch.domain.TargetCatalogue;

/**
 * What a revised plan changes in the catalogue: targets added, removed, and changed field by
 * field, matched by {@link Target#key()}. Where a target came from ({@code source},
 * {@code expression}) is not a change of the target: a revision that only moves a row down the
 * page changes nothing a department is measured against.
 */
public record CatalogueDiff(List<Target> added, List<Target> removed, List<Change> changed) {

    /** Columns that say where a target was printed, not what it asks. */
    private static final Set<String> PROVENANCE = Set.of("source", "expression", "milestone_source");

    /** One field of one target, before and after. */
    public record Field(String column, String before, String after) {}

    /** A target present in both, with the fields that differ. */
    public record Change(Target before, Target after, List<Field> fields) {}

    public static CatalogueDiff of(List<Target> before, List<Target> after) {
        Map<String, Target> old = byKey(before);
        Map<String, Target> now = byKey(after);
        List<Target> added = new ArrayList<>();
        List<Change> changed = new ArrayList<>();
        now.forEach((key, t) -> {
            Target was = old.get(key);
            if (was == null) {
                added.add(t);
            } else {
                List<Field> fields = fields(was, t);
                if (!fields.isEmpty()) {
                    changed.add(new Change(was, t, fields));
                }
            }
        });
        List<Target> removed =
                old.values().stream().filter(t -> !now.containsKey(t.key())).toList();
        return new CatalogueDiff(List.copyOf(added), removed, List.copyOf(changed));
    }

    public boolean isEmpty() {
        return added.isEmpty() && removed.isEmpty() && changed.isEmpty();
    }

    /** One line per difference, for a person: {@code ~ key: target_value 3.2 -> 3.5}. */
    public void write(Appendable out) throws java.io.IOException {
        for (Target t : added) {
            out.append("+ ")
                    .append(t.key())
                    .append(": ")
                    .append(summary(t))
                    .append("  (")
                    .append(t.source())
                    .append(")\n");
        }
        for (Target t : removed) {
            out.append("- ")
                    .append(t.key())
                    .append(": ")
                    .append(summary(t))
                    .append("  (was ")
                    .append(t.source())
                    .append(")\n");
        }
        for (Change c : changed) {
            out.append("~ ").append(c.after().key()).append(':');
            for (Field f : c.fields()) {
                out.append(' ')
                        .append(f.column())
                        .append(' ')
                        .append(shown(f.before()))
                        .append(" -> ")
                        .append(shown(f.after()))
                        .append(';');
            }
            out.append("  (").append(c.after().source()).append(")\n");
        }
        out.append(String.format("%d added, %d removed, %d changed%n", added.size(), removed.size(), changed.size()));
    }

    private static String summary(Target t) {
        return t.kind() + " " + t.bound() + " "
                + (t.targetValue() == null ? "—" : TargetCatalogue.row(t).get("target_value")) + " "
                + Objects.requireNonNullElse(t.unit(), "") + " by " + t.targetYear();
    }

    private static String shown(String value) {
        return value.isEmpty() ? "—" : value;
    }

    private static List<Field> fields(Target before, Target after) {
        Map<String, String> a = TargetCatalogue.row(before);
        Map<String, String> b = TargetCatalogue.row(after);
        List<Field> fields = new ArrayList<>();
        a.forEach((column, value) -> {
            if (!PROVENANCE.contains(column) && !value.equals(b.get(column))) {
                fields.add(new Field(column, value, b.get(column)));
            }
        });
        return fields;
    }

    private static Map<String, Target> byKey(List<Target> targets) {
        Map<String, Target> map = new LinkedHashMap<>();
        targets.forEach(t -> map.putIfAbsent(t.key(), t));
        return map;
    }
}
