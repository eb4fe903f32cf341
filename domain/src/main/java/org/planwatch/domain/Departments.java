package org.planwatch.domain;

import java.io.Reader;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a department is called at each level of government: 卫生健康局 is 国家卫生健康委 for the
 * nation, 省卫生健康委 for a province (自治区卫生健康委 for an autonomous region, 市卫生健康委 for a
 * municipality: the province's name with the region's own prefix), and 市卫生健康局, 区卫生健康局,
 * 县卫生健康局 below. A user's {@code departments.tsv} may replace rows and add stems ({@link #bundledWith}).
 */
public final class Departments {
    public static final String BUNDLED = "/org/planwatch/domain/departments.tsv";
    private static final List<String> COLUMNS = List.of("department", "national", "province");

    private record Names(String national, String province) {}

    private final Map<String, Names> byStem = new HashMap<>();

    private Departments(List<Map.Entry<String, Names>> entries, String file) {
        for (Map.Entry<String, Names> e : entries) {
            if (byStem.put(e.getKey(), e.getValue()) != null) {
                throw new CatalogueFormatException(file, "department " + e.getKey() + " appears twice");
            }
        }
    }

    public static Departments bundled() {
        return new Departments(
                DictionaryFile.read(DictionaryFile.resource(BUNDLED), "departments.tsv", COLUMNS, Departments::entry),
                "departments.tsv");
    }

    /** The bundled table with {@code file}'s rows over it: a row replaces the one with its stem. */
    public static Departments bundledWith(java.nio.file.Path file) {
        List<Map.Entry<String, Names>> user;
        try (Reader reader = java.nio.file.Files.newBufferedReader(file, java.nio.charset.StandardCharsets.UTF_8)) {
            user = DictionaryFile.read(reader, file.toString(), COLUMNS, Departments::entry);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("cannot read " + file, e);
        }
        List<Map.Entry<String, Names>> bundled =
                DictionaryFile.read(DictionaryFile.resource(BUNDLED), "departments.tsv", COLUMNS, Departments::entry);
        return new Departments(Layers.over(bundled, user, Map.Entry::getKey), file.toString());
    }

    public static Departments read(Reader reader, String name) {
        return new Departments(DictionaryFile.read(reader, name, COLUMNS, Departments::entry), name);
    }

    private static Map.Entry<String, Names> entry(DelimitedRows.Row row) {
        return Map.entry(
                DictionaryFile.required(row, "department"),
                new Names(DictionaryFile.required(row, "national"), DictionaryFile.required(row, "province")));
    }

    public Set<String> stems() {
        return Set.copyOf(byStem.keySet());
    }

    /**
     * The name of the department {@code stem} in {@code region}.
     *
     * @throws IllegalArgumentException if the stem is not in the table
     */
    public String nameIn(String stem, Region region) {
        Names names = byStem.get(stem);
        if (names == null) {
            throw new IllegalArgumentException("department '" + stem + "' is not in departments.tsv");
        }
        return switch (region.level()) {
            case "national" -> names.national();
            case "province" ->
                names.province().startsWith("省")
                        ? region.departmentPrefix() + names.province().substring(1)
                        : names.province();
            default -> region.departmentPrefix() + stem;
        };
    }
}
