package org.planwatch.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.planwatch.planimport.CatalogueImporter;

/** The catalogue import of every plan document in a folder, timed: the best of a few runs, after one to warm up. */
final class CatalogueImport {
    private static final int RUNS = 5;

    private CatalogueImport() {}

    /** Milliseconds for the best run, and how many targets it found. */
    record Timing(double bestMs, double medianMs, int documents, int targets) {}

    static Timing measure(Path plans) throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(plans)) {
            files = s.filter(p -> p.getFileName().toString().endsWith(".txt"))
                    .sorted()
                    .toList();
        }
        if (files.isEmpty()) {
            throw new IOException("no plan documents (*.txt) in " + plans);
        }
        CatalogueImporter importer = CatalogueImporter.bundled();
        int targets = importer.read(files).targets().size();
        double[] ms = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            importer.read(files);
            ms[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(ms);
        return new Timing(ms[0], ms[RUNS / 2], files.size(), targets);
    }
}
