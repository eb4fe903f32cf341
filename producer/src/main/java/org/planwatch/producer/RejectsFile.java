package org.planwatch.producer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The rows a file could not publish, beside it as {@code FILE.rejects.tsv}: where, why (code and
 * sentence) and the row as the feed wrote it, so that someone can fix them and send them again.
 */
public final class RejectsFile {
    private RejectsFile() {}

    public static Path beside(Path input) {
        return input.resolveSibling(input.getFileName() + ".rejects.tsv");
    }

    /** Writes the rejections beside {@code input}; with none, removes a rejects file left by an earlier run. */
    public static void write(Path input, List<Rejection> rejections) throws IOException {
        Path file = beside(input);
        if (rejections.isEmpty()) {
            Files.deleteIfExists(file);
            return;
        }
        StringBuilder out = new StringBuilder("location\tcode\treason\trow\n");
        for (Rejection r : rejections) {
            out.append(clean(r.location()))
                    .append('\t')
                    .append(clean(r.code()))
                    .append('\t')
                    .append(clean(r.reason()))
                    .append('\t')
                    .append(clean(r.row()))
                    .append('\n');
        }
        Files.writeString(file, out, StandardCharsets.UTF_8);
    }

    private static String clean(String s) {
        return s == null ? "" : s.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
    }
}
