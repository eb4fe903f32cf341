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
}
