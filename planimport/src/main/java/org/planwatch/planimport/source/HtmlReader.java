package org.planwatch.planimport.source;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * A web page's bytes in, the importer's lines out: each {@code <table>} a TAB-separated line per
 * row with a blank line before and after, its spans laid out as a full grid (a merged cell's text
 * in its first row and column, the cells it covers empty, as PDF text has them); each text block
 * (paragraph, heading, list item, a div's own text) a line; preformatted text its own lines, a
 * table aligned in it by spaces read as plain text's are; scripts, styles and navigation left
 * out. A table that only lays the page out (one column, or tables inside its cells) is read as
 * the blocks it holds. The encoding: a byte-order mark, else the page's {@code <meta charset>},
 * else as {@link TextDecoder} guesses.
 */
final class HtmlReader {
    private static final Pattern META_CHARSET =
            Pattern.compile("(?i)<meta[^>]*?charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9_.:-]+)");
    private static final Set<String> SKIPPED =
            Set.of("script", "style", "nav", "noscript", "template", "svg", "head", "iframe", "object", "select");
    private static final Set<String> BLOCKS = Set.of(
            "p",
            "div",
            "h1",
            "h2",
            "h3",
            "h4",
            "h5",
            "h6",
            "li",
            "ul",
            "ol",
            "dl",
            "dt",
            "dd",
            "section",
            "article",
            "header",
            "footer",
            "main",
            "aside",
            "blockquote",
            "pre",
            "figure",
            "figcaption",
            "center",
            "form",
            "fieldset",
            "address",
            "hr",
            "body",
            "caption",
            "tr",
            "td",
            "th",
            "thead",
            "tbody",
            "tfoot");
    /** Lines of text in one text node that make it a text copy, not a paragraph wrapped in the page's source. */
    private static final int TEXT_COPY_LINES = 20;
    /** Spans beyond this are a page's mistake, not a table's layout. */
    private static final int LARGEST_SPAN = 100;

    private final LineSheet sheet = new LineSheet();
    private final StringBuilder paragraph = new StringBuilder();

    private HtmlReader() {}

    static TextDecoder.Decoded decode(byte[] bytes) {
        return metaCharset(bytes).map(c -> TextDecoder.decode(bytes, c)).orElseGet(() -> TextDecoder.decode(bytes));
    }

    static List<String> lines(String html) {
        HtmlReader reader = new HtmlReader();
        reader.block(Jsoup.parse(html).body());
        reader.flush();
        return reader.sheet.lines();
    }

    /** The charset a {@code <meta>} in the first few KiB names; GB2312 and GBK read as their superset GB18030. */
    static Optional<Charset> metaCharset(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, 8192), StandardCharsets.ISO_8859_1);
        Matcher m = META_CHARSET.matcher(head);
        if (!m.find()) {
            return Optional.empty();
        }
        String name = m.group(1).toLowerCase(Locale.ROOT);
        if (name.equals("gb2312") || name.equals("gbk") || name.equals("x-gbk") || name.equals("gb18030")) {
            return Optional.of(TextDecoder.GB18030);
        }
        if (name.startsWith("utf-16")) {
            return Optional.of(StandardCharsets.UTF_8); // as browsers do: a page that can say so in ASCII is not UTF-16
        }
        try {
            return Optional.of(Charset.forName(name));
        } catch (IllegalArgumentException unknown) {
            return Optional.empty();
        }
    }

    private void block(Element element) {
        flush();
        for (Node child : element.childNodes()) {
            node(child);
        }
        flush();
    }

    private void node(Node node) {
        if (node instanceof TextNode text) {
            String whole = text.getWholeText();
            if (isTextCopy(whole)) {
                textLines(whole);
            } else {
                paragraph.append(whole);
            }
        } else if (node instanceof Element e) {
            String tag = e.normalName();
            if (SKIPPED.contains(tag)) {
                return;
            }
            if (tag.equals("br")) {
                flush();
            } else if (tag.equals("table")) {
                table(e);
            } else if (tag.equals("pre")) {
                preformatted(e);
            } else if (BLOCKS.contains(tag)) {
                block(e);
            } else {
                for (Node child : e.childNodes()) {
                    node(child);
                }
            }
        }
    }

    /** Preformatted text keeps its lines; a table aligned in it by spaces or pipes becomes tab rows. */
    private void preformatted(Element pre) {
        textLines(pre.wholeText());
    }

    private void textLines(String text) {
        flush();
        sheet.blank();
        AlignedTables.rows(TextLines.split(text)).forEach(sheet::add);
        sheet.blank();
    }

    /**
     * A document's text put into a page as it was, its line breaks its structure (a table one cell
     * per line): a browser shows it as one run, so only a run of many lines is taken for one. A
     * paragraph wrapped in the page's source is a few lines at most.
     */
    private static boolean isTextCopy(String text) {
        return text.lines().filter(l -> !l.isBlank()).limit(TEXT_COPY_LINES).count() == TEXT_COPY_LINES;
    }

    private void flush() {
        String text = LineSheet.cell(paragraph.toString());
        paragraph.setLength(0);
        if (!text.isEmpty()) {
            sheet.add(text);
            sheet.blank();
        }
    }

    private void table(Element table) {
        List<Element> rows = rows(table);
        List<List<String>> grid = grid(rows);
        int width = grid.stream().mapToInt(List::size).max().orElse(0);
        boolean layout =
                width <= 1 || rows.stream().anyMatch(r -> !r.select("table").isEmpty());
        if (layout) {
            block(table);
            return;
        }
        flush();
        sheet.blank();
        for (Element caption : table.children()) {
            if (caption.normalName().equals("caption")) {
                sheet.add(LineSheet.cell(caption.text()));
            }
        }
        for (List<String> row : grid) {
            List<String> cells = new ArrayList<>(row);
            while (cells.size() < width) {
                cells.add("");
            }
            sheet.row(cells);
        }
        sheet.blank();
    }

    /** The table's own rows, not those of tables nested in its cells. */
    private static List<Element> rows(Element table) {
        List<Element> rows = new ArrayList<>();
        for (Element child : table.children()) {
            String tag = child.normalName();
            if (tag.equals("tr")) {
                rows.add(child);
            } else if (tag.equals("thead") || tag.equals("tbody") || tag.equals("tfoot")) {
                child.children().stream()
                        .filter(r -> r.normalName().equals("tr"))
                        .forEach(rows::add);
            }
        }
        return rows;
    }

    /** Rows and spans laid out as a grid: a spanning cell's text at its top left, empty strings where it reaches. */
    private static List<List<String>> grid(List<Element> rows) {
        List<List<String>> grid = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            while (grid.size() <= r) {
                grid.add(new ArrayList<>());
            }
            int col = 0;
            for (Element cell : rows.get(r).children()) {
                if (!cell.normalName().equals("td") && !cell.normalName().equals("th")) {
                    continue;
                }
                while (col < grid.get(r).size() && grid.get(r).get(col) != null) {
                    col++;
                }
                int rowspan = Math.min(span(cell, "rowspan"), rows.size() - r);
                int colspan = span(cell, "colspan");
                for (int i = 0; i < rowspan; i++) {
                    while (grid.size() <= r + i) {
                        grid.add(new ArrayList<>());
                    }
                    List<String> row = grid.get(r + i);
                    for (int j = 0; j < colspan; j++) {
                        while (row.size() <= col + j) {
                            row.add(null);
                        }
                        row.set(col + j, i == 0 && j == 0 ? LineSheet.cell(cell.text()) : "");
                    }
                }
                col += colspan;
            }
        }
        for (List<String> row : grid) {
            row.replaceAll(c -> c == null ? "" : c);
        }
        return grid;
    }

    private static int span(Element cell, String attribute) {
        try {
            int n = Integer.parseInt(cell.attr(attribute).strip());
            return n < 1 ? 1 : Math.min(n, LARGEST_SPAN);
        } catch (NumberFormatException absent) {
            return 1;
        }
    }
}
