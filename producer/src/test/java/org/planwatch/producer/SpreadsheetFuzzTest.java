package org.planwatch.producer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.planwatch.domain.IndicatorDictionary;

/**
 * The spreadsheet reader against workbooks it was never meant to see: a yearbook table's bytes cut
 * short or with bytes overwritten, and tables whose cells hold formulas that fail, text, merged
 * ranges over the header and huge numbers. Whatever comes in is readings and refusals naming the
 * file, never an exception.
 */
class SpreadsheetFuzzTest {
    private static final FeedMapping AREA = FeedMappingFixtures.constantArea();
    private static final SpreadsheetFeedReader READER = new SpreadsheetFeedReader(IndicatorDictionary.bundled());
    private static final FeedMapping NAMES =
            FeedMappingFixtures.of("indicator\t国内生产总值\tgdp", "indicator\t年末总人口\tresident_population");
    private static final byte[] YEARBOOK = yearbook(new XSSFWorkbook());
    private static final byte[] XLS = yearbook(new org.apache.poi.hssf.usermodel.HSSFWorkbook());

    private static byte[] yearbook(Workbook book) {
        try {
            return RealYearbookSheetsTest.yearbook(book);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static final byte[] SEED = workbook(new String[] {"地区生产总值", "3146.64", "=1/0", "=A1+", "1e308"});

    @Property(tries = 300)
    void anyBytesBecomeReadingsAndRefusalsNeverAnException(@ForAll("mutatedWorkbooks") byte[] bytes) {
        FeedBatch batch = READER.read(bytes, "fuzz.xlsx", AREA);

        assertThat(batch.rejections()).allSatisfy(r -> assertThat(r.location()).startsWith("fuzz.xlsx"));
        assertThat(batch.readings())
                .allSatisfy(r -> assertThat(Double.isFinite(r.value())).isTrue());
    }

    @Property(tries = 100)
    void anyCellsBecomeReadingsAndRefusalsNeverAnException(@ForAll("cells") String[] cells) {
        FeedBatch batch = READER.read(workbook(cells), "fuzz.xlsx", AREA);

        assertThat(batch.rejections()).allSatisfy(r -> assertThat(r.location()).startsWith("fuzz.xlsx"));
    }

    /** The real yearbook workbook in .xls, cut or overwritten anywhere: refusals naming the file, never an exception. */
    @Property(tries = 200)
    void anyXlsBytesBecomeReadingsAndRefusalsNeverAnException(@ForAll("mutatedXls") byte[] bytes) {
        FeedBatch batch = READER.read(bytes, "fuzz.xls", AREA);

        assertThat(batch.rejections()).allSatisfy(r -> assertThat(r.location()).startsWith("fuzz.xls"));
        assertThat(batch.readings())
                .allSatisfy(r -> assertThat(Double.isFinite(r.value())).isTrue());
    }

    /**
     * Cells merged anywhere over the real yearbook's first sheet: no exception, and every reading is
     * the figure the sheet shows there, its merged range's first cell.
     */
    @Property(tries = 50)
    void mergedCellsAnywhereNeverInventAFigure(@ForAll("merges") List<int[]> merges) throws Exception {
        Workbook book = WorkbookFactory.create(new java.io.ByteArrayInputStream(YEARBOOK));
        Sheet sheet = book.getSheet("1-1");
        for (int[] m : merges) {
            CellRangeAddress range = new CellRangeAddress(m[0], m[0] + m[2], m[1], m[1] + m[3]);
            if (range.getNumberOfCells() > 1
                    && sheet.getMergedRegions().stream().noneMatch(range::intersects)) {
                sheet.addMergedRegion(range);
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        book.write(out);

        FeedBatch batch = READER.read(out.toByteArray(), "merged.xlsx", NAMES);

        assertThat(batch.rejections()).allSatisfy(r -> assertThat(r.location()).startsWith("merged.xlsx"));
        for (RawReading r : batch.readings()) {
            CellReference at =
                    new CellReference(r.location().substring(r.location().indexOf('!') + 1));
            CellRangeAddress merged = sheetOf(book, r).getMergedRegions().stream()
                    .filter(m -> m.isInRange(at.getRow(), at.getCol()))
                    .findFirst()
                    .orElse(new CellRangeAddress(at.getRow(), at.getRow(), at.getCol(), at.getCol()));
            Cell first = sheetOf(book, r).getRow(merged.getFirstRow()).getCell(merged.getFirstColumn());
            assertThat(first)
                    .as("the cell a reading of %s comes from", r.location())
                    .isNotNull();
            double shown = first.getCellType() == org.apache.poi.ss.usermodel.CellType.FORMULA
                    ? book.getCreationHelper()
                            .createFormulaEvaluator()
                            .evaluate(first)
                            .getNumberValue()
                    : first.getCellType() == org.apache.poi.ss.usermodel.CellType.NUMERIC
                            ? first.getNumericCellValue()
                            : Double.parseDouble(first.getStringCellValue().strip());
            assertThat(r.value()).as("the reading of %s", r.location()).isEqualTo(shown);
        }
        book.close();
    }

    private static Sheet sheetOf(Workbook book, RawReading r) {
        String location = r.location();
        return book.getSheet(location.substring(location.indexOf('#') + 1, location.indexOf('!')));
    }

    @Provide
    Arbitrary<List<int[]>> merges() {
        return Arbitraries.integers()
                .between(0, 7)
                .tuple4()
                .map(t -> new int[] {t.get1(), t.get2() % 3, t.get3() % 2, t.get4() % 2})
                .list()
                .ofMaxSize(4);
    }

    @Provide
    Arbitrary<byte[]> mutatedXls() {
        Arbitrary<Integer> at = Arbitraries.integers().between(0, XLS.length - 1);
        return Arbitraries.oneOf(
                at.map(cut -> java.util.Arrays.copyOf(XLS, cut)), at.tuple2().map(t -> {
                    byte[] copy = XLS.clone();
                    copy[t.get1()] = (byte) (copy[t.get1()] ^ 0x5a);
                    copy[t.get2()] = 0;
                    return copy;
                }));
    }

    /** A sheet of 2,000 item rows by ten years is read whole (the merged ranges listed once, not per cell). */
    @net.jqwik.api.Example
    void aHugeSheetIsReadWhole() throws Exception {
        try (Workbook book = new XSSFWorkbook()) {
            Sheet sheet = book.createSheet("1");
            sheet.createRow(0).createCell(0).setCellValue("单位：亿元");
            Row header = sheet.createRow(1);
            header.createCell(0).setCellValue("指标");
            for (int y = 0; y < 10; y++) {
                header.createCell(1 + y).setCellValue((2016 + y) + "年");
            }
            for (int r = 0; r < 2_000; r++) {
                Row row = sheet.createRow(2 + r);
                row.createCell(0).setCellValue("地区生产总值");
                for (int y = 0; y < 10; y++) {
                    row.createCell(1 + y).setCellValue(r + y / 10.0);
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            book.write(out);

            FeedBatch batch = READER.read(out.toByteArray(), "huge.xlsx", AREA);

            assertThat(batch.readings()).hasSize(20_000);
            assertThat(batch.rejections()).isEmpty();
        }
    }

    @Provide
    Arbitrary<byte[]> mutatedWorkbooks() {
        Arbitrary<Integer> at = Arbitraries.integers().between(0, SEED.length - 1);
        return Arbitraries.oneOf(
                at.map(cut -> java.util.Arrays.copyOf(SEED, cut)), at.tuple2().map(t -> {
                    byte[] copy = SEED.clone();
                    copy[t.get1()] = (byte) (copy[t.get1()] ^ 0x5a);
                    copy[t.get2()] = 0;
                    return copy;
                }));
    }

    @Provide
    Arbitrary<String[]> cells() {
        return Arbitraries.oneOf(
                        Arbitraries.of("地区生产总值", "#第一产业", "  研发经费投入", "注：", "单位：亿元", "2022年", "…", "-"),
                        Arbitraries.of("=1/0", "=A1+", "=SUM(B1:B9)", "=[other.xlsx]Sheet1!A1", "1e308", "-0", "NaN"),
                        Arbitraries.strings().ofMaxLength(12))
                .array(String[].class)
                .ofMinSize(1)
                .ofMaxSize(5);
    }

    /** A yearbook table whose first item row holds {@code cells} (a leading {@code =} makes a formula). */
    private static byte[] workbook(String[] cells) {
        try (Workbook book = new XSSFWorkbook()) {
            Sheet sheet = book.createSheet("表1");
            sheet.createRow(0).createCell(1).setCellValue("单位：亿元");
            Row header = sheet.createRow(1);
            for (int y = 0; y < 4; y++) {
                header.createCell(1 + y).setCellValue(String.valueOf(2019 + y));
            }
            sheet.addMergedRegion(new CellRangeAddress(1, 2, 0, 0));
            Row row = sheet.createRow(3);
            for (int c = 0; c < cells.length; c++) {
                String cell = cells[c];
                try {
                    if (cell.startsWith("=")) {
                        row.createCell(c).setCellFormula(cell.substring(1));
                    } else {
                        row.createCell(c).setCellValue(cell);
                    }
                } catch (RuntimeException e) {
                    row.createCell(c).setCellValue(cell); // a formula POI will not even store
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
