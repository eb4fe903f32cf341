package org.planwatch.planimport.source;

import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * A PDF in, the importer's lines out: the text of each printed line, in reading order, with a
 * TAB wherever a line's glyphs leave a gap wider than {@value #CELL_GAP} average character
 * widths. A table printed in columns so comes out as TAB-separated rows, prose as lines; a blank
 * line ends each page. The PDF's text layer is all it reads: a scanned page gives no line.
 */
final class PdfReader {
    /** A gap this many average glyph widths wide parts two cells; word spaces are far narrower. */
    static final double CELL_GAP = 1.5;

    private PdfReader() {}

    /** @throws org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException if a password is needed */
    static List<String> lines(byte[] bytes) throws IOException {
        try (PDDocument document = Loader.loadPDF(bytes)) {
            LineStripper stripper = new LineStripper();
            stripper.setSortByPosition(true);
            stripper.writeText(document, new StringWriter());
            return stripper.sheet.lines();
        }
    }

    /** PDFBox's stripper, its words collected by position instead of written out. */
    private static final class LineStripper extends PDFTextStripper {
        final LineSheet sheet = new LineSheet();
        private final List<TextPosition> line = new ArrayList<>();

        @Override
        protected void writeString(String text, List<TextPosition> positions) {
            line.addAll(positions);
        }

        @Override
        protected void writeWordSeparator() {
            // the gaps between glyphs decide: see flush
        }

        @Override
        protected void writeLineSeparator() {
            flush();
        }

        @Override
        protected void endPage(PDPage page) {
            flush();
            sheet.blank();
        }

        private void flush() {
            List<TextPosition> glyphs = line.stream()
                    .filter(g -> g.getUnicode() != null && !g.getUnicode().isBlank())
                    .sorted(Comparator.comparingDouble(TextPosition::getXDirAdj))
                    .toList();
            line.clear();
            if (glyphs.isEmpty()) {
                return;
            }
            double width = glyphs.stream()
                    .mapToDouble(TextPosition::getWidthDirAdj)
                    .filter(w -> w > 0)
                    .average()
                    .orElse(glyphs.get(0).getFontSizeInPt() / 2);
            StringBuilder text = new StringBuilder();
            double end = Double.NaN;
            for (TextPosition g : glyphs) {
                if (!Double.isNaN(end)) {
                    double gap = g.getXDirAdj() - end;
                    if (gap > CELL_GAP * width) {
                        text.append('\t');
                    } else if (gap > 0.2 * width && !isWide(text.charAt(text.length() - 1))) {
                        text.append(' ');
                    }
                }
                text.append(g.getUnicode());
                double glyphEnd = g.getXDirAdj() + g.getWidthDirAdj();
                end = Double.isNaN(end) ? glyphEnd : Math.max(end, glyphEnd);
            }
            sheet.add(text.toString().strip());
        }

        /** CJK and full-width characters: they take no spaces between them. */
        private static boolean isWide(char c) {
            return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN
                    || (c >= 0x3000 && c <= 0x30FF)
                    || (c >= 0xFF00 && c <= 0xFFEF);
        }
    }
}
