package org.planwatch.producer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
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
