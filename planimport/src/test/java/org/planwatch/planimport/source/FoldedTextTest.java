package org.planwatch.planimport.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class FoldedTextTest {

    @Test
    void shouldFoldATraditionalDocumentAndGiveBackThePrintedText() {
        FoldedText text = FoldedText.of(List.of("標題", "人均預期壽命提高到80歲。經(jīng)濟增長"));

        assertThat(text.lines()).containsExactly("标题", "人均预期寿命提高到80岁。经济增长");
        assertThat(text.printed(1, "人均预期寿命")).isEqualTo("人均預期壽命");
        assertThat(text.printed(1, "经济增长")).isEqualTo("經(jīng)濟增長");
    }

    @Test
    void shouldLeaveOutPinyinAConverterWroteWithASpaceInItsBracket() {
        FoldedText text = FoldedText.of(List.of("標題", "全國航運工作會(huì )議在京召開(kāi)"));

        assertThat(text.lines().get(1)).isEqualTo("全国航运工作会议在京召开");
    }

    @Test
    void shouldReadChineseWordNumeralsAndFullWidthFormsAsNumbers() {
        FoldedText text = FoldedText.of(List.of("福建規劃綱要：ＧＤＰ年均增長百分之五左右，二○三○年達到百分之三點五。"));

        assertThat(text.lines()).containsExactly("福建规划纲要：GDP年均增长5%左右，二〇三〇年达到3.5%。");
        assertThat(text.printed(0, "GDP年均增长5%左右")).isEqualTo("ＧＤＰ年均增長百分之五左右");
    }

    /** 聯合報, 2026-03-06: a news page writes counts in words too; 每千人, 一个, 十三个五年 stay words. */
    @Test
    void shouldReadCountsWrittenInWordsBeforeTheirUnit() {
        FoldedText text = FoldedText.of(List.of("城鎮新增就業一千兩百萬人以上；糧食產量一點四兆斤以上；每千人口3張床，一個目標，第十三個五年規劃。"));

        assertThat(text.lines()).containsExactly("城镇新增就业1200万人以上；粮食产量1.4兆斤以上；每千人口3张床，一个目标，第十三个五年规划。");
        assertThat(text.printed(0, "城镇新增就业1200万人以上")).isEqualTo("城鎮新增就業一千兩百萬人以上");
        // an estimate between two figures, and a count that goes on past 万, are not one figure to read
        assertThat(FoldedText.of(List.of("吸纳两三千人，一万二千人")).lines()).containsExactly("吸纳两三千人，一万二千人");
    }

    @Test
    void shouldLeaveASimplifiedDocumentsCharactersAlone() {
        // 著 and 于 are simplified characters too: a simplified text keeps them
        List<String> lines = List.of("成效显著，位于全国前列，于2025年达到80%。");

        assertThat(FoldedText.of(lines).lines()).isEqualTo(lines);
    }
}
