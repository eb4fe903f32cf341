package org.planwatch.planimport.source;

import java.util.ArrayList;
import java.util.List;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableHead;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.Text;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/**
 * Markdown text in, the importer's lines out: each GFM table row a TAB-separated line, each
 * heading and paragraph line its text without the markup. Every line is put at the line it came
 * from (commonmark's source spans), blank lines in between, so output line N is the file's line
 * N and a target cites the line a user sees in the editor.
 */
final class MarkdownReader {
    private static final Parser PARSER = Parser.builder()
            .extensions(List.of(TablesExtension.create()))
            .includeSourceSpans(IncludeSourceSpans.BLOCKS)
            .build();

    private MarkdownReader() {}

    static List<String> lines(String text) {
        LineSheet sheet = new LineSheet();
        visitBlocks(PARSER.parse(text), sheet);
        return sheet.lines();
    }

    private static void visitBlocks(Node parent, LineSheet sheet) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof TableBlock table) {
                table(table, sheet);
            } else if (n instanceof Paragraph || n instanceof Heading) {
                inlineLines(n, sheet);
            } else if (n instanceof FencedCodeBlock code) {
                literalLines(code.getLiteral(), firstLine(n) < 0 ? -1 : firstLine(n) + 1, sheet);
            } else if (n instanceof IndentedCodeBlock code) {
                literalLines(code.getLiteral(), firstLine(n), sheet);
            } else if (n instanceof HtmlBlock html && html.getLiteral().contains("<table")) {
                // a table markdown cannot draw (rowspan, colspan), left as HTML by the converter: its grid
                linesFrom(HtmlReader.lines(html.getLiteral()), firstLine(n), sheet);
            } else if (n instanceof HtmlBlock html) {
                literalLines(html.getLiteral().replaceAll("<[^>]*>", ""), firstLine(n), sheet);
            } else {
                visitBlocks(n, sheet); // lists, items, block quotes, the document
            }
        }
    }

    private static void table(TableBlock table, LineSheet sheet) {
        List<SourceSpan> tableSpans = table.getSourceSpans();
        int k = 0; // the row's line within the table: the delimiter row is line 1
        for (Node section = table.getFirstChild(); section != null; section = section.getNext()) {
            for (Node row = section.getFirstChild(); row != null; row = row.getNext()) {
                if (!(row instanceof TableRow)) {
                    continue;
                }
                List<String> cells = new ArrayList<>();
                for (Node cell = row.getFirstChild(); cell != null; cell = cell.getNext()) {
                    cells.add(LineSheet.cell(inlineText(cell)));
                }
                int line;
                if (!row.getSourceSpans().isEmpty()) {
                    line = row.getSourceSpans().get(0).getLineIndex();
                } else if (k < tableSpans.size()) {
                    line = tableSpans.get(k).getLineIndex();
                } else {
                    line = -1;
                }
                sheet.put(line, String.join("\t", cells));
                k += section instanceof TableHead ? 2 : 1;
            }
        }
    }

    /** A paragraph or heading: one output line per source line, split at its soft line breaks. */
    private static void inlineLines(Node block, LineSheet sheet) {
        List<StringBuilder> parts = new ArrayList<>(List.of(new StringBuilder()));
        collect(block, parts);
        int line = firstLine(block);
        for (StringBuilder part : parts) {
            sheet.put(line, part.toString().strip());
            line = line < 0 ? line : line + 1;
        }
    }

    private static void collect(Node parent, List<StringBuilder> parts) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof Text t) {
                parts.get(parts.size() - 1).append(t.getLiteral());
            } else if (n instanceof Code c) {
                parts.get(parts.size() - 1).append(c.getLiteral());
            } else if (n instanceof SoftLineBreak || n instanceof HardLineBreak) {
                parts.add(new StringBuilder());
            } else if (!(n instanceof HtmlInline)) {
                collect(n, parts);
            }
        }
    }

    private static String inlineText(Node parent) {
        List<StringBuilder> parts = new ArrayList<>(List.of(new StringBuilder()));
        collect(parent, parts);
        return String.join(" ", parts);
    }

    private static void literalLines(String literal, int from, LineSheet sheet) {
        linesFrom(TextLines.split(literal), from, sheet);
    }

    private static void linesFrom(List<String> lines, int from, LineSheet sheet) {
        int line = from;
        for (String l : lines) {
            sheet.put(line, l);
            line = line < 0 ? line : line + 1;
        }
    }

    private static int firstLine(Node n) {
        List<SourceSpan> spans = n.getSourceSpans();
        return spans.isEmpty() ? -1 : spans.get(0).getLineIndex();
    }
}
