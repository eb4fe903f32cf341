package org.planwatch.planimport.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Markdown: GFM tables as tab rows, text without its markup, each output line at its source line. */
class MarkdownDocumentTest {

    private static PlanDocument read(String name, String text) {
        return PlanDocuments.read(name, text.getBytes(StandardCharsets.UTF_8), null);
    }

    @Test
    void shouldReadTablesAsTabRowsAtTheirSourceLines() {
        String md = DocumentWriters.markdown("“十五五”规划纲要", IndicatorTables.FIFTEENTH_PLAN);

        PlanDocument document = read("plan.md", md);

        assertThat(document.format()).isEqualTo(DocumentFormat.MARKDOWN);
        assertThat(document.lines())
                .containsExactly(
                        "“十五五”规划纲要",
                        "",
                        "指标\t单位\t2025年\t2030年\t属性",
                        "", // the delimiter row
                        "国内生产总值增长\t%\t5.0\t保持在合理区间\t预期性",
                        "研发经费投入强度\t%\t2.68\t3.2以上\t预期性",
                        "人均预期寿命\t岁\t79\t80\t预期性",
                        "单位国内生产总值二氧化碳排放降低\t%\t—\t[17]\t约束性");
    }

    @Test
    void shouldKeepEachParagraphLineAtItsLineWithoutMarkup() {
        String md = """
                ## 第一章 发展目标

                到2030年，**研发经费投入强度**达到3.2%以上，
                人均预期寿命达到`80`岁。

                - 单位国内生产总值二氧化碳排放降低17%
                > 森林覆盖率达到25%左右
                """;

        assertThat(read("plan.md", md).lines())
                .containsExactly(
                        "第一章 发展目标",
                        "",
                        "到2030年，研发经费投入强度达到3.2%以上，",
                        "人均预期寿命达到80岁。",
                        "",
                        "单位国内生产总值二氧化碳排放降低17%",
                        "森林覆盖率达到25%左右");
    }

    @Test
    void shouldTellMarkdownByItsTableWhateverTheFileIsCalled() {
        String md = DocumentWriters.markdown("规划", IndicatorTables.FIFTEENTH_PLAN);

        assertThat(read("plan", md).format()).isEqualTo(DocumentFormat.MARKDOWN);
        assertThat(read("plan.txt", md).format()).isEqualTo(DocumentFormat.TEXT);
        assertThat(read("plan.txt", md).lines())
                .as("a text file's pipe table reads the same")
                .isEqualTo(read("plan.md", md).lines().stream()
                        .map(l -> l.equals("规划") ? "# 规划" : l)
                        .toList());
    }

    @Test
    void shouldReadEscapedPipesAndInlineMarkupInCells() {
        String md = "| 指标 | 目标 |\n|---|---|\n| **人均预期寿命** | 80 \\| 81 |\n";

        assertThat(read("plan.md", md).lines()).containsExactly("指标\t目标", "", "人均预期寿命\t80 | 81");
    }

    @Test
    void shouldReadATableLeftAsHtmlByItsGridWithMergedCells() {
        // pandoc writes a table with merged cells (Word's 类别 spanning rows) as HTML inside the markdown
        String md = """
                # 规划纲要

                <table>
                <tr><td>类别</td><td>指标</td><td>单位</td><td>2030年</td><td>属性</td></tr>
                <tr><td rowspan="2">经济发展</td><td>地区生产总值增长</td><td>%</td><td>5左右</td><td>预期性</td></tr>
                <tr><td>全员劳动生产率</td><td>万元/人</td><td>36</td><td>预期性</td></tr>
                </table>

                第一章 发展目标
                """;

        assertThat(read("plan.md", md).format())
                .as("a markdown file with an HTML table is still markdown")
                .isEqualTo(DocumentFormat.MARKDOWN);
        assertThat(read("plan.md", md).lines())
                .containsSubsequence(
                        "规划纲要",
                        "类别\t指标\t单位\t2030年\t属性",
                        "经济发展\t地区生产总值增长\t%\t5左右\t预期性",
                        "\t全员劳动生产率\t万元/人\t36\t预期性",
                        "第一章 发展目标");
    }

    @Test
    void shouldRebuildATableCopiedACellALineIntoAParagraph() {
        // a web page's table converted to markdown with its line breaks kept: one cell a line, no blank lines
        String md = """
                “十五五”时期经济社会发展主要指标
                类别
                序号
                指标名称
                2030年
                属性
                经济发展
                1
                地区生产总值增长（%）
                5以上
                预期性
                2
                全员劳动生产率（万元/人）
                35
                预期性
                """;

        assertThat(read("plan.md", md).lines())
                .contains("经济发展\t1\t地区生产总值增长（%）\t5以上\t预期性", "\t2\t全员劳动生产率（万元/人）\t35\t预期性");
    }
}
