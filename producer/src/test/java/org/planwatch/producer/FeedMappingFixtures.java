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
        try {
            Path file = Files.createTempFile("area", ".mapping.tsv");
            file.toFile().deleteOnExit();
            Files.writeString(file, "field\tfrom\tto\nconstant\tarea\t440700\n");
            return FeedMapping.read(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
