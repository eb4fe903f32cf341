package org.planwatch.planimport.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.planwatch.domain.Seeds;

/**
 * The five seed documents, text converted from PDF, come out of the source layer exactly as
 * {@link Files#readAllLines} reads them: every target they give cites {@code file:line}, and the
 * shipped catalogue's citations must not move. (Their single-column boxes drawn with pipes, their
 * tab rows and their double-spaced headings inside tab rows are all left as they are.)
 */
class SeedDocumentsTest {

    @Test
    void shouldReadTheSeedDocumentsLineForLine() throws IOException {
        List<Path> files;
        try (Stream<Path> list = Files.list(Seeds.directory())) {
            files = list.filter(f -> f.toString().endsWith(".txt")).sorted().toList();
        }
        assertThat(files).isNotEmpty();
        for (Path file : files) {
            PlanDocument document = PlanDocuments.read(file, null);

            assertThat(document.format()).as(file.toString()).isEqualTo(DocumentFormat.TEXT);
            assertThat(document.charset()).as(file.toString()).isEqualTo(StandardCharsets.UTF_8);
            assertThat(document.lines())
                    .as(file.toString())
                    .isEqualTo(Files.readAllLines(file, StandardCharsets.UTF_8));
        }
    }
}
