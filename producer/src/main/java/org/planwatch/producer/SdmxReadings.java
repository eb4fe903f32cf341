package org.planwatch.producer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.planwatch.schema.RevisionStatus;

/**
 * The one rule that makes an SDMX observation a reading, for SDMX-CSV and SDMX-JSON alike. In:
 * observations as the readers found them, and the mapping (which dimensions carry the area and the
 * indicator, constants, fixed dimensions). Out: a batch of readings in the feed's codes and of
 * refusals, each naming the observation and the reason:
 *
 * <ul>
 *   <li>a deletion ({@code ACTION=D}, a data set with {@code action: Delete}) becomes a
 *       withdrawal of the year's figure ({@link RawReading#withdrawal}), value or none: the streams
 *       job drops the year and judges the target again without it;
 *   <li>an observation whose fixed dimension has another value is refused as another series;
 *   <li>observations of one area, indicator and year that differ in any other dimension (one the
 *       mapping neither names nor fixes: OECD's {@code SUBJECT}, a sector) are all refused, naming
 *       the dimension, because taking one as a revision of the other would merge two series;
 *   <li>a missing value ({@code OBS_STATUS} M, L, O, Q, H, or none given) is refused as missing;
 *   <li>a forecast ({@code OBS_STATUS} F in SDMX's code list, not PlanWatch's own F for final) is
 *       refused: it is no reading of what happened.
 * </ul>
 *
 * Observations that only repeat one series (a re-sent or replaced figure) pass on to {@link
 * FeedValidator}, which makes them the next vintage.
 */
final class SdmxReadings {
    static final String NOT_SELECTED = "not-selected";
    static final String AMBIGUOUS = "ambiguous-series";
    static final String MISSING = "missing-value";
    static final String FORECAST = "forecast";

    private static final java.util.regex.Pattern DECIMAL_COMMA = java.util.regex.Pattern.compile("[-+]?\\d+,\\d+");
    private static final char PAIR = '\u0001';
    private static final char EQUALS = '\u0002';

    private final String name;
    private final FeedFormat format;
    private final FeedMapping mapping;
    private final boolean decimalComma;
    private final List<RawReading> candidates = new ArrayList<>();
    private final List<Rejection> rejections = new ArrayList<>();
    private final Map<String, String> firstSignature = new HashMap<>();
    private final Map<String, Map<String, Set<String>>> differing = new HashMap<>();
    private final Map<String, String> signatures = new HashMap<>();
    private final Map<Set<String>, List<String>> signatureIds = new HashMap<>();
    private final Set<String> placed = new HashSet<>();
    private final Map<String, List<String>> partDimensions = new HashMap<>();

    /** One string per code, however many observations repeat it: a large message's readings share them. */
    private final Map<String, String> codes = new HashMap<>();

    /** @param decimalComma whether {@code 3,5} is three and a half (an SDMX-CSV whose separator is not a comma) */
    SdmxReadings(String name, FeedFormat format, FeedMapping mapping, boolean decimalComma) {
        this.name = name;
        this.format = format;
        this.mapping = mapping;
        this.decimalComma = decimalComma;
        placed.addAll(mapping.fixed().keySet());
        placed.add(SdmxConcepts.TIME_PERIOD);
        for (String part : List.of("area", "indicator")) {
            partDimensions.put(part, mapping.dimensions(part));
            if (mapping.constant(part).isEmpty()) {
                placed.addAll(mapping.dimensions(part));
            }
        }
    }

    void refuse(Rejection rejection) {
        rejections.add(rejection);
    }

    void add(SdmxObservation o) {
        try {
            RawReading reading = reading(o);
            String key = reading.region() + '|' + reading.indicator() + '|' + reading.year();
            String signature = signature(o);
            String first = firstSignature.putIfAbsent(key, signature);
            if (first != null && !first.equals(signature)) {
                recordDifference(key, first, signature);
            }
            candidates.add(reading);
        } catch (Refusal e) {
            rejections.add(new Rejection(o.location(), e.code, e.getMessage(), o.row()));
        } catch (IllegalArgumentException e) {
            rejections.add(new Rejection(o.location(), Rejection.UNREADABLE, e.getMessage(), o.row()));
        }
    }

    FeedBatch batch() {
        List<RawReading> readings = new ArrayList<>();
        List<Rejection> refused = new ArrayList<>(rejections);
        for (RawReading c : candidates) {
            Map<String, Set<String>> differ =
                    differing.isEmpty() ? null : differing.get(c.region() + '|' + c.indicator() + '|' + c.year());
            if (differ == null) {
                readings.add(c);
            } else {
                refused.add(new Rejection(c.location(), AMBIGUOUS, ambiguity(differ), c.row()));
            }
        }
        candidates.clear();
        return new FeedBatch(name, format, readings, refused);
    }

    private RawReading reading(SdmxObservation o) throws Refusal {
        Map<String, String> dims = o.dimensions();
        for (Map.Entry<String, String> fix : mapping.fixed().entrySet()) {
            String value = dims.get(fix.getKey());
            if (value == null) {
                throw new IllegalArgumentException("the mapping fixes " + fix.getKey() + ", which the message lacks");
            }
            if (!value.equals(fix.getValue())) {
                throw new Refusal(
                        NOT_SELECTED,
                        fix.getKey() + " is '" + value + "'; the mapping reads only '" + fix.getValue() + "'");
            }
        }
        String area = part(dims, "area");
        String indicator = part(dims, "indicator");
        String period = dims.get(SdmxConcepts.TIME_PERIOD);
        if (period == null || period.isBlank()) {
            throw new IllegalArgumentException("the observation has no TIME_PERIOD");
        }
        int year = SdmxTime.year(period);
        if (o.action().equals("D")) {
            // whatever value the deletion repeats, it asks for the year's figure to be gone
            return RawReading.withdrawal(shared(area), shared(indicator), year, o.location(), o.row());
        }
        String status = o.attributes().get(SdmxConcepts.OBS_STATUS);
        double value = value(o.value(), status);
        if (status != null && status.strip().equalsIgnoreCase("F")) {
            // CL_OBS_STATUS F is a forecast: judging a plan by it would judge a guess, not the outcome
            throw new Refusal(FORECAST, "OBS_STATUS F marks a forecast, not an observed figure");
        }
        RevisionStatus revision = o.action().equals("R") ? RevisionStatus.REVISED : Revisions.of(status);
        String unitMult = unit(o, SdmxConcepts.UNIT_MULT);
        return new RawReading(
                shared(area),
                shared(indicator),
                year,
                value,
                shared(unit(o, SdmxConcepts.UNIT_MEASURE)),
                unitMult == null ? 0 : SdmxTime.unitMultiplier(unitMult, mapping),
                0,
                revision,
                o.location(),
                o.row(),
                o.value() == null ? null : OwnLayout.decimals(o.value().strip()));
    }

    private String shared(String code) {
        return code == null ? null : codes.computeIfAbsent(code, c -> c);
    }

    /** The area or the indicator: the mapping's constant, or its dimensions' codes joined with a dot. */
    private String part(Map<String, String> dims, String part) {
        Optional<String> constant = mapping.constant(part);
        if (constant.isPresent()) {
            return constant.get();
        }
        List<String> dimensions = partDimensions.get(part);
        if (dimensions.size() == 1) {
            return code(dims, dimensions.get(0), part);
        }
        List<String> codes = new ArrayList<>();
        for (String dimension : dimensions) {
            codes.add(code(dims, dimension, part));
        }
        return String.join(".", codes);
    }

    private static String code(Map<String, String> dims, String dimension, String part) {
        String code = dims.get(dimension);
        if (code == null || code.isBlank()) {
            throw new IllegalArgumentException("the observation has no " + dimension + " for its " + part
                    + " (name the " + part + "'s dimension in the mapping: dimension " + part
                    + " ID, or give the file's one " + part + ": constant " + part + " CODE)");
        }
        return code.strip();
    }

    private double value(String text, String status) throws Refusal {
        String s = status == null ? "" : status.strip().toUpperCase(Locale.ROOT);
        boolean missing = text == null || text.isBlank() || text.strip().equalsIgnoreCase("NaN");
        if (Revisions.MISSING.contains(s)) {
            throw new Refusal(
                    MISSING,
                    "OBS_STATUS " + s + " marks the value as missing" + (missing ? "" : " ('" + text.strip() + "')"));
        }
        if (missing) {
            throw new Refusal(MISSING, "the observation has no value");
        }
        String number = text.strip();
        if (number.indexOf(',') < 0) {
            return OwnLayout.number(number, SdmxConcepts.OBS_VALUE);
        }
        if (decimalComma && DECIMAL_COMMA.matcher(number).matches()) {
            number = number.replace(',', '.');
        } else {
            throw new IllegalArgumentException(
                    "OBS_VALUE '" + number + "' has a comma: a decimal comma needs another field separator");
        }
        return OwnLayout.number(number, SdmxConcepts.OBS_VALUE);
    }

    private static String unit(SdmxObservation o, String id) {
        String value = o.attributes().getOrDefault(id, o.dimensions().get(id));
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** The dimensions that may tell this observation's series from another's, in one string. */
    private String signature(SdmxObservation o) {
        // the ids of a message's observations are nearly always the same set: sorted once per set
        List<String> ids = signatureIds.get(o.dimensions().keySet());
        if (ids == null) {
            ids = signatureIds(o.dimensions().keySet());
            signatureIds.put(Set.copyOf(o.dimensions().keySet()), ids);
        }
        StringBuilder out = new StringBuilder(64);
        for (String id : ids) {
            String value = id.equals(SdmxConcepts.UNIT_MEASURE) || id.equals(SdmxConcepts.UNIT_MULT)
                    ? unit(o, id)
                    : o.dimensions().get(id);
            out.append(id)
                    .append(EQUALS)
                    .append(value == null ? "" : value.strip())
                    .append(PAIR);
        }
        String signature = out.toString();
        return signatures.computeIfAbsent(signature, s -> s);
    }

    /** The dimensions that are not placed, and the unit attributes, sorted, each once. */
    private List<String> signatureIds(Set<String> dimensions) {
        Set<String> ids = new TreeSet<>();
        for (String id : dimensions) {
            if (!placed.contains(id)) {
                ids.add(id);
            }
        }
        ids.add(SdmxConcepts.UNIT_MEASURE);
        ids.add(SdmxConcepts.UNIT_MULT);
        return List.copyOf(ids);
    }

    private void recordDifference(String key, String first, String other) {
        Map<String, String> a = parse(first);
        Map<String, String> b = parse(other);
        Map<String, Set<String>> differ = differing.computeIfAbsent(key, k -> new LinkedHashMap<>());
        Set<String> ids = new TreeSet<>(a.keySet());
        ids.addAll(b.keySet());
        for (String id : ids) {
            String x = a.getOrDefault(id, "");
            String y = b.getOrDefault(id, "");
            if (!x.equals(y)) {
                Set<String> values = differ.computeIfAbsent(id, i -> new TreeSet<>());
                values.add(x);
                values.add(y);
            }
        }
    }

    private static Map<String, String> parse(String signature) {
        Map<String, String> out = new TreeMap<>();
        for (String pair : signature.split(String.valueOf(PAIR))) {
            int at = pair.indexOf(EQUALS);
            if (at > 0) {
                out.put(pair.substring(0, at), pair.substring(at + 1));
            }
        }
        return out;
    }

    private String ambiguity(Map<String, Set<String>> differ) {
        String ids = String.join(", ", differ.keySet());
        String first = differ.keySet().iterator().next();
        String example = differ.get(first).iterator().next();
        String values = differ.entrySet().stream()
                .map(e -> e.getKey() + " " + e.getValue())
                .reduce((x, y) -> x + ", " + y)
                .orElse("");
        String indicator = mapping.constant("indicator").isPresent()
                ? first
                : String.join("+", mapping.dimensions("indicator")) + "+" + first;
        return "series of one area, indicator and year differ in " + values + ", which the mapping neither names nor"
                + " fixes; not merged: add " + ids + " to the indicator (dimension indicator " + indicator
                + ") or read one series (fix " + first + " " + example + ")";
    }

    /** An observation PlanWatch does not take, with its reason code. */
    private static final class Refusal extends Exception {
        final String code;

        Refusal(String code, String message) {
            super(message, null, false, false);
            this.code = code;
        }
    }
}
