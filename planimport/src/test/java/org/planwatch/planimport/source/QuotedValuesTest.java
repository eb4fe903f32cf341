package org.planwatch.planimport.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class QuotedValuesTest {
    @Test
    void shouldTurnALineOfDataIntoItsChineseTextAndLeaveEveryOtherLineAsItIs() {
        assertThat(QuotedValues.unwrapped(List.of(
                        "    { category: \"量化目标\", text: \"2030年人工智能产业规模达到2000亿元\" },",
                        "  \"summary\": \"加强光芯片布局。\",",
                        "      \"打造\\\"世界光谷\\\"\",",
                        "  \"路径\": \"目录\\\\n下的新建\\n项目\"",
                        "  intensity: \"high\",",
                        "他说：\"到2030年达到5%\"。",
                        "const SOURCE = \"武汉市十五五规划纲要\";",
                        "地区生产总值\t5%左右")))
                .containsExactly(
                        "量化目标。2030年人工智能产业规模达到2000亿元。",
                        "加强光芯片布局。",
                        "打造\"世界光谷\"。",
                        "目录\\n下的新建 项目。",
                        "  intensity: \"high\",",
                        "他说：\"到2030年达到5%\"。",
                        "const SOURCE = \"武汉市十五五规划纲要\";",
                        "地区生产总值\t5%左右");
    }
}
