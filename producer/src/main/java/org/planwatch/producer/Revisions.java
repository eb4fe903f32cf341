package org.planwatch.producer;

import java.util.Locale;
import org.planwatch.schema.RevisionStatus;

/** A feed's word for how final a figure is, as PlanWatch's {@link RevisionStatus}. */
final class Revisions {
    private Revisions() {}

    /**
     * {@code P} / provisional, {@code A} / {@code F} / final, {@code R} / revised, and {@code E} /
     * estimated, which is not final and so counts as provisional; blank is final.
     */
    static RevisionStatus of(String text) {
        String t = text == null ? "" : text.strip().toUpperCase(Locale.ROOT);
        return switch (t) {
            case "", "A", "F", "FINAL", "NORMAL", "正式" -> RevisionStatus.FINAL;
            case "P", "PROVISIONAL", "初步", "初步核算" -> RevisionStatus.PROVISIONAL;
            case "E", "ESTIMATED", "估计" -> RevisionStatus.PROVISIONAL;
            case "R", "REVISED", "修订" -> RevisionStatus.REVISED;
            default ->
                throw new IllegalArgumentException(
                        "status '" + text + "' is not P (provisional), A (final), E (estimated) or R (revised)");
        };
    }
}
