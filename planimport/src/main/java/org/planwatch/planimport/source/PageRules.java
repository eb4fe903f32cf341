package org.planwatch.planimport.source;

import java.awt.geom.Point2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;

/**
 * The ruling lines a page draws, as a table's cell borders are drawn: vertical ones part a line's
 * text into cells where the gaps between words are too narrow to tell (a word processor's table with
 * tight columns), horizontal ones bound its rows, so that a cell wrapped over two lines is one.
 * Coordinates are the text's: x from the left, y from the top of the page.
 */
final class PageRules extends PDFGraphicsStreamEngine {
    /** Thinner than this, a filled rectangle is a rule, not a shaded cell. */
    private static final double THIN = 2.0;
    /** Shorter than this, a stroke is a mark, not a rule. */
    private static final double SHORTEST = 6.0;

    /** A rule: vertical where {@code x1 == x2}, else horizontal. */
    record Rule(double x1, double y1, double x2, double y2) {
        boolean vertical() {
            return Math.abs(x1 - x2) < 1e-6;
        }
    }

    private final double height;
    private final List<Rule> rules = new ArrayList<>();
    private final List<double[]> segments = new ArrayList<>();
    private Point2D current;

    private PageRules(PDPage page) {
        super(page);
        this.height = page.getCropBox().getHeight() + page.getCropBox().getLowerLeftY();
    }

    /** The rules {@code page} draws. */
    static List<Rule> of(PDPage page) throws IOException {
        PageRules engine = new PageRules(page);
        engine.processPage(page);
        return engine.rules;
    }

    @Override
    public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
        segment(p0, p1);
        segment(p1, p2);
        segment(p2, p3);
        segment(p3, p0);
        double minX = Math.min(Math.min(p0.getX(), p1.getX()), Math.min(p2.getX(), p3.getX()));
        double maxX = Math.max(Math.max(p0.getX(), p1.getX()), Math.max(p2.getX(), p3.getX()));
        double minY = Math.min(Math.min(p0.getY(), p1.getY()), Math.min(p2.getY(), p3.getY()));
        double maxY = Math.max(Math.max(p0.getY(), p1.getY()), Math.max(p2.getY(), p3.getY()));
        // a rule drawn as a thin filled rectangle
        if (maxX - minX < THIN && maxY - minY >= SHORTEST) {
            segments.add(new double[] {(minX + maxX) / 2, minY, (minX + maxX) / 2, maxY});
        } else if (maxY - minY < THIN && maxX - minX >= SHORTEST) {
            segments.add(new double[] {minX, (minY + maxY) / 2, maxX, (minY + maxY) / 2});
        }
    }

    @Override
    public void moveTo(float x, float y) {
        current = new Point2D.Float(x, y);
    }

    @Override
    public void lineTo(float x, float y) {
        Point2D next = new Point2D.Float(x, y);
        if (current != null) {
            segment(current, next);
        }
        current = next;
    }

    private void segment(Point2D a, Point2D b) {
        segments.add(new double[] {a.getX(), a.getY(), b.getX(), b.getY()});
    }

    @Override
    public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
        current = new Point2D.Float(x3, y3);
    }

    @Override
    public Point2D getCurrentPoint() {
        return current;
    }

    @Override
    public void closePath() {}

    @Override
    public void endPath() {
        segments.clear();
    }

    @Override
    public void strokePath() {
        keep();
    }

    @Override
    public void fillPath(int windingRule) {
        keep();
    }

    @Override
    public void fillAndStrokePath(int windingRule) {
        keep();
    }

    @Override
    public void clip(int windingRule) {}

    @Override
    public void drawImage(PDImage pdImage) {}

    @Override
    public void shadingFill(COSName shadingName) {}

    /** The axis-aligned segments of the path just painted, long enough to be rules, in the text's coordinates. */
    private void keep() {
        for (double[] s : segments) {
            boolean vertical = Math.abs(s[0] - s[2]) < 0.5 && Math.abs(s[1] - s[3]) >= SHORTEST;
            boolean horizontal = Math.abs(s[1] - s[3]) < 0.5 && Math.abs(s[0] - s[2]) >= SHORTEST;
            if (vertical) {
                double x = (s[0] + s[2]) / 2;
                rules.add(new Rule(x, height - Math.max(s[1], s[3]), x, height - Math.min(s[1], s[3])));
            } else if (horizontal) {
                double y = height - (s[1] + s[3]) / 2;
                rules.add(new Rule(Math.min(s[0], s[2]), y, Math.max(s[0], s[2]), y));
            }
        }
        segments.clear();
    }
}
