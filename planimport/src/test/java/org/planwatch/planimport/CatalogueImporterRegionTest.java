package org.planwatch.planimport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.planwatch.domain.Departments;
import org.planwatch.domain.IndicatorDictionary;
import org.planwatch.domain.Target;

/** The region the user gives with --region, for plans whose titles name none the dictionary holds. */
class CatalogueImporterRegionTest {
    private static final String TAISHAN_PLAN = """
            台山市卫生健康事业发展“十五五”规划

            表1 “十五五”时期卫生健康事业主要发展指标
            序号\t指标\t单位\t2025年\t2030年\t属性
            1\t每千人口拥有医疗卫生机构床位数\t张\t5.20\t6.40\t预期性
            """;

    private static CatalogueImporter importer(ImportOptions options) {
        return new CatalogueImporter(
                IndicatorDictionary.bundled(), PlanNamerTest.REGIONS, Departments.bundled(), options);
    }

    @Test
    void shouldPutThePlanInTheRegionTheUserGives(@TempDir Path dir) throws IOException {
        Path plan = Files.writeString(dir.resolve("taishan.txt"), TAISHAN_PLAN);
        CatalogueImporter.Result r = importer(ImportOptions.region("440700")).read(List.of(plan));
        assertThat(r.problems()).isEmpty();
        assertThat(r.targets()).singleElement().satisfies(t -> {
            assertThat(t.plan()).isEqualTo("jm-health-15");
            assertThat(t.region()).isEqualTo("440700");
            assertThat(t.targetYear()).isEqualTo(2030);
        });
    }

    @Test
    void shouldReportAPlanWhoseRegionItCannotTellWithoutOne(@TempDir Path dir) throws IOException {
        Path plan = Files.writeString(dir.resolve("taishan.txt"), TAISHAN_PLAN);
        CatalogueImporter.Result r = importer(ImportOptions.defaults()).read(List.of(plan));
        assertThat(r.targets()).isEmpty();
        assertThat(r.problems()).singleElement().asString().contains("--region");
    }

    @Test
    void shouldKeepTheOldConstructorReadingRegionsFromTitles(@TempDir Path dir) throws IOException {
        Path plan = Files.writeString(dir.resolve("jiangmen.txt"), TAISHAN_PLAN.replace("台山市", "江门市"));
        CatalogueImporter.Result r = new CatalogueImporter(
                        IndicatorDictionary.bundled(), PlanNamerTest.REGIONS, Departments.bundled())
                .read(List.of(plan));
        assertThat(r.targets()).extracting(Target::plan).containsExactly("jm-health-15");
    }

    /** A table copied on its own that names no region: 国内生产总值 is the nation's product, so the plan is the nation's. */
    @Test
    void shouldGiveATableOfTheNationsAccountsToTheNation(@TempDir Path dir) throws IOException {
        Path table = Files.writeString(dir.resolve("main.txt"), """
                “十五五”时期经济社会发展主要指标
                类别\t指标\t2025年\t2030年\t属性
                经济发展\t国内生产总值增长（%）\t5\t保持在合理区间\t预期性
                经济发展\t常住人口城镇化率（%）\t67.9\t71\t预期性
                """);
        CatalogueImporter.Result r = importer(ImportOptions.defaults()).read(List.of(table));
        assertThat(r.targets())
                .isNotEmpty()
                .allSatisfy(t -> assertThat(t.region()).isEqualTo("CN"));
        Path regional = Files.writeString(dir.resolve("regional.txt"), """
                “十五五”时期经济社会发展主要指标
                类别\t指标\t2025年\t2030年\t属性
                经济发展\t地区生产总值增长（%）\t5\t5左右\t预期性
                """);
        assertThat(importer(ImportOptions.defaults()).read(List.of(regional)).problems())
                .anyMatch(p -> p.contains("cannot tell the region"));
    }

    /** A work report that prints no year: the user gives the year its 今年 means, and the region it does not name. */
    @Test
    void shouldDateThisYearsGoalsByTheYearTheUserGives(@TempDir Path dir) throws IOException {
        Path report = Files.writeString(dir.resolve("report.txt"), """
                20日，市政府工作报告提请审议。
                今年经济社会发展的主要预期目标是：地区生产总值增长5.5%左右，城镇调查失业率5.5%左右。
                """);
        assertThat(importer(ImportOptions.region("440700"))
                        .read(List.of(report))
                        .targets())
                .as("without a year, 今年 is not dated")
                .isEmpty();
        CatalogueImporter.Result r =
                importer(ImportOptions.region("440700").withYear(2026)).read(List.of(report));
        assertThat(r.targets())
                .extracting(Target::plan, Target::indicator, Target::targetYear, Target::targetValue)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("jm-annual-2026", "gdp_growth", 2026, 5.5),
                        org.assertj.core.groups.Tuple.tuple(
                                "jm-annual-2026", "surveyed_urban_unemployment", 2026, 5.5));
    }

    /**
     * A city's notice whose title names no place (市政府关于印发《…方案》的通知): the government that signs it, or
     * that the portal's page names as its publisher, is whose goals they are.
     */
    @Test
    void shouldTakeTheRegionOfTheLocalGovernmentThatIssuesAPlanWhoseTitleNamesNone(@TempDir Path dir)
            throws IOException {
        String notice = """
                市政府关于印发《2026年市政府主要工作目标任务分解落实方案》的通知
                各区人民政府，市府各委办局：
                现将《2026年市政府主要工作目标任务分解落实方案》印发给你们，请认真贯彻落实。
                江门市人民政府
                2026年2月8日
                2026年市政府主要工作目标任务分解落实方案
                1.地区生产总值增长5%以上，一般公共预算收入增长1%左右。（市发展改革局、市财政局主办）
                """;
        Path signed = Files.writeString(dir.resolve("signed.txt"), notice);
        Path published = Files.writeString(
                dir.resolve("published.txt"), "发布机构：江门市人民政府　　发布日期：2026-02-08\n" + notice.replace("江门市人民政府\n", ""));
        Path unsigned = Files.writeString(dir.resolve("unsigned.txt"), notice.replace("江门市人民政府\n", ""));

        for (Path plan : List.of(signed, published)) {
            assertThat(importer(ImportOptions.defaults()).read(List.of(plan)).targets())
                    .as(plan.getFileName().toString())
                    .extracting(Target::plan, Target::indicator, Target::targetValue)
                    .containsExactlyInAnyOrder(
                            org.assertj.core.groups.Tuple.tuple("jm-annual-2026", "gdp_growth", 5.0),
                            org.assertj.core.groups.Tuple.tuple("jm-annual-2026", "fiscal_revenue_growth", 1.0));
        }
        assertThat(importer(ImportOptions.defaults()).read(List.of(unsigned)).targets())
                .as("signed by no one: no region")
                .isEmpty();
    }

    /**
     * A page a city's portal publishes of the province's notice (发布机构 the city, 省政府关于印发… signed by the
     * province): the province's goals; and a district whose name several cities' districts share (朝阳区) is not
     * guessed.
     */
    @Test
    void shouldTakeTheSignatureOfTheLevelTheTitleNamesAndGuessNoSharedName(@TempDir Path dir) throws IOException {
        Path forwarded = Files.writeString(dir.resolve("forwarded.txt"), """
                发布机构：南京市人民政府　　发布日期：2026-02-20
                省政府关于印发《2026年省政府主要工作目标任务分解落实方案》的通知
                现将《2026年省政府主要工作目标任务分解落实方案》印发给你们，请认真贯彻落实。
                江苏省人民政府
                2026年2月8日
                2026年省政府主要工作目标任务分解落实方案
                1.地区生产总值增长5%左右，一般公共预算收入增长1%左右。（省发展改革委、省财政厅主办）
                """);
        assertThat(CatalogueImporter.bundled().read(List.of(forwarded)).targets())
                .extracting(Target::region)
                .containsOnly("320000")
                .hasSize(2);
        Path shared = Files.writeString(dir.resolve("shared.txt"), """
                区政府关于印发《2026年区政府主要工作目标任务分解落实方案》的通知
                现将《2026年区政府主要工作目标任务分解落实方案》印发给你们，请认真贯彻落实。
                朝阳区人民政府
                2026年2月8日
                2026年区政府主要工作目标任务分解落实方案
                1.地区生产总值增长5%以上，一般公共预算收入增长1%左右。
                """);
        CatalogueImporter.Result r = CatalogueImporter.bundled().read(List.of(shared));
        assertThat(r.targets()).isEmpty();
        assertThat(r.problems()).singleElement().asString().contains("--region");
    }
}
