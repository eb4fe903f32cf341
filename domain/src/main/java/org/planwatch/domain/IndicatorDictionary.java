package org.planwatch.domain;

import java.io.Reader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The indicator dictionary: every indicator the plans name, with a stable code, its names in
 * Chinese and English, its units and the direction that is better. It is curated data ({@code
 * indicators.tsv}), checked as it loads: codes unique, each name given to one indicator, every
 * reference to another indicator resolved, a direction on every row. A user's {@code indicators.tsv}
 * may replace rows and add indicators ({@link #bundledWith}); an indicator a plan prints that is in
 * neither gets a generated entry from {@link IndicatorResolver}.
 */
public final class IndicatorDictionary {
    public static final String BUNDLED = "/org/planwatch/domain/indicators.tsv";
    private static final List<String> COLUMNS = List.of(
            "code",
            "name_en",
            "unit",
            "direction",
            "path",
            "range",
            "growth_of",
            "standard",
            "linked_to",
            "department",
            "names");

    private final Map<String, Indicator> byCode = new LinkedHashMap<>();
    private final Map<String, Indicator> byName = new HashMap<>();
    /** By each name in its one wording ({@link NameVariants}); null where two indicators fold alike. */
    private final Map<String, Indicator> byFolded = new HashMap<>();

    private final Map<String, Indicator> growthByLevel = new HashMap<>();

    private IndicatorDictionary(List<Indicator> indicators, String file) {
        List<String> problems = new ArrayList<>();
        for (Indicator i : indicators) {
            if (byCode.put(i.code(), i) != null) {
                problems.add("code " + i.code() + " appears twice");
            }
            for (String name : i.names()) {
                Indicator other = byName.put(Names.normalize(name), i);
                if (other != null && other != i) {
                    problems.add("name " + name + " is given to both " + other.code() + " and " + i.code());
                }
            }
        }
        for (Indicator i : indicators) {
            for (String name : i.names()) {
                String folded = NameVariants.fold(Names.normalize(name));
                if (byFolded.containsKey(folded) && byFolded.get(folded) != i) {
                    byFolded.put(folded, null);
                } else {
                    byFolded.put(folded, i);
                }
            }
        }
        for (Indicator i : indicators) {
            for (String ref : new String[] {i.growthOf(), i.standard(), i.linkedTo()}) {
                if (ref != null && !byCode.containsKey(ref)) {
                    problems.add(i.code() + " refers to " + ref + ", which is not in the dictionary");
                }
            }
            if (i.growthOf() != null && growthByLevel.put(i.growthOf(), i) != null) {
                problems.add(i.growthOf() + " has more than one growth indicator");
            }
        }
        if (!problems.isEmpty()) {
            throw new CatalogueFormatException(file, String.join("; ", problems));
        }
    }

    public static IndicatorDictionary bundled() {
        return new IndicatorDictionary(
                DictionaryFile.read(
                        DictionaryFile.resource(BUNDLED), "indicators.tsv", COLUMNS, IndicatorDictionary::entry),
                "indicators.tsv");
    }

    /** The bundled dictionary with {@code file}'s rows over it: a row replaces the one with its code. */
    public static IndicatorDictionary bundledWith(java.nio.file.Path file) {
        List<Indicator> user;
        try (Reader reader = java.nio.file.Files.newBufferedReader(file, java.nio.charset.StandardCharsets.UTF_8)) {
            user = DictionaryFile.read(reader, file.toString(), COLUMNS, IndicatorDictionary::entry);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("cannot read " + file, e);
        }
        List<Indicator> bundled = DictionaryFile.read(
                DictionaryFile.resource(BUNDLED), "indicators.tsv", COLUMNS, IndicatorDictionary::entry);
        return new IndicatorDictionary(Layers.over(bundled, user, Indicator::code), file.toString());
    }

    /**
     * This dictionary and an entry for every indicator the targets name that it lacks (one an
     * import generated, {@link IndicatorResolver}): in the targets' units and direction, of any
     * value. A reading of such an indicator is then checked like any other: the catalogue is
     * where its indicator is known from.
     */
    public IndicatorDictionary withIndicatorsOf(java.util.Collection<Target> targets) {
        Map<String, List<Target>> missing = new LinkedHashMap<>();
        for (Target t : targets) {
            if (!byCode.containsKey(t.indicator())) {
                missing.computeIfAbsent(t.indicator(), k -> new ArrayList<>()).add(t);
            }
        }
        if (missing.isEmpty()) {
            return this;
        }
        List<Indicator> all = new ArrayList<>(byCode.values());
        missing.forEach((code, named) -> all.add(ofTargets(code, named).orElseThrow()));
        return new IndicatorDictionary(all, "the catalogue's indicators");
    }

    /**
     * The indicator {@code code} as its targets know it, for one the dictionary lacks: in the units
     * and direction they give, of any value; named by its code. Empty when no target names it.
     */
    public static Optional<Indicator> ofTargets(String code, java.util.Collection<Target> targets) {
        List<Target> named =
                targets.stream().filter(t -> t.indicator().equals(code)).toList();
        if (named.isEmpty()) {
            return Optional.empty();
        }
        Target first = named.get(0);
        return Optional.of(new Indicator(
                code,
                first.nameEn() == null ? "" : first.nameEn(),
                named.stream()
                        .map(Target::unit)
                        .filter(u -> u != null && !u.isBlank())
                        .distinct()
                        .toList(),
                first.direction(),
                "%".equals(first.unit()) ? PathForm.LINEAR : PathForm.COMPOUND,
                Range.ANY,
                null,
                null,
                null,
                null,
                List.of(code)));
    }

    public static IndicatorDictionary read(Reader reader, String name) {
        return new IndicatorDictionary(DictionaryFile.read(reader, name, COLUMNS, IndicatorDictionary::entry), name);
    }

    private static Indicator entry(DelimitedRows.Row row) {
        String code = DictionaryFile.required(row, "code");
        if (!code.matches("[a-z][a-z0-9_]*")) {
            throw new IllegalArgumentException("code '" + code + "' is not lower_snake_case");
        }
        String direction = DictionaryFile.required(row, "direction");
        Direction d;
        try {
            d = Direction.valueOf(direction.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(
                    "direction '" + direction + "' is not one of HIGHER_IS_BETTER, LOWER_IS_BETTER, BAND");
        }
        List<String> names = DictionaryFile.list(row, "names");
        if (names.isEmpty()) {
            throw new IllegalArgumentException(code + " has no names");
        }
        return new Indicator(
                code,
                DictionaryFile.required(row, "name_en"),
                DictionaryFile.list(row, "unit"),
                d,
                PathForm.of(DictionaryFile.required(row, "path")),
                Range.of(DictionaryFile.cell(row, "range")),
                DictionaryFile.cell(row, "growth_of"),
                DictionaryFile.cell(row, "standard"),
                DictionaryFile.cell(row, "linked_to"),
                DictionaryFile.cell(row, "department"),
                names);
    }

    /** The indicator a row names: by {@code parent/name} first, for names that are ambiguous alone. */
    public Optional<Indicator> find(String parent, String name) {
        return find(parent, name, "");
    }

    /**
     * The indicator {@code name} is, as printed (after {@link Names#normalize}) and under {@code
     * parent} first, with no other wording tried: for a bureau's feed, whose names are matched exactly
     * or through the user's mapping, since a reading put under a look-alike statistic is worse than a
     * row refused.
     */
    public Optional<Indicator> findAsPrinted(String parent, String name) {
        if (parent != null && !parent.isEmpty()) {
            Indicator i = byName.get(Names.normalize(parent + "/" + name));
            if (i != null) {
                return Optional.of(i);
            }
        }
        return Optional.ofNullable(byName.get(Names.normalize(name)));
    }

    /**
     * As above, for a figure printed in {@code unit}: a name found only in another wording
     * ({@link NameVariants}) must measure in that unit, since 人均GDP in 万美元 is not the
     * dictionary's 人均地区生产总值 in 万元 however alike the names.
     */
    public Optional<Indicator> find(String parent, String name, String unit) {
        Optional<Indicator> printed = findAsPrinted(parent, name);
        if (printed.isPresent()) {
            return printed;
        }
        return Optional.ofNullable(byFolded.get(NameVariants.fold(Names.normalize(name))))
                .filter(i -> unit == null || unit.isEmpty() || i.measuresIn(unit));
    }

    /** Every indicator, in the dictionary's order. */
    public java.util.Collection<Indicator> all() {
        return java.util.Collections.unmodifiableCollection(byCode.values());
    }

    public Optional<Indicator> code(String code) {
        return Optional.ofNullable(byCode.get(code));
    }

    /**
     * The name a message, a dashboard or a report shows for {@code code}: its first name without
     * the parent it is listed under (城镇化率/常住人口城镇化率 is 常住人口城镇化率), unless another
     * indicator would then show the same (主要污染物排放总量控制/化学需氧量 and …减少/化学需氧量 keep
     * theirs); the code itself for one the dictionary lacks.
     */
    public String displayName(String code) {
        Indicator i = byCode.get(code);
        if (i == null) {
            return code;
        }
        String shortName = i.shortName();
        boolean shared = byCode.values().stream()
                .anyMatch(other -> other != i && other.shortName().equals(shortName));
        return shared ? i.fullName() : shortName;
    }

    /** The departments the dictionary names, as stems ({@code 卫生健康局}). */
    public Set<String> departments() {
        return byCode.values().stream()
                .map(Indicator::department)
                .filter(Objects::nonNull)
                .collect(Collectors.toUnmodifiableSet());
    }

    /** The growth rate of a level indicator ({@code gdp_growth} of {@code gdp}), if the dictionary has one. */
    public Optional<Indicator> growthOf(Indicator level) {
        return Optional.ofNullable(growthByLevel.get(level.code()));
    }
}
