package org.planwatch.producer;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.planwatch.domain.CatalogueFormatException;
import org.planwatch.domain.DelimitedRows;

/**
 * A feed's codes in the catalogue's terms, one TSV per feed with columns {@code field, from, to}:
 * {@code indicator NY_GDP gdp}, {@code area CN_GD_JM 440700}, {@code unit CNY_100M 亿元}, {@code
 * unit_mult THOUSANDS 3}, and {@code dimension indicator SERIES} naming the SDMX dimension that
 * carries the indicator. With a mapping, a code it does not list is a rejected row, not a guess;
 * without one, the feed's codes are taken as the catalogue's.
 */
public final class FeedMapping {
    /** No mapping: the feed speaks the catalogue's codes. */
    public static final FeedMapping NONE = new FeedMapping(Map.of(), "INDICATOR", false);

    private static final List<String> FIELDS = List.of("indicator", "area", "unit", "unit_mult");

    private final Map<String, Map<String, String>> codes;
    private final String indicatorDimension;
    private final boolean given;

    private FeedMapping(Map<String, Map<String, String>> codes, String indicatorDimension, boolean given) {
        this.codes = codes;
        this.indicatorDimension = indicatorDimension;
        this.given = given;
    }

    public static FeedMapping read(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        Map<String, Map<String, String>> codes = new HashMap<>();
        String[] dimension = {"INDICATOR"};
        List<String> problems = new ArrayList<>();
        DelimitedRows.read(
                new StringReader(text),
                DelimitedRows.tsv(),
                List.of("field", "from", "to"),
                row -> {
                    String field = row.cells().getOrDefault("field", "").strip();
                    String from = row.cells().getOrDefault("from", "").strip();
                    String to = row.cells().getOrDefault("to", "").strip();
                    if (field.equals("dimension") && from.equals("indicator") && !to.isEmpty()) {
                        dimension[0] = to;
                    } else if (!FIELDS.contains(field)) {
                        problems.add("line " + row.line() + ": field '" + field + "' is not one of " + FIELDS
                                + " or dimension");
                    } else if (from.isEmpty() || to.isEmpty()) {
                        problems.add("line " + row.line() + ": a " + field + " mapping needs both from and to");
                    } else if (codes.computeIfAbsent(field, f -> new HashMap<>())
                                    .put(from, to)
                            != null) {
                        problems.add("line " + row.line() + ": " + field + " '" + from + "' is mapped twice");
                    }
                },
                problem -> problems.add("line " + problem.line() + ": " + problem.reason()));
        if (!problems.isEmpty()) {
            throw new CatalogueFormatException(file.toString(), String.join("; ", problems));
        }
        return new FeedMapping(codes, dimension[0], true);
    }

    /** The SDMX dimension that carries the indicator: {@code INDICATOR} unless the mapping says. */
    String indicatorDimension() {
        return indicatorDimension;
    }

    /**
     * The catalogue's code for a feed's {@code code} of {@code field}: the code itself without a
     * mapping (or for a field the mapping leaves out), empty when the mapping lacks it.
     */
    Optional<String> map(String field, String code) {
        Map<String, String> table = codes.get(field);
        if (!given || table == null) {
            return Optional.ofNullable(code);
        }
        return Optional.ofNullable(table.get(code));
    }
}
