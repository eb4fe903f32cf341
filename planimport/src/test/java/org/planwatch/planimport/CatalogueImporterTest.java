package org.planwatch.planimport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.planwatch.domain.Seeds;
import org.planwatch.domain.Target;
import org.planwatch.domain.TargetCatalogue;

/** The importer over the five plan documents, and the catalogue shipped from them. */
class CatalogueImporterTest {
    private static CatalogueImporter.Result result;

    @BeforeAll
    static void importTheSeeds() throws IOException {
        List<Path> files;
        try (Stream<Path> list = Files.list(Seeds.directory())) {
            files = list.filter(f -> f.toString().endsWith(".txt")).sorted().toList();
        }
        result = CatalogueImporter.bundled().read(files);
    }

    @Test
    void shouldReadEveryRowOfEveryDocument() {
        assertThat(result.problems()).isEmpty();
    }

    @ParameterizedTest(name = "{0}: {1} tables, {2} indicator rows, {3} targets")
    @CsvSource({
        "000_d9ff63e85bc32c1b.txt, 0, 0, 36",
        "001_b6f12e5de8cae5e7.txt, 1, 12, 12",
        "002_028c46f8710c799b.txt, 8, 204, 212",
        "003_ccb783b58863d6d2.txt, 0, 0, 33",
        "004_945100733698d099.txt, 2, 57, 61",
    })
    void shouldFindTheTablesRowsAndTargetsOfEachDocument(String file, int tables, int rows, int targets) {
        assertThat(result.documents())
                .filteredOn(d -> d.file().equals(file))
                .singleElement()
                .isEqualTo(new CatalogueImporter.DocumentReport(file, tables, rows, targets));
    }

    /**
     * 引进创新创业团队 in a table: an indicator the dictionary lacks is kept under a generated code,
     * flagged for review. In prose (the Torch zone's 引进创新创业团队25个) it stays a notice: prose names
     * loosely, a table says its rows are indicators.
     */
    @Test
    void shouldKeepATableTargetOfAnIndicatorOutsideTheDictionaryFlaggedForReview(
            @org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
        Path plan = dir.resolve("zs15.txt");
        Files.writeString(plan, """
                中山市科技创新“十四五”规划
                专栏1 主要指标
                序号\t指标\t单位\t2020年\t2025年\t属性
                1\t引进创新创业团队\t个\t5\t25\t预期性
                """);
        Target t = CatalogueImporter.bundled().read(List.of(plan)).targets().stream()
                .filter(x -> x.nameZh().equals("引进创新创业团队"))
                .findFirst()
                .orElseThrow();
        assertThat(t.indicator()).isEqualTo(org.planwatch.domain.IndicatorResolver.codeOf("引进创新创业团队"));
        assertThat(t.unit()).isEqualTo("个");
        assertThat(t.targetValue()).isEqualTo(25.0);
        assertThat(t.review()).isEqualTo("indicator-not-in-dictionary;direction-inferred");
    }

    /**
     * The seeds' targets are the dictionary's but two, each from a plan's own prose and kept and
     * flagged for review: a statistic stated as a yearly change (现代服务业占服务业增加值比重每年提高1个百分点以上)
     * and an amount over the period (“十四五”期间完成治理总量不少于80万平方米, the period before the name being
     * when, not what).
     */
    @Test
    void shouldFlagForReviewTheSeedTargetsOutsideTheDictionary() {
        assertThat(result.targets())
                .filteredOn(x -> !x.review().isEmpty())
                .extracting(Target::nameZh, Target::kind)
                .containsExactly(
                        tuple("治理总量", org.planwatch.domain.TargetKind.LEVEL),
                        tuple("现代服务业占服务业增加值比重", org.planwatch.domain.TargetKind.ANNUAL_CHANGE));
    }

    /**
     * Clauses with a number that are not the plan region's targets, sentences about the past, and
     * targets stated twice: each reported. Most are the running text of the documents with tables.
     */
    @Test
    void shouldReportEveryClauseItDidNotKeep() {
        // a list's item number (1.火炬国家高技术开发区, (1)科技服务) is no figure: such a clause says nothing to review
        // and seed 002's cover (a college's evidence material, before the plan it quotes) is said once, not read;
        // the State Council's letter that issues the plan (《“十四五”国民健康规划》已经国务院同意…, line 117) is the plan's
        // 历史 said of anything but a record no longer makes the rest of a paragraph the past: three sentences
        // of the seeds are read clause by clause and said so (no dictionary statistic, no one number), none kept
        assertThat(result.notices()).hasSize(1635);
        assertThat(result.notices())
                .contains("002_028c46f8710c799b.txt:1-116: 9 lines print figures where no plan is named (no plan"
                        + " title, goals heading or report year holds them): not read");
        // a sentence that names later years without 到 sets no year's goal it can tell: said, not dropped
        assertThat(result.notices())
                .contains("003_ccb783b58863d6d2.txt:139: '力争2017年达到3000亿元，2020年达到5000亿元' names a year after"
                        + " the plan's base without saying the sentence sets its goal (到YYYY年): not read");
        assertThat(result.notices())
                .noneMatch(
                        n -> n.matches(".*: '(\\d{1,2}[.．、]|[(（]\\d{1,2}[)）])[^\\d']*' does not read as one number.*"));
        assertThat(result.notices())
                .contains(
                        "003_ccb783b58863d6d2.txt:302: restates the target of invention_patents_per_10000 stated at"
                                + " 003_ccb783b58863d6d2.txt:22; the first is kept",
                        "002_028c46f8710c799b.txt:3367: restates jm-health-14|440700|hospital_beds_per_1000 from"
                                + " 002_028c46f8710c799b.txt:3344; the first is kept")
                .anyMatch(n -> n.startsWith("003_ccb783b58863d6d2.txt:76: ") && n.contains("two regions"));
    }

    /** The prose of the documents with tables restates eight of their targets, in other words, never contradicting. */
    @Test
    void shouldKeepATablesTargetThatTheProseRestates() {
        assertThat(result.notices())
                .filteredOn(n -> n.contains(": the text states "))
                .hasSize(8)
                .contains(
                        "001_b6f12e5de8cae5e7.txt:195: the text states"
                                + " zs-sti-14|442000|high_value_invention_patents_per_10000 as '每万人口高价值发明专利拥有量达8件'"
                                + " for 2025; the table at 001_b6f12e5de8cae5e7.txt:212 ('base 2020: 5.6; target 2025: 8') is kept");
    }

    /** What the 13th plan achieved, told in the 14th plan's prose in the words of a target. */
    @Test
    void shouldNotTakeAPastAchievementForATarget() {
        assertThat(result.targets())
                .filteredOn(t -> t.source().startsWith("004_") && t.source().endsWith(":87"))
                .isEmpty();
        assertThat(result.notices())
                .anyMatch(n -> n.startsWith("004_945100733698d099.txt:87: '全区市场主体总量突破 10 万户")
                        && n.contains("is not a target"));
    }

    @Test
    void shouldShipTheCatalogueTheImporterMakesFromTheSeeds() throws IOException {
        StringBuilder regenerated = new StringBuilder();
        TargetCatalogue.of(result.targets()).writeTsv(regenerated);
        String target = System.getProperty("planwatch.regenerate-catalogue");
        if (target != null) { // -Dplanwatch.regenerate-catalogue=FILE rewrites the shipped copy
            Files.writeString(Path.of(target), regenerated);
        }
        String shipped;
        try (InputStream in = TargetCatalogue.class.getResourceAsStream(TargetCatalogue.BUNDLED)) {
            shipped = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertThat(shipped)
                .as("the shipped catalogue is stale: regenerate it with ./planwatch catalogue import"
                        + " ../shared/seeds/*.txt --out domain/src/main/resources/org/planwatch/domain/catalogue.tsv")
                .isEqualTo(regenerated.toString());
    }

    @Test
    void shouldCiteTheLineOfAMilestoneStatedInItsOwnSentence() {
        Target t = result.targets().stream()
                .filter(x -> x.indicator().equals("equipment_manufacturing_above_scale"))
                .findFirst()
                .orElseThrow();
        assertThat(t.source()).isEqualTo("003_ccb783b58863d6d2.txt:166");
        assertThat(t.milestones())
                .containsExactly(new org.planwatch.domain.Milestone(2017, 3000, "003_ccb783b58863d6d2.txt:164"));
        assertThat(result.notices())
                .contains("003_ccb783b58863d6d2.txt:164: equipment_manufacturing_above_scale by 2017 is kept as a"
                        + " milestone of the target stated at 003_ccb783b58863d6d2.txt:166");
    }

    @Test
    void shouldLoadTheShippedCatalogueWithoutAnError() {
        TargetCatalogue bundled = TargetCatalogue.bundled();
        assertThat(bundled.errors()).isEmpty();
        assertThat(bundled.targets()).isEqualTo(result.targets());
    }

    /**
     * Rows checked by eye against the documents: source line, plan, region, indicator, kind, bound,
     * base year and value, milestone year and value, target year and value, cumulative change,
     * attribute, department, and the real outcome where the plan reports one.
     */
    @ParameterizedTest(name = "{0} {3}")
    @CsvSource(
            delimiter = '|',
            nullValues = "",
            value = {
                // 001 专栏1-1: responsible department printed
                "001:211|zs-sti-14|442000|rd_expenditure_growth|ANNUAL_GROWTH|ABOUT|2020|13.16|||2025|10|||市科技局|false||",
                "001:212|zs-sti-14|442000|high_value_invention_patents_per_10000|LEVEL|EXACT|2020|5.6|||2025|8|||市市场监管局|false||",
                "001:221|zs-sti-14|442000|technology_contract_value|LEVEL|EXACT|2020|7.82|||2025|40|||市科技局|false||",
                // national health plan: forms of every kind
                "002:164|cn-health-14|CN|life_expectancy|CUMULATIVE_CHANGE|EXACT|2020|77.93|||2025|1||预期性|国家卫生健康委|true||",
                "002:165|cn-health-14|CN|healthy_life_expectancy|LINKED|EXACT|2020||||2025|||预期性|国家卫生健康委|true||",
                "002:166|cn-health-14|CN|maternal_mortality|LEVEL|AT_MOST|2020|16.9|||2025|14.5||预期性|国家卫生健康委|true||",
                "002:173|cn-health-14|CN|maternal_child_management_rate|LEVEL|AT_LEAST|2020||||2025|85||预期性|国家卫生健康委|true||",
                "002:176|cn-health-14|CN|child_myopia_rate|ANNUAL_CHANGE|AT_LEAST|2020|52.7|||2025|-0.5||约束性|教育部|true||",
                "002:179|cn-health-14|CN|employee_insurance_inpatient_payment|STABLE|EXACT|2020|85.2|||2025|||预期性|国家医保局|true||",
                "002:183|cn-health-14|CN|national_health_city_share|RISING|EXACT|2020|57.5|||2025|||预期性|国家卫生健康委|true||",
                "002:184|cn-health-14|CN|health_services_scale|LEVEL|AT_LEAST|2020||||2025|11.5||预期性|国家发展改革委|true||",
                // Jiangmen 13th-plan completion: a level and a growth rate on one row; outcomes kept
                "002:1573|jm-13|440700|gdp|UNSTATED|EXACT|2015|2264.19|||2020|||预期性|市发改局|true|3200.95|",
                "002:1573|jm-13|440700|gdp_growth|ANNUAL_GROWTH|EXACT|2015||||2020|9||预期性|市发改局|true|5.9|",
                "002:1577|jm-13|440700|hukou_urbanization_rate|CUMULATIVE_CHANGE|EXACT|2015|42.07|||2020|4||约束性|市发改局|true|54.35|12.28",
                "002:1585|jm-13|440700|fixed_broadband_household_penetration|LEVEL|EXACT|2015|65|||2020|95|29.6|预期性|市工信局|true|109|44",
                "002:1594|jm-13|440700|disposable_income|LEVEL|EXACT|2015|22364|||2020|34300||预期性|市发改局|true|33667|",
                "002:1594|jm-13|440700|disposable_income_growth|ANNUAL_GROWTH|EXACT|2015||||2020|9||预期性|市发改局|true|6.1|",
                "002:1595|jm-13|440700|schooling_years_working_age|CUMULATIVE_CHANGE|AT_LEAST|2015|11.57|||2020|0.6||约束性|市教育局|true|12.2|0.63",
                "002:1603|jm-13|440700|new_construction_land|QUOTA|EXACT|2015|39334|||2020|||约束性|市自然资源局|true||",
                "002:1604|jm-13|440700|water_use_per_10k_gdp|CUMULATIVE_CHANGE|EXACT|2015|120.6|||2020|-33||约束性|市水利局|true|78.34|-35.04",
                "002:1618|jm-13|440700|cod_emissions|LEVEL|EXACT|2015|9.72|||2020|8.66||约束性|市生态环境局|true|8.8|",
                // Jiangmen 14th plan
                "002:1721|jm-14|440700|gdp_growth|ANNUAL_GROWTH|ABOUT|2020||||2025|6||预期性|市发改局|true||",
                "002:1730|jm-14|440700|registered_urban_unemployment|LEVEL|AT_MOST|2020|2.36|||2025|3||预期性|市人社局|true||",
                "002:1735|jm-14|440700|life_expectancy|LEVEL|EXACT|2020|80.5|||2025|80.7|0.2|预期性|市卫生健康局|true||",
                "002:1739|jm-14|440700|good_air_days_share|QUOTA|EXACT|2020|88|||2025|||约束性|市生态环境局|true||",
                "002:1741|jm-14|440700|forest_coverage|LEVEL|EXACT|2020|45.14|||2025|44.64|-0.5|约束性|市林业局|true||",
                "002:1744|jm-14|440700|energy_production_capacity_growth|ANNUAL_GROWTH|EXACT|2020||||2025|1.7||约束性|市发改局|true||",
                // Jiangmen health plan: the 2023 milestone; the per-district breakdown
                "002:3336|jm-health-14|440700|maternal_mortality|LEVEL|AT_MOST|2020|5.89|2023|10|2025|8||预期性|市卫生健康局|true||",
                "002:3344|jm-health-14|440700|hospital_beds_per_1000|LEVEL|EXACT|2020|5.2|2023|5.6|2025|6.15||预期性|市卫生健康局|true||",
                "002:3346|jm-health-14|440700|tcm_doctors_per_1000|LEVEL|EXACT|2020|0.43|2023|0.48|2025|0.62||预期性|市卫生健康局|true||",
                "002:3352|jm-health-14|440700|child_myopia_rate|ANNUAL_CHANGE|AT_LEAST|2020|53.54|2023|51.8|2025|-0.5||约束性|市教育局|true||",
                "002:3357|jm-health-14|440700|out_of_pocket_health_share|LEVEL|ABOUT|2020|26.13|2023|26|2025|25||约束性|市卫生健康局|true||",
                "002:3368|jm-health-14|440703|hospital_beds_per_1000|LEVEL|EXACT|2020|2.41|2023|2.81|2025|3.36|||区卫生健康局|true||",
                "002:3371|jm-health-14|440781|childcare_places_per_1000|LEVEL|EXACT|2020|1.8|2023|2.9|2025|5.4|||市卫生健康局|true||",
                "002:3374|jm-health-14|440785|nurses_per_1000|LEVEL|EXACT|2020|2.47|2023|2.73|2025|3.48|||市卫生健康局|true||",
                // Guangdong 13th and 14th plans: a national standard, merged quota cells, a 2019 figure
                "002:3906|gd-13|440000|gdp|LEVEL|EXACT|2015|7.47|||2020|11||预期性|省发展改革委|true|11.08|",
                "002:3940|gd-13|440000|pm25_concentration|LEVEL|AT_MOST|2015||||2020|35||约束性|省生态环境厅|true||",
                "002:3940|gd-13|440000|pm25_noncompliant_reduction|CUMULATIVE_CHANGE|EXACT|2015||||2020|9||约束性|省生态环境厅|true||33.3",
                "002:4058|gd-14|440000|urbanization_rate|LEVEL|EXACT|2019|71.4|||2025|74.8||预期性|省发展改革委|true||",
                "002:4065|gd-14|440000|surveyed_urban_unemployment|LEVEL|ABOUT|2020|5.45|||2025|5.5||预期性|省人力资源社会保障厅|true||",
                "002:4073|gd-14|440000|co2_intensity_reduction|QUOTA|EXACT|2020||||2025|||约束性|省生态环境厅|true||",
                "002:4075|gd-14|440000|surface_water_class_iii_share|QUOTA|EXACT|2020||||2025|||约束性|省生态环境厅|true||",
                // Healthy Jiangmen 2030: 2015 base, 2020 milestone, 2030 target
                "002:6624|jm-health-2030|440700|premature_ncd_mortality|BELOW_AVERAGE|EXACT|2015||||2030||||市卫生健康局|true||",
                "002:6625|jm-health-2030|440700|doctors_per_1000|LEVEL|EXACT|2015|1.98|2020|2.9|2030|3.2|||市卫生健康局|true||",
                "002:6629|jm-health-2030|440700|road_deaths_per_10000_vehicles|RELATIVE_CHANGE|EXACT|2015|1.31|2020|1.44|2030|-30|||市公安局|true||",
                // Pengjiang: rows printed short, quota statements, a link to GDP
                "004:138|pj-13|440703|hukou_urbanization_rate|QUOTA|EXACT|||||2020|||约束性|区发改局|true|97|",
                "004:151|pj-13|440703|schooling_years_working_age|UNSTATED|EXACT|||||2020|||约束性|区教育局|true|12|",
                "004:254|pj-14|440703|gdp_growth|ANNUAL_GROWTH|AT_LEAST|2020||||2025|6.5||预期性|区发改局|true||",
                "004:262|pj-14|440703|disposable_income_growth|LINKED|EXACT|2020||||2025|||预期性|区发改局|true||",
                "004:263|pj-14|440703|registered_urban_unemployment|LEVEL|AT_MOST|2020||||2025|3||预期性|区人社局|true||",
                "004:280|pj-14|440703|energy_production_capacity|QUOTA|EXACT|2020||||2025|||约束性|区发改局|true||",
                // running text
                "000:180|zs-torch-14|442000-torch|gdp|LEVEL|AT_LEAST|||||2025|800|||区发改局|true||",
                "000:182|zs-torch-14|442000-torch|rd_intensity|LEVEL|AT_LEAST|||||2025|7.5|||区科技局|true||",
                "000:182|zs-torch-14|442000-torch|high_tech_enterprises|LEVEL|ABOUT|||||2025|650|||区科技局|true||",
                "000:815|zs-torch-14|442000-torch|public_primary_school_places|LEVEL|EXACT|||||2025|7715|||区教育局|true||",
                // running text without a year: the plan's end year
                "000:188|zs-torch-14|442000-torch|surveyed_urban_unemployment|LEVEL|AT_MOST|||||2025|3.5|||区人社局|true||",
                // running text of a document with tables: “十四五”期间 is the plan's own period; a reduction's
                // figure is the fall over the period (CUMULATIVE_CHANGE), as a table's is
                "002:5071|gd-14|440000|water_use_per_10k_gdp_reduction|CUMULATIVE_CHANGE|AT_LEAST|||||2025|20|||省水利厅|true||",
                "003:24|zs-sti-13|442000|high_tech_enterprises|LEVEL|AT_LEAST|||||2020|1000|||市科技局|true||",
                "003:164|zs-sti-13|442000|backbone_enterprise_rd_share|LEVEL|AT_LEAST|||||2017|4|||市科技局|true||",
                // a sentence cut by a line break, read whole and cited where its number is printed
                "000:461|zs-torch-14|442000-torch|services_value_added_share|LEVEL|ABOUT|||||2025|40|||区发改局|true||",
                "000:340|zs-torch-14|442000-torch|major_innovation_platforms_attracted|LEVEL|EXACT|||||2025|5|||区科技局|true||",
                // the paragraph's 到2020年 holds for its next sentence
                "003:20|zs-sti-13|442000|tech_service_institutions|LEVEL|EXACT|||||2020|150|||市科技局|true||",
                "003:20|zs-sti-13|442000|incubators_total|LEVEL|AT_LEAST|||||2020|60|||市科技局|true||",
                "003:20|zs-sti-13|442000|incubator_floor_area|LEVEL|EXACT|||||2020|200|||市科技局|true||",
                // 产值 stands for the section's 装备制造业产业规模; its 2017 figure is a milestone
                "003:166|zs-sti-13|442000|equipment_manufacturing_above_scale|LEVEL|EXACT|||2017|3000|2020|5000|||市工信局|true||",
            })
    void shouldReadTheRowAsThePlanPrintsIt(
            String source,
            String plan,
            String region,
            String indicator,
            String kind,
            String bound,
            Integer baseYear,
            Double baseValue,
            Integer milestoneYear,
            Double milestoneValue,
            int targetYear,
            Double targetValue,
            Double targetChange,
            String attribute,
            String department,
            boolean inferred,
            Double actualValue,
            Double actualChange) {
        Target t = result.targets().stream()
                .filter(x -> x.source().startsWith(source.substring(0, 3))
                        && x.source().endsWith(":" + source.substring(4))
                        && x.indicator().equals(indicator))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no target of " + indicator + " at " + source));
        assertThat(t.plan()).isEqualTo(plan);
        assertThat(t.region()).isEqualTo(region);
        assertThat(t.kind().name()).isEqualTo(kind);
        assertThat(t.bound().name()).isEqualTo(bound);
        assertThat(t.baseYear()).isEqualTo(baseYear);
        assertThat(t.baseValue()).isEqualTo(baseValue);
        if (milestoneYear == null) {
            assertThat(t.milestones()).isEmpty();
        } else {
            assertThat(t.milestones()).singleElement().satisfies(m -> {
                assertThat(m.year()).isEqualTo(milestoneYear);
                assertThat(m.value()).isEqualTo(milestoneValue);
            });
        }
        assertThat(t.targetYear()).isEqualTo(targetYear);
        assertThat(t.targetValue()).isEqualTo(targetValue);
        assertThat(t.targetChange()).isEqualTo(targetChange);
        assertThat(t.attribute().zh()).isEqualTo(attribute == null ? "" : attribute);
        assertThat(t.department()).isEqualTo(department);
        assertThat(t.departmentInferred()).isEqualTo(inferred);
        assertThat(t.actualValue()).isEqualTo(actualValue);
        assertThat(t.actualChange()).isEqualTo(actualChange);
    }

    @Test
    void shouldNameFileLineAndCellOfAnExpressionItCannotRead(@TempDir Path dir) throws IOException {
        Path plan = dir.resolve("plan.txt");
        Files.writeString(plan, """
                江门市“十四五”时期卫生健康事业主要发展指标
                序号\t指标\t单位\t2020年\t2025年\t属性
                1\t每千人口拥有医疗卫生机构床位数\t张\t5.20\t6.15\t预期性
                2\t每千人口拥有注册护士数\t人\t3.24\t大幅提升\t预期性
                3\t每千人口拥有执业（助理）医师数\t人\t2.45\t3.15\t预期性
                4\t幸福指数\t%\t80\t90\t预期性
                """);
        CatalogueImporter.Result r = CatalogueImporter.bundled().read(List.of(plan));
        assertThat(r.problems())
                .containsExactly("plan.txt:4: cell '大幅提升' of column '2025年': cannot read target expression '大幅提升'");
        assertThat(r.targets())
                .extracting(Target::indicator)
                .containsExactly(
                        "hospital_beds_per_1000",
                        "doctors_per_1000",
                        org.planwatch.domain.IndicatorResolver.codeOf("幸福指数"));
    }

    /**
     * Found by PlanTextFuzzTest: a header cell no table has threw, and the import stopped; then it
     * cost its table. Now it is a note column: its cells are kept in the expression, the table read.
     */
    @Test
    void shouldReadATableWithAColumnItDoesNotKnowKeepingItsCellsAsNotes(@TempDir Path dir) throws IOException {
        Path plan = dir.resolve("plan.txt");
        Files.writeString(plan, """
                表1 江门市“十四五”时期卫生健康事业主要发展指标
                序号\t指标\t每千人口拥有医疗卫生机构床位数\t2020年\t2025年\t属性
                1\t每千人口拥有医疗卫生机构床位数\t张\t5.20\t6.15\t预期性

                表2 江门市“十四五”时期卫生健康事业主要发展指标
                序号\t指标\t单位\t2020年\t2025年\t属性
                1\t每千人口拥有执业（助理）医师数\t人\t2.45\t3.15\t预期性
                """);
        CatalogueImporter.Result r = CatalogueImporter.bundled().read(List.of(plan));
        assertThat(r.problems()).isEmpty();
        assertThat(r.targets())
                .extracting(Target::indicator)
                .containsExactly("hospital_beds_per_1000", "doctors_per_1000");
        assertThat(r.targets().get(0).targetValue()).isEqualTo(6.15);
        assertThat(r.targets().get(0).expression()).endsWith("; 每千人口拥有医疗卫生机构床位数: 张");
    }
}
