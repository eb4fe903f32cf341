package org.planwatch.producer;

import org.planwatch.schema.RevisionStatus;

/**
 * One row of a feed, read and type-checked, in the feed's own codes; {@link FeedValidator} maps
 * and checks it before it is published.
 *
 * @param unit the unit the feed states; null when it states none
 * @param unitMultiplier the power of ten the value is given in (SDMX {@code UNIT_MULT}); 0 for none
 * @param vintage which release of the year's figure this is: a higher vintage revises a lower one
 * @param revision provisional, final or revised, as the feed says; final when it says nothing
 * @param location {@code file:line} (or the message position of a JSON observation), for errors
 *     and as the reading's provenance
 * @param row the row as the feed wrote it, for the rejects file and the dead-letter topic
 * @param decimals the decimals the value was written with ("62.0" has one), so that the method
 *     knows it to ±0.05 and not to the ±0.5 its double suggests; null when unknown
 */
public record RawReading(
        String region,
        String indicator,
        int year,
        double value,
        String unit,
        int unitMultiplier,
        int vintage,
        RevisionStatus revision,
        String location,
        String row,
        Integer decimals) {

    /** A row of PlanWatch's own CSV layout, final, in units as printed. */
    public RawReading(
            String region, String indicator, int year, double value, String unit, int vintage, String location) {
        this(region, indicator, year, value, unit, 0, vintage, RevisionStatus.FINAL, location, null, null);
    }

    /**
     * The bureau's withdrawal of the year's figure (an SDMX deletion): no value (NaN, which any
     * reader that does not know withdrawals refuses) and no unit.
     */
    static RawReading withdrawal(String region, String indicator, int year, String location, String row) {
        return new RawReading(
                region, indicator, year, Double.NaN, null, 0, 0, RevisionStatus.WITHDRAWN, location, row, null);
    }

    /** Whether this is a withdrawal, not a figure. */
    public boolean withdrawn() {
        return revision == RevisionStatus.WITHDRAWN;
    }

    /** The same row, another vintage and status: a re-sent observation revising (or withdrawing) an earlier one. */
    RawReading asVintage(int vintage, RevisionStatus revision) {
        return new RawReading(
                region, indicator, year, value, unit, unitMultiplier, vintage, revision, location, row, decimals);
    }

    /** This reading in the catalogue's codes and unit; a value converted to another unit loses its written decimals. */
    RawReading resolved(String region, String indicator, double value, String unit) {
        if (region.equals(this.region)
                && indicator.equals(this.indicator)
                && Double.compare(value, this.value) == 0
                && java.util.Objects.equals(unit, this.unit)
                && unitMultiplier == 0) {
            return this; // already in the catalogue's terms: no second copy of a large feed's readings
        }
        return new RawReading(
                region,
                indicator,
                year,
                value,
                unit,
                0,
                vintage,
                revision,
                location,
                row,
                value == this.value ? decimals : null);
    }
}
