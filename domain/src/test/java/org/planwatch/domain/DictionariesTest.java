package org.planwatch.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A user's directory laid over the bundled dictionaries: rows replaced by code, rows added, bad rows named by file and line. */
class DictionariesTest {
    private static final String INDICATORS_HEADER =
            "code\tname_en\tunit\tdirection\tpath\trange\tgrowth_of\tstandard\tlinked_to\tdepartment\tnames\n";
    private static final String REGIONS_HEADER = "code\tname_zh\tslug\tlevel\tdepartment_prefix\tnames\n";

    @TempDir
    Path dir;

    @Test
    void shouldLayAUsersRowsOverTheBundledOnes() throws IOException {
        Files.writeString(
                dir.resolve("indicators.tsv"),
                INDICATORS_HEADER
                        + "# a planning office's own wording of beds, and an indicator of its own\n"
                        + "hospital_beds_per_1000\tBeds per 1,000\t张\tHIGHER_IS_BETTER\tlinear\t0..\t\t\t\t卫生健康局\t每千人床位\n"
                        + "happiness_index\tHappiness index\t%\tHIGHER_IS_BETTER\tlinear\t0..100\t\t\t\t统计局\t幸福指数\n");
        Files.writeString(
                dir.resolve("regions.tsv"),
                REGIONS_HEADER + "320500\t苏州市\tsz\tcity\t市\t苏州市|苏州|姑苏\n"
                        + "440700\t江门市\tjiangmen\tcity\t市\t江门市|江门|侨都\n");
        Files.writeString(dir.resolve("departments.tsv"), "department\tnational\tprovince\n数据局\t国家数据局\t省政务服务和数据管理局\n");

        Dictionaries d = Dictionaries.load(Optional.of(dir));

        assertThat(d.indicators().code("hospital_beds_per_1000"))
                .get()
                .extracting(Indicator::nameEn)
                .isEqualTo("Beds per 1,000");
        assertThat(d.indicators().find("", "每千人床位"))
                .get()
                .extracting(Indicator::code)
                .isEqualTo("hospital_beds_per_1000");
        assertThat(d.indicators().find("", "每千人口拥有医疗卫生机构床位数"))
                .as("the replaced row's names go with it")
                .isEmpty();
        assertThat(d.indicators().find("", "幸福指数"))
                .get()
                .extracting(Indicator::code)
                .isEqualTo("happiness_index");
        assertThat(d.indicators().all())
                .hasSize(IndicatorDictionary.bundled().all().size() + 1);
        assertThat(d.regions().mentionedIn("姑苏“十五五”规划"))
                .get()
                .extracting(Region::slug)
                .isEqualTo("sz");
        assertThat(d.regions().code("440700")).get().extracting(Region::slug).isEqualTo("jiangmen");
        assertThat(d.regions().named("侨都")).get().extracting(Region::code).isEqualTo("440700");
        assertThat(d.regions().code("440703"))
                .as("the bundled regions stay")
                .get()
                .extracting(Region::slug)
                .isEqualTo("pj");
        assertThat(d.departments().stems()).contains("数据局", "卫生健康局");
    }

    @Test
    void shouldGiveTheBundledDictionariesWithoutADirectory() {
        Dictionaries d = Dictionaries.load(Optional.empty());
        assertThat(d.indicators().all())
                .hasSameSizeAs(IndicatorDictionary.bundled().all());
        assertThat(d.regions().all()).hasSameSizeAs(RegionDictionary.bundled().all());
    }

    @Test
    void shouldNameTheFileAndLineOfABadRow() throws IOException {
        Path file = dir.resolve("indicators.tsv");
        Files.writeString(
                file,
                INDICATORS_HEADER
                        + "happiness_index\tHappiness index\t%\tHIGHER_IS_BETTER\tlinear\t0..100\t\t\t\t\t幸福指数\n"
                        + "Bad Code\tx\t%\tSIDEWAYS\tlinear\t\t\t\t\t\tx\n");
        assertThatThrownBy(() -> Dictionaries.load(Optional.of(dir)))
                .isInstanceOf(CatalogueFormatException.class)
                .hasMessageContaining(file + ":3: code 'Bad Code' is not lower_snake_case");
    }

    @Test
    void shouldRefuseAUsersIndicatorOfADepartmentWithoutNames() throws IOException {
        Files.writeString(
                dir.resolve("indicators.tsv"),
                INDICATORS_HEADER
                        + "happiness_index\tHappiness index\t%\tHIGHER_IS_BETTER\tlinear\t\t\t\t\t幸福局\t幸福指数\n");
        assertThatThrownBy(() -> Dictionaries.load(Optional.of(dir)))
                .isInstanceOf(CatalogueFormatException.class)
                .hasMessageContaining("[幸福局]");
    }

    @Test
    void shouldRefuseADirectoryThatIsMissingOrEmpty() {
        assertThatThrownBy(() -> Dictionaries.load(Optional.of(dir.resolve("nowhere"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("does not exist");
        assertThatThrownBy(() -> Dictionaries.load(Optional.of(dir)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("holds none of indicators.tsv, regions.tsv, departments.tsv");
    }

    @Test
    void shouldTakeTheDirectoryFromTheOptionBeforeTheEnvironment() {
        Map<String, String> env = Map.of(Dictionaries.ENVIRONMENT, "/srv/dict");
        assertThat(Dictionaries.directory("/home/me/dict", env)).contains(Path.of("/home/me/dict"));
        assertThat(Dictionaries.directory(null, env)).contains(Path.of("/srv/dict"));
        assertThat(Dictionaries.directory(null, Map.of())).isEmpty();
    }

    @Test
    void shouldKnowAReadingOfAGeneratedIndicatorFromTheCataloguesTargets() {
        String code = IndicatorResolver.codeOf("幸福指数");
        Target t = Target.builder("x-14", "440700", code)
                .names("幸福指数", null)
                .unit("%")
                .target(2025, 90.0)
                .direction(Direction.HIGHER_IS_BETTER)
                .source("plan.txt:6")
                .build();
        ReadingCheck withCatalogue = Dictionaries.bundled().readingCheck(TargetCatalogue.of(List.of(t)));
        assertThat(withCatalogue.check("440700", code, "%", 85)).isEmpty();
        assertThat(withCatalogue.check("440700", code, "个", 85))
                .get()
                .extracting(ReadingCheck.Refusal::reason)
                .isEqualTo(ReadingCheck.WRONG_UNIT);
        assertThat(new ReadingCheck(IndicatorDictionary.bundled(), RegionDictionary.bundled())
                        .check("440700", code, "%", 85))
                .get()
                .extracting(ReadingCheck.Refusal::reason)
                .isEqualTo(ReadingCheck.UNKNOWN_INDICATOR);
    }
}
