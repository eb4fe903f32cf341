package org.planwatch.producer;

import java.util.Locale;
import java.util.Set;
import org.planwatch.schema.RevisionStatus;

/**
 * A feed's word for how final a figure is, as PlanWatch's {@link RevisionStatus}. Beside
 * PlanWatch's own words it knows SDMX's observation status codes (the cross-domain code list
 * CL_OBS_STATUS): those that say the value is missing are {@link #MISSING}, for the reader to
 * refuse as a missing value rather than as a status.
 */
final class Revisions {
    /** SDMX statuses of a value that is not there: M, L, O, Q (suppressed), H (not applicable). */
    static final Set<String> MISSING = Set.of("M", "L", "O", "Q", "H");

    private Revisions() {}

    /**
     * {@code P} / provisional, {@code A} / {@code F} / final, {@code R} / revised, and {@code E} /
     * estimated, which is not final and so counts as provisional; blank is final. SDMX's B (break
     * in series), D (definition differs), K, W (other categories included) and N (not significant)
     * describe a final figure; I (imputed), U (low reliability), V (unvalidated), G (experimental)
     * and S (strike) one that may still change, so provisional.
     */
    static RevisionStatus of(String text) {
        String t = text == null ? "" : text.strip().toUpperCase(Locale.ROOT);
        return switch (t) {
            case "", "A", "F", "FINAL", "NORMAL", "正式", "B", "D", "K", "W", "N" -> RevisionStatus.FINAL;
            case "P", "PROVISIONAL", "初步", "初步核算" -> RevisionStatus.PROVISIONAL;
            case "E", "ESTIMATED", "估计", "I", "U", "V", "G", "S" -> RevisionStatus.PROVISIONAL;
            case "R", "REVISED", "修订" -> RevisionStatus.REVISED;
            default ->
                throw new IllegalArgumentException("status '" + text + "' is not one PlanWatch knows: P (provisional),"
                        + " A (final), E (estimated), R (revised) or an SDMX observation status (B, D, I, U, ...)");
        };
    }
}
