package org.planwatch.producer;

import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.planwatch.domain.DelimitedRows;

/**
 * Reads SDMX-CSV. Version 1.0 starts with a {@code DATAFLOW} column, then the dimensions, {@code
 * OBS_VALUE} and the attributes; 2.0 with {@code STRUCTURE} (maybe extended by a bracket term
 * giving the sub-field separator, {@code STRUCTURE[;]}), {@code STRUCTURE_ID} and an optional
 * {@code ACTION}, its components in any order. The field separator is the character that follows
 * the first column's term and its bracket term; where it is not a comma, a decimal comma is read
 * as the specification allows for a locale's messages. Headers and codes may carry labels ({@code
 * REF_AREA: Reference area}, {@code CN: China}); the code before the colon counts. Every row must
 * have as many fields as the header: a row cut short (a truncated last line) is refused, not read
 * with its value cut. What a row means is {@link SdmxReadings}'s rule; this class only finds the
 * fields, telling dimensions (every column that is neither the message's own, a measure, nor a
 * known attribute; in 1.0, the columns before {@code OBS_VALUE}) from attributes.
 */
final class SdmxCsvFeedReader {
    private static final Pattern FIRST_TERM =
            Pattern.compile("^\"?(STRUCTURE|DATAFLOW)(\\[[^\\]]*\\])?\"?", Pattern.CASE_INSENSITIVE);

    /** An SDMX id as agencies write them; a header after one that is not one is its label ({@code labels=name}). */
    private static final Pattern ID = Pattern.compile("[A-Z0-9_@$\\-]+");

    FeedBatch read(String text, String name, FeedMapping mapping) {
        List<String> lines = text.lines().toList();
        String header = lines.stream()
                .filter(l -> !l.isBlank() && !l.startsWith("#"))
                .findFirst()
                .orElse("");
        char separator = separator(header);
        List<String> columns = columns(header, separator);
        SdmxReadings readings = new SdmxReadings(name, FeedFormat.SDMX_CSV, mapping, separator != ',');
        Set<String> dimensions = dimensions(columns);
        List<String> required = new ArrayList<>(List.of(SdmxConcepts.TIME_PERIOD, SdmxConcepts.OBS_VALUE));
        for (String part : List.of("area", "indicator")) {
            if (mapping.constant(part).isEmpty()) {
                required.addAll(mapping.dimensions(part));
            }
        }
        List<String> missing =
                required.stream().filter(c -> !columns.contains(c)).toList();
        if (!missing.isEmpty()) {
            readings.refuse(new Rejection(
                    name + ":" + (lines.indexOf(header) + 1),
                    "the header lacks " + String.join(", ", missing) + " (for the area or the indicator: name its"
                            + " dimension in the mapping, dimension area ID, or give the file's one value, constant"
                            + " area CODE)" + HeaderWidth.unread(lines)));
            return readings.batch();
        }
        int width = new LinkedHashSet<>(columns).size();
        CsvSchema schema = CsvSchema.emptySchema().withHeader().withComments().withColumnSeparator(separator);
        DelimitedRows.read(
                new StringReader(withIdHeaders(text, header, columns, separator)),
                schema,
                required,
                row -> {
                    String location = name + ":" + row.line();
                    String raw = row.line() <= lines.size() ? lines.get(row.line() - 1) : null;
                    if (row.cells().size() < width) {
                        readings.refuse(new Rejection(
                                location,
                                Rejection.UNREADABLE,
                                HeaderWidth.cutShort(row.cells().size(), width),
                                raw));
                        return;
                    }
                    readings.add(observation(codes(row.cells()), dimensions, location, raw));
                },
                problem -> readings.refuse(new Rejection(name + ":" + problem.line(), problem.reason())));
        return readings.batch();
    }

    private static SdmxObservation observation(
            Map<String, String> row, Set<String> dimensions, String location, String raw) {
        Map<String, String> dims = new HashMap<>();
        for (String dimension : dimensions) {
            dims.put(dimension, row.get(dimension));
        }
        // the row itself serves as the attributes: what is not a dimension is read from it by name
        Map<String, String> attributes = row;
        String action = row.getOrDefault("ACTION", "").strip().toUpperCase(Locale.ROOT);
        return new SdmxObservation(
                dims,
                attributes,
                row.get(SdmxConcepts.OBS_VALUE),
                action.equals("D") || action.equals("R") ? action : "M",
                location,
                raw);
    }

    /**
     * The character after the first column's term ({@code STRUCTURE} or {@code DATAFLOW}) and its
     * bracket term, a comma when there is none.
     */
    static char separator(String header) {
        var m = FIRST_TERM.matcher(header.strip());
        if (m.find() && m.end() < header.strip().length()) {
            char c = header.strip().charAt(m.end());
            if (!Character.isLetterOrDigit(c) && c != '_' && c != '"') {
                return c;
            }
        }
        return ',';
    }

    /** The header's column ids: labels after a colon and bracket terms ({@code ATTR[en;fr]}) dropped. */
    private static List<String> columns(String header, char separator) {
        return Arrays.stream(header.split(Pattern.quote(String.valueOf(separator)), -1))
                .map(h -> {
                    String cell = h.strip().replace("\"", "");
                    int colon = cell.indexOf(':');
                    cell = colon > 0 ? cell.substring(0, colon).strip() : cell;
                    int bracket = cell.indexOf('[');
                    return bracket > 0 ? cell.substring(0, bracket) : cell;
                })
                .toList();
    }

    /**
     * The columns that are dimensions: in 1.0 those before {@code OBS_VALUE}; in 2.0, where
     * components come in any order, every column that is not the message's, a measure or a known
     * attribute, nor a name column following an id column ({@code REF_AREA,Reference area}).
     */
    private static Set<String> dimensions(List<String> columns) {
        Set<String> out = new LinkedHashSet<>();
        boolean version1 = !columns.isEmpty() && columns.get(0).equalsIgnoreCase("DATAFLOW");
        for (int i = 0; i < columns.size(); i++) {
            String column = columns.get(i);
            if (version1 && column.equals(SdmxConcepts.OBS_VALUE)) {
                break;
            }
            boolean label = i > 0
                    && !ID.matcher(column).matches()
                    && ID.matcher(columns.get(i - 1)).matches();
            if (!label
                    && !SdmxConcepts.MESSAGE_COLUMNS.contains(column)
                    && !column.startsWith(SdmxConcepts.OBS_VALUE)
                    && !SdmxConcepts.DESCRIPTIVE.contains(column)) {
                out.add(column);
            }
        }
        return out;
    }

    private static String withIdHeaders(String text, String header, List<String> columns, char separator) {
        String ids = String.join(String.valueOf(separator), columns);
        int at = text.indexOf(header);
        return text.substring(0, at) + ids + text.substring(at + header.length());
    }

    /** Values as codes: "CN: China" is CN. */
    private static Map<String, String> codes(Map<String, String> cells) {
        cells.replaceAll((k, v) -> {
            String value = v == null ? null : v.strip();
            if (value != null && !k.equals(SdmxConcepts.OBS_VALUE)) {
                int colon = value.indexOf(": ");
                value = colon > 0 ? value.substring(0, colon) : value;
            }
            return value;
        });
        return cells;
    }
}
