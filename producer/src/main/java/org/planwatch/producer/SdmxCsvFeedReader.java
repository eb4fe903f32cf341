package org.planwatch.producer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

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
final class SdmxCsvFeedReader implements FeedReader {
    private static final Pattern FIRST_TERM =
            Pattern.compile("^\"?(STRUCTURE|DATAFLOW)(\\[[^\\]]*\\])?\"?", Pattern.CASE_INSENSITIVE);

    /** An SDMX id as agencies write them; a header after one that is not one is its label ({@code labels=name}). */
    private static final Pattern ID = Pattern.compile("[A-Z0-9_@$\\-]+");

    @Override
    public FeedBatch read(String text, String name, FeedMapping mapping) {
        try {
            return read(new BufferedReader(new StringReader(text)), name, mapping);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a string does not fail to read
        }
    }

    /** A bureau's message may have millions of rows: read as it goes, unless it is no text in {@code encoding}. */
    @Override
    public FeedBatch read(java.nio.file.Path file, FeedEncoding encoding, FeedMapping mapping) throws IOException {
        try (BufferedReader in = encoding.open(file)) {
            return read(in, file.toString(), mapping);
        } catch (IllegalArgumentException | java.nio.charset.CharacterCodingException e) {
            return FeedReader.super.read(file, encoding, mapping); // refused as any file that is no text
        }
    }

    /**
     * The message read as it goes, a record at a time: only the readings and refusals are kept,
     * never the file's text, so a message of a million rows is read in a bounded heap.
     */
    FeedBatch read(BufferedReader in, String name, FeedMapping mapping) throws IOException {
        String header = null;
        int headerLine = 0;
        for (String line; header == null && (line = in.readLine()) != null; ) {
            headerLine++;
            if (!line.isBlank() && !line.startsWith("#")) {
                header = line;
            }
        }
        header = header == null ? "" : header;
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
        DelimitedRecords records = new DelimitedRecords(in, separator, headerLine);
        if (!missing.isEmpty()) {
            readings.refuse(Rejection.ofFile(
                    name + ":" + Math.max(1, headerLine),
                    "the header lacks " + String.join(", ", missing) + " (for the area or the indicator: name its"
                            + " dimension in the mapping, dimension area ID, or give the file's one value, constant"
                            + " area CODE)" + HeaderWidth.unread(records.countRest())));
            return readings.batch();
        }
        int width = columns.size();
        Map<String, Integer> index = RowCells.index(columns);
        for (DelimitedRecords.Record r; (r = records.next()) != null; ) {
            String location = name + ":" + r.line();
            if (r.fields() == null) {
                readings.refuse(new Rejection(
                        location, Rejection.UNREADABLE, "a quoted field never closes: cut short, not read", r.text()));
            } else if (r.fields().size() < width) {
                readings.refuse(new Rejection(
                        location,
                        Rejection.UNREADABLE,
                        HeaderWidth.cutShort(r.fields().size(), width),
                        r.text()));
            } else if (r.fields().size() > width) {
                readings.refuse(new Rejection(
                        location,
                        Rejection.UNREADABLE,
                        "the row has " + r.fields().size() + " fields, the header " + width
                                + ": a separator too many, not read",
                        r.text()));
            } else {
                readings.add(observation(codes(index, columns, r.fields()), dimensions, location, r.text()));
            }
        }
        return readings.batch();
    }

    private static SdmxObservation observation(RowCells row, Set<String> dimensions, String location, String raw) {
        Map<String, String> dims = row.only(dimensions);
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

    /** Each column's value as a code: "CN: China" is CN; a column named twice keeps its last value. */
    private static RowCells codes(Map<String, Integer> index, List<String> columns, List<String> fields) {
        String[] values = new String[columns.size()];
        for (int i = 0; i < values.length; i++) {
            String value = fields.get(i).strip();
            if (!columns.get(i).equals(SdmxConcepts.OBS_VALUE)) {
                int colon = value.indexOf(": ");
                value = colon > 0 ? value.substring(0, colon) : value;
            }
            values[i] = value;
        }
        return RowCells.of(index, values);
    }
}
