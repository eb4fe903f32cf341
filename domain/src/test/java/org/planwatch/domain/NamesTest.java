package org.planwatch.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NamesTest {
    @Test
    void shouldWriteBracketsWidthsQuotesAndSpacesOneWay() {
        assertThat(Names.normalize("每千人口拥有执业（助理）医师数")).isEqualTo("每千人口拥有执业(助理)医师数");
        assertThat(Names.normalize("【数字经济】核心产业")).isEqualTo("(数字经济)核心产业");
        assertThat(Names.normalize("“十四五” 规划")).isEqualTo("十四五规划");
        assertThat(Names.normalize("PM _{2.5}")).isEqualTo("PM2.5");
        // a copy that lost the braces keeps the mark
        assertThat(Names.normalize("细颗粒物(PM_2.5)年平均浓度")).isEqualTo("细颗粒物(PM2.5)年平均浓度");
    }

    @Test
    void shouldDropAUnitPrintedInBracketsAtTheEndOnly() {
        assertThat(Names.normalize("城镇调查失业率（%）")).isEqualTo("城镇调查失业率");
        assertThat(Names.normalize("每十万人口拥有数(1/10万)")).isEqualTo("每十万人口拥有数");
        assertThat(Names.normalize("居民消费价格指数（以上年为100）")).isEqualTo("居民消费价格指数(以上年为100)");
        assertThat(Names.normalize("(%)")).as("a unit alone is kept").isEqualTo("(%)");
    }

    /** 国内生产总值(GDP)增长 in a report is the dictionary's 国内生产总值增长: the abbreviation adds nothing. */
    @Test
    void shouldDropAnAbbreviationInBracketsInsideAName() {
        assertThat(Names.normalize("国内生产总值（GDP）增长")).isEqualTo("国内生产总值增长");
        assertThat(Names.normalize("研究与试验发展(R&D)经费投入强度")).isEqualTo("研究与试验发展经费投入强度");
        // a qualifier in Chinese is part of the name
        assertThat(Names.normalize("执业(助理)医师数")).isEqualTo("执业(助理)医师数");
    }
}
