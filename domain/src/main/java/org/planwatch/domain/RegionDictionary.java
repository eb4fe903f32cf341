package org.planwatch.domain;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The regions plans cover, found by the names plan texts give them. Two layers: every
 * administrative division of China ({@code divisions.tsv}, generated from the official GB/T 2260
 * codes) and, over it, the curated regions ({@code regions.tsv}, then a user's own), which win for
 * every code and name they give: their slugs name plans ({@code jm-health-14}) and they add what
 * is no division (the Torch zone). A division's name that another division also has (朝阳区 in
 * Beijing and in Changchun) names neither: its qualified name ({@code 北京市朝阳区}) still does.
 */
public final class RegionDictionary {
    public static final String BUNDLED = "/org/planwatch/domain/regions.tsv";
    public static final String DIVISIONS = "/org/planwatch/domain/divisions.tsv";
    private static final List<String> COLUMNS =
            List.of("code", "name_zh", "slug", "level", "department_prefix", "names");
    /** A longer name wins; of two as long, the smaller region: 蓬江区 over 江门市 in 江门市蓬江区. */
    private static final Map<String, Integer> SPECIFICITY =
            Map.of("national", 0, "province", 1, "city", 2, "district", 3, "zone", 4);
    /** 国家级 is a rank (国家级高新区 in a county's plan), not the nation: 国家 before 级 names nothing. */
    private static final Map<String, String> NOT_BEFORE = Map.of("国家", "级");

    /** A row of either file: the region, and a province's one-character abbreviations (粤). */
    private record Entry(Region region, List<String> abbreviations) {}

    private final Map<String, Region> byCode = new HashMap<>();
    private final Map<String, Region> byName = new HashMap<>();
    private final Map<String, Region> byAbbreviation = new HashMap<>();
    private final Set<String> curated = new HashSet<>();
    /** Every name as a trie of its characters: {@link #mentionedIn} walks it from each place in the text. */
    private final Node names = new Node();

    /** A trie node: the name that ends here, if any, and the characters that go on. */
    private static final class Node {
        private final Map<Character, Node> next = new HashMap<>(4);
        private String name;
    }

    private final Map<String, List<String>> within = new ConcurrentHashMap<>();

    private RegionDictionary(List<Entry> divisions, List<Entry> regions, String file) {
        Map<String, List<String>> divisionAbbreviations = new HashMap<>();
        for (Entry d : divisions) {
            if (divisionAbbreviations.put(d.region().code(), d.abbreviations()) != null) {
                throw new CatalogueFormatException(
                        "divisions.tsv", "code " + d.region().code() + " appears twice");
            }
        }
        for (Entry r : regions) {
            if (!curated.add(r.region().code())) {
                throw new CatalogueFormatException(file, "code " + r.region().code() + " appears twice");
            }
            for (String name : r.region().names()) {
                Region other = byName.put(Names.normalize(name), r.region());
                if (other != null && other != r.region()) {
                    throw new CatalogueFormatException(
                            file,
                            "name " + name + " is given to both " + other.code() + " and "
                                    + r.region().code());
                }
            }
        }
        List<Entry> all = new ArrayList<>();
        divisions.stream().filter(d -> !curated.contains(d.region().code())).forEach(all::add);
        all.addAll(regions);
        Map<String, Region> divisionNames = new HashMap<>();
        Set<String> shared = new HashSet<>();
        Set<String> countyShortForms = new HashSet<>();
        for (Entry d : all) {
            byCode.put(d.region().code(), d.region());
            // a curated row without abbreviations keeps its division's (广东省 is still 粤)
            List<String> abbreviations = d.abbreviations().isEmpty()
                    ? divisionAbbreviations.getOrDefault(d.region().code(), List.of())
                    : d.abbreviations();
            for (String a : abbreviations) {
                Region other = byAbbreviation.put(a, d.region());
                if (other != null && other != d.region()) {
                    throw new CatalogueFormatException(
                            file,
                            "abbreviation " + a + " is given to both " + other.code() + " and "
                                    + d.region().code());
                }
            }
            if (curated.contains(d.region().code())) {
                continue;
            }
            for (String name : d.region().names()) {
                String n = Names.normalize(name);
                if (isCountyShortForm(d.region(), name)) {
                    countyShortForms.add(n);
                }
                Region other = divisionNames.putIfAbsent(n, d.region());
                if (other != null && other != d.region()) {
                    shared.add(n);
                }
            }
        }
        divisionNames.forEach((name, region) -> {
            if (!shared.contains(name)) {
                byName.putIfAbsent(name, region); // a curated region's name wins
            }
        });
        for (String name : byName.keySet()) {
            if (countyShortForms.contains(name)
                    && !curated.contains(byName.get(name).code())) {
                continue;
            }
            Node node = names;
            for (int i = 0; i < name.length(); i++) {
                node = node.next.computeIfAbsent(name.charAt(i), c -> new Node());
            }
            node.name = name;
        }
    }

    /**
     * A county's or district's name without its suffix (振兴 of 振兴区, 富裕 of 富裕县): named() knows it,
     * but mentionedIn does not look for it, for such names are mostly words in a title (乡村振兴,
     * 共同富裕) and a county's own plan names it in full. A name qualified by its city ends in the
     * full name and is looked for.
     */
    private static boolean isCountyShortForm(Region division, String name) {
        return "district".equals(division.level()) && !name.endsWith(division.nameZh());
    }

    /** Every division of China with the bundled regions over them. */
    public static RegionDictionary bundled() {
        return new RegionDictionary(divisions(), bundledRegions(), "regions.tsv");
    }

    /** The bundled dictionary with {@code file}'s regions over it: a row replaces the one with its code. */
    public static RegionDictionary bundledWith(Path file) {
        List<Entry> user = read(file);
        return new RegionDictionary(
                divisions(), Layers.over(bundledRegions(), user, e -> e.region().code()), file.toString());
    }

    /** A dictionary of exactly the regions {@code reader} lists, without the divisions. */
    public static RegionDictionary read(Reader reader, String name) {
        return new RegionDictionary(
                List.of(), DictionaryFile.read(reader, name, COLUMNS, RegionDictionary::entry), name);
    }

    private static List<Entry> divisions() {
        return DictionaryFile.read(
                DictionaryFile.resource(DIVISIONS), "divisions.tsv", COLUMNS, RegionDictionary::entry);
    }

    private static List<Entry> bundledRegions() {
        return DictionaryFile.read(DictionaryFile.resource(BUNDLED), "regions.tsv", COLUMNS, RegionDictionary::entry);
    }

    private static List<Entry> read(Path file) {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return DictionaryFile.read(reader, file.toString(), COLUMNS, RegionDictionary::entry);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    private static Entry entry(DelimitedRows.Row row) {
        String level = DictionaryFile.required(row, "level");
        return new Entry(
                new Region(
                        DictionaryFile.required(row, "code"),
                        DictionaryFile.required(row, "name_zh"),
                        DictionaryFile.required(row, "slug"),
                        level,
                        DictionaryFile.required(row, "department_prefix"),
                        DictionaryFile.list(row, "names")),
                DictionaryFile.list(row, "abbreviation"));
    }

    /** Every region, in code order. */
    public List<Region> all() {
        return byCode.values().stream()
                .sorted(Comparator.comparing(Region::code))
                .toList();
    }

    /** The regions a {@code regions.tsv} names (bundled or the user's), in code order: those plans are made for. */
    public List<Region> curated() {
        return all().stream().filter(r -> curated.contains(r.code())).toList();
    }

    /** The region with GB/T 2260 code (or PlanWatch's own code) {@code code}. */
    public Optional<Region> code(String code) {
        return Optional.ofNullable(byCode.get(code));
    }

    /**
     * The curated regions inside {@code code}: every other one for CN; for a GB/T 2260 code, those
     * whose code starts with its significant digits (44 for 广东省, 4407 for 江门市: its districts,
     * and 442000-torch inside 442000). The regions whose targets may be measured against its
     * average. Only curated ones: the streams job copies each reading to every region listed, and
     * all 3,200 divisions would make a national reading 3,200 copies; a region a user plans for
     * belongs in their {@code regions.tsv}.
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
        return curated.stream()
                .filter(other -> !other.equals(code) && !other.equals("CN") && other.startsWith(prefix))
                .sorted()
                .toList();
    }

    /** The region a name stands for exactly: 蓬江区, 江门. */
    public Optional<Region> named(String name) {
        return Optional.ofNullable(byName.get(Names.normalize(name)));
    }

    /**
     * The province a one-character abbreviation stands for (粤, 京). Never looked for in running
     * text, where such a character is mostly a word of its own: only when a caller knows it has one.
     */
    public Optional<Region> abbreviated(String abbreviation) {
        return Optional.ofNullable(byAbbreviation.get(abbreviation.strip()));
    }

    /**
     * The region whose name, of all found in {@code text}, is longest: 中山火炬高技术产业开发区 over
     * 中山; of names as long, the smaller region's (江门市蓬江区 names 蓬江区). Walks the trie of
     * names from each character of the text: a few map look-ups per character, whatever the
     * number of regions.
     */
    public Optional<Region> mentionedIn(String text) {
        String normal = Names.normalize(text);
        String best = null;
        int bestSpecificity = -1;
        for (int i = 0; i < normal.length(); i++) {
            Node node = names;
            for (int j = i; j < normal.length(); j++) {
                node = node.next.get(normal.charAt(j));
                if (node == null) {
                    break;
                }
                String name = node.name;
                if (name == null || cancelled(normal, i, name)) {
                    continue;
                }
                int specificity = SPECIFICITY.getOrDefault(byName.get(name).level(), 3);
                if (best == null
                        || name.length() > best.length()
                        || name.length() == best.length() && specificity > bestSpecificity) {
                    best = name;
                    bestSpecificity = specificity;
                }
            }
        }
        return Optional.ofNullable(best).map(byName::get);
    }

    private static boolean cancelled(String text, int at, String name) {
        String not = NOT_BEFORE.get(name);
        return not != null && text.startsWith(not, at + name.length());
    }
}
