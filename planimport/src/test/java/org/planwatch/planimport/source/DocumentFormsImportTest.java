package org.planwatch.planimport.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.planwatch.domain.Target;
import org.planwatch.planimport.CatalogueImporter;

/**
 * End to end: the Guangdong 14th-plan indicator table in each form a user may have gives the
 * importer the same targets as the tab-separated text it has always read; only the citations'
 * file names (and for the forms without source lines, their line numbers) differ.
 */
class DocumentFormsImportTest {
    private static final String TITLE = IndicatorTables.GUANGDONG_TITLE;
    private static final String CAPTION = IndicatorTables.GUANGDONG_CAPTION;

    @TempDir
    static Path dir;

    private static List<String> expected;

    @BeforeAll
    static void importTheTabText() throws IOException {
        Path tsv = dir.resolve("guangdong.txt");
        Files.writeString(tsv, IndicatorTables.guangdongTabText(), StandardCharsets.UTF_8);
        CatalogueImporter.Result result = CatalogueImporter.bundled().read(List.of(tsv));
        assertThat(result.problems()).isEmpty();
        assertThat(result.targets())
                .extracting(Target::region, Target::indicator)
                .as("the dictionaries know the region and every indicator")
                .hasSize(4)
                .allSatisfy(t -> assertThat(t.toList()).startsWith("440000"));
        expected = withoutSources(result.targets());
    }

    private static List<String> withoutSources(List<Target> targets) {
        return targets.stream()
                .map(t -> t.toString().replace("source=" + t.source(), ""))
                .toList();
    }

    private static List<String> importOf(String name, byte[] bytes) throws IOException {
        Path file = dir.resolve(name);
        Files.write(file, bytes);
        CatalogueImporter.Result result = CatalogueImporter.bundled().read(List.of(file));
        assertThat(result.problems()).isEmpty();
        assertThat(result.targets()).allSatisfy(t -> assertThat(t.source()).startsWith(name + ":"));
        return withoutSources(result.targets());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"GB18030", "UTF-16LE", "UTF-16BE"})
    void shouldImportTheSameTargetsFromTextInAnyEncoding(String encoding) throws IOException {
        Charset charset = Charset.forName(encoding);
        byte[] text = IndicatorTables.guangdongTabText().getBytes(charset);

        assertThat(importOf("guangdong-" + encoding + ".txt", text)).isEqualTo(expected);
    }

    @Test
    void shouldImportTheSameTargetsFromSpaceAlignedText() throws IOException {
        StringBuilder text = new StringBuilder(TITLE + "\n\n" + CAPTION + "\n");
        for (List<String> row : IndicatorTables.GUANGDONG) {
            text.append(String.join("    ", row)).append('\n');
        }

        assertThat(importOf("guangdong-spaces.txt", text.toString().getBytes(StandardCharsets.UTF_8)))
                .isEqualTo(expected);
    }

    @Test
    void shouldImportTheSameTargetsFromATableCopiedOneCellPerLine() throws IOException {
        StringBuilder text = new StringBuilder(TITLE + "\n\n" + CAPTION + "\n");
        IndicatorTables.GUANGDONG.forEach(
                row -> row.forEach(cell -> text.append(cell).append('\n')));

        assertThat(importOf("guangdong-copied.txt", text.toString().getBytes(StandardCharsets.UTF_8)))
                .isEqualTo(expected);
    }

    @Test
    void shouldImportTheSameTargetsFromMarkdown() throws IOException {
        String md = DocumentWriters.markdown(TITLE, IndicatorTables.GUANGDONG);

        assertThat(importOf("guangdong.md", md.getBytes(StandardCharsets.UTF_8)))
                .isEqualTo(expected);
    }

    @Test
    void shouldImportTheSameTargetsFromAWebPage() throws IOException {
        String html = DocumentWriters.html("gb2312", TITLE, CAPTION, IndicatorTables.GUANGDONG);

        assertThat(importOf("guangdong.html", html.getBytes(TextDecoder.GB18030)))
                .isEqualTo(expected);
    }

    @Test
    void shouldImportTheSameTargetsFromAWordDocument() throws IOException {
        byte[] docx = DocumentWriters.docx(TITLE, CAPTION, IndicatorTables.GUANGDONG);

        assertThat(importOf("guangdong.docx", docx)).isEqualTo(expected);
    }

    @Test
    void shouldImportTheSameTargetsFromAPdf() throws IOException {
        byte[] pdf = DocumentWriters.pdf(List.of(TITLE, CAPTION), IndicatorTables.GUANGDONG, DocumentWriters.cjkFont());

        assertThat(importOf("guangdong.pdf", pdf)).isEqualTo(expected);
    }

    @Test
    void shouldReportADocumentItCannotReadAndReadTheOthers() throws IOException {
        Path broken = dir.resolve("broken.docx");
        Files.writeString(broken, "not a zip", StandardCharsets.UTF_8);
        Path good = dir.resolve("good.txt");
        Files.writeString(good, IndicatorTables.guangdongTabText(), StandardCharsets.UTF_8);

        CatalogueImporter.Result result = CatalogueImporter.bundled().read(List.of(broken, good));

        assertThat(result.problems()).singleElement().asString().startsWith("broken.docx: ");
        assertThat(result.documents())
                .containsExactly(
                        new CatalogueImporter.DocumentReport("broken.docx", 0, 0, 0),
                        new CatalogueImporter.DocumentReport("good.txt", 1, 4, 4));
    }

    @Test
    void shouldReadEveryFileAsTheForcedFormat() throws IOException {
        Path file = dir.resolve("guangdong-page.txt");
        Files.writeString(
                file, DocumentWriters.html("utf-8", TITLE, CAPTION, IndicatorTables.GUANGDONG), StandardCharsets.UTF_8);

        CatalogueImporter.Result asHtml = CatalogueImporter.bundled().read(List.of(file), DocumentFormat.HTML);
        CatalogueImporter.Result asText = CatalogueImporter.bundled().read(List.of(file), DocumentFormat.TEXT);

        assertThat(withoutSources(asHtml.targets())).isEqualTo(expected);
        assertThat(asText.targets()).isEmpty();
    }
}
