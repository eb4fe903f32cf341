package org.planwatch.planimport.review;

import java.util.Map;

/**
 * One line of an overrides file: what a person decided about the targets a document's line gave.
 *
 * @param line the line of the overrides file, for messages
 * @param source the {@code file:line} the targets cite, as the catalogue's {@code source} column
 * @param indicator the target's indicator code; {@code *} for every target of that line (set, drop)
 * @param changes catalogue columns and their new values ({@code target_value=3.2})
 * @param why the person's reason, shown in the review report
 */
public record Correction(
        int line, String source, String indicator, Action action, Map<String, String> changes, String why) {

    /** What a correction does. */
    public enum Action {
        /** Change fields of the matching targets: fix a misread cell, assign an indicator code. */
        SET,
        /** Leave the matching targets out: a past figure read as a target, a row that is not one. */
        DROP,
        /** Add a target the importer missed, citing the line that states it. */
        ADD
    }

    public Correction {
        changes = Map.copyOf(changes);
    }

    boolean matches(org.planwatch.domain.Target target) {
        return target.source().equals(source)
                && (indicator.equals("*") || target.indicator().equals(indicator));
    }

    /** The file part of {@link #source}. */
    String file() {
        int colon = source.lastIndexOf(':');
        return colon < 0 ? source : source.substring(0, colon);
    }

    @Override
    public String toString() {
        return action.name().toLowerCase(java.util.Locale.ROOT) + " " + source + " " + indicator
                + (changes.isEmpty() ? "" : " " + changes);
    }
}
