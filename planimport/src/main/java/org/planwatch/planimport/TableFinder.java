package org.planwatch.planimport;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * Finds the indicator tables in a plan document's text, by their headers: a row naming an
 * indicator column (指标, 主要指标, 指标名称, 指标项, 具体指标) or a per-region breakdown (地区 and indicators across). A table
 * runs on through tab-separated lines, blank lines and its header repeated at page breaks, and
 * ends at the first line of running text. Main indicators printed as a numbered list, one per
 * line, come as tables too ({@link ListTableFinder}).
 */
public final class TableFinder {
    /**
     * Cells of a header's second row: years (2030 年目标值, 2025年(基期), 2030年(%)), growth, the
     * cumulative mark (年均［累计］), 十五五末.
     */
    private static final Pattern SUB_HEADER = Pattern.compile("\\d{4}年?(目标值?|现状值?|基期值?)?([(（][^()（）]{1,8}[)）])?"
            + "|(五年)?(年均)?增长(\\[?累计]?)?|\\[?累计]?|[“”\"]?十[三四五六]五[“”\"]?末"
            // 年均［累计］, 年均/累计, 年均【累计】: the growth column under a merged target heading
            + "|年均[/／]?[\\[［〔【(（]?累计[\\]］〕】)）]?|年均");

    private TableFinder() {}

    public static List<PlanTable> find(Path file) throws IOException {
        return find(file.getFileName().toString(), Files.readAllLines(file, StandardCharsets.UTF_8));
    }

    public static List<PlanTable> find(String file, List<String> lines) {
        return find(file, lines, problem -> {
            throw problem;
        });
    }

    /**
     * As above, a table whose header cannot be read told to {@code problems} and left out, so that
     * the document's other tables are still read.
     */
    public static List<PlanTable> find(String file, List<String> lines, Consumer<PlanTextException> problems) {
        List<PlanTable> tables = new ArrayList<>();
        int i = 0;
        while (i < lines.size()) {
            if (!isHeader(lines.get(i))) {
                i++;
                continue;
            }
            List<TableLine> header = new ArrayList<>(List.of(line(lines, i)));
            int j = skipSubHeader(lines, i + 1, header);
            List<Column> columns;
            try {
                columns = HeaderReader.read(file, header);
            } catch (PlanTextException e) {
                problems.accept(e);
                i = j;
                continue;
            }
            List<TableLine> rows = new ArrayList<>();
            while (j < lines.size()) {
                String text = lines.get(j);
                if (text.isBlank()) {
                    j++;
                } else if (!text.contains("\t")) {
                    break;
                } else if (isHeader(text)) {
                    if (!sameHeader(text, lines.get(i))) {
                        break; // another table right behind this one
                    }
                    j = skipSubHeader(lines, j + 1, new ArrayList<>());
                } else {
                    rows.add(line(lines, j));
                    j++;
                }
            }
            int titleLine = titleAbove(lines, i);
            String title = titleLine < 0 ? "" : lines.get(titleLine).strip();
            tables.add(new PlanTable(file, title, titleLine + 1, i + 1, columns, rows));
            i = j;
        }
        // main indicators printed as a numbered list: read as tables of their own
        tables.addAll(ListTableFinder.find(file, lines));
        tables.sort(java.util.Comparator.comparingInt(PlanTable::headerLine));
        return tables;
    }

    static boolean isHeader(String text) {
        if (!text.contains("\t")) {
            return false;
        }
        List<String> cells = normalized(text);
        if (HeaderReader.nameColumn(cells) >= 0) {
            return true;
        }
        // a breakdown: 地区, then indicator names across
        return cells.get(0).equals("地区")
                && cells.stream().skip(1).filter(c -> !c.isEmpty()).count() >= 2
                && cells.stream().skip(1).filter(c -> !c.isEmpty()).noneMatch(c -> c.matches("[\\d.]+"));
    }

    /** Adds the header's further rows (years, growth), which may follow a blank line; returns the next line. */
    private static int skipSubHeader(List<String> lines, int from, List<TableLine> header) {
        int j = from;
        int next = from;
        while (j < lines.size()) {
            String text = lines.get(j);
            if (text.isBlank()) {
                j++;
                continue;
            }
            if (!isSubHeader(text)) {
                break;
            }
            header.add(line(lines, j));
            j++;
            next = j;
        }
        return next;
    }

    private static boolean isSubHeader(String text) {
        if (!text.contains("\t")) {
            return false;
        }
        List<String> cells = normalized(text);
        List<String> filled = cells.stream().filter(c -> !c.isEmpty()).toList();
        return cells.get(0).isEmpty()
                && !filled.isEmpty()
                && filled.stream().allMatch(c -> SUB_HEADER.matcher(c).matches());
    }

    private static boolean sameHeader(String a, String b) {
        List<String> x =
                normalized(a).stream().filter(c -> !c.isEmpty()).limit(2).toList();
        List<String> y =
                normalized(b).stream().filter(c -> !c.isEmpty()).limit(2).toList();
        return x.equals(y);
    }

    /** The nearest line of running text within a few lines above the header. */
    private static int titleAbove(List<String> lines, int header) {
        for (int k = header - 1; k >= Math.max(0, header - 4); k--) {
            // a title may carry the tabs of the table's width behind it: one filled cell is text
            List<String> cells =
                    normalized(lines.get(k)).stream().filter(c -> !c.isEmpty()).toList();
            if (cells.size() > 1) {
                return -1;
            }
            if (cells.size() == 1) {
                return k;
            }
        }
        return -1;
    }

    private static TableLine line(List<String> lines, int index) {
        return new TableLine(index + 1, Arrays.asList(lines.get(index).split("\t", -1)));
    }

    private static List<String> normalized(String text) {
        return Arrays.stream(text.split("\t", -1)).map(HeaderReader::normalize).toList();
    }
}
