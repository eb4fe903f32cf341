package org.planwatch.schema;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.avro.AvroRuntimeException;
import org.apache.avro.Schema;
import org.apache.avro.message.SchemaStore;

/**
 * Every version of the schemas PlanWatch has written: the snapshots in {@code avro-history/}
 * (listed in its {@code index.txt}), shipped in this module's jar. A record is decoded by its
 * writer schema's fingerprint, so without these a topic's, a changelog's or the job's own
 * repartition topic's records written before a schema change would no longer decode after an
 * upgrade; with them, Avro resolves each old version to the current one.
 */
public final class KnownSchemas {
    private static final String ROOT = "avro-history/";
    private static final SchemaStore.Cache STORE = load();

    private KnownSchemas() {}

    /** The earlier writer schemas, for {@link AvroSerde#of(Schema, SchemaStore)}. */
    public static SchemaStore store() {
        return STORE;
    }

    private static SchemaStore.Cache load() {
        Map<String, List<String>> snapshots = new LinkedHashMap<>();
        for (String line : read(ROOT + "index.txt").split("\n")) {
            String file = line.strip();
            if (!file.isEmpty()) {
                snapshots
                        .computeIfAbsent(file.substring(0, file.indexOf('/')), s -> new ArrayList<>())
                        .add(read(ROOT + file));
            }
        }
        SchemaStore.Cache store = new SchemaStore.Cache();
        snapshots.values().forEach(texts -> records(texts).forEach(store::addSchema));
        return store;
    }

    /**
     * The record schemas of a set of {@code .avsc} texts that name each other's types, parsed in
     * an order where each type is known before it is named, whatever the order given.
     */
    public static List<Schema> records(List<String> texts) {
        List<String> ordered = new ArrayList<>();
        List<String> pending = new ArrayList<>(texts);
        while (!pending.isEmpty()) {
            List<String> failed = new ArrayList<>();
            AvroRuntimeException last = null;
            for (String text : pending) {
                try {
                    List<String> attempt = new ArrayList<>(ordered);
                    attempt.add(text);
                    parse(attempt);
                    ordered.add(text);
                } catch (AvroRuntimeException e) {
                    failed.add(text);
                    last = e;
                }
            }
            if (failed.size() == pending.size()) {
                throw new IllegalStateException(
                        "cannot parse " + failed.size() + " schemas: " + last.getMessage(), last);
            }
            pending = failed;
        }
        return parse(ordered).stream()
                .filter(s -> s.getType() == Schema.Type.RECORD)
                .toList();
    }

    private static List<Schema> parse(List<String> texts) {
        Schema.Parser parser = new Schema.Parser();
        return texts.stream().map(parser::parse).toList();
    }

    private static String read(String resource) {
        try (InputStream in = KnownSchemas.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource + " in the schema module");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
