package org.planwatch.producer;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.CellValue;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.planwatch.domain.IndicatorDictionary;
import org.planwatch.domain.RegionDictionary;
import org.planwatch.schema.RevisionStatus;

/**
 * Reads a statistical yearbook's tables as bureaus save them, {@code .xlsx} or {@code .xls}: a
 * title, a unit line ({@code 单位：亿元}), a header (cells merged over several rows or not), then
 * one row a line, footnotes ({@code 注：}, {@code 资料来源}) ending the table. Three layouts, told
 * apart by the header: items down and years across (the region is the mapping's {@code constant
 * area}, else the one the title names: {@code 江门市主要经济指标}); items down and regions across
 * (the year is the mapping's {@code constant year}, else the one the title names); regions down
 * ({@code 地区}, {@code 市别}) and years across (the indicator is the mapping's {@code constant
 * indicator}, else the title's). An item's name may carry its unit in brackets ({@code
 * 年末总人口(万人)}); a sub-item is marked {@code #} or indented and is looked up under the item
 * above it ({@link TableItems}). The mapping's {@code constant sheet} ({@code 2-1|2-3}) says which
 * sheets to read (every sheet by default), {@code constant columns} ({@code B:F}) which columns hold
 * figures (every year or region column by default). A number (typed, or what its formula computes)
 * is a reading located {@code FILE#Sheet!C7}; an empty cell or a dash states nothing; text where a
 * number belongs, a name neither the mapping nor the dictionary knows, a sheet without a header are
 * refusals naming the cell or sheet.
 */
final class SpreadsheetFeedReader implements FeedReader {
    static final String UNKNOWN_NAME = CommuniqueFeedReader.UNKNOWN_NAME;

    private static final Pattern YEAR = Pattern.compile("((?:19|20)\\d{2})\\s*年?");
    private static final Pattern YEAR_IN_TITLE = Pattern.compile("(?<!\\d)((?:19|20)\\d{2})(?!\\d)\\s*年?");
    private static final Pattern UNIT = Pattern.compile("(?:计量)?单位\\s*[:：]\\s*(\\S+)");
    private static final Pattern FOOTNOTE = Pattern.compile("^(注|资料来源|数据来源|说明|备注)");
    private static final Pattern NOTHING = Pattern.compile("^(|-|--|—|－|…|……|\\.\\.\\.)$");
    private static final Pattern TABLE_NUMBER = Pattern.compile("^[\\d\\-—－.、\\s]+");
    private static final Pattern COLUMNS = Pattern.compile("([A-Za-z]{1,3})\\s*:\\s*([A-Za-z]{1,3})");
    private static final Set<String> REGION_HEADS = Set.of("地区", "市别", "区域", "地市", "县(市、区)", "县（市、区）");

    private final IndicatorDictionary dictionary;
    private final RegionDictionary regions;
    private final DataFormatter formatter = new DataFormatter();

    SpreadsheetFeedReader(IndicatorDictionary dictionary) {
        this(dictionary, RegionDictionary.bundled());
    }

    SpreadsheetFeedReader(IndicatorDictionary dictionary, RegionDictionary regions) {
        this.dictionary = dictionary;
        this.regions = regions;
    }

    @Override
    public FeedBatch read(String text, String name, FeedMapping mapping) {
        return new FeedBatch(
                name,
                FeedFormat.SPREADSHEET,
                List.of(),
                List.of(new Rejection(name + ":1", "a spreadsheet is read from its file's bytes, not as text")));
    }

    @Override
    public FeedBatch read(byte[] bytes, String name, FeedEncoding encoding, FeedMapping mapping) {
        return read(bytes, name, mapping);
    }

    FeedBatch read(byte[] bytes, String name, FeedMapping mapping) {
        List<RawReading> readings = new ArrayList<>();
        List<Rejection> rejections = new ArrayList<>();
        int[] columns = {0, Integer.MAX_VALUE};
        Optional<String> columnsGiven = mapping.constant("columns");
        if (columnsGiven.isPresent()) {
            Matcher m = COLUMNS.matcher(columnsGiven.get().strip());
            if (!m.matches()) {
                rejections.add(new Rejection(
                        name, "the mapping's constant columns '" + columnsGiven.get() + "' is no range such as B:F"));
                return new FeedBatch(name, FeedFormat.SPREADSHEET, readings, rejections);
            }
            columns = new int[] {
                CellReference.convertColStringToIndex(m.group(1).toUpperCase(Locale.ROOT)),
                CellReference.convertColStringToIndex(m.group(2).toUpperCase(Locale.ROOT))
            };
        }
        Set<String> wanted = new LinkedHashSet<>();
        mapping.constant("sheet").ifPresent(s -> wanted.addAll(List.of(s.split("\\|"))));
        TableItems names = new TableItems(dictionary, regions, mapping);
        try (Workbook book = WorkbookFactory.create(new ByteArrayInputStream(bytes))) {
            FormulaEvaluator formulas = book.getCreationHelper().createFormulaEvaluator();
            List<String> present = new ArrayList<>();
            for (Sheet sheet : book) {
                present.add(sheet.getSheetName());
                if (wanted.isEmpty() || wanted.contains(sheet.getSheetName())) {
                    new Table(sheet, formulas, name, mapping, names, columns, readings, rejections).read();
                }
            }
            wanted.stream()
                    .filter(s -> !present.contains(s))
                    .forEach(s -> rejections.add(
                            new Rejection(name, "the mapping names sheet '" + s + "'; the workbook has " + present)));
        } catch (IOException | RuntimeException e) {
            rejections.add(new Rejection(name, "not a readable .xlsx or .xls workbook: " + e.getMessage()));
        }
        return new FeedBatch(name, FeedFormat.SPREADSHEET, readings, rejections);
    }

    /** One sheet read top to bottom. */
    private final class Table {
        private final Sheet sheet;
        private final FormulaEvaluator formulas;
        private final String name;
        private final FeedMapping mapping;
        private final TableItems names;
        private final int[] columns;
        private final List<RawReading> readings;
        private final List<Rejection> rejections;
        /** Column → the year it holds (years across) or the region it holds (regions across). */
        private final Map<Integer, Integer> years = new LinkedHashMap<>();

        private final Map<Integer, String> regionsAcross = new LinkedHashMap<>();
        private final StringBuilder title = new StringBuilder();
        /** The sheet's merged ranges, listed once: POI builds the list anew on every call. */
        private final List<CellRangeAddress> merged;

        private boolean regionsDown;
        private String unit;
        private String parent;

        Table(
                Sheet sheet,
                FormulaEvaluator formulas,
                String name,
                FeedMapping mapping,
                TableItems names,
                int[] columns,
                List<RawReading> readings,
                List<Rejection> rejections) {
            this.sheet = sheet;
            this.merged = sheet.getMergedRegions();
            this.formulas = formulas;
            this.name = name;
            this.mapping = mapping;
            this.names = names;
            this.columns = columns;
            this.readings = readings;
            this.rejections = rejections;
        }

        private String at() {
            return name + "#" + sheet.getSheetName();
        }

        void read() {
            boolean any = false;
            boolean headed = false;
            Optional<String> fixed = Optional.empty(); // the region, year or indicator the whole sheet speaks of
            for (Row row : sheet) {
                String first = text(row.getRowNum(), 0);
                if (!headed) {
                    Matcher unitLine = UNIT.matcher(joined(row));
                    boolean unitStated = unitLine.find();
                    if (unitStated) {
                        unit = unitLine.group(1);
                    }
                    headed = header(row);
                    if (!headed) {
                        if (!unitStated) {
                            title.append(joined(row).strip()).append(' ');
                        }
                        continue;
                    }
                    fixed = whole();
                    if (fixed.isEmpty()) {
                        return;
                    }
                    continue;
                }
                if (FOOTNOTE.matcher(first.strip()).find()) {
                    break;
                }
                if (first.isBlank() || continues(row.getRowNum())) {
                    continue; // the header's or an item's merged cell carried down
                }
                item(row, first, fixed.get());
                any = true;
            }
            if (!headed && sheet.getPhysicalNumberOfRows() > 0) {
                rejections.add(new Rejection(at(), "no header row with years or regions across"));
            } else if (headed && !any) {
                rejections.add(new Rejection(at(), "a header but no item rows"));
            }
        }

        /** What the layout leaves to the sheet as a whole: its region, year or indicator; empty after a refusal. */
        private Optional<String> whole() {
            String titled = title.toString().strip();
            if (regionsDown) {
                String item = TABLE_NUMBER
                        .matcher(titled)
                        .replaceFirst("")
                        .replaceAll("^(各市|各县|分地区|分市|分县|各地区|主要年份)", "")
                        .replaceAll("[(（].*$", "")
                        .strip();
                Optional<String> indicator = mapping.constant("indicator")
                        .or(() -> item.isEmpty() ? Optional.empty() : names.indicator(null, item));
                if (indicator.isEmpty()) {
                    rejections.add(new Rejection(
                            at(),
                            UNKNOWN_NAME,
                            "regions down, but the title '" + titled
                                    + "' names no indicator known: give the mapping's constant indicator",
                            titled));
                }
                return indicator;
            }
            if (!regionsAcross.isEmpty()) {
                Optional<String> year = mapping.constant("year").or(() -> {
                    Matcher m = YEAR_IN_TITLE.matcher(titled);
                    return m.find() ? Optional.of(m.group(1)) : Optional.empty();
                });
                if (year.isEmpty()) {
                    rejections.add(new Rejection(
                            at(), "regions across, but no year in the title: give the mapping's constant year"));
                }
                return year;
            }
            Optional<String> area = mapping.constant("area")
                    .or(() -> regions.mentionedIn(titled).map(r -> r.code()));
            if (area.isEmpty()) {
                rejections.add(new Rejection(
                        at(),
                        "a table of one region's items, but its title names no region: give the mapping's"
                                + " constant area (440700)"));
            }
            return area;
        }

        /** Whether the row's first cell is part of a merged cell that starts on a row above. */
        private boolean continues(int r) {
            return merged.stream().anyMatch(m -> m.isInRange(r, 0) && m.getFirstRow() < r);
        }

        /** Whether the cell is part of a merged cell that starts in a column to its left. */
        private boolean continuesAcross(int r, int c) {
            return merged.stream().anyMatch(m -> m.isInRange(r, c) && m.getFirstColumn() < c);
        }

        private boolean wantedColumn(int c) {
            return c >= columns[0] && c <= columns[1];
        }

        /** Whether the row is the header: years across, or regions across (two or more cells naming one). */
        private boolean header(Row row) {
            int r = row.getRowNum();
            Map<Integer, Integer> foundYears = new LinkedHashMap<>();
            Map<Integer, String> foundRegions = new LinkedHashMap<>();
            List<Integer> others = new ArrayList<>();
            for (int c = 1; c < row.getLastCellNum(); c++) {
                if (!wantedColumn(c) || continuesAcross(r, c)) {
                    continue; // a head merged over several columns counts once, at its first
                }
                String head = text(r, c).strip().replaceAll("[\\s\u3000]+", "");
                Matcher m = YEAR.matcher(head);
                if (m.matches()) {
                    foundYears.put(c, Integer.parseInt(m.group(1)));
                } else if (!head.isEmpty()) {
                    Optional<String> region = names.region(head);
                    if (region.isPresent()) {
                        foundRegions.put(c, region.get());
                    } else {
                        others.add(c);
                    }
                }
            }
            if (!foundYears.isEmpty()) {
                years.putAll(foundYears);
                String corner = text(r, 0).replaceAll("[\\s\u3000]+", "");
                regionsDown = REGION_HEADS.contains(corner);
                return true;
            }
            if (foundRegions.size() >= 2) {
                regionsAcross.putAll(foundRegions);
                for (int c : others) {
                    rejections.add(new Rejection(
                            at() + "!" + new CellReference(r, c).formatAsString(false),
                            UNKNOWN_NAME,
                            "column head '" + text(r, c).strip()
                                    + "' is neither in the mapping nor a region name known: its column is not read",
                            text(r, c)));
                }
                return true;
            }
            return false;
        }

        private void item(Row row, String first, String fixed) {
            TableItems.Label label = TableItems.Label.of(first);
            String where = at() + "!" + new CellReference(row.getRowNum(), 0).formatAsString(false);
            String region = null;
            String indicator;
            String rowUnit = unit;
            String item;
            if (regionsDown) {
                item = label.name();
                Optional<String> found = names.region(item);
                if (found.isEmpty()) {
                    rejections.add(new Rejection(
                            where,
                            UNKNOWN_NAME,
                            "region '" + item + "' is neither in the mapping nor a region name known",
                            first));
                    return;
                }
                region = found.get();
                indicator = fixed;
            } else {
                Optional<String> whole = names.indicator(label.sub() ? parent : null, label.name());
                TableItems.Label bare = label.withoutUnit();
                item = whole.isPresent() ? label.name() : bare.name();
                Optional<String> found =
                        whole.isPresent() ? whole : names.indicator(label.sub() ? parent : null, bare.name());
                rowUnit = label.unitOr(unit);
                if (!label.sub()) {
                    parent = item;
                }
                if (found.isEmpty()) {
                    rejections.add(new Rejection(
                            where,
                            UNKNOWN_NAME,
                            "'" + item + "' is neither in the mapping nor a name the indicator dictionary knows",
                            first));
                    return;
                }
                indicator = found.get();
            }
            boolean across = !regionsAcross.isEmpty();
            for (int c : across ? regionsAcross.keySet() : years.keySet()) {
                String at = at() + "!" + new CellReference(row.getRowNum(), c).formatAsString(false);
                String value = text(row.getRowNum(), c).strip().replace(",", "");
                if (NOTHING.matcher(value).matches()) {
                    continue;
                }
                int year = across ? Integer.parseInt(fixed) : years.get(c);
                String area = across ? regionsAcross.get(c) : regionsDown ? region : fixed;
                try {
                    readings.add(new RawReading(
                            area,
                            indicator,
                            year,
                            OwnLayout.number(value, item),
                            rowUnit,
                            0,
                            0,
                            RevisionStatus.FINAL,
                            at,
                            item + " " + (across ? area + " " : "") + year + ": " + value,
                            OwnLayout.decimals(value)));
                } catch (IllegalArgumentException e) {
                    rejections.add(new Rejection(at, Rejection.UNREADABLE, e.getMessage(), value));
                }
            }
        }

        /** A cell's text; a merged cell's is its region's first cell's; a formula's is what it computes. */
        private String text(int r, int c) {
            for (CellRangeAddress range : merged) {
                if (range.isInRange(r, c)) {
                    r = range.getFirstRow();
                    c = range.getFirstColumn();
                    break;
                }
            }
            Row row = sheet.getRow(r);
            Cell cell = row == null ? null : row.getCell(c);
            if (cell == null) {
                return "";
            }
            if (cell.getCellType() == CellType.FORMULA) {
                CellValue value;
                try {
                    value = formulas.evaluate(cell);
                } catch (RuntimeException e) {
                    // a formula this workbook alone cannot compute (another file, a function POI lacks)
                    return "formula " + cell.getCellFormula() + " cannot be computed here";
                }
                return switch (value.getCellType()) {
                    case NUMERIC -> String.valueOf(value.getNumberValue());
                    case STRING -> value.getStringValue();
                    case ERROR -> "formula " + cell.getCellFormula() + " gives an error";
                    default -> "";
                };
            }
            if (cell.getCellType() == CellType.NUMERIC) {
                double v = cell.getNumericCellValue();
                return v == Math.rint(v) && Math.abs(v) < 1e15 ? String.valueOf((long) v) : String.valueOf(v);
            }
            return formatter.formatCellValue(cell);
        }

        private String joined(Row row) {
            StringBuilder out = new StringBuilder();
            for (int c = 0; c < row.getLastCellNum(); c++) {
                out.append(text(row.getRowNum(), c)).append(' ');
            }
            return out.toString();
        }
    }
}
