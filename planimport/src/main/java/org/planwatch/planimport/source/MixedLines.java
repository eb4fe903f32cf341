package org.planwatch.planimport.source;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;
import org.apache.pdfbox.text.TextPosition;

/**
 * PDFBox's lines of a page made the lines a reader sees. In a table whose narrow cells wrap,
 * the lines of one cell stand half a line apart from those of the next, and PDFBox may give one
 * line that mixes glyphs of two printed lines ({@code 15 | 衔} with 衔 half a line above) and
 * another with the rest of both ({@code 二氧化碳… | 核}): read left to right, a cell's words come out
 * crossed (审衔核接 for 审核衔接). Such a line is cut at its baselines, and each part joined with
 * the parts and lines on its own baseline. Only a line inside a ruled table is cut: in a
 * borderless one, a cell centred between two lines of its row (a class beside a wrapped name)
 * tells the row's lines apart ({@link PdfReader}), and cutting it off would part them. A page
 * without mixed lines is left as PDFBox gave it; a superscript's smaller glyphs (a footnote mark)
 * belong to the line they stand in and mix nothing.
 */
final class MixedLines {
    /** Baselines further apart than this share of the font size are two printed lines. */
    private static final double APART = 0.5;
    /** A glyph smaller than this share of its line's largest is a mark (superscript), not a line of its own. */
    private static final double MARK = 0.8;

    private MixedLines() {}

    /** A line's glyphs, left to right, at its baseline, and whether it was cut from a mixed line. */
    private record Line(List<TextPosition> glyphs, double baseline, double size, boolean cut) {}

    /**
     * The page's lines, each its glyphs left to right, in the order PDFBox gave them unless some mixed two.
     *
     * @param ruled whether a line stands in a ruled table, where it may be cut
     */
    static List<List<TextPosition>> of(List<List<TextPosition>> lines, Predicate<List<TextPosition>> ruled) {
        List<Line> parts = new ArrayList<>();
        boolean mixed = false;
        for (List<TextPosition> line : lines) {
            List<Line> cut = ruled.test(line) ? cut(line) : List.of(whole(line));
            mixed |= cut.size() > 1;
            parts.addAll(cut);
        }
        if (!mixed) {
            return lines;
        }
        List<Line> sorted = new ArrayList<>(parts);
        sorted.sort(Comparator.comparingDouble(Line::baseline)); // stable: lines on one baseline keep their order
        List<Line> joined = new ArrayList<>();
        for (Line line : sorted) {
            Line last = joined.isEmpty() ? null : joined.get(joined.size() - 1);
            if (last != null
                    && (last.cut() || line.cut())
                    && Math.abs(line.baseline() - last.baseline()) <= APART * Math.max(line.size(), last.size())) {
                List<TextPosition> glyphs = new ArrayList<>(last.glyphs());
                glyphs.addAll(line.glyphs());
                joined.set(joined.size() - 1, new Line(leftToRight(glyphs), last.baseline(), last.size(), true));
            } else {
                joined.add(line);
            }
        }
        return joined.stream().map(Line::glyphs).toList();
    }

    /** A line cut at its baselines, top first; the line itself where all its full-size glyphs share one. */
    private static List<Line> cut(List<TextPosition> line) {
        double size =
                line.stream().mapToDouble(TextPosition::getFontSizeInPt).max().orElse(0);
        List<TextPosition> full = line.stream()
                .filter(g -> g.getFontSizeInPt() >= MARK * size)
                .sorted(Comparator.comparingDouble(TextPosition::getYDirAdj))
                .toList();
        List<Double> baselines = new ArrayList<>();
        for (TextPosition g : full) {
            if (baselines.isEmpty() || g.getYDirAdj() - baselines.get(baselines.size() - 1) > APART * size) {
                baselines.add((double) g.getYDirAdj());
            }
        }
        if (baselines.size() < 2) {
            return List.of(whole(line));
        }
        List<List<TextPosition>> byBaseline = new ArrayList<>();
        baselines.forEach(b -> byBaseline.add(new ArrayList<>()));
        for (TextPosition g : line) {
            int nearest = 0;
            for (int b = 1; b < baselines.size(); b++) {
                if (Math.abs(g.getYDirAdj() - baselines.get(b)) < Math.abs(g.getYDirAdj() - baselines.get(nearest))) {
                    nearest = b;
                }
            }
            byBaseline.get(nearest).add(g);
        }
        List<Line> parts = new ArrayList<>();
        for (int b = 0; b < baselines.size(); b++) {
            parts.add(new Line(leftToRight(byBaseline.get(b)), baselines.get(b), size, true));
        }
        return parts;
    }

    /** A line as PDFBox gave it, at its topmost full-size glyph's baseline. */
    private static Line whole(List<TextPosition> line) {
        double size =
                line.stream().mapToDouble(TextPosition::getFontSizeInPt).max().orElse(0);
        double baseline = line.stream()
                .filter(g -> g.getFontSizeInPt() >= MARK * size)
                .mapToDouble(TextPosition::getYDirAdj)
                .min()
                .orElse(0);
        return new Line(line, baseline, size, false);
    }

    private static List<TextPosition> leftToRight(List<TextPosition> glyphs) {
        return glyphs.stream()
                .sorted(Comparator.comparingDouble(TextPosition::getXDirAdj))
                .toList();
    }
}
