package org.planwatch.producer;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
import org.planwatch.domain.Indicator;
import org.planwatch.domain.IndicatorDictionary;
import org.planwatch.schema.RevisionStatus;

/**
 * Reads a statistical yearbook's table as bureaus save it, {@code .xlsx} or {@code .xls}, every
 * sheet, for one region (the mapping's {@code constant area}): a title, a unit line ({@code
 * 单位：亿元}), a header whose cells (merged over several rows or not) name the years across, then
 * one item a row, its name in the first column; a sub-item is marked {@code #} or indented and is
 * looked up under the item above it ({@link IndicatorDictionary#find(String, String)}), then by the
 * longest ending of its name the dictionary knows. Footnotes ({@code 注：}, {@code 资料来源}) end the
 * table. A number (typed, or what its formula computes) is a reading located {@code
 * FILE#Sheet!C7}; an empty cell or a dash states nothing; text where a number belongs, an item the
 * dictionary does not know, a sheet without a year header are refusals naming the cell or sheet.
 */
final class SpreadsheetFeedReader {
    static final String UNKNOWN_NAME = CommuniqueFeedReader.UNKNOWN_NAME;

    private static final Pattern YEAR = Pattern.compile("((?:19|20)\\d{2})\\s*年?");
    private static final Pattern UNIT = Pattern.compile("(?:计量)?单位\\s*[:：]\\s*(\\S+)");
    private static final Pattern FOOTNOTE = Pattern.compile("^(注|资料来源|说明|备注)");
    private static final Pattern NOTHING = Pattern.compile("^(|-|—|－|…|……|\\.\\.\\.)$");

    private final IndicatorDictionary dictionary;
    private final DataFormatter formatter = new DataFormatter();

    SpreadsheetFeedReader(IndicatorDictionary dictionary) {
        this.dictionary = dictionary;
    }

    FeedBatch read(byte[] bytes, String name, FeedMapping mapping) {
        List<RawReading> readings = new ArrayList<>();
        List<Rejection> rejections = new ArrayList<>();
        Optional<String> area = mapping.constant("area");
        if (area.isEmpty()) {
            rejections.add(new Rejection(
                    name, "a yearbook table speaks for one region: give it in the mapping (constant area 440700)"));
            return new FeedBatch(name, FeedFormat.SPREADSHEET, readings, rejections);
        }
        try (Workbook book = WorkbookFactory.create(new ByteArrayInputStream(bytes))) {
            FormulaEvaluator formulas = book.getCreationHelper().createFormulaEvaluator();
            for (Sheet sheet : book) {
                new Table(sheet, formulas, name, area.get(), readings, rejections).read();
            }
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
        private final String area;
        private final List<RawReading> readings;
        private final List<Rejection> rejections;
        private final Map<Integer, Integer> years = new LinkedHashMap<>();
        private String unit;
        private String parent;

        Table(
                Sheet sheet,
                FormulaEvaluator formulas,
                String name,
                String area,
                List<RawReading> readings,
                List<Rejection> rejections) {
            this.sheet = sheet;
            this.formulas = formulas;
            this.name = name;
            this.area = area;
            this.readings = readings;
            this.rejections = rejections;
        }

        void read() {
            boolean any = false;
            for (Row row : sheet) {
                String first = text(row.getRowNum(), 0);
                if (years.isEmpty()) {
                    Matcher unitLine = UNIT.matcher(joined(row));
                    if (unitLine.find()) {
                        unit = unitLine.group(1);
                    }
                    header(row);
                    continue;
                }
                if (FOOTNOTE.matcher(first.strip()).find()) {
                    break;
                }
                if (first.isBlank() || continues(row.getRowNum())) {
                    continue; // the header's or an item's merged cell carried down
                }
                any |= item(row, first);
            }
            if (years.isEmpty() && sheet.getPhysicalNumberOfRows() > 0) {
                rejections.add(new Rejection(name + "#" + sheet.getSheetName(), "no header row with years across"));
            } else if (!any && !years.isEmpty()) {
                rejections.add(new Rejection(name + "#" + sheet.getSheetName(), "a year header but no item rows"));
            }
        }

        /** Whether the row's first cell is part of a merged cell that starts on a row above. */
        private boolean continues(int r) {
            return sheet.getMergedRegions().stream().anyMatch(m -> m.isInRange(r, 0) && m.getFirstRow() < r);
        }

        private void header(Row row) {
            Map<Integer, Integer> found = new LinkedHashMap<>();
            for (int c = 1; c < row.getLastCellNum(); c++) {
                Matcher m = YEAR.matcher(text(row.getRowNum(), c).strip());
                if (m.matches()) {
                    found.put(c, Integer.parseInt(m.group(1)));
                }
            }
            if (!found.isEmpty()) {
                years.putAll(found);
            }
        }

        private boolean item(Row row, String first) {
            boolean sub = first.startsWith("#")
                    || first.startsWith(" ")
                    || first.startsWith("\u3000")
                    || row.getCell(0) != null && row.getCell(0).getCellStyle().getIndention() > 0;
            String item = first.replaceFirst("^[#＃\\s\u3000]+", "").replaceAll("[\\s\u3000]+", "");
            String where = name + "#" + sheet.getSheetName() + "!"
                    + new CellReference(row.getRowNum(), 0).formatAsString(false);
            Optional<Indicator> indicator = find(sub ? parent : null, item);
            if (!sub) {
                parent = item;
            }
            if (indicator.isEmpty()) {
                rejections.add(new Rejection(
                        where, UNKNOWN_NAME, "'" + item + "' is not a name the indicator dictionary knows", first));
                return true;
            }
            for (Map.Entry<Integer, Integer> year : years.entrySet()) {
                int c = year.getKey();
                String at = name + "#" + sheet.getSheetName() + "!"
                        + new CellReference(row.getRowNum(), c).formatAsString(false);
                String value = text(row.getRowNum(), c).strip().replace(",", "");
                if (NOTHING.matcher(value).matches()) {
                    continue;
                }
                try {
                    readings.add(new RawReading(
                            area,
                            indicator.get().code(),
                            year.getValue(),
                            OwnLayout.number(value, item),
                            unit,
                            0,
                            0,
                            RevisionStatus.FINAL,
                            at,
                            item + " " + year.getValue() + ": " + value,
                            OwnLayout.decimals(value)));
                } catch (IllegalArgumentException e) {
                    rejections.add(new Rejection(at, Rejection.UNREADABLE, e.getMessage(), value));
                }
            }
            return true;
        }

        private Optional<Indicator> find(String parent, String item) {
            Optional<Indicator> found = dictionary.find(parent, item);
            for (int start = 1; found.isEmpty() && start < item.length() - 1; start++) {
                found = dictionary.find(null, item.substring(start));
            }
            return found;
        }

        /** A cell's text; a merged cell's is its region's first cell's; a formula's is what it computes. */
        private String text(int r, int c) {
            for (CellRangeAddress merged : sheet.getMergedRegions()) {
                if (merged.isInRange(r, c)) {
                    r = merged.getFirstRow();
                    c = merged.getFirstColumn();
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
