package org.planwatch.producer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Mappings the tests share. */
final class FeedMappingFixtures {
    private FeedMappingFixtures() {}

    /** {@code constant area 440700}: one region a file, as communiqués and yearbook tables are. */
    static FeedMapping constantArea() {
        return of("constant\tarea\t440700");
    }

    /** A mapping of these {@code field\tfrom\tto} rows. */
    static FeedMapping of(String... rows) {
        try {
            Path file = Files.createTempFile("mapping", ".mapping.tsv");
            file.toFile().deleteOnExit();
            Files.writeString(file, "field\tfrom\tto\n" + String.join("\n", rows) + "\n");
            return FeedMapping.read(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
