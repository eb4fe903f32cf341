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
    /** What opens a line that ends a table: its note, or the next table's title. */
    private static final java.util.regex.Pattern TABLE_ENDS =
            java.util.regex.Pattern.compile("^\\s*(?:注|备注|资料来源|来源|专栏\\s*\\d|表\\s*\\d|附表)");
    /** How many lines of a table may pass without a gap between cells: its wrapped cells' lines. */
    private static final int WRAPPED_LINES = 2;

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
        /** The page's printed lines, each its glyphs left to right, until the page ends. */
        private final List<List<TextPosition>> pageLines = new ArrayList<>();

        private List<PageRules.Rule> rules = List.of();

        @Override
        protected void startPage(PDPage page) throws IOException {
            super.startPage(page);
            try {
                rules = PageRules.of(page);
            } catch (IOException | RuntimeException unreadable) {
                rules = List.of(); // a page whose drawing cannot be followed: its text by the gaps alone
            }
        }

        @Override
        protected void writeString(String text, List<TextPosition> positions) {
            line.addAll(positions);
        }

        @Override
        protected void writeWordSeparator() {
            // the gaps between glyphs decide: see text
        }

        @Override
        protected void writeLineSeparator() {
            endLine();
        }

        @Override
        protected void endPage(PDPage page) {
            endLine();
            writeRows();
            sheet.blank();
        }

        private void endLine() {
            List<TextPosition> glyphs = line.stream()
                    .filter(g -> g.getUnicode() != null && !g.getUnicode().isBlank())
                    .sorted(Comparator.comparingDouble(TextPosition::getXDirAdj))
                    .toList();
            line.clear();
            if (!glyphs.isEmpty()) {
                pageLines.add(glyphs);
            }
        }

        /**
         * The page's lines: where ruling lines cross a line, a ruled table's row, its cells parted at
         * the vertical rules and the lines between the same two horizontal rules joined cell by cell
         * (a cell wrapped over two lines is one); elsewhere a line parted at wide gaps.
         */
        private void writeRows() {
            List<List<TextPosition>> seen = MixedLines.of(
                    List.copyOf(pageLines), l -> edgesAt(middle(l)).size() >= 3);
            pageLines.clear();
            pageLines.addAll(seen);
            List<List<Double>> rivers = rivers();
            int i = 0;
            while (i < pageLines.size()) {
                List<Double> edges = edgesAt(middle(pageLines.get(i)));
                if (edges.size() < 3 && rivers.get(i) == null) {
                    sheet.add(text(pageLines.get(i)));
                    i++;
                    continue;
                }
                if (edges.size() < 3) {
                    List<Double> gaps = rivers.get(i);
                    List<List<String>> block = new ArrayList<>();
                    while (i < pageLines.size() && rivers.get(i) == gaps) {
                        block.add(split(pageLines.get(i), gaps));
                        i++;
                    }
                    joinWrappedLines(block)
                            .forEach(r -> sheet.add(String.join("\t", r).stripTrailing()));
                    continue;
                }
                double[] band = band(middle(pageLines.get(i)), edges);
                List<List<TextPosition>> row = new ArrayList<>();
                while (i < pageLines.size() && within(middle(pageLines.get(i)), band)) {
                    row.add(pageLines.get(i));
                    i++;
                }
                sheet.add(cells(row, edges));
            }
            pageLines.clear();
        }

        /**
         * For each line of a borderless table, the x of the gaps that part its columns; null for
         * other lines. A table is a run of lines that the gaps part into two cells or more (three
         * such lines at least, a wrapped cell's line between them allowed); its columns are parted
         * where no glyph of those lines stands, however narrow the gap (a word processor's table
         * with tight columns: 经济发展 right against 1. 国内生产总值增长).
         */
        private List<List<Double>> rivers() {
            List<List<Double>> out = new ArrayList<>();
            pageLines.forEach(l -> out.add(null));
            boolean[] celled = new boolean[pageLines.size()];
            for (int k = 0; k < celled.length; k++) {
                celled[k] = text(pageLines.get(k)).indexOf('\t') >= 0;
            }
            int i = 0;
            while (i < pageLines.size()) {
                if (!celled[i]) {
                    i++;
                    continue;
                }
                int end = i;
                List<List<TextPosition>> celledLines = new ArrayList<>();
                while (end < pageLines.size()
                        && (celled[end] || (!ends(pageLines.get(end)) && celledWithin(celled, end, WRAPPED_LINES)))) {
                    if (celled[end]) {
                        celledLines.add(pageLines.get(end)); // a wrapped cell's line or a heading hides no column
                    }
                    end++;
                }
                if (celledLines.size() >= 3) {
                    List<Double> gaps = gaps(celledLines);
                    for (int k = i; k < end; k++) {
                        out.set(k, gaps);
                    }
                }
                i = Math.max(end, i + 1);
            }
            return out;
        }

        /**
         * Whether a celled line follows within {@code lines} lines of {@code k}: a row whose two cells both wrap
         * (10. 每千人口拥有医护人员数——执业医师 / 民生福祉 / 数(人) | 3.1 | 3.7) leaves two uncelled lines in its table.
         */
        private static boolean celledWithin(boolean[] celled, int k, int lines) {
            for (int j = k + 1; j <= k + lines && j < celled.length; j++) {
                if (celled[j]) {
                    return true;
                }
            }
            return false;
        }

        /** A note under a table (注：…), or the title of the next (专栏2 …, 表3 …): the table ends before it. */
        private static boolean ends(List<TextPosition> line) {
            return TABLE_ENDS.matcher(text(line)).find();
        }

        /** The middles of the x intervals that no glyph of a table's celled lines covers. */
        private static List<Double> gaps(List<List<TextPosition>> celled) {
            List<double[]> covered = new ArrayList<>();
            for (List<TextPosition> line : celled) {
                for (TextPosition g : line) {
                    covered.add(new double[] {g.getXDirAdj(), g.getXDirAdj() + Math.max(g.getWidthDirAdj(), 0.1)});
                }
            }
            covered.sort(Comparator.comparingDouble(c -> c[0]));
            List<double[]> gaps = new ArrayList<>();
            double end = covered.get(0)[1];
            for (double[] c : covered) {
                if (c[0] > end + 0.5) {
                    gaps.add(new double[] {end, c[0]});
                }
                end = Math.max(end, c[1]);
            }
            // a column only one line has words in (2030 | 年 of a header, about | 5 of a cell) is no column: the
            // narrower of the gaps around it is a space between words
            boolean merged = true;
            while (merged) {
                merged = false;
                List<Double> middles = middles(gaps);
                for (int c = 0; c <= gaps.size() && !merged; c++) {
                    if (linesWithWordsIn(celled, middles, c) > 1) {
                        continue;
                    }
                    int left = c - 1;
                    int right = c < gaps.size() ? c : -1;
                    int narrower = left < 0
                            ? right
                            : right < 0 ? left : width(gaps.get(left)) <= width(gaps.get(right)) ? left : right;
                    if (narrower >= 0) {
                        gaps.remove(narrower);
                        merged = true;
                    }
                }
            }
            return middles(gaps);
        }

        private static List<Double> middles(List<double[]> gaps) {
            return gaps.stream().map(g -> (g[0] + g[1]) / 2).toList();
        }

        private static double width(double[] gap) {
            return gap[1] - gap[0];
        }

        /** How many of the table's celled lines have a glyph in column {@code c} of those {@code gaps} part. */
        private static long linesWithWordsIn(List<List<TextPosition>> celled, List<Double> gaps, int c) {
            return celled.stream()
                    .filter(line -> line.stream().anyMatch(g -> column(g, gaps) == c))
                    .count();
        }

        /**
         * A borderless table's rows, its cells wrapped onto a line of their own joined: a line with
         * nothing in its first two columns goes on the row above, where that row lacks its last cell
         * (保持在合理区间、各年度 / 视情提出 | 预期性); a line with words in its first two columns only goes on
         * the row below, where that one starts with an empty first column (10. 每千人口拥有医护人员数——执业医师 /
         * 数(人) | 3.1 | 3.7).
         */
        static List<List<String>> joinWrappedLines(List<List<String>> lines) {
            List<List<String>> out = new ArrayList<>();
            for (int k = 0; k < lines.size(); k++) {
                List<String> line = new ArrayList<>(lines.get(k));
                List<String> above = out.isEmpty() ? null : out.get(out.size() - 1);
                if (above != null
                        && firstFilled(line) >= 2
                        && (above.get(above.size() - 1).isEmpty() || tailOf(line, above))) {
                    join(above, line);
                    continue;
                }
                if (leading(line)) {
                    // the row's class, printed in the middle of its merged cell, may stand on a line of its own
                    // between the name's lines (10. 每千人口…执业医师 / 民生福祉 / 数(人) | 3.1 | 3.7)
                    int last = k + 1;
                    while (last < lines.size() && last <= k + WRAPPED_LINES && leading(lines.get(last))) {
                        last++;
                    }
                    if (last < lines.size() && startsItsFigures(lines.subList(k, last + 1))) {
                        for (int j = k + 1; j <= last; j++) {
                            join(line, lines.get(j));
                        }
                        k = last;
                    }
                }
                out.add(line);
            }
            return out;
        }

        /**
         * Whether {@code line} is only the wrapped ends of cells of the row above: a word or two under cells that
         * are filled there (保持在合理区间、各年度 / 视情提出, 1.45 左 / 右), none in a column the row leaves empty.
         */
        private static boolean tailOf(List<String> line, List<String> above) {
            int filled = 0;
            for (int c = 0; c < line.size(); c++) {
                if (line.get(c).isEmpty()) {
                    continue;
                }
                if (c >= above.size() || above.get(c).isEmpty()) {
                    return false;
                }
                filled++;
            }
            return filled <= 2;
        }

        /** A line with words in its first two columns only: a name's or a class's, its figures on a line below. */
        private static boolean leading(List<String> line) {
            return firstFilled(line) >= 0 && lastFilled(line) <= 1;
        }

        /**
         * Whether the last of {@code lines} holds the figures of the row the lines before it name: its name
         * column filled, a figure column too, and the class column filled on one line at most.
         */
        private static boolean startsItsFigures(List<List<String>> lines) {
            List<String> figures = lines.get(lines.size() - 1);
            long classes = lines.stream().filter(l -> !l.get(0).isEmpty()).count();
            return figures.size() > 1 && !figures.get(1).isEmpty() && lastFilled(figures) > 1 && classes <= 1;
        }

        private static int firstFilled(List<String> cells) {
            for (int c = 0; c < cells.size(); c++) {
                if (!cells.get(c).isEmpty()) {
                    return c;
                }
            }
            return -1;
        }

        private static int lastFilled(List<String> cells) {
            for (int c = cells.size() - 1; c >= 0; c--) {
                if (!cells.get(c).isEmpty()) {
                    return c;
                }
            }
            return -1;
        }

        /** {@code more}'s cells after {@code row}'s, column by column, a space only between two Latin words. */
        private static void join(List<String> row, List<String> more) {
            for (int c = 0; c < row.size() && c < more.size(); c++) {
                String a = row.get(c);
                String b = more.get(c);
                if (b.isEmpty()) {
                    continue;
                }
                boolean tight = a.isEmpty()
                        || isWide(a.charAt(a.length() - 1))
                        || isWide(b.charAt(0))
                        || !Character.isLetterOrDigit(a.charAt(a.length() - 1));
                row.set(c, a + (tight ? "" : " ") + b);
            }
        }

        /** A line parted at the table's gaps, an empty cell where a column holds nothing on it. */
        private static List<String> split(List<TextPosition> glyphs, List<Double> gaps) {
            List<List<TextPosition>> cells = new ArrayList<>();
            for (int c = 0; c <= gaps.size(); c++) {
                cells.add(new ArrayList<>());
            }
            for (TextPosition g : glyphs) {
                cells.get(column(g, gaps)).add(g);
            }
            List<String> texts = new ArrayList<>();
            cells.forEach(c -> texts.add(c.isEmpty() ? "" : text(c).replace('\t', ' ')));
            return texts;
        }

        /** The column a glyph stands in, of those {@code bounds} part: by its middle. */
        private static int column(TextPosition g, List<Double> bounds) {
            double x = centre(g);
            int c = 0;
            while (c < bounds.size() && x > bounds.get(c)) {
                c++;
            }
            return c;
        }

        private static double centre(TextPosition g) {
            return g.getXDirAdj() + g.getWidthDirAdj() / 2;
        }

        /** The middle height of a line's glyphs, from the top of the page. */
        private static double middle(List<TextPosition> glyphs) {
            return glyphs.stream()
                    .mapToDouble(g -> g.getYDirAdj() - g.getHeightDir() / 2)
                    .average()
                    .orElse(0);
        }

        /** The x of the vertical rules that cross height {@code y}, left to right, a rule drawn twice once. */
        private List<Double> edgesAt(double y) {
            List<Double> xs = rules.stream()
                    .filter(r -> r.vertical() && r.y1() - 1 <= y && y <= r.y2() + 1)
                    .map(PageRules.Rule::x1)
                    .sorted()
                    .toList();
            List<Double> edges = new ArrayList<>();
            for (double x : xs) {
                if (edges.isEmpty() || x - edges.get(edges.size() - 1) > 1.5) {
                    edges.add(x);
                }
            }
            return edges;
        }

        /** The horizontal rules above and below height {@code y} across the table's columns. */
        private double[] band(double y, List<Double> edges) {
            double left = edges.get(0);
            double right = edges.get(edges.size() - 1);
            double above = Double.NEGATIVE_INFINITY;
            double below = Double.POSITIVE_INFINITY;
            for (PageRules.Rule r : rules) {
                if (r.vertical() || r.x2() < left + 1 || r.x1() > right - 1) {
                    continue;
                }
                if (r.y1() <= y) {
                    above = Math.max(above, r.y1());
                } else {
                    below = Math.min(below, r.y1());
                }
            }
            return new double[] {above, below};
        }

        private static boolean within(double y, double[] band) {
            return y > band[0] && y < band[1];
        }

        /** One row: each column's glyphs from every line of the row, a wrapped cell's lines joined. */
        private static String cells(List<List<TextPosition>> row, List<Double> edges) {
            double left = edges.get(0);
            double right = edges.get(edges.size() - 1);
            List<Double> inner = edges.subList(1, edges.size() - 1);
            List<String> cells = null;
            for (List<TextPosition> line : row) {
                List<TextPosition> inside = line.stream()
                        .filter(g -> centre(g) > left && centre(g) < right)
                        .toList();
                List<String> parts = split(inside, inner);
                if (cells == null) {
                    cells = new ArrayList<>(parts);
                } else {
                    join(cells, parts);
                }
            }
            return String.join("\t", cells);
        }

        /** A line's text, a TAB where its glyphs leave a gap wider than {@value #CELL_GAP} average widths. */
        private static String text(List<TextPosition> glyphs) {
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
            return text.toString().strip();
        }

        /** CJK and full-width characters: they take no spaces between them. */
        private static boolean isWide(char c) {
            return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN
                    || (c >= 0x3000 && c <= 0x30FF)
                    || (c >= 0xFF00 && c <= 0xFFEF);
        }
    }
}
