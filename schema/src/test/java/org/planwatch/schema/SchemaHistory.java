package org.planwatch.schema;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.avro.Schema;

/**
 * A set of {@code .avsc} files as they stood together (the current ones, or a snapshot in {@code
 * schema/avro-history/NN-commit/}), parsed with the types they name of each other.
 */
record SchemaHistory(String name, Map<String, Schema> records) {

    /** Parses every file of {@code dir}, those that others refer to first, whatever their names' order. */
    static SchemaHistory read(Path dir) {
        List<String> texts = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file :
                    files.filter(f -> f.toString().endsWith(".avsc")).sorted().toList()) {
                texts.add(Files.readString(file));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, Schema> records = new LinkedHashMap<>();
        KnownSchemas.records(texts).forEach(schema -> records.put(schema.getFullName(), schema));
        return new SchemaHistory(dir.getFileName().toString(), records);
    }

    /** The record named {@code fullName}, or the one that took that name as an alias when renamed. */
    Schema named(String fullName) {
        Schema byName = records.get(fullName);
        if (byName != null) {
            return byName;
        }
        return records.values().stream()
                .filter(r -> r.getAliases().contains(fullName))
                .findFirst()
                .orElse(null);
    }

    /** The snapshots of {@code root}, oldest first (their names start with a sequence number). */
    static List<SchemaHistory> snapshots(Path root) {
        try (Stream<Path> dirs = Files.list(root)) {
            return dirs.filter(Files::isDirectory)
                    .sorted()
                    .map(SchemaHistory::read)
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
