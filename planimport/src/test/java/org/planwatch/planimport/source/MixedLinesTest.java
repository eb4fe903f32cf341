package org.planwatch.planimport.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.pdfbox.text.TextPosition;
import org.apache.pdfbox.util.Matrix;
import org.junit.jupiter.api.Test;

/**
 * PDFBox's lines that mix two printed lines of a ruled table, cut and joined again by baseline.
 * The glyphs stand where PDFBox put those of 上海's 专栏 as LibreOffice prints it (a cell of three
 * lines beside one of two, half a line apart).
 */
class MixedLinesTest {
    private static final float PAGE_HEIGHT = 842;

    /** One glyph of a 10-point font, its baseline {@code y} from the page's top. */
    private static TextPosition glyph(String text, float x, float y, int size) {
        return new TextPosition(
                0,
                595,
                PAGE_HEIGHT,
                new Matrix(size, 0, 0, size, x, PAGE_HEIGHT - y),
                x + size,
                PAGE_HEIGHT - y,
                size * 0.6f,
                size,
                size * 0.3f,
                text,
                new int[] {0},
                null,
                size,
                size);
    }

    private static List<TextPosition> line(Object... glyphs) {
        List<TextPosition> line = new ArrayList<>();
        for (int i = 0; i < glyphs.length; i += 3) {
            line.add(glyph((String) glyphs[i], (Float) glyphs[i + 1], (Float) glyphs[i + 2], 10));
        }
        return line;
    }

    private static List<String> text(List<List<TextPosition>> lines) {
        return lines.stream()
                .map(l -> l.stream().map(TextPosition::getUnicode).collect(Collectors.joining()))
                .toList();
    }

    @Test
    void shouldCutLinesThatMixTwoPrintedLinesAndJoinThePartsOnOneBaseline() {
        List<List<TextPosition>> pdfBox = List.of(
                line("家", 401.6f, 235.8f, "审", 412.1f, 235.8f),
                line("单", 226.5f, 241.9f, "位", 237.0f, 241.9f, "约", 339.3f, 241.9f),
                line("1", 201.3f, 254.3f, "5", 206.5f, 254.3f, "衔", 412.1f, 248.0f),
                line("二", 226.5f, 254.1f, "氧", 237.0f, 254.1f, "束", 339.3f, 254.1f, "核", 401.6f, 248.0f));

        assertThat(text(MixedLines.of(pdfBox, l -> true))).containsExactly("家审", "单位约", "核衔", "15二氧束");
    }

    @Test
    void shouldLeaveLinesOutsideARuledTableAndAPageWithoutMixedLinesAsTheyCame() {
        List<List<TextPosition>> pdfBox = List.of(
                line("1", 201.3f, 254.3f, "5", 206.5f, 254.3f, "衔", 412.1f, 248.0f),
                line("二", 226.5f, 254.1f, "核", 401.6f, 248.0f));
        assertThat(MixedLines.of(pdfBox, l -> false)).isEqualTo(pdfBox);

        List<List<TextPosition>> plain = List.of(line("甲", 50f, 100f, "乙", 60f, 100f), line("丙", 50f, 112f));
        assertThat(MixedLines.of(plain, l -> true)).isEqualTo(plain);
    }

    @Test
    void shouldKeepASuperscriptMarkInTheLineItStandsIn() {
        List<TextPosition> marked = new ArrayList<>(line("比", 50f, 100f, "重", 60f, 100f));
        marked.add(glyph("4", 70f, 96f, 6));
        List<List<TextPosition>> pdfBox = List.of(marked, line("丙", 50f, 112f));

        assertThat(text(MixedLines.of(pdfBox, l -> true))).containsExactly("比重4", "丙");
    }
}
