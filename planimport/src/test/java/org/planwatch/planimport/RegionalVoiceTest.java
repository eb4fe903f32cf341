package org.planwatch.planimport;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.planwatch.domain.RegionDictionary;

/** Who states a goal in a digest of several regions' reports. */
class RegionalVoiceTest {
    private final RegionalVoice voices = new RegionalVoice(RegionDictionary.bundled());

    @Test
    void shouldTellADigestFromAReportThatSpeaksOfMore() {
        assertThat(RegionalVoice.isDigest(List.of("从就业到教育，2026年地方两会释放哪些民生信号"))).isTrue();
        assertThat(RegionalVoice.isDigest(List.of("让发展成果更多地惠及全市人民"))).isFalse();
    }

    @Test
    void shouldFindTheRegionThatStatesTheGoalNotTheOneAUniversityIsNamedAfter() {
        var nation = RegionDictionary.bundled().code("CN").orElseThrow();
        assertThat(voices.of("人口大省河南明确，城镇新增就业110万人以上", nation))
                .hasValueSatisfying(r -> assertThat(r.code()).isEqualTo("410000"));
        assertThat(voices.of("北京大学教授田轩表示，今年定4.5%至5%区间", nation)).isEmpty();
    }
}
