package org.planwatch.producer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.planwatch.schema.RevisionStatus;

/**
 * Reads a table with the years across, as bureaus export it (the national data portal's CSV, a
 * bureau's own sheet saved as CSV): lines before the header say what the table holds ({@code
 * 指标：地区生产总值(亿元)}, {@code 地区：江门市}, {@code 单位：亿元}); the header's first column names
 * what the rows are, items ({@code 指标}, {@code 项目}, {@code indicator}) or regions ({@code 地区},
 * {@code region}); the columns after it are years ({@code 2021年}, {@code 2021}), maybe with a
 * {@code 单位}/{@code unit} column and a region or indicator column beside them. A footnote ({@code
 * 注：}, {@code 数据来源：}) ends the table. Each figure is a reading located {@code FILE:LINE:COLUMN};
 * an empty cell, {@code …} or a dash states nothing. A name neither the mapping nor the dictionary
 * knows, text where a number belongs and a last row with no line end after it (a file cut short
 * may have cut its last figure) are refusals naming the line.
 */
final class WideCsvFeedReader implements FeedReader {
    static final String UNKNOWN_NAME = CommuniqueFeedReader.UNKNOWN_NAME;

    private static final Pattern YEAR = Pattern.compile("((?:19|20)\\d{2})\\s*年?");
    private static final Pattern PREAMBLE = Pattern.compile("^(指标|地区|单位|计量单位)\\s*[:：]\\s*(.+)$");
    private static final Pattern FOOTNOTE = Pattern.compile("^(注|资料来源|数据来源|说明|备注)\\s*[:：\\d]");
    private static final Pattern NOTHING = Pattern.compile("^(|-|--|—|－|…|……|\\.\\.\\.)$");
    private static final List<String> ITEM_HEADS = List.of("指标", "项目", "indicator", "item");
    private static final List<String> REGION_HEADS = List.of("地区", "区域", "region", "area");
    private static final List<String> OWN_HEADS = List.of("year", "value");
    private static final List<String> UNIT_HEADS = List.of("单位", "计量单位", "unit");

    private final TableItems names;

    WideCsvFeedReader(TableItems names) {
        this.names = names;
    }

    /** Whether {@code text} is a table with years across: a header whose columns after the first are years. */
    static boolean looksWide(String text) {
        for (List<String> cells : text.lines()
                .limit(20)
                .map(WideCsvFeedReader::cells)
                .filter(java.util.Objects::nonNull)
                .toList()) {
            if (cells.stream().map(c -> c.strip().toLowerCase(Locale.ROOT)).anyMatch(OWN_HEADS::contains)) {
                return false; // PlanWatch's own layout: a year column, not years across
            }
            if (isHeader(cells)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isHeader(List<String> cells) {
        if (cells.size() < 2 || cells.stream().anyMatch(c -> c.strip().equalsIgnoreCase("year"))) {
            return false;
        }
        return cells.subList(1, cells.size()).stream()
                .anyMatch(c -> YEAR.matcher(c.strip()).matches());
    }

    @Override
    public FeedBatch read(String text, String name, FeedMapping mapping) {
        List<RawReading> readings = new ArrayList<>();
        List<Rejection> rejections = new ArrayList<>();
        List<String> lines = text.lines().toList();
        Map<String, String> preamble = new LinkedHashMap<>();
        Header header = null;
        String parent = null;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).replace("\uFEFF", "");
            String at = name + ":" + (i + 1);
            if (line.isBlank() || line.startsWith("#") && header == null) {
                continue;
            }
            List<String> cells = cells(line);
            if (cells == null) {
                rejections.add(new Rejection(at, Rejection.UNREADABLE, "a quote opened and not closed", line));
                continue;
            }
            if (header == null) {
                Matcher said = PREAMBLE.matcher(line.replace(",", " ").strip());
                if (said.matches()) {
                    preamble.put(
                            said.group(1).replace("计量单位", "单位"), said.group(2).strip());
                } else if (isHeader(cells)) {
                    header = new Header(cells);
                }
                continue;
            }
            if (FOOTNOTE.matcher(cells.get(0).strip()).find()) {
                break;
            }
            if (cells.stream().allMatch(String::isBlank)) {
                continue; // a spacer line of commas
            }
            boolean last = i == lines.size() - 1 && !text.endsWith("\n") && !text.endsWith("\r");
            if (last) {
                // a row the file ends inside may have lost the end of its last figure (2.9 read as 2)
                rejections.add(new Rejection(
                        at,
                        Rejection.UNREADABLE,
                        cells.size() < header.width
                                ? HeaderWidth.cutShort(cells.size(), header.width)
                                : "the file ends inside this row, with no line end: it may be cut short, not read",
                        line));
                continue;
            }
            parent = row(header, preamble, cells, parent, name, i + 1, line, mapping, readings, rejections);
        }
        if (header == null) {
            rejections.add(new Rejection(
                    name + ":1",
                    "no header row with years across (such as 指标,2022年,2021年)" + HeaderWidth.unread(lines)));
        }
        return new FeedBatch(name, FeedFormat.WIDE_CSV, readings, rejections);
    }

    /** One row's figures; the item it names, for the sub-items under it. */
    private String row(
            Header header,
            Map<String, String> preamble,
            List<String> cells,
            String parent,
            String file,
            int lineNumber,
            String line,
            FeedMapping mapping,
            List<RawReading> readings,
            List<Rejection> rejections) {
        String at = file + ":" + lineNumber;
        TableItems.Label label = TableItems.Label.of(cells.get(0));
        String unit = header.cell(cells, header.unit)
                .or(() -> Optional.ofNullable(preamble.get("单位")))
                .orElse(null);
        Optional<String> indicator;
        Optional<String> region;
        String item;
        if (header.regionsDown) {
            TableItems.Label stated = TableItems.Label.of(header.cell(cells, header.other)
                            .or(() -> Optional.ofNullable(preamble.get("指标")))
                            .or(() -> mapping.constant("indicator"))
                            .orElse(""))
                    .withoutUnit();
            item = stated.name();
            unit = unit != null ? unit : stated.unit();
            indicator = item.isEmpty() ? Optional.empty() : names.indicator(null, item);
            region = names.region(label.name());
            if (region.isEmpty()) {
                rejections.add(new Rejection(
                        at,
                        UNKNOWN_NAME,
                        "region '" + label.name() + "' is neither in the mapping nor a region name known",
                        line));
                return parent;
            }
        } else {
            Optional<String> area = header.cell(cells, header.other)
                    .or(() -> Optional.ofNullable(preamble.get("地区")))
                    .or(() -> mapping.constant("area"));
            if (area.isEmpty()) {
                rejections.add(new Rejection(
                        at, "no region: give a 地区 column, a 地区： line above the header or the mapping's constant area"));
                return parent;
            }
            region = names.region(area.get()).or(() -> area);
            Optional<String> whole = names.indicator(label.sub() ? parent : null, label.name());
            TableItems.Label bare = label.withoutUnit();
            item = whole.isPresent() ? label.name() : bare.name();
            indicator = whole.isPresent() ? whole : names.indicator(label.sub() ? parent : null, bare.name());
            unit = label.unitOr(header.cell(cells, header.unit).orElse(preamble.get("单位")));
            if (!label.sub()) {
                parent = item;
            }
        }
        if (indicator.isEmpty()) {
            rejections.add(new Rejection(
                    at,
                    UNKNOWN_NAME,
                    "'" + (item.isEmpty() ? "(no indicator named)" : item)
                            + "' is neither in the mapping nor a name the indicator dictionary knows",
                    line));
            return parent;
        }
        for (Map.Entry<Integer, Integer> year : header.years.entrySet()) {
            int c = year.getKey();
            String value = c < cells.size() ? cells.get(c).strip().replace(",", "") : "";
            if (NOTHING.matcher(value).matches()) {
                continue;
            }
            String where = at + ":" + (c + 1);
            try {
                readings.add(new RawReading(
                        region.get(),
                        indicator.get(),
                        year.getValue(),
                        OwnLayout.number(value, item + " " + year.getValue()),
                        unit,
                        0,
                        0,
                        RevisionStatus.FINAL,
                        where,
                        line,
                        OwnLayout.decimals(value)));
            } catch (IllegalArgumentException e) {
                rejections.add(new Rejection(where, Rejection.UNREADABLE, e.getMessage(), line));
            }
        }
        return parent;
    }

    /** The header: which columns are years, which the unit, which the region or indicator beside the label. */
    private static final class Header {
        final Map<Integer, Integer> years = new LinkedHashMap<>();
        final boolean regionsDown;
        final int width;
        int unit = -1;
        int other = -1;

        Header(List<String> cells) {
            width = cells.size();
            regionsDown = REGION_HEADS.contains(cells.get(0).strip().toLowerCase(Locale.ROOT));
            for (int c = 1; c < cells.size(); c++) {
                String head = cells.get(c).strip().toLowerCase(Locale.ROOT);
                Matcher year = YEAR.matcher(head);
                if (year.matches()) {
                    years.put(c, Integer.parseInt(year.group(1)));
                } else if (UNIT_HEADS.contains(head)) {
                    unit = c;
                } else if ((regionsDown ? ITEM_HEADS : REGION_HEADS).contains(head)) {
                    other = c;
                }
            }
        }

        Optional<String> cell(List<String> cells, int c) {
            return c < 0 || c >= cells.size() || cells.get(c).isBlank()
                    ? Optional.empty()
                    : Optional.of(cells.get(c).strip());
        }
    }

    /** A CSV line's cells, quotes honoured ({@code "1,234.5"}); null when a quote is left open. */
    static List<String> cells(String line) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char ch = line.charAt(i);
            if (quoted && ch == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                cell.append('"');
                i++;
            } else if (ch == '"') {
                quoted = !quoted;
            } else if (ch == ',' && !quoted) {
                cells.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(ch);
            }
        }
        if (quoted) {
            return null;
        }
        cells.add(cell.toString());
        return cells;
    }
}
