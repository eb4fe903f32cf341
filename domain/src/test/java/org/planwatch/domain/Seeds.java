package org.planwatch.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The plan documents, in {@code ../shared/seeds} beside the checkout ({@code -Dplanwatch.seeds}
 * points elsewhere). Tests that read them skip where they are absent, except in CI, which
 * always has them: there a missing folder is a broken setup, and fails.
 */
public final class Seeds {
    private Seeds() {}

    public static Path directory() {
        Optional<Path> seeds = find();
        if (System.getenv("CI") != null) {
            assertThat(seeds).as("plan documents in ../shared/seeds").isPresent();
        }
        assumeTrue(seeds.isPresent(), "plan documents not found beside the checkout");
        return seeds.get();
    }

    /**
     * The folder where it is there, for tests that use the seeds as one input among others and go
     * on without them; in CI a missing folder still fails, as in {@link #directory()}.
     */
    public static Optional<Path> ifPresent() {
        Optional<Path> seeds = find();
        if (System.getenv("CI") != null) {
            assertThat(seeds).as("plan documents in ../shared/seeds").isPresent();
        }
        return seeds;
    }

    public static Path file(String prefix) throws java.io.IOException {
        try (var files = Files.list(directory())) {
            return files.filter(f -> f.getFileName().toString().startsWith(prefix))
                    .findFirst()
                    .orElseThrow();
        }
    }

    private static Optional<Path> find() {
        String configured = System.getProperty("planwatch.seeds");
        if (configured != null) {
            return Optional.of(Path.of(configured)).filter(Files::isDirectory);
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared").resolve("seeds");
            if (Files.isDirectory(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }
}
