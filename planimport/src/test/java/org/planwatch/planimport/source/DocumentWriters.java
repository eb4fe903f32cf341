package org.planwatch.planimport.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;

/**
 * Writes a title and a table as each form a user may have: markdown, a web page, a Word .docx, a
 * PDF printed in columns. The tests make their documents from text they hold, so no binary test
 * file hides what it contains.
 *
 * <p>A PDF with Chinese in it needs a font with CJK glyphs to embed (PDFBox's standard fonts
 * have none). The tests look for WenQuanYi Micro Hei, a TrueType collection Debian ships as
 * {@code fonts-wqy-microhei}, which {@code .ci/run} installs; {@code -Dplanwatch.cjkFont=FILE}
 * names another TrueType font. Where none is found the Chinese PDF tests skip with that reason;
 * in CI, which always installs it, a missing font fails them instead. The PDF tests in ASCII run
 * everywhere.
 */
final class DocumentWriters {
    private static final List<Path> CJK_FONTS = List.of(
            Path.of("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"),
            Path.of("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"));

    private DocumentWriters() {}

    static String markdown(String title, List<List<String>> table) {
        StringBuilder md = new StringBuilder("# " + title + "\n\n");
        md.append(pipeRow(table.get(0))).append('\n');
        md.append(pipeRow(table.get(0).stream().map(c -> "---").toList())).append('\n');
        table.stream().skip(1).forEach(row -> md.append(pipeRow(row)).append('\n'));
        return md.toString();
    }

    static String pipeRow(List<String> cells) {
        return "| " + String.join(" | ", cells) + " |";
    }

    static String html(String charset, String title, String caption, List<List<String>> table) {
        StringBuilder html = new StringBuilder("<!DOCTYPE html>\n<html><head><meta charset=\"" + charset + "\">"
                + "<title>" + title + "</title><style>td { padding: 2px }</style>"
                + "<script>var tabs = '\\t\\t';</script></head>\n<body>\n<nav><a href=\"/\">首页</a> | 政务公开</nav>\n"
                + "<h1>" + title + "</h1>\n<p>" + caption + "</p>\n<table border=\"1\">\n");
        for (int r = 0; r < table.size(); r++) {
            html.append("<tr>");
            String tag = r == 0 ? "th" : "td";
            table.get(r)
                    .forEach(c -> html.append('<')
                            .append(tag)
                            .append('>')
                            .append(c)
                            .append("</")
                            .append(tag)
                            .append('>'));
            html.append("</tr>\n");
        }
        return html.append("</table>\n</body></html>\n").toString();
    }

    static byte[] docx(String title, String caption, List<List<String>> table) {
        try (XWPFDocument doc = new XWPFDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.createParagraph().createRun().setText(title);
            doc.createParagraph().createRun().setText(caption);
            XWPFTable t = doc.createTable(table.size(), table.get(0).size());
            for (int r = 0; r < table.size(); r++) {
                for (int c = 0; c < table.get(r).size(); c++) {
                    t.getRow(r).getCell(c).setText(table.get(r).get(c));
                }
            }
            doc.createParagraph().createRun().setText("数据来源：省统计局。");
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A PDF with the lines above the table as prose and the table printed in columns. */
    static byte[] pdf(List<String> prose, List<List<String>> table, FontChoice fontChoice) {
        return onePage(fontChoice, (font, content) -> {
            int columns = table.get(0).size();
            float[] x = columnStarts(table, font, 3 * SIZE);
            float y = prose(content, font, prose);
            for (List<String> row : table) {
                for (int c = 0; c < columns; c++) {
                    text(content, font, SIZE, x[c], y, row.get(c));
                }
                y -= 1.8f * SIZE;
            }
        });
    }

    /**
     * A PDF of a table as a word processor prints one: columns {@code gap} points apart (tight
     * ones too close for a gap to tell), cell borders drawn where {@code ruled}, and a cell with a
     * line break in it printed on two lines within its row.
     */
    static byte[] pdfTable(
            List<String> prose, List<List<String>> table, FontChoice fontChoice, float gap, boolean ruled) {
        return onePage(fontChoice, (font, content) -> {
            int columns = table.get(0).size();
            float[] x = columnStarts(table, font, gap);
            float y = prose(content, font, prose);
            float top = y + SIZE;
            List<Float> rules = new ArrayList<>(List.of(top));
            for (List<String> row : table) {
                int lines =
                        row.stream().mapToInt(c -> c.split("\n").length).max().orElse(1);
                for (int c = 0; c < columns; c++) {
                    String[] parts = row.get(c).split("\n");
                    // each cell centred in its row, as word processors set them: a cell of fewer lines
                    // stands half a line lower for each line it lacks
                    float centred = (lines - parts.length) * 0.6f * SIZE;
                    for (int k = 0; k < parts.length; k++) {
                        text(content, font, SIZE, x[c] + gap / 2, y - centred - k * 1.2f * SIZE, parts[k]);
                    }
                }
                y -= (1.2f * lines + 1.4f) * SIZE;
                rules.add(y + SIZE);
            }
            if (ruled) {
                for (float rule : rules) {
                    content.moveTo(x[0], rule);
                    content.lineTo(x[columns], rule);
                }
                for (int c = 0; c <= columns; c++) {
                    content.moveTo(x[c], top);
                    content.lineTo(x[c], rules.get(rules.size() - 1));
                }
                content.stroke();
            }
        });
    }

    /**
     * A PDF of printed lines, each a list of cells set at their columns, {@code gap} points apart
     * and no borders: a borderless table as a PDF's text gives it, a wrapped cell's rest on a line
     * of its own.
     */
    static byte[] pdfLines(List<List<String>> lines, FontChoice fontChoice, float gap) {
        return onePage(fontChoice, (font, content) -> {
            float[] x = columnStarts(lines, font, gap);
            float y = TOP;
            for (List<String> line : lines) {
                for (int c = 0; c < line.size(); c++) {
                    if (!line.get(c).isEmpty()) {
                        text(content, font, SIZE, x[c], y, line.get(c));
                    }
                }
                y -= 1.5f * SIZE;
            }
        });
    }

    private static final float SIZE = 10;
    private static final float TOP = 780;
    private static final float LEFT = 50;

    /** What is printed on a test PDF's one A4 page, in its font. */
    private interface PageContent {
        void print(PDFont font, PDPageContentStream content) throws IOException;
    }

    private static byte[] onePage(FontChoice fontChoice, PageContent page) {
        try (PDDocument doc = new PDDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDFont font = fontChoice.load(doc);
            PDPage a4 = new PDPage(PDRectangle.A4);
            doc.addPage(a4);
            try (PDPageContentStream content = new PDPageContentStream(doc, a4)) {
                page.print(font, content);
            }
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Prose lines from the page's top; the height at which what follows them starts. */
    private static float prose(PDPageContentStream content, PDFont font, List<String> lines) throws IOException {
        float y = TOP;
        for (String line : lines) {
            text(content, font, SIZE, LEFT, y, line);
            y -= 2 * SIZE;
        }
        return y;
    }

    /**
     * Where each column starts, and after the last where the table ends: each column as wide as its
     * widest line of a cell, {@code gap} points before the next. Rows may be shorter than others.
     */
    private static float[] columnStarts(List<List<String>> rows, PDFont font, float gap) throws IOException {
        int columns = rows.stream().mapToInt(List::size).max().orElse(0);
        float[] x = new float[columns + 1];
        x[0] = LEFT;
        for (int c = 1; c <= columns; c++) {
            float widest = 0;
            for (List<String> row : rows) {
                if (c - 1 < row.size()) {
                    for (String part : row.get(c - 1).split("\n")) {
                        widest = Math.max(widest, font.getStringWidth(part) / 1000 * SIZE);
                    }
                }
            }
            x[c] = x[c - 1] + widest + gap;
        }
        return x;
    }

    private static void text(PDPageContentStream content, PDFont font, float size, float x, float y, String s)
            throws IOException {
        content.beginText();
        content.setFont(font, size);
        content.newLineAtOffset(x, y);
        content.showText(s);
        content.endText();
    }

    /** The font a test PDF is written in. */
    interface FontChoice {
        PDFont load(PDDocument doc) throws IOException;
    }

    static final FontChoice HELVETICA = doc -> new PDType1Font(Standard14Fonts.FontName.HELVETICA);

    /** A font with Chinese glyphs, embedded as a subset; the test skips (fails in CI) where there is none. */
    static FontChoice cjkFont() {
        Optional<Path> file = findCjkFont();
        if (System.getenv("CI") != null) {
            assertThat(file)
                    .as("a CJK TrueType font (fonts-wqy-microhei, installed by .ci/run)")
                    .isPresent();
        }
        assumeTrue(
                file.isPresent(), "no CJK TrueType font (apt-get install fonts-wqy-microhei, or -Dplanwatch.cjkFont)");
        Path font = file.get();
        return doc -> {
            if (font.toString().endsWith(".ttc")) {
                TrueTypeCollection collection = new TrueTypeCollection(font.toFile());
                TrueTypeFont[] first = new TrueTypeFont[1];
                collection.processAllFonts(f -> {
                    if (first[0] == null) {
                        first[0] = f;
                    }
                });
                return PDType0Font.load(doc, first[0], true);
            }
            return PDType0Font.load(doc, font.toFile());
        };
    }

    private static Optional<Path> findCjkFont() {
        String configured = System.getProperty("planwatch.cjkFont");
        Stream<Path> candidates = configured == null ? CJK_FONTS.stream() : Stream.of(Path.of(configured));
        return candidates.filter(Files::isReadable).findFirst();
    }
}
