package org.planwatch.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A statistic's other wordings find its dictionary row; a wording two rows share finds neither. */
class NameVariantsTest {
    private static final IndicatorDictionary BUNDLED = IndicatorDictionary.bundled();

    @Test
    void shouldFindTheDictionaryRowUnderAnotherWordingOfTheSameStatistic() {
        // 15th-plan prose: 单位GDP能耗下降10%左右 (a chapter of the national outline)
        assertThat(BUNDLED.find(null, "单位GDP能耗下降").map(Indicator::code)).hasValue("energy_intensity_reduction");
        assertThat(BUNDLED.find(null, "单位国内生产总值能源消耗降低").map(Indicator::code)).hasValue("energy_intensity_reduction");
        assertThat(BUNDLED.find(null, "单位地区生产总值二氧化碳排放累计降低").map(Indicator::code))
                .hasValue("co2_intensity_reduction");
        assertThat(BUNDLED.find(null, "万元地区生产总值用水量下降").map(Indicator::code))
                .hasValue("water_use_per_10k_gdp_reduction");
    }

    @Test
    void shouldKeepANameAsPrintedWhereItIsInTheDictionary() {
        assertThat(NameVariants.fold("地区生产总值")).isEqualTo("GDP");
        assertThat(BUNDLED.find(null, "地区生产总值").map(Indicator::code)).hasValue("gdp");
        // not a variant of anything the dictionary holds: no guess
        assertThat(BUNDLED.find(null, "单位GDP用电量下降")).isEmpty();
    }

    @Test
    void shouldAnswerNothingWhereTwoIndicatorsShareAWording(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("indicators.tsv");
        Files.writeString(
                file,
                "code\tname_en\tunit\tdirection\tpath\trange\tgrowth_of\tstandard\tlinked_to\tdepartment\tnames\n"
                        + "fall_a\tA\t%\tHIGHER_IS_BETTER\treduction\t\t\t\t\t统计局\t单位产值水耗下降\n"
                        + "fall_b\tB\t%\tHIGHER_IS_BETTER\treduction\t\t\t\t\t统计局\t单位产值水耗降低率\n");

        IndicatorDictionary d = IndicatorDictionary.bundledWith(file);

        assertThat(d.find(null, "单位产值水耗下降").map(Indicator::code)).hasValue("fall_a");
        assertThat(d.find(null, "单位产值水耗降低率").map(Indicator::code)).hasValue("fall_b");
        assertThat(d.find(null, "单位产值水耗减少")).isEmpty();
    }
}
