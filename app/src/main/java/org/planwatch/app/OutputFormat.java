package org.planwatch.app;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import picocli.CommandLine.Option;

/**
 * How a command that judges targets offline ({@code evaluate}, {@code backtest}) prints its rows: a
 * table for people, TSV or JSON for machines. The machine forms come from the same typed cells, so
 * a number is a number in JSON and plain (no exponent) in TSV.
 */
final class OutputFormat {
    enum Format {
        table,
        tsv,
        json
    }

    @Option(
            names = "--format",
            paramLabel = "FORMAT",
            defaultValue = "table",
            description = "Output format: ${COMPLETION-CANDIDATES} (default ${DEFAULT-VALUE}).")
    Format format = Format.table;

    boolean table() {
        return format == Format.table;
    }

    /**
     * Prints {@code rows} under {@code columns}: as TSV or JSON from the typed cells (a {@link
     * Collection} is a list in JSON, its items joined by spaces in TSV; null is empty), else the table
     * {@code table} lays out.
     */
    void print(PrintWriter out, List<String> columns, List<List<Object>> rows, Supplier<String> table)
            throws JsonProcessingException {
        switch (format) {
            case json -> {
                List<Map<String, Object>> objects = new ArrayList<>();
                for (List<Object> row : rows) {
                    Map<String, Object> object = new LinkedHashMap<>();
                    for (int i = 0; i < columns.size(); i++) {
                        object.put(columns.get(i), row.get(i));
                    }
                    objects.add(object);
                }
                out.println(new ObjectMapper()
                        .enable(SerializationFeature.INDENT_OUTPUT)
                        .writeValueAsString(objects));
            }
            case tsv -> {
                out.println(String.join("\t", columns));
                rows.forEach(row -> out.println(
                        String.join("\t", row.stream().map(OutputFormat::plain).toList())));
            }
            case table -> out.print(table.get());
        }
    }

    private static String plain(Object cell) {
        if (cell == null) {
            return "";
        }
        if (cell instanceof BigDecimal d) {
            return d.toPlainString();
        }
        if (cell instanceof Collection<?> items) {
            return String.join(" ", items.stream().map(OutputFormat::plain).toList());
        }
        return cell.toString();
    }
}
