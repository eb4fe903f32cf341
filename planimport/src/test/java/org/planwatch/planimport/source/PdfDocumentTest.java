package org.planwatch.planimport.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * PDF: the text layer rebuilt into lines, wide gaps between glyph runs as TABs. The Chinese
 * tables need a CJK font to be written (see {@link DocumentWriters}); the ASCII one runs
 * everywhere.
 */
class PdfDocumentTest {
    private static final List<List<String>> ASCII_TABLE = List.of(
            List.of("Indicator", "Unit", "2025", "2030", "Kind"),
            List.of("GDP growth", "%", "5.0", "about 5", "expected"),
            List.of("R&D intensity", "%", "2.68", "3.2+", "expected"),
            List.of("Life expectancy", "years", "79", "80", "expected"));

    @Test
    void shouldReadATablePrintedInColumnsAsTabRows() {
        byte[] pdf = DocumentWriters.pdf(
                List.of("Main indicators of the 15th Five-Year Plan"), ASCII_TABLE, DocumentWriters.HELVETICA);

        PlanDocument document = PlanDocuments.read("plan.pdf", pdf, null);

        assertThat(document.format()).isEqualTo(DocumentFormat.PDF);
        assertThat(document.charset()).isNull();
        assertThat(document.lines())
                .containsExactly(
                        "Main indicators of the 15th Five-Year Plan",
                        "Indicator\tUnit\t2025\t2030\tKind",
                        "GDP growth\t%\t5.0\tabout 5\texpected",
                        "R&D intensity\t%\t2.68\t3.2+\texpected",
                        "Life expectancy\tyears\t79\t80\texpected");
    }

    @Test
    void shouldReadAChineseTablePrintedInColumnsAsTabRows() {
        byte[] pdf = DocumentWriters.pdf(
                List.of("“十五五”时期经济社会发展主要指标"), IndicatorTables.FIFTEENTH_PLAN, DocumentWriters.cjkFont());

        assertThat(PlanDocuments.read("plan.pdf", pdf, null).lines())
                .containsExactly(
                        "“十五五”时期经济社会发展主要指标",
                        "指标\t单位\t2025年\t2030年\t属性",
                        "国内生产总值增长\t%\t5.0\t保持在合理区间\t预期性",
                        "研发经费投入强度\t%\t2.68\t3.2以上\t预期性",
                        "人均预期寿命\t岁\t79\t80\t预期性",
                        "单位国内生产总值二氧化碳排放降低\t%\t—\t[17]\t约束性");
    }

    /** A word processor's table with columns closer than a word space: the columns are where no line has a word. */
    @Test
    void shouldPartATightBorderlessTableWhereNoLineHasAWord() {
        List<List<String>> table = List.of(
                List.of("类别", "指标", "2025年", "2030年", "属性"),
                List.of("经济发展", "1. 国内生产总值增长(%)", "5", "5左右", "预期性"),
                List.of("经济发展", "2. 常住人口城镇化率(%)", "67.9", "71", "预期性"),
                List.of("民生福祉", "3. 人均预期寿命(岁)", "79.25", "80", "预期性"));
        byte[] pdf = DocumentWriters.pdfTable(List.of("主要指标"), table, DocumentWriters.cjkFont(), 2, false);

        assertThat(PlanDocuments.read("plan.pdf", pdf, null).lines())
                .containsSubsequence(
                        "类别\t指标\t2025年\t2030年\t属性",
                        "经济发展\t1. 国内生产总值增长(%)\t5\t5左右\t预期性",
                        "经济发展\t2. 常住人口城镇化率(%)\t67.9\t71\t预期性",
                        "民生福祉\t3. 人均预期寿命(岁)\t79.25\t80\t预期性");
    }

    /** A table with its cell borders drawn: the borders part the cells, and a cell wrapped in two is one. */
    @Test
    void shouldReadARuledTableByItsBordersJoiningAWrappedCell() {
        List<List<String>> table = List.of(
                List.of("指标", "2025年", "2030年", "属性"),
                List.of("国内生产总值增长(%)", "5", "保持在合理区间、\n各年度视情提出", "预期性"),
                List.of("人均预期寿命(岁)", "79.25", "80", "预期性"));
        byte[] pdf = DocumentWriters.pdfTable(List.of("主要指标"), table, DocumentWriters.cjkFont(), 2, true);

        assertThat(PlanDocuments.read("plan.pdf", pdf, null).lines())
                .containsSubsequence(
                        "指标\t2025年\t2030年\t属性", "国内生产总值增长(%)\t5\t保持在合理区间、各年度视情提出\t预期性", "人均预期寿命(岁)\t79.25\t80\t预期性");
    }

    /**
     * A borderless table whose cells wrapped onto lines of their own (the national outline's 专栏1
     * as a word processor prints it): a value's rest joins the row above, a name's start the row below.
     */
    @Test
    void shouldJoinTheCellsOfABorderlessTableThatWrappedOntoLinesOfTheirOwn() {
        List<List<String>> lines = List.of(
                List.of("类别", "指标", "2025年", "2030年", "年均/累计", "属性"),
                List.of("经济发展", "1. 国内生产总值增长(%)", "5", "—", "保持在合理区间、各年度", ""),
                List.of("", "", "", "", "视情提出", "预期性"),
                List.of("经济发展", "2. 常住人口城镇化率(%)", "67.9", "71", "—", "预期性"),
                List.of("民生福祉", "3. 每千人口拥有执业医师", "", "", "", ""),
                List.of("", "数(人)", "3.1", "3.7", "—", "预期性"),
                List.of("民生福祉", "4. 人均预期寿命(岁)", "79.25", "80", "—", "预期性"));
        byte[] pdf = DocumentWriters.pdfLines(lines, DocumentWriters.cjkFont(), 2);

        assertThat(PlanDocuments.read("plan.pdf", pdf, null).lines())
                .containsSubsequence(
                        "类别\t指标\t2025年\t2030年\t年均/累计\t属性",
                        "经济发展\t1. 国内生产总值增长(%)\t5\t—\t保持在合理区间、各年度视情提出\t预期性",
                        "经济发展\t2. 常住人口城镇化率(%)\t67.9\t71\t—\t预期性",
                        "民生福祉\t3. 每千人口拥有执业医师数(人)\t3.1\t3.7\t—\t预期性",
                        "民生福祉\t4. 人均预期寿命(岁)\t79.25\t80\t—\t预期性");
    }

    /**
     * The same table as LibreOffice prints the national 专栏1 from its web page: a row's class centred in its
     * merged cell stands on a line of its own between the two lines of the row's name, so that the table holds
     * two lines in a row without a gap between cells; a value's last word wraps under a row whose cells are all
     * filled (1.45 左 / 右).
     */
    @Test
    void shouldJoinARowWhoseClassStandsBetweenTheLinesOfItsName() {
        List<List<String>> lines = List.of(
                List.of("类别", "指标", "2025年", "2030年", "年均/累计", "属性"),
                List.of("民生福祉", "9. 劳动年龄人口平均受教育年限(年)", "11.3", "11.7", "—", "约束性"),
                List.of("", "10. 每千人口拥有执业医师", "", "", "", ""),
                List.of("民生福祉", "", "", "", "", ""),
                List.of("", "数(人)", "3.1", "3.7", "—", "预期性"),
                List.of("安全保障", "11. 粮食综合生产能力(亿吨)", "0.69", "0.72左", "—", "约束性"),
                List.of("", "", "", "右", "", ""),
                List.of("安全保障", "12. 能源综合生产能力(亿吨标准煤)", "51.3", "58", "—", "约束性"));
        byte[] pdf = DocumentWriters.pdfLines(lines, DocumentWriters.cjkFont(), 2);

        assertThat(PlanDocuments.read("plan.pdf", pdf, null).lines())
                .containsSubsequence(
                        "类别\t指标\t2025年\t2030年\t年均/累计\t属性",
                        "民生福祉\t9. 劳动年龄人口平均受教育年限(年)\t11.3\t11.7\t—\t约束性",
                        "民生福祉\t10. 每千人口拥有执业医师数(人)\t3.1\t3.7\t—\t预期性",
                        "安全保障\t11. 粮食综合生产能力(亿吨)\t0.69\t0.72左右\t—\t约束性",
                        "安全保障\t12. 能源综合生产能力(亿吨标准煤)\t51.3\t58\t—\t约束性");
    }
}
