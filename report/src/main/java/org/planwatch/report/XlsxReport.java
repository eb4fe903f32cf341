package org.planwatch.report;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The completion table as a workbook, one sheet: the heading, the simulated notice where it
 * applies, the header row, then each target's row with its reason merged across the row beneath.
 * Years and figures are numeric cells, so that an office can compute with them.
 */
final class XlsxReport {
    private XlsxReport() {}

    static final String SHEET = "完成情况";

    static void write(CompletionReport report, OutputStream out) throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            Sheet sheet = book.createSheet(SHEET);
            Font bold = book.createFont();
            bold.setBold(true);
            CellStyle header = book.createCellStyle();
            header.setFont(bold);
            CellStyle wrapped = book.createCellStyle();
            wrapped.setWrapText(true);

            int r = 0;
            sheet.createRow(r++).createCell(0).setCellValue(report.heading());
            if (report.simulatedNotice().isPresent()) {
                var notice = sheet.createRow(r++).createCell(0);
                notice.setCellValue(report.simulatedNotice().get());
                notice.setCellStyle(header);
            }
            Row head = sheet.createRow(r++);
            for (int c = 0; c < CompletionCells.HEADERS.size(); c++) {
                var cell = head.createCell(c);
                cell.setCellValue(CompletionCells.HEADERS.get(c));
                cell.setCellStyle(header);
            }
            List<CompletionRow> rows = report.rows();
            for (int i = 0; i < rows.size(); i++) {
                Row row = sheet.createRow(r++);
                List<Object> cells = CompletionCells.of(i + 1, rows.get(i), report.simulated());
                for (int c = 0; c < cells.size(); c++) {
                    Object v = cells.get(c);
                    if (v instanceof Number n) {
                        row.createCell(c).setCellValue(n.doubleValue());
                    } else if (v != null) {
                        row.createCell(c).setCellValue(v.toString());
                    }
                }
                Row reason = sheet.createRow(r);
                var cell = reason.createCell(1);
                cell.setCellValue(CompletionCells.reason(rows.get(i)));
                cell.setCellStyle(wrapped);
                sheet.addMergedRegion(new CellRangeAddress(r, r, 1, CompletionCells.HEADERS.size() - 1));
                r++;
            }
            // Under the table, so the header keeps its row for whoever reads the sheet by position.
            if (report.scoreLine().isPresent()) {
                sheet.createRow(++r)
                        .createCell(0)
                        .setCellValue(report.scoreLine().get());
            }
            sheet.createRow(++r).createCell(0).setCellValue(report.sourceLine());
            sheet.createFreezePane(0, head.getRowNum() + 1);
            for (int c = 0; c < CompletionCells.HEADERS.size(); c++) {
                sheet.setColumnWidth(c, c == 1 || c == 2 ? 28 * 256 : 14 * 256);
            }
            book.write(out);
        }
    }
}
