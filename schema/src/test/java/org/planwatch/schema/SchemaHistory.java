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
import org.apache.avro.AvroRuntimeException;
import org.apache.avro.Schema;

/**
 * A set of {@code .avsc} files as they stood together (the current ones, or a snapshot in {@code
 * schema/avro-history/NN-commit/}), parsed with the types they name of each other.
 */
record SchemaHistory(String name, Map<String, Schema> records) {

    /** Parses every file of {@code dir}, those that others refer to first, whatever their names' order. */
    static SchemaHistory read(Path dir) {
        List<Path> pending;
        try (Stream<Path> files = Files.list(dir)) {
            pending = new ArrayList<>(
                    files.filter(f -> f.toString().endsWith(".avsc")).sorted().toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // a file that names a type not parsed yet fails; parse it again after the others, in a
        // fresh parser, until a round parses nothing new
        List<Path> ordered = new ArrayList<>();
        while (!pending.isEmpty()) {
            List<Path> failed = new ArrayList<>();
            AvroRuntimeException last = null;
            for (Path file : pending) {
                try {
                    parse(append(ordered, file));
                    ordered.add(file);
                } catch (AvroRuntimeException e) {
                    failed.add(file);
                    last = e;
                }
            }
            if (failed.size() == pending.size()) {
                throw new IllegalStateException(dir + ": cannot parse " + failed + ": " + last.getMessage(), last);
            }
            pending = failed;
        }
        Map<String, Schema> records = new LinkedHashMap<>();
        for (Schema schema : parse(ordered)) {
            if (schema.getType() == Schema.Type.RECORD) {
                records.put(schema.getFullName(), schema);
            }
        }
        return new SchemaHistory(dir.getFileName().toString(), records);
    }

    private static List<Schema> parse(List<Path> files) {
        Schema.Parser parser = new Schema.Parser();
        List<Schema> schemas = new ArrayList<>();
        for (Path file : files) {
            try {
                schemas.add(parser.parse(Files.readString(file)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return schemas;
    }

    private static List<Path> append(List<Path> files, Path file) {
        List<Path> all = new ArrayList<>(files);
        all.add(file);
        return all;
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
