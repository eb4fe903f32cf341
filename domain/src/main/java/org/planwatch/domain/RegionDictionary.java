package org.planwatch.domain;

import java.io.Reader;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The regions plans cover, found by the names plan texts give them. */
public final class RegionDictionary {
    public static final String BUNDLED = "/org/planwatch/domain/regions.tsv";
    private static final List<String> COLUMNS =
            List.of("code", "name_zh", "slug", "level", "department_prefix", "names");

    private final Map<String, Region> byName = new HashMap<>();
    private final Map<String, Region> byCode = new HashMap<>();
    private final Map<String, List<String>> within = new java.util.concurrent.ConcurrentHashMap<>();

    private RegionDictionary(List<Region> regions) {
        Set<String> codes = new HashSet<>();
        for (Region r : regions) {
            byCode.put(r.code(), r);
            if (!codes.add(r.code())) {
                throw new CatalogueFormatException("regions", "code " + r.code() + " appears twice");
            }
            for (String name : r.names()) {
                Region other = byName.put(Names.normalize(name), r);
                if (other != null) {
                    throw new CatalogueFormatException(
                            "regions", "name " + name + " is given to both " + other.code() + " and " + r.code());
                }
            }
        }
    }

    public static RegionDictionary bundled() {
        return new RegionDictionary(
                DictionaryFile.read(DictionaryFile.resource(BUNDLED), "regions.tsv", COLUMNS, RegionDictionary::entry));
    }

    public static RegionDictionary read(Reader reader, String name) {
        return new RegionDictionary(DictionaryFile.read(reader, name, COLUMNS, RegionDictionary::entry));
    }

    private static Region entry(DelimitedRows.Row row) {
        return new Region(
                DictionaryFile.required(row, "code"),
                DictionaryFile.required(row, "name_zh"),
                DictionaryFile.required(row, "slug"),
                DictionaryFile.required(row, "level"),
                DictionaryFile.required(row, "department_prefix"),
                DictionaryFile.list(row, "names"));
    }

    /** Every region, in code order. */
    public List<Region> all() {
        return byCode.values().stream()
                .sorted(java.util.Comparator.comparing(Region::code))
                .toList();
    }

    /** The region with GB/T 2260 code (or PlanWatch's own code) {@code code}. */
    public Optional<Region> code(String code) {
        return Optional.ofNullable(byCode.get(code));
    }

    /**
     * The regions inside {@code code}: every other region for CN; for a GB/T 2260 code, those whose
     * code starts with its significant digits (44 for 广东省, 4407 for 江门市: its districts, and
     * 442000-torch inside 442000). The regions whose targets may be measured against its average.
     */
    public List<String> within(String code) {
        // Asked once per reading by the streams job: worked out once per region.
        return within.computeIfAbsent(code, this::computeWithin);
    }

    private List<String> computeWithin(String code) {
        String prefix = "CN".equals(code) ? "" : code.matches("\\d{6}") ? code.replaceFirst("(00)+$", "") : null;
        if (prefix == null) {
            return List.of();
        }
        return byCode.keySet().stream()
                .filter(other -> !other.equals(code) && !other.equals("CN") && other.startsWith(prefix))
                .sorted()
                .toList();
    }

    /** The region a name stands for exactly: 蓬江区, 江门. */
    public Optional<Region> named(String name) {
        return Optional.ofNullable(byName.get(Names.normalize(name)));
    }

    /** The region whose name, of all found in {@code text}, is longest: 中山火炬高技术产业开发区 over 中山. */
    public Optional<Region> mentionedIn(String text) {
        String normal = Names.normalize(text);
        return byName.entrySet().stream()
                .filter(e -> normal.contains(e.getKey()))
                .max(Comparator.comparingInt(e -> e.getKey().length()))
                .map(Map.Entry::getValue);
    }
}
