package org.planwatch.producer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.function.Supplier;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.planwatch.domain.IndicatorDictionary;

/**
 * Real figures in the layouts of a statistical yearbook, one workbook of three sheets built here as
 * {@code .xlsx} and as {@code .xls} (feeds/yearbook/README.md names each figure's source): items
 * down and years across with units in brackets and sub-items, regions across, regions down. Each
 * expected reading was written from the source, not from the reader's output.
 */
class RealYearbookSheetsTest {
    private static final SpreadsheetFeedReader READER = new SpreadsheetFeedReader(IndicatorDictionary.bundled());

    /** The portal's names in the catalogue's codes; the regions come from the sheets themselves. */
    private static final FeedMapping NAMES =
            FeedMappingFixtures.of("indicator\t国内生产总值\tgdp", "indicator\t年末总人口\tresident_population");

    private static final List<Supplier<Workbook>> KINDS = List.of(XSSFWorkbook::new, HSSFWorkbook::new);

    static byte[] yearbook(Workbook book) throws Exception {
        national(book.createSheet("1-1"), book);
        regionsAcross(book.createSheet("2-1"));
        regionsDown(book.createSheet("3-1"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        book.write(out);
        book.close();
        return out.toByteArray();
    }

    /** Items down, years across under a merged 年份 head; an indented sub-item; a footnote. */
    private static void national(Sheet sheet, Workbook book) {
        cells(sheet, 0, "1-1 全国主要指标");
        sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, 2));
        cells(sheet, 1, "指标", "年份");
        sheet.addMergedRegion(new CellRangeAddress(1, 2, 0, 0));
        sheet.addMergedRegion(new CellRangeAddress(1, 1, 1, 2));
        cells(sheet, 2, null, "2020年", "2021年");
        Row gdp = cells(sheet, 3, "国内生产总值(亿元)");
        gdp.createCell(1).setCellValue(1013567.0);
        gdp.createCell(2).setCellValue(1143669.7);
        Row population = cells(sheet, 4, "年末总人口(万人)");
        population.createCell(1).setCellValue(141212);
        population.createCell(2).setCellFormula("141212+48"); // 141260, as a bureau's sheet may sum it
        Row urban = cells(sheet, 5, "城镇人口(万人)", "90220", "91425");
        CellStyle indented = book.createCellStyle();
        indented.setIndention((short) 1);
        urban.getCell(0).setCellStyle(indented);
        cells(sheet, 6, "注：2021年为初步数。");
    }

    /** Items down, regions across; the year in the title; a column head that names no region. */
    private static void regionsAcross(Sheet sheet) {
        cells(sheet, 0, "2-1 2020年各地主要指标");
        cells(sheet, 1, null, null, null, "单位：亿元");
        cells(sheet, 2, "项目", "广东省", "江门市", "蓬江区", "备注");
        cells(sheet, 3, "地区生产总值", "—", "3200.95", "724.45");
        cells(sheet, 4, "常住人口(万人)", "11521", "479.81", "85.3");
    }

    /** Regions down ({@code 地区}), years across, the indicator in the title. */
    private static void regionsDown(Sheet sheet) {
        cells(sheet, 0, "3-1 分地区地区生产总值");
        cells(sheet, 1, "单位：亿元");
        cells(sheet, 2, "地区", "2015年", "2020年");
        cells(sheet, 3, "江门市", "2264.19", "3200.95");
        cells(sheet, 4, "蓬江区", "…", "724.45");
        cells(sheet, 5, "不存在市", "1", "2");
        cells(sheet, 6, "资料来源：各地五年规划纲要");
    }

    /** A row of text cells, numbers as numbers; null leaves a cell out. */
    private static Row cells(Sheet sheet, int r, String... values) {
        Row row = sheet.getRow(r) != null ? sheet.getRow(r) : sheet.createRow(r);
        for (int c = 0; c < values.length; c++) {
            if (values[c] == null) {
                continue;
            }
            try {
                row.createCell(c).setCellValue(Double.parseDouble(values[c]));
            } catch (NumberFormatException e) {
                row.createCell(c).setCellValue(values[c]);
            }
        }
        return row;
    }

    private static String described(RawReading r) {
        return r.location().substring(r.location().indexOf('#')) + " " + r.region() + " " + r.indicator() + " "
                + r.year() + " " + r.value() + " " + r.unit();
    }

    private static String described(Rejection r) {
        return r.location().substring(Math.max(0, r.location().indexOf('#'))) + " " + r.reason();
    }

    @Test
    void shouldReadEveryLayoutOfAYearbookWorkbookInXlsxAndXls() throws Exception {
        for (Supplier<Workbook> kind : KINDS) {
            FeedBatch batch = READER.read(yearbook(kind.get()), "yearbook", NAMES);

            assertThat(batch.readings())
                    .extracting(RealYearbookSheetsTest::described)
                    .containsExactly(
                            "#1-1!B4 CN gdp 2020 1013567.0 亿元",
                            "#1-1!C4 CN gdp 2021 1143669.7 亿元",
                            "#1-1!B5 CN resident_population 2020 141212.0 万人",
                            "#1-1!C5 CN resident_population 2021 141260.0 万人",
                            "#2-1!C4 440700 gdp 2020 3200.95 亿元",
                            "#2-1!D4 440703 gdp 2020 724.45 亿元",
                            "#2-1!B5 440000 resident_population 2020 11521.0 万人",
                            "#2-1!C5 440700 resident_population 2020 479.81 万人",
                            "#2-1!D5 440703 resident_population 2020 85.3 万人",
                            "#3-1!B4 440700 gdp 2015 2264.19 亿元",
                            "#3-1!C4 440700 gdp 2020 3200.95 亿元",
                            "#3-1!C5 440703 gdp 2020 724.45 亿元");
            assertThat(batch.rejections())
                    .extracting(RealYearbookSheetsTest::described)
                    .containsExactly(
                            "#1-1!A6 '城镇人口' is neither in the mapping nor a name the indicator dictionary knows",
                            "#2-1!E3 column head '备注' is neither in the mapping nor a region name known: its column"
                                    + " is not read",
                            "#3-1!A6 region '不存在市' is neither in the mapping nor a region name known");
        }
    }

    @Test
    void shouldReadOnlyTheSheetsAndColumnsTheMappingNames() throws Exception {
        FeedMapping some =
                FeedMappingFixtures.of("constant\tsheet\t3-1|9-9", "constant\tcolumns\tC:C", "indicator\t国内生产总值\tgdp");

        FeedBatch batch = READER.read(yearbook(new XSSFWorkbook()), "yearbook", some);

        assertThat(batch.readings())
                .extracting(RealYearbookSheetsTest::described)
                .containsExactly("#3-1!C4 440700 gdp 2020 3200.95 亿元", "#3-1!C5 440703 gdp 2020 724.45 亿元");
        assertThat(batch.rejections())
                .extracting(RealYearbookSheetsTest::described)
                .containsExactly(
                        "#3-1!A6 region '不存在市' is neither in the mapping nor a region name known",
                        "yearbook the mapping names sheet '9-9'; the workbook has [1-1, 2-1, 3-1]");
    }

    @Test
    void shouldAskForTheRegionWhenNeitherTheMappingNorTheTitleNamesOne() throws Exception {
        Workbook book = new XSSFWorkbook();
        Sheet sheet = book.createSheet("表1");
        cells(sheet, 0, "主要经济指标");
        cells(sheet, 1, "指标", "2020年");
        cells(sheet, 2, "地区生产总值", "3200.95");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        book.write(out);

        FeedBatch batch = READER.read(out.toByteArray(), "untitled.xlsx", FeedMapping.NONE);

        assertThat(batch.readings()).isEmpty();
        assertThat(batch.rejections())
                .extracting(Rejection::toString)
                .containsExactly("untitled.xlsx#表1: a table of one region's items, but its title names no region:"
                        + " give the mapping's constant area (440700)");
    }
}
