package org.planwatch.producer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.planwatch.domain.Indicator;
import org.planwatch.domain.IndicatorDictionary;
import org.planwatch.schema.RevisionStatus;

/**
 * Reads the yearly statistical communiqué (统计公报) as a bureau publishes it, as text or as an HTML
 * page, for one region (the mapping's {@code constant area}) and the year its title names ({@code
 * 2023年江门市国民经济和社会发展统计公报}). From its sentences: a figure is a name followed by a number
 * and a unit, and maybe its change on the year after it: {@code 全年全市地区生产总值4143.25亿元，比上年增长3.7%}
 * gives the level of {@code gdp} and the growth of its growth indicator ({@code gdp_growth}); {@code
 * 下降} makes the change negative. From its tables ({@code <tr>} rows of a page, tab-separated lines
 * of a text): the header says which column holds the figure ({@code 绝对数}, {@code 年末数}), which its
 * unit ({@code 单位}, or a unit in brackets in the head) and which its growth ({@code 比上年增长(%)}).
 * A name is matched in the mapping's own entries first ({@code indicator 国内生产总值 gdp}), then in
 * the indicator dictionary (its longest ending the dictionary knows, after 全年, 全市, 年末 and the
 * like); a figure whose name neither knows is refused, naming it, so that nothing stated is lost
 * silently; a change stated as an amount ({@code 比上年末增加1.81万人}) is a difference, not a figure
 * of its own, and is left to its figure. Only what the text states is read, never a figure computed
 * from others. Each reading cites its line, and its row is the sentence or the table row, marked
 * {@code text:} as extracted from prose.
 */
final class CommuniqueFeedReader implements FeedReader {
    static final String UNKNOWN_NAME = "unknown-name";
    private static final String PREVIOUS_YEAR_100 = "上年=100";

    private static final Pattern TITLE = Pattern.compile("((?:19|20)\\d{2})年[^\\n。]{0,40}统计公报");
    private static final String UNITS = "万亿元|亿元|万元/人|元/人|万元|元|万人次|万人|人|万吨|吨|万户|户|个|家|所|张|平方米|公里|千米|岁|‰|%";
    private static final Pattern FIGURE =
            Pattern.compile("(?<name>[\\p{IsHan}（）()A-Za-z]{2,40}?)(?:达到|达|为|实现|完成|共|)(?<value>-?\\d+(?:\\.\\d+)?)"
                    + "(?<unit>" + UNITS + ")"
                    + "(?:[，,](?:按(?:不变|可比)价格计算[，,])?(?:比上年|同比)?(?<direction>增长|下降|上涨|减少|提高)"
                    + "(?<change>\\d+(?:\\.\\d+)?)(?:%|个百分点))?");
    private static final Pattern PREFIX = Pattern.compile("^((全年|年末|年底|全市|全省|全区|全县|全国|其中|实现|完成|共有|共)[:：]?)+");
    /**
     * What may stand before a name the dictionary knows without changing what it measures: the
     * year or place it covers ({@code 全市}, the {@code 年} of {@code 2024年}), not a qualifier
     * such as {@code 城镇} in {@code 城镇常住人口}, which names another figure.
     */
    private static final Pattern SCOPE =
            Pattern.compile("(据?初步核算|全年|年末|年底|年|全市|全省|全区|全县|全州|全盟|全国|本市|全体|全社会|其中|实现|完成|共有|共)*");
    /** A name ending in another name in brackets: {@code 占总人口比重(常住人口城镇化率)}. */
    private static final Pattern BRACKETED_NAME = Pattern.compile("[(（]([\\p{IsHan}]{2,20})[)）]$");
    /**
     * A figure stated only as its change on the year, a clause of its own: {@code
     * 规模以上工业增加值比上年增长5.1%}, {@code 居民消费价格比上年下降0.7%}.
     */
    private static final Pattern CHANGE_ONLY = Pattern.compile("(?<name>[\\p{IsHan}（）()]{2,40}?)(?:比上年|较上年|同比)"
            + "(?<direction>增长|下降|上涨|减少|提高)(?<change>\\d+(?:\\.\\d+)?)%");
    /** Footnote marks after a name: {@code 地区生产总值[2]}, {@code ［注1］}, {@code ①}. */
    private static final Pattern FOOTNOTE = Pattern.compile("[\\[［]注?\\d{1,2}[\\]］]|[\u2460-\u2473]");

    private static final Pattern CHANGE = Pattern.compile("比上年|较上年|同比|^(增加|减少|增长|下降|净增)");
    private static final Pattern TAG = Pattern.compile("<[^>]*>");
    private static final Pattern ROW =
            Pattern.compile("<tr[^>]*>(.*?)</tr>", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern CELL =
            Pattern.compile("<t[dh][^>]*>(.*?)</t[dh]>", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern NUMBER = Pattern.compile("-?\\d+(?:\\.\\d+)?");
    private static final Pattern HEAD_UNIT = Pattern.compile("[(（]\\s*(" + UNITS + ")\\s*[)）]");
    private static final Pattern TABLE_UNIT = Pattern.compile("单位\\s*[:：]\\s*(" + UNITS + ")");

    private final IndicatorDictionary dictionary;

    CommuniqueFeedReader(IndicatorDictionary dictionary) {
        this.dictionary = dictionary;
    }

    @Override
    public FeedBatch read(String text, String name, FeedMapping mapping) {
        List<RawReading> readings = new ArrayList<>();
        List<Rejection> rejections = new ArrayList<>();
        List<String> raw = text.lines().toList();
        List<String> lines = raw.stream().map(CommuniqueFeedReader::plain).toList();
        Optional<String> area = mapping.constant("area");
        Matcher title = TITLE.matcher(String.join("\n", lines));
        if (area.isEmpty() || !title.find()) {
            rejections.add(new Rejection(
                    name + ":1",
                    area.isEmpty()
                            ? "a communiqué speaks for one region: give it in the mapping (constant area 440700)"
                            : "no title naming the year (such as 2023年…统计公报) in the text"));
            return new FeedBatch(name, FeedFormat.COMMUNIQUE, readings, rejections);
        }
        Figures figures = new Figures(area.get(), Integer.parseInt(title.group(1)), mapping, readings, rejections);
        List<List<String>> rows = tableRows(text, raw);
        Table table = null;
        for (int i = 0; i < lines.size(); i++) {
            String location = name + ":" + (i + 1);
            if (rows.get(i) != null) {
                table = table == null ? new Table(figures, unitAbove(lines, i)) : table;
                table.row(rows.get(i), location);
                continue;
            }
            if (table != null && rows.get(i) == null && !raw.get(i).isBlank() && !insideTable(raw.get(i))) {
                table = null;
            }
            if (insideTable(raw.get(i))) {
                continue; // a row's cells on lines of their own: read with the row where it starts
            }
            if (i == lines.size() - 1 && !text.endsWith("\n") && !lines.get(i).matches(".*[。！？!?>”」]$")) {
                // a text cut short may have cut a figure's number or unit (123万人次 to 123万人)
                rejections.add(new Rejection(
                        location,
                        Rejection.UNREADABLE,
                        "the text ends mid-sentence, with no line end: it may be cut short, its figures not read",
                        "text: " + lines.get(i)));
                continue;
            }
            for (String sentence : lines.get(i).split("[。；;]")) {
                figures.sentence(sentence, location);
            }
        }
        return new FeedBatch(name, FeedFormat.COMMUNIQUE, readings, rejections);
    }

    /** The unit a table's caption states ({@code 单位：万吨}) in the few lines above it. */
    private static String unitAbove(List<String> lines, int row) {
        for (int i = row - 1; i >= Math.max(0, row - 3); i--) {
            Matcher m = TABLE_UNIT.matcher(lines.get(i));
            if (m.find()) {
                return m.group(1);
            }
        }
        return null;
    }

    /** Whether the line is HTML table markup without a row of its own starting on it. */
    private static boolean insideTable(String line) {
        String l = line.strip().toLowerCase(java.util.Locale.ROOT);
        return l.startsWith("<table")
                || l.startsWith("</table")
                || l.startsWith("<td")
                || l.startsWith("<th")
                || l.startsWith("</tr")
                || l.startsWith("<tbody")
                || l.startsWith("</tbody");
    }

    /**
     * Line index → the cells of the table row that starts on it: an HTML {@code <tr>} row (its cells
     * may run over several lines), or a text line of tab-separated cells; null for any other line.
     */
    private static List<List<String>> tableRows(String text, List<String> raw) {
        List<List<String>> rows = new ArrayList<>(java.util.Collections.nCopies(raw.size(), (List<String>) null));
        Matcher row = ROW.matcher(text);
        while (row.find()) {
            int line = (int) text.substring(0, row.start()).lines().count();
            line = text.substring(0, row.start()).endsWith("\n") || line == 0 ? line : line - 1;
            List<String> cells = new ArrayList<>();
            Matcher cell = CELL.matcher(row.group(1));
            while (cell.find()) {
                cells.add(plain(cell.group(1).replace('\n', ' ')));
            }
            if (line < rows.size() && !cells.isEmpty()) {
                rows.set(line, cells);
            }
        }
        for (int i = 0; i < raw.size(); i++) {
            if (rows.get(i) == null && raw.get(i).contains("\t") && !raw.get(i).contains("<")) {
                rows.set(
                        i,
                        Arrays.stream(raw.get(i).split("\t+"))
                                .map(String::strip)
                                .toList());
            }
        }
        return rows;
    }

    /** A table of the communiqué: its head says which column holds what. */
    private static final class Table {
        private final Figures figures;
        private final String captionUnit;
        private int value = -1;
        private int unit = -1;
        private int growth = -1;
        private String headUnit;

        Table(Figures figures, String captionUnit) {
            this.figures = figures;
            this.captionUnit = captionUnit;
        }

        void row(List<String> cells, String location) {
            boolean head = cells.size() > 1
                    && cells.subList(1, cells.size()).stream()
                            .noneMatch(c -> NUMBER.matcher(c).matches());
            if (head) {
                for (int c = 1; c < cells.size(); c++) {
                    String h = cells.get(c);
                    Matcher u = HEAD_UNIT.matcher(h);
                    if (h.contains("增长") || h.contains("增速") || h.contains("比上年")) {
                        growth = c;
                    } else if (h.equals("单位") || h.equals("计量单位")) {
                        unit = c;
                    } else if (value < 0) {
                        value = c;
                        headUnit = u.find() ? u.group(1) : null;
                    }
                }
                return;
            }
            if (value < 0) {
                value = 1; // a table without a head: the figure follows the name
            }
            String stated =
                    unit >= 0 && unit < cells.size() ? cells.get(unit) : headUnit != null ? headUnit : captionUnit;
            figures.tableRow(cells, value, stated, growth, location);
        }
    }

    /** Turns what the text states into readings and refusals. */
    private final class Figures {
        private final String area;
        private final int year;
        private final FeedMapping mapping;
        private final List<RawReading> readings;
        private final List<Rejection> rejections;

        Figures(String area, int year, FeedMapping mapping, List<RawReading> readings, List<Rejection> rejections) {
            this.area = area;
            this.year = year;
            this.mapping = mapping;
            this.readings = readings;
            this.rejections = rejections;
        }

        void sentence(String sentence, String location) {
            Matcher m = FIGURE.matcher(sentence);
            while (m.find()) {
                String row = "text: " + sentence.strip();
                String stated = PREFIX.matcher(m.group("name")).replaceFirst("");
                if (CHANGE.matcher(stated).find()) {
                    continue; // a change on the year stated as an amount belongs to the figure before it
                }
                boolean percent = m.group(0).contains("%") && !m.group(0).endsWith("个百分点");
                String change = m.group("change") == null || !percent
                        ? null
                        : (m.group("direction").equals("下降")
                                                || m.group("direction").equals("减少")
                                        ? "-"
                                        : "")
                                + m.group("change");
                figure(stated, m.group("value"), m.group("unit"), change, location, row);
            }
            for (String clause : sentence.split("[，,]")) {
                Matcher c = CHANGE_ONLY.matcher(clause.strip());
                if (c.matches()) {
                    String stated = PREFIX.matcher(c.group("name")).replaceFirst("");
                    String sign = c.group("direction").equals("下降")
                                    || c.group("direction").equals("减少")
                            ? "-"
                            : "";
                    changeOnly(stated, sign + c.group("change"), location, "text: " + sentence.strip());
                }
            }
        }

        /**
         * A figure stated only as its percentage change: the reading of its growth indicator, or
         * for a price index (上年=100) the index itself, 100 plus the change, which is what the
         * index means; anything else is refused by name.
         */
        private void changeOnly(String stated, String change, String location, String row) {
            Optional<Indicator> level =
                    find(stated).or(() -> find(stated + "指数")).flatMap(dictionary::code);
            Optional<Indicator> growth = level.flatMap(dictionary::growthOf);
            if (level.isPresent() && level.get().printsIn(PREVIOUS_YEAR_100)) {
                String index = new java.math.BigDecimal("100")
                        .add(new java.math.BigDecimal(change))
                        .toPlainString();
                readings.add(reading(level.get().code(), index, PREVIOUS_YEAR_100, location, row));
            } else if (level.isPresent() && level.get().isGrowthRate()) {
                readings.add(reading(level.get().code(), change, "%", location, row));
            } else if (growth.isPresent()) {
                readings.add(reading(growth.get().code(), change, "%", location, row));
            } else {
                rejections.add(new Rejection(
                        location,
                        UNKNOWN_NAME,
                        "'" + stated + "' (" + change + "% on the year) is neither in the mapping nor a name"
                                + " the indicator dictionary knows with a growth rate",
                        row));
            }
        }

        void tableRow(List<String> cells, int value, String unit, int growth, String location) {
            String row = "text: table row " + String.join(" | ", cells);
            String stated = PREFIX.matcher(cells.get(0).replaceAll("[#＃\\s\u3000]+", ""))
                    .replaceFirst("");
            String figure = value < cells.size() ? cells.get(value).replace(",", "") : "";
            if (stated.isEmpty() || !NUMBER.matcher(figure).matches()) {
                if (!stated.isEmpty() && !figure.isBlank() && !figure.matches("[-—…]+")) {
                    rejections.add(new Rejection(
                            location, Rejection.UNREADABLE, "'" + stated + "': '" + figure + "' is not a number", row));
                }
                return;
            }
            String change = growth >= 0
                            && growth < cells.size()
                            && NUMBER.matcher(cells.get(growth)).matches()
                    ? cells.get(growth)
                    : null;
            figure(stated, figure, unit, change, location, row);
        }

        /** A stated level, and its stated change in percent if any. */
        private void figure(String stated, String value, String unit, String change, String location, String row) {
            Optional<String> level = find(stated);
            if (level.isEmpty()) {
                rejections.add(new Rejection(
                        location,
                        UNKNOWN_NAME,
                        "'" + stated + "' (" + value + (unit == null ? "" : unit)
                                + ") is neither in the mapping nor a name the indicator dictionary knows",
                        row));
                return;
            }
            readings.add(reading(level.get(), value, unit, location, row));
            if (change == null) {
                return;
            }
            Optional<String> growth =
                    dictionary.code(level.get()).flatMap(dictionary::growthOf).map(i -> i.code());
            if (growth.isPresent()) {
                readings.add(reading(growth.get(), change, "%", location, row));
            } else {
                rejections.add(new Rejection(
                        location,
                        UNKNOWN_NAME,
                        "the change of '" + stated + "' (" + change + "%) has no growth indicator in the dictionary",
                        row));
            }
        }

        /**
         * The code of the name in brackets at its end if known, else of the longest ending of {@code
         * name} after its scope ({@link #SCOPE}) that the mapping, else the dictionary, knows.
         */
        private Optional<String> find(String name) {
            Matcher bracketed = BRACKETED_NAME.matcher(name);
            if (bracketed.find()) {
                Optional<String> inner = find(bracketed.group(1));
                if (inner.isPresent()) {
                    return inner;
                }
            }
            for (int start = 0; start < name.length() - 1; start++) {
                if (!SCOPE.matcher(name.substring(0, start)).matches()) {
                    continue;
                }
                String ending = name.substring(start);
                Optional<String> mapped = mapping.map("indicator", ending).filter(code -> !code.equals(ending));
                if (mapped.isPresent()) {
                    return mapped;
                }
            }
            for (int start = 0; start < name.length() - 1; start++) {
                if (!SCOPE.matcher(name.substring(0, start)).matches()) {
                    continue;
                }
                Optional<String> found =
                        dictionary.findAsPrinted(null, name.substring(start)).map(i -> i.code());
                if (found.isPresent()) {
                    return found;
                }
            }
            return Optional.empty();
        }

        private RawReading reading(String indicator, String value, String unit, String location, String row) {
            return new RawReading(
                    area,
                    indicator,
                    year,
                    OwnLayout.number(value, "value"),
                    unit,
                    0,
                    0,
                    RevisionStatus.FINAL,
                    location,
                    row,
                    OwnLayout.decimals(value));
        }
    }

    /** A line of text, or of an HTML page without its tags and entities. */
    private static String plain(String line) {
        return FOOTNOTE.matcher(TAG.matcher(line).replaceAll(""))
                .replaceAll("")
                .replace('－', '-')
                .replace('−', '-')
                .replace("&nbsp;", " ")
                .replace("&amp;", "&")
                .strip();
    }
}
