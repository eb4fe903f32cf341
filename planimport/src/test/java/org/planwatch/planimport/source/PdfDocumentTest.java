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
     * A ruled table whose cells wrap onto different numbers of lines, each centred in its row (上海's
     * 专栏 as LibreOffice prints it): one cell's lines stand half a line from another's, and every
     * cell's lines are joined in their order. The lines PDFBox mixes on such a page are {@link
     * MixedLinesTest}'s.
     */
    @Test
    void shouldReadARuledTableWhoseCellsAreCentredInTheirRows() {
        List<List<String>> table = List.of(
                List.of("序号", "指标", "单位", "属性", "年均［累计］"),
                List.of("14", "单位生产总值二氧化碳\n排放降低", "%", "约束性", "［完成国家审\n核衔接后确定\n的目标］"),
                List.of("15", "城镇调查失业率", "%", "预期性", "<5.0"));
        byte[] pdf = DocumentWriters.pdfTable(List.of("主要指标"), table, DocumentWriters.cjkFont(), 2, true);

        assertThat(PlanDocuments.read("plan.pdf", pdf, null).lines())
                .containsSubsequence(
                        "序号\t指标\t单位\t属性\t年均［累计］",
                        "14\t单位生产总值二氧化碳排放降低\t%\t约束性\t［完成国家审核衔接后确定的目标］",
                        "15\t城镇调查失业率\t%\t预期性\t<5.0");
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

    /** A word placed at {@code x} on a line of a test page. */
    private record Placed(float x, String text) {}

    /**
     * Two borderless tables with a note and the second's title between them: each table ends where its note or
     * the next title begins, however few lines they take (a table may hold two lines without cells, its wrapped
     * cells', but a note or a title is not one of them).
     */
    @Test
    void shouldEndABorderlessTableAtItsNoteAndTheNextTablesTitle() throws java.io.IOException {
        List<List<Placed>> lines = List.of(
                List.of(
                        new Placed(50, "类别"),
                        new Placed(110, "指标"),
                        new Placed(330, "2025年"),
                        new Placed(400, "2030年"),
                        new Placed(470, "属性")),
                List.of(
                        new Placed(50, "经济发展"),
                        new Placed(110, "1. 地区生产总值增长(%)"),
                        new Placed(330, "5.5"),
                        new Placed(400, "5左右"),
                        new Placed(470, "预期性")),
                List.of(
                        new Placed(50, "经济发展"),
                        new Placed(110, "2. 全员劳动生产率增长(%)"),
                        new Placed(330, "6"),
                        new Placed(400, "高于GDP增长"),
                        new Placed(470, "预期性")),
                List.of(
                        new Placed(50, "绿色生态"),
                        new Placed(110, "3. 森林覆盖率(%)"),
                        new Placed(330, "45"),
                        new Placed(400, "46"),
                        new Placed(470, "约束性")),
                List.of(new Placed(50, "注：[ ]内为五年累计数。")),
                List.of(new Placed(180, "专栏2 “十五五”时期重大工程")),
                List.of(new Placed(50, "工程"), new Placed(160, "主要内容"), new Placed(420, "投资(亿元)")),
                List.of(new Placed(50, "交通"), new Placed(160, "新建高速公路1000公里、铁路500公里"), new Placed(420, "3000")),
                List.of(new Placed(50, "水利"), new Placed(160, "新建大中型水库10座、灌区改造30处"), new Placed(420, "800")));
        byte[] pdf;
        try (org.apache.pdfbox.pdmodel.PDDocument doc = new org.apache.pdfbox.pdmodel.PDDocument();
                java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream()) {
            org.apache.pdfbox.pdmodel.font.PDFont font =
                    DocumentWriters.cjkFont().load(doc);
            org.apache.pdfbox.pdmodel.PDPage a4 =
                    new org.apache.pdfbox.pdmodel.PDPage(org.apache.pdfbox.pdmodel.common.PDRectangle.A4);
            doc.addPage(a4);
            try (org.apache.pdfbox.pdmodel.PDPageContentStream page =
                    new org.apache.pdfbox.pdmodel.PDPageContentStream(doc, a4)) {
                float y = 780;
                for (List<Placed> line : lines) {
                    for (Placed word : line) {
                        page.beginText();
                        page.setFont(font, 10);
                        page.newLineAtOffset(word.x(), y);
                        page.showText(word.text());
                        page.endText();
                    }
                    y -= 15;
                }
            }
            doc.save(out);
            pdf = out.toByteArray();
        }

        assertThat(PlanDocuments.read("plan.pdf", pdf, null).lines())
                .containsSubsequence(
                        "绿色生态\t3. 森林覆盖率(%)\t45\t46\t约束性", "注：[ ]内为五年累计数。", "专栏2 “十五五”时期重大工程", "工程\t主要内容\t投资(亿元)");
    }
}
