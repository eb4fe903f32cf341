package org.planwatch.planimport.source;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFSDT;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTVMerge;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

/**
 * A Word .docx in, the importer's lines out: the body's paragraphs in order, a line each (a line
 * break inside one starts a new line), and its tables a TAB-separated line per row with a blank
 * line before and after. A cell merged across columns ({@code gridSpan}) gives its text and then
 * empty cells; a cell continuing a vertical merge ({@code vMerge}) is empty, as PDF text has it.
 */
final class DocxReader {
    private DocxReader() {}

    static List<String> lines(byte[] bytes) throws IOException {
        LineSheet sheet = new LineSheet();
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            for (IBodyElement element : doc.getBodyElements()) {
                if (element instanceof XWPFParagraph p) {
                    paragraph(p.getText(), sheet);
                } else if (element instanceof XWPFTable t) {
                    table(t, sheet);
                } else if (element instanceof XWPFSDT sdt) {
                    paragraph(sdt.getContent().getText(), sheet);
                }
            }
        }
        return sheet.lines();
    }

    private static void paragraph(String text, LineSheet sheet) {
        for (String line : TextLines.split(text)) {
            if (!line.isBlank()) {
                sheet.add(line.replace('\t', ' ').strip());
            }
        }
    }

    private static void table(XWPFTable table, LineSheet sheet) {
        sheet.blank();
        for (XWPFTableRow row : table.getRows()) {
            List<String> cells = new ArrayList<>();
            for (XWPFTableCell cell : row.getTableCells()) {
                CTTcPr properties = cell.getCTTc().getTcPr();
                cells.add(continuesVerticalMerge(properties) ? "" : LineSheet.cell(cell.getText()));
                for (int i = 1; i < gridSpan(properties); i++) {
                    cells.add("");
                }
            }
            sheet.row(cells);
        }
        sheet.blank();
    }

    private static boolean continuesVerticalMerge(CTTcPr properties) {
        if (properties == null || !properties.isSetVMerge()) {
            return false;
        }
        CTVMerge merge = properties.getVMerge();
        return !merge.isSetVal() || merge.getVal() == STMerge.CONTINUE;
    }

    private static int gridSpan(CTTcPr properties) {
        if (properties == null || !properties.isSetGridSpan()) {
            return 1;
        }
        BigInteger span = properties.getGridSpan().getVal();
        return span == null ? 1 : Math.max(1, Math.min(span.intValue(), 100));
    }
}
