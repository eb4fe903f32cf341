package org.planwatch.producer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A yearbook table as Chinese statistics bureaus lay it out (a merged title, a unit line, a
 * two-row header with the years merged down it, {@code #} sub-items, a footnote), built here in
 * both .xlsx and .xls; the figures are examples.
 */
class SpreadsheetFeedReaderTest {
    @TempDir
    Path dir;

    private FeedMapping jiangmen() throws Exception {
        Path file = dir.resolve("jiangmen.mapping.tsv");
        Files.writeString(file, "field\tfrom\tto\nconstant\tarea\t440700\n");
        return FeedMapping.read(file);
    }

    private static byte[] yearbook(Workbook book) throws Exception {
        Sheet sheet = book.createSheet("2-1");
        sheet.createRow(0).createCell(0).setCellValue("2-1 江门市主要经济指标");
        sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, 4));
        sheet.createRow(1).createCell(3).setCellValue("单位：亿元");
        Row header = sheet.createRow(2);
        sheet.createRow(3);
        header.createCell(0).setCellValue("项目");
        sheet.addMergedRegion(new CellRangeAddress(2, 3, 0, 0));
        for (int y = 0; y < 4; y++) {
            header.createCell(1 + y).setCellValue((2019 + y) + "年");
            sheet.addMergedRegion(new CellRangeAddress(2, 3, 1 + y, 1 + y));
        }
        Row gdp = sheet.createRow(4);
        gdp.createCell(0).setCellValue("地区生产总值");
        gdp.createCell(1).setCellValue(3146.64);
        gdp.createCell(2).setCellValue(3200.95);
        gdp.createCell(3).setCellValue(3601.28);
        gdp.createCell(4).setCellFormula("3000+773.41");
        Row primary = sheet.createRow(5);
        primary.createCell(0).setCellValue("#第一产业");
        primary.createCell(1).setCellValue(270.1);
        Row rd = sheet.createRow(6);
        rd.createCell(0).setCellValue("研发经费投入");
        rd.createCell(1).setCellValue("…");
        rd.createCell(2).setCellValue(85.2);
        rd.createCell(3).setCellValue("n/a");
        sheet.createRow(7).createCell(0).setCellValue("注：2022年为初步核算数。");
        sheet.createRow(8).createCell(0).setCellValue("地区生产总值");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        book.write(out);
        book.close();
        return out.toByteArray();
    }

    private FeedBatch read(String name, byte[] bytes) throws Exception {
        Path file = dir.resolve(name);
        Files.write(file, bytes);
        return FeedFiles.read(file, FeedFormat.AUTO, FeedEncoding.AUTO, jiangmen());
    }

    @Test
    void shouldReadAYearbookTableWithMergedHeadersAUnitLineAndYearsAcross() throws Exception {
        for (var book : new Object[][] {{"yearbook.xlsx", new XSSFWorkbook()}, {"yearbook.xls", new HSSFWorkbook()}}) {
            FeedBatch batch = read((String) book[0], yearbook((Workbook) book[1]));

            assertThat(batch.format()).isEqualTo(FeedFormat.SPREADSHEET);
            assertThat(batch.readings())
                    .extracting(r -> r.location().substring(r.location().indexOf('#')) + " " + r.indicator() + " "
                            + r.year() + " " + r.value() + " " + r.unit())
                    .containsExactly(
                            "#2-1!B5 gdp 2019 3146.64 亿元",
                            "#2-1!C5 gdp 2020 3200.95 亿元",
                            "#2-1!D5 gdp 2021 3601.28 亿元",
                            "#2-1!E5 gdp 2022 3773.41 亿元",
                            "#2-1!C7 rd_expenditure 2020 85.2 亿元");
            assertThat(batch.rejections())
                    .extracting(r -> r.location().substring(r.location().indexOf('#')) + " " + r.reason())
                    .containsExactly(
                            "#2-1!A6 '第一产业' is neither in the mapping nor a name the indicator dictionary knows",
                            "#2-1!D7 研发经费投入 'n/a' is not a number");
        }
    }

    @Test
    void shouldRefuseBytesThatAreNoWorkbookNamingTheFile() throws Exception {
        FeedBatch batch = read("broken.xlsx", "not a workbook".getBytes(java.nio.charset.StandardCharsets.UTF_8));

        assertThat(batch.readings()).isEmpty();
        assertThat(batch.rejections())
                .singleElement()
                .satisfies(r -> assertThat(r.reason()).startsWith("not a readable .xlsx or .xls workbook"));
    }
}
