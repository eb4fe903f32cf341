package org.planwatch.producer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.planwatch.domain.IndicatorDictionary;
import org.planwatch.domain.Keys;
import org.planwatch.domain.ReadingCheck;
import org.planwatch.domain.RegionDictionary;
import org.planwatch.domain.Target;
import org.planwatch.domain.TargetCatalogue;
import org.planwatch.schema.RevisionStatus;

/**
 * Checks a feed's rows before they reach Kafka, in the order a person would: the feed's codes
 * mapped to the catalogue's ({@code unmapped} when the mapping lacks one), the unit brought to the
 * catalogue's, then {@link ReadingCheck}, the rule the streams job and {@code evaluate} apply too
 * (unknown indicator or region, wrong unit, not finite, out of range, implausible, a year none of
 * the region's targets of it covers; an indicator is known from the dictionary or from the
 * catalogue's targets, {@link IndicatorDictionary#withIndicatorsOf}), then the catalogue's plan
 * years ({@code year-outside-plans}), then the file itself: a row repeated is
 * a {@code duplicate}; the same year and vintage with another value is a {@code conflict} in
 * PlanWatch's own layouts and, in SDMX, where a re-sent observation is a revision, the next vintage.
 */
public final class FeedValidator {
    public static final String UNMAPPED = "unmapped";
    public static final String YEAR_OUTSIDE_PLANS = ReadingCheck.YEAR_OUTSIDE_PLANS;
    public static final String DUPLICATE = "duplicate";
    public static final String CONFLICT = "conflict";

    private final IndicatorDictionary indicators;
    private final ReadingCheck check;
    private final Map<String, List<Target>> targets = new HashMap<>();
    private final int firstYear;
    private final int lastYear;

    public FeedValidator(TargetCatalogue catalogue, IndicatorDictionary indicators, RegionDictionary regions) {
        // an indicator an import generated (x_...) is known from the catalogue's targets
        this.indicators = indicators.withIndicatorsOf(catalogue.targets());
        this.check = new ReadingCheck(this.indicators, regions);
        int first = Integer.MAX_VALUE;
        int last = Integer.MIN_VALUE;
        for (Target t : catalogue.targets()) {
            targets.computeIfAbsent(Keys.series(t.region(), t.indicator()), k -> new ArrayList<>())
                    .add(t);
            first = Math.min(first, t.pathStartYear());
            last = Math.max(last, t.targetYear());
        }
        this.firstYear = first;
        this.lastYear = last;
    }

    /** The batch with its readings in the catalogue's codes and units, and every refused row among its rejections. */
    public FeedBatch validate(FeedBatch batch, FeedMapping mapping) {
        List<RawReading> valid = new ArrayList<>();
        List<Rejection> rejections = new ArrayList<>(batch.rejections());
        Map<String, RawReading> seen = new HashMap<>();
        Map<String, RawReading> latestOfYear = new HashMap<>();
        boolean resentIsRevision = batch.format().rows() == FeedFormat.Rows.SDMX;
        for (RawReading raw : batch.readings()) {
            Optional<Rejection> refused = Optional.empty();
            RawReading r = null;
            try {
                r = resolve(raw, mapping, batch.format().rows() == FeedFormat.Rows.NAMED);
            } catch (Refused e) {
                refused = Optional.of(new Rejection(raw.location(), e.code, e.getMessage(), raw.row()));
            }
            if (r != null) {
                String year = Keys.seriesYear(r.region(), r.indicator(), r.year());
                // SDMX has no vintages: the latest figure of the year is what a re-sent one revises
                RawReading earlier = resentIsRevision ? latestOfYear.get(year) : seen.get(year + "|" + r.vintage());
                if (earlier != null && sameFigure(earlier, r)) {
                    refused = Optional.of(
                            new Rejection(raw.location(), DUPLICATE, "duplicate of " + earlier.location(), raw.row()));
                } else if (earlier != null && !resentIsRevision) {
                    refused = Optional.of(new Rejection(
                            raw.location(),
                            CONFLICT,
                            "another value for " + year + " at vintage " + r.vintage() + " than " + earlier.location()
                                    + " (a correction needs a higher vintage)",
                            raw.row()));
                } else if (earlier != null) {
                    r = r.asVintage(
                            earlier.vintage() + 1, r.withdrawn() ? RevisionStatus.WITHDRAWN : RevisionStatus.REVISED);
                }
                if (refused.isEmpty()) {
                    // each rule keeps only the index it asks: a large SDMX message holds one entry per year
                    if (resentIsRevision) {
                        latestOfYear.merge(year, r, (a, b) -> b.vintage() >= a.vintage() ? b : a);
                    } else {
                        seen.put(year + "|" + r.vintage(), r);
                    }
                    valid.add(r);
                }
            }
            refused.ifPresent(rejections::add);
        }
        return new FeedBatch(batch.feed(), batch.format(), valid, rejections);
    }

    /** The same figure again, or a second withdrawal of the year: nothing new. */
    private static boolean sameFigure(RawReading earlier, RawReading r) {
        return earlier.withdrawn() == r.withdrawn() && (r.withdrawn() || earlier.value() == r.value());
    }

    private RawReading resolve(RawReading raw, FeedMapping mapping, boolean named) throws Refused {
        String region = named
                ? raw.region()
                : mapping.map("area", raw.region())
                        .orElseThrow(() -> new Refused(UNMAPPED, "area '" + raw.region() + "' is not in the mapping"));
        String indicator = named
                ? raw.indicator()
                : mapping.map("indicator", raw.indicator())
                        .orElseThrow(() ->
                                new Refused(UNMAPPED, "indicator '" + raw.indicator() + "' is not in the mapping"));
        List<Target> own = targets.getOrDefault(Keys.series(region, indicator), List.of());
        int year = raw.year();
        if (raw.withdrawn()) {
            // a withdrawal has no value nor unit to check: its codes and year must name a figure PlanWatch could hold
            Optional<ReadingCheck.Refusal> refusal = check.checkWithdrawal(region, indicator, year, () -> own);
            if (refusal.isPresent()) {
                throw new Refused(refusal.get().reason(), refusal.get().detail());
            }
            requirePlanYear(region, indicator, year);
            return raw.resolved(region, indicator, raw.value(), null);
        }
        String unit = raw.unit();
        if (unit != null) {
            unit = mapping.map("unit", unit)
                    .orElseThrow(() -> new Refused(UNMAPPED, "unit '" + raw.unit() + "' is not in the mapping"));
        }
        double value = raw.value();
        var known = indicators.code(indicator);
        if (known.isPresent()) {
            // the unit the region's own plan judges in: gd-13 counts GDP in 万亿元, the dictionary in 亿元
            String wanted = own.stream()
                    .map(Target::unit)
                    .filter(u -> u != null && !u.isBlank())
                    .findFirst()
                    .orElse(known.get().unit());
            var figure = UnitConversion.toUnit(value, unit, raw.unitMultiplier(), wanted, known.get());
            value = figure.value();
            unit = figure.unit();
        }
        Optional<ReadingCheck.Refusal> refusal = check.check(region, indicator, unit, year, value, () -> own);
        if (refusal.isPresent()) {
            throw new Refused(refusal.get().reason(), refusal.get().detail());
        }
        requirePlanYear(region, indicator, year);
        return raw.resolved(region, indicator, value, unit);
    }

    /**
     * Beyond the one rule: the producer holds the whole catalogue, so a year no plan of it covers
     * is refused even for an indicator with no target of this region yet.
     */
    private void requirePlanYear(String region, String indicator, int year) throws Refused {
        if (year < firstYear || year > lastYear) {
            throw new Refused(
                    YEAR_OUTSIDE_PLANS, "no plan period covers " + year + " for " + Keys.series(region, indicator));
        }
    }

    /** A row refused, with its reason code. */
    private static final class Refused extends Exception {
        final String code;

        Refused(String code, String message) {
            super(message, null, false, false);
            this.code = code;
        }
    }
}
