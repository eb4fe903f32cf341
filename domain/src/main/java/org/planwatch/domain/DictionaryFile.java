package org.planwatch.domain;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/**
 * Reads one of the curated TSV files (the indicator and region dictionaries). They are data the
 * catalogue depends on, so any bad row stops the load with every problem listed, each with its line.
 */
final class DictionaryFile {
    private DictionaryFile() {}

    static InputStream resource(String path) {
        InputStream in = DictionaryFile.class.getResourceAsStream(path);
        if (in == null) {
            throw new IllegalStateException("missing from the classpath: " + path);
        }
        return in;
    }

    static <T> List<T> read(InputStream in, String name, List<String> required, Function<DelimitedRows.Row, T> entry) {
        try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            return read(reader, name, required, entry);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static <T> List<T> read(Reader reader, String name, List<String> required, Function<DelimitedRows.Row, T> entry) {
        List<T> entries = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        DelimitedRows.read(
                reader,
                DelimitedRows.tsv(),
                required,
                row -> {
                    try {
                        entries.add(entry.apply(row));
                    } catch (RuntimeException e) {
                        problems.add(name + ":" + row.line() + ": " + e.getMessage());
                    }
                },
                p -> problems.add(name + ":" + p.line() + ": " + p.reason()));
        if (!problems.isEmpty()) {
            throw new CatalogueFormatException(name, problems.size() + " bad rows:\n" + String.join("\n", problems));
        }
        return entries;
    }

    static String cell(DelimitedRows.Row row, String column) {
        String v = row.cells().get(column);
        return v == null || v.isBlank() ? null : v.strip();
    }

    static String required(DelimitedRows.Row row, String column) {
        String v = cell(row, column);
        if (v == null) {
            throw new IllegalArgumentException("column " + column + " is empty");
        }
        return v;
    }

    static List<String> list(DelimitedRows.Row row, String column) {
        String v = cell(row, column);
        return v == null
                ? List.of()
                : Arrays.stream(v.split("\\|"))
                        .map(String::strip)
                        .filter(s -> !s.isEmpty())
                        .toList();
    }
}
