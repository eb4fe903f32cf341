package org.planwatch.planimport.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

/** Word .docx: paragraphs as lines, tables as tab rows, merged cells as text then empty cells. */
class DocxDocumentTest {

    @Test
    void shouldReadParagraphsAndTheTableInOrder() {
        byte[] docx = DocumentWriters.docx("“十五五”规划纲要", "表1 主要指标", IndicatorTables.FIFTEENTH_PLAN);

        PlanDocument document = PlanDocuments.read("plan.docx", docx, null);

        assertThat(document.format()).isEqualTo(DocumentFormat.DOCX);
        assertThat(document.charset()).isNull();
        assertThat(document.lines())
                .containsExactly(
                        "“十五五”规划纲要",
                        "表1 主要指标",
                        "",
                        "指标\t单位\t2025年\t2030年\t属性",
                        "国内生产总值增长\t%\t5.0\t保持在合理区间\t预期性",
                        "研发经费投入强度\t%\t2.68\t3.2以上\t预期性",
                        "人均预期寿命\t岁\t79\t80\t预期性",
                        "单位国内生产总值二氧化碳排放降低\t%\t—\t[17]\t约束性",
                        "",
                        "数据来源：省统计局。");
    }

    @Test
    void shouldReadMergedCellsAsTextThenEmptyCells() throws IOException {
        byte[] docx;
        try (XWPFDocument doc = new XWPFDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XWPFTable table = doc.createTable(3, 4);
            fill(table.getRow(0), "类别", "指标", "目标值", "");
            fill(table.getRow(1), "创新驱动", "研发经费投入强度", "2.68", "3.2以上");
            fill(table.getRow(2), "", "每万人口高价值发明专利拥有量", "12", "18");
            // 目标值 spans the last two columns of the header
            XWPFTableCell target = table.getRow(0).getCell(2);
            target.getCTTc().addNewTcPr().addNewGridSpan().setVal(BigInteger.TWO);
            table.getRow(0).removeCell(3);
            // 创新驱动 runs down two rows
            table.getRow(1).getCell(0).getCTTc().addNewTcPr().addNewVMerge().setVal(STMerge.RESTART);
            table.getRow(2).getCell(0).getCTTc().addNewTcPr().addNewVMerge();
            table.getRow(2).getCell(0).setText("被合并的文字");
            doc.write(out);
            docx = out.toByteArray();
        }

        assertThat(PlanDocuments.read("plan.docx", docx, null).lines())
                .containsExactly("类别\t指标\t目标值\t", "创新驱动\t研发经费投入强度\t2.68\t3.2以上", "\t每万人口高价值发明专利拥有量\t12\t18");
    }

    private static void fill(XWPFTableRow row, String... cells) {
        for (int i = 0; i < cells.length; i++) {
            row.getCell(i).setText(cells[i]);
        }
    }
}
