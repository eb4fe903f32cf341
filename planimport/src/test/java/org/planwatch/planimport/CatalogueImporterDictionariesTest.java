package org.planwatch.planimport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.planwatch.domain.CatalogueFormatException;
import org.planwatch.domain.Departments;
import org.planwatch.domain.Dictionaries;
import org.planwatch.domain.IndicatorDictionary;
import org.planwatch.domain.IndicatorResolver;
import org.planwatch.domain.RegionDictionary;
import org.planwatch.domain.Target;

class CatalogueImporterDictionariesTest {
    private static final String SUZHOU_PLAN = """
            苏州市国民经济和社会发展第十五个五年规划主要指标
            序号\t指标\t单位\t2025年\t2030年\t属性
            1\t每千人口拥有医疗卫生机构床位数\t张\t6.10\t6.80\t预期性
            2\t数据要素市场交易额\t亿元\t120\t300\t预期性
            """;

    @TempDir
    Path dir;

    @Test
    void anImporterRefusesDictionariesThatDisagree() {
        Departments few =
                Departments.read(new StringReader("department\tnational\tprovince\n科技局\t科技部\t省科技厅\n"), "few.tsv");
        assertThatThrownBy(() -> new CatalogueImporter(IndicatorDictionary.bundled(), RegionDictionary.bundled(), few))
                .isInstanceOf(CatalogueFormatException.class)
                .hasMessageContaining("卫生健康局");
    }

    @Test
    void shouldImportAFifteenthPlanOfAnyDivisionWithAnIndicatorOfItsOwn() throws IOException {
        Path plan = dir.resolve("suzhou.txt");
        Files.writeString(plan, SUZHOU_PLAN);

        CatalogueImporter.Result r = CatalogueImporter.bundled().read(List.of(plan));

        assertThat(r.problems()).isEmpty();
        // the period's part of the id is Plan's (十五五 or the target year): only the region's part is asserted
        assertThat(r.targets()).extracting(Target::plan).allMatch(id -> id.startsWith("320500-"));
        assertThat(r.targets()).extracting(Target::region).containsOnly("320500");
        Target trade = r.targets().get(1);
        assertThat(trade.indicator()).isEqualTo(IndicatorResolver.codeOf("数据要素市场交易额"));
        assertThat(trade.unit()).isEqualTo("亿元");
        assertThat(trade.targetValue()).isEqualTo(300.0);
        assertThat(trade.review()).isEqualTo("indicator-not-in-dictionary;direction-inferred");
        assertThat(r.targets().get(0).department()).isEqualTo("市卫生健康局");
    }

    @Test
    void shouldImportWithAUsersDictionariesOverTheBundledOnes() throws IOException {
        Path plan = dir.resolve("suzhou.txt");
        Files.writeString(plan, SUZHOU_PLAN);
        Path user = Files.createDirectory(dir.resolve("dictionary"));
        Files.writeString(
                user.resolve("regions.tsv"),
                "code\tname_zh\tslug\tlevel\tdepartment_prefix\tnames\n320500\t苏州市\tsz\tcity\t市\t苏州市|苏州\n");
        Files.writeString(
                user.resolve("indicators.tsv"),
                "code\tname_en\tunit\tdirection\tpath\trange\tgrowth_of\tstandard\tlinked_to\tdepartment\tnames\n"
                        + "data_market_turnover\tData market turnover\t亿元\tHIGHER_IS_BETTER\tcompound\t0..\t\t\t\t发改局"
                        + "\t数据要素市场交易额\n");

        CatalogueImporter.Result r =
                CatalogueImporter.of(Dictionaries.load(Optional.of(user))).read(List.of(plan));

        assertThat(r.problems()).isEmpty();
        assertThat(r.targets()).extracting(Target::plan).allMatch(id -> id.startsWith("sz-"));
        assertThat(r.targets())
                .extracting(Target::indicator, Target::review)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("hospital_beds_per_1000", ""),
                        org.assertj.core.groups.Tuple.tuple("data_market_turnover", ""));
    }
}
