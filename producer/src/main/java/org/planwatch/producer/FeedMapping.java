package org.planwatch.producer;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.planwatch.domain.CatalogueFormatException;
import org.planwatch.domain.DelimitedRows;

/**
 * A feed's codes in the catalogue's terms, one TSV per feed with columns {@code field, from, to}:
 * {@code indicator NY_GDP gdp}, {@code area CN_GD_JM 440700}, {@code unit CNY_100M 亿元}, {@code
 * unit_mult THOUSANDS 3}. For SDMX it also says where a reading's parts are: {@code dimension
 * indicator SERIES} (or {@code SUBJECT+MEASURE}, whose codes are joined with a dot) and {@code
 * dimension area LOCATION} name the dimensions that carry them ({@code INDICATOR} and {@code
 * REF_AREA} by default); {@code constant area 440700} or {@code constant indicator gdp} give a
 * file that has no such dimension its one value ({@code constant sheet 2-1|2-3}, {@code constant
 * columns B:F} and {@code constant year 2022} say which sheets of a workbook, which of its columns
 * and what year a table of regions across holds); {@code fix MEASURE IX} reads only the
 * observations whose {@code MEASURE} is {@code IX}. With a mapping, a code it does not list is a
 * rejected row, not a guess; without one, the feed's codes are taken as the catalogue's. The file
 * may be UTF-8 (with or without a byte-order mark) or GB18030, as feeds may.
 */
public final class FeedMapping {
    /** No mapping: the feed speaks the catalogue's codes. */
    public static final FeedMapping NONE = new FeedMapping(Map.of(), Map.of(), Map.of(), Map.of(), false);

    private static final List<String> FIELDS = List.of("indicator", "area", "unit", "unit_mult");
    private static final List<String> PLACED = List.of("indicator", "area");
    /** A constant may also say which sheets of a workbook to read and which of its columns hold figures. */
    private static final List<String> CONSTANTS = List.of("indicator", "area", "sheet", "columns", "year");

    private static final Map<String, String> DEFAULT_DIMENSIONS = Map.of("indicator", "INDICATOR", "area", "REF_AREA");

    private final Map<String, Map<String, String>> codes;
    private final Map<String, String> dimensions;
    private final Map<String, String> constants;
    private final Map<String, String> fixed;
    private final boolean given;

    private FeedMapping(
            Map<String, Map<String, String>> codes,
            Map<String, String> dimensions,
            Map<String, String> constants,
            Map<String, String> fixed,
            boolean given) {
        this.codes = codes;
        this.dimensions = dimensions;
        this.constants = constants;
        this.fixed = fixed;
        this.given = given;
    }

    public static FeedMapping read(Path file) throws IOException {
        String text;
        try {
            text = FeedEncoding.AUTO.decode(Files.readAllBytes(file)).text();
        } catch (IllegalArgumentException e) {
            throw new CatalogueFormatException(file.toString(), e.getMessage() + " (save it as UTF-8 or GB18030)");
        }
        Map<String, Map<String, String>> codes = new HashMap<>();
        Map<String, String> dimensions = new HashMap<>();
        Map<String, String> constants = new HashMap<>();
        Map<String, String> fixed = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        DelimitedRows.read(
                new StringReader(text),
                DelimitedRows.tsv(),
                List.of("field", "from", "to"),
                row -> {
                    String field = row.cells().getOrDefault("field", "").strip();
                    String from = row.cells().getOrDefault("from", "").strip();
                    String to = row.cells().getOrDefault("to", "").strip();
                    String at = "line " + row.line() + ": ";
                    if (from.isEmpty() || to.isEmpty()) {
                        problems.add(at + "a " + field + " row needs both from and to");
                    } else if (field.equals("dimension") || field.equals("constant")) {
                        Map<String, String> table = field.equals("dimension") ? dimensions : constants;
                        List<String> allowed = field.equals("dimension") ? PLACED : CONSTANTS;
                        if (!allowed.contains(from)) {
                            problems.add(at + field + " '" + from + "' is not one of " + allowed);
                        } else if (table.put(from, to) != null) {
                            problems.add(at + field + " " + from + " is given twice");
                        }
                    } else if (field.equals("fix")) {
                        if (fixed.put(from, to) != null) {
                            problems.add(at + "dimension " + from + " is fixed twice");
                        }
                    } else if (!FIELDS.contains(field)) {
                        problems.add(
                                at + "field '" + field + "' is not one of " + FIELDS + ", dimension, constant or fix");
                    } else if (codes.computeIfAbsent(field, f -> new HashMap<>())
                                    .put(from, to)
                            != null) {
                        problems.add(at + field + " '" + from + "' is mapped twice");
                    }
                },
                problem -> problems.add("line " + problem.line() + ": " + problem.reason()));
        PLACED.stream()
                .filter(f -> dimensions.containsKey(f) && constants.containsKey(f))
                .forEach(f -> problems.add("the " + f + " has both a dimension and a constant: give one"));
        if (!problems.isEmpty()) {
            throw new CatalogueFormatException(file.toString(), String.join("; ", problems));
        }
        return new FeedMapping(codes, dimensions, constants, fixed, true);
    }

    /**
     * The SDMX dimensions that carry {@code part} ({@code indicator} or {@code area}), in order:
     * {@code INDICATOR} and {@code REF_AREA} unless the mapping names others.
     */
    List<String> dimensions(String part) {
        return List.of(
                dimensions.getOrDefault(part, DEFAULT_DIMENSIONS.get(part)).split("\\+"));
    }

    /** The one value of {@code part} for every row of the file, when the mapping gives one. */
    Optional<String> constant(String part) {
        return Optional.ofNullable(constants.get(part));
    }

    /** Dimension → the only value read; observations with another value are refused. */
    Map<String, String> fixed() {
        return fixed;
    }

    /**
     * The catalogue's code for a feed's {@code code} of {@code field}: the code itself without a
     * mapping (or for a field the mapping leaves out), empty when the mapping lacks it. A {@code
     * constant} is the catalogue's code already.
     */
    Optional<String> map(String field, String code) {
        if (code != null && code.equals(constants.get(field))) {
            return Optional.of(code);
        }
        Map<String, String> table = codes.get(field);
        if (!given || table == null) {
            return Optional.ofNullable(code);
        }
        return Optional.ofNullable(table.get(code));
    }
}
