package org.planwatch.producer;

import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.planwatch.domain.DelimitedRows;
import org.planwatch.schema.RevisionStatus;

/**
 * Reads SDMX-CSV. Version 1.0 starts with a {@code DATAFLOW} column; 2.0 with {@code STRUCTURE},
 * {@code STRUCTURE_ID} and an optional {@code ACTION}, its field separator being whatever follows
 * {@code STRUCTURE} in the header. The columns PlanWatch reads: {@code REF_AREA}, the indicator
 * dimension ({@code INDICATOR} unless the mapping names another), {@code TIME_PERIOD} (a year),
 * {@code OBS_VALUE}, and optionally {@code UNIT_MEASURE}, {@code UNIT_MULT} and {@code OBS_STATUS}.
 * Headers and codes may carry labels ({@code REF_AREA: Reference area}, {@code CN: China}); the
 * code before the colon counts. {@code ACTION=R} marks a revision, {@code ACTION=D} a deletion,
 * which PlanWatch does not take.
 */
final class SdmxCsvFeedReader {

    FeedBatch read(String text, String name, FeedMapping mapping) {
        List<String> lines = text.lines().toList();
        String header = lines.stream()
                .filter(l -> !l.isBlank() && !l.startsWith("#"))
                .findFirst()
                .orElse("");
        char separator = separator(header);
        String dimension = mapping.indicatorDimension();
        List<String> required = List.of("REF_AREA", dimension, "TIME_PERIOD", "OBS_VALUE");
        List<RawReading> readings = new ArrayList<>();
        List<Rejection> rejections = new ArrayList<>();
        CsvSchema schema = CsvSchema.emptySchema().withHeader().withComments().withColumnSeparator(separator);
        // Headers may be "ID: label": read them as ids.
        String normalized = withIdHeaders(text, header, separator);
        DelimitedRows.read(
                new StringReader(normalized),
                schema,
                required,
                row -> {
                    String location = name + ":" + row.line();
                    String raw = row.line() <= lines.size() ? lines.get(row.line() - 1) : null;
                    try {
                        readings.add(reading(codes(row.cells()), mapping, location, raw));
                    } catch (IllegalArgumentException e) {
                        rejections.add(new Rejection(location, Rejection.UNREADABLE, e.getMessage(), raw));
                    }
                },
                problem -> rejections.add(new Rejection(name + ":" + problem.line(), problem.reason())));
        return new FeedBatch(name, FeedFormat.SDMX_CSV, readings, rejections);
    }

    private static RawReading reading(Map<String, String> row, FeedMapping mapping, String location, String raw) {
        String action = row.getOrDefault("ACTION", "").toUpperCase(Locale.ROOT);
        if (action.equals("D")) {
            throw new IllegalArgumentException(
                    "ACTION D deletes an observation; PlanWatch keeps every figure it was sent");
        }
        String unitMult = row.get("UNIT_MULT");
        RevisionStatus revision = action.equals("R") ? RevisionStatus.REVISED : Revisions.of(row.get("OBS_STATUS"));
        return new RawReading(
                OwnLayout.text(row, "REF_AREA"),
                OwnLayout.text(row, mapping.indicatorDimension()),
                SdmxTime.year(OwnLayout.text(row, "TIME_PERIOD")),
                OwnLayout.number(OwnLayout.text(row, "OBS_VALUE"), "OBS_VALUE"),
                blankToNull(row.get("UNIT_MEASURE")),
                unitMult == null || unitMult.isBlank() ? 0 : SdmxTime.unitMultiplier(unitMult, mapping),
                0,
                revision,
                location,
                raw,
                OwnLayout.decimals(OwnLayout.text(row, "OBS_VALUE")));
    }

    /** The character after {@code STRUCTURE} in a 2.0 header, a comma otherwise. */
    static char separator(String header) {
        String h = header.replace("\"", "").toUpperCase(Locale.ROOT);
        if (h.startsWith("STRUCTURE") && h.length() > "STRUCTURE".length()) {
            char c = h.charAt("STRUCTURE".length());
            if (c != '_') {
                return c;
            }
        }
        return ',';
    }

    private static String withIdHeaders(String text, String header, char separator) {
        String ids = String.join(
                String.valueOf(separator),
                java.util.Arrays.stream(header.split(java.util.regex.Pattern.quote(String.valueOf(separator)), -1))
                        .map(h -> {
                            String cell = h.strip().replace("\"", "");
                            int colon = cell.indexOf(':');
                            return colon > 0 ? cell.substring(0, colon).strip() : cell;
                        })
                        .toList());
        int at = text.indexOf(header);
        return text.substring(0, at) + ids + text.substring(at + header.length());
    }

    /** Values as codes: "CN: China" is CN. */
    private static Map<String, String> codes(Map<String, String> cells) {
        Map<String, String> out = new HashMap<>();
        cells.forEach((k, v) -> {
            String value = v == null ? null : v.strip();
            if (value != null && !k.equals("OBS_VALUE")) {
                int colon = value.indexOf(": ");
                value = colon > 0 ? value.substring(0, colon) : value;
            }
            out.put(k, value);
        });
        return out;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
