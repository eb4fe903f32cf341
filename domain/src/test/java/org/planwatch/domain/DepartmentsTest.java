package org.planwatch.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class DepartmentsTest {
    private final Departments departments = Departments.bundled();

    private static Region region(String level, String prefix) {
        return new Region("X", "某地", "x", level, prefix, List.of("某地"));
    }

    @Test
    void ministriesAndProvincialDepartmentsHaveNamesOfTheirOwn() {
        assertThat(departments.nameIn("卫生健康局", region("national", "国家"))).isEqualTo("国家卫生健康委");
        assertThat(departments.nameIn("卫生健康局", region("province", "省"))).isEqualTo("省卫生健康委");
        assertThat(departments.nameIn("科技局", region("province", "省"))).isEqualTo("省科技厅");
        assertThat(departments.nameIn("发改局", region("national", "国家"))).isEqualTo("国家发展改革委");
    }

    @Test
    void anAutonomousRegionOrAMunicipalityPutsItsOwnPrefixBeforeTheProvincialName() {
        assertThat(departments.nameIn("卫生健康局", region("province", "自治区"))).isEqualTo("自治区卫生健康委");
        assertThat(departments.nameIn("科技局", region("province", "市"))).isEqualTo("市科技厅");
        RegionDictionary regions = RegionDictionary.bundled();
        assertThat(departments.nameIn("卫生健康局", regions.code("150000").orElseThrow()))
                .isEqualTo("自治区卫生健康委");
        assertThat(departments.nameIn("卫生健康局", regions.code("320583").orElseThrow()))
                .as("a county-level city")
                .isEqualTo("市卫生健康局");
        assertThat(departments.nameIn("卫生健康局", regions.code("150627").orElseThrow()))
                .as("a banner")
                .isEqualTo("旗卫生健康局");
    }

    @Test
    void cityAndDistrictDepartmentsAreThePrefixAndTheStem() {
        assertThat(departments.nameIn("卫生健康局", region("city", "市"))).isEqualTo("市卫生健康局");
        assertThat(departments.nameIn("卫生健康局", region("district", "区"))).isEqualTo("区卫生健康局");
        assertThat(departments.nameIn("科技局", region("zone", "区"))).isEqualTo("区科技局");
    }

    @Test
    void anUnknownDepartmentIsNamedInTheError() {
        assertThatThrownBy(() -> departments.nameIn("宇航局", region("city", "市")))
                .hasMessageContaining("宇航局")
                .hasMessageContaining("departments.tsv");
    }

    @Test
    void everyDepartmentTheIndicatorDictionaryNamesHasNames() {
        assertThat(departments.stems())
                .containsAll(IndicatorDictionary.bundled().departments());
    }

    @Test
    void aStemTwiceIsRefused() {
        assertThatThrownBy(() -> Departments.read(
                        new StringReader("department\tnational\tprovince\n科技局\t科技部\t省科技厅\n科技局\t科技部\t省科技厅\n"),
                        "twice.tsv"))
                .hasMessageContaining("科技局 appears twice");
    }
}
