package org.planwatch.planimport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.planwatch.domain.Attribute;
import org.planwatch.domain.Bound;
import org.planwatch.domain.Seeds;
import org.planwatch.domain.Target;
import org.planwatch.domain.TargetKind;

/** Main indicators printed as a numbered list, one a line, read as a table; numbered prose left alone. */
class ListTableFinderTest {

    @Test
    void shouldReadAListOfIndicatorsWithTheirUnitsTargetsAndAttributes() {
        List<String> lines = List.of("专栏1 “十五五”时期主要指标", "1. 甲增长（%）：5左右（预期性）", "2. 乙（岁）：80（约束性）", "3. 丙：不低于15%（预期性）");
        assertThat(ListTableFinder.find("x.txt", lines)).singleElement().satisfies(t -> {
            assertThat(t.title()).isEqualTo("专栏1 “十五五”时期主要指标");
            assertThat(t.titleLine()).isEqualTo(1);
            assertThat(t.headerLine()).isEqualTo(2);
            assertThat(t.columns(ColumnRole.TARGET))
                    .singleElement()
                    .extracting(Column::year)
                    .isEqualTo(2030);
            assertThat(t.rows())
                    .extracting(TableLine::cells)
                    .containsExactly(
                            List.of("甲增长（%）", "", "5左右", "预期性"),
                            List.of("乙（岁）", "", "80", "约束性"),
                            List.of("丙", "%", "不低于15%", "预期性"));
        });
    }

    /** A PDF's table as its text layer gives it: number, name with unit, target, attribute, spaces between. */
    @Test
    void shouldReadATablesRowsAsAPdfsTextGivesThem() {
        List<String> lines = List.of(
                "表 1 “十五五”经济社会发展主要指标",
                "序号 指 标 2030 年目标 属性",
                "一、经济强（3 项）",
                "1 地区生产总值年均增长（%） 5 左右 预期性",
                "2 全员劳动生产率年均增长（%） 高于甲增长 预期性",
                "3 规上数字经济核心产业营业收入占规上企业营业",
                "收入比重（%） 32.5 预期性",
                "4 人均预期寿命（岁） 80 约束性",
                "5 居民人均可支配收入年均增速（%） 与地区生产总值增长同步 预期性");
        assertThat(ListTableFinder.find("x.txt", lines)).singleElement().satisfies(t -> {
            assertThat(t.columns(ColumnRole.TARGET))
                    .singleElement()
                    .extracting(Column::year)
                    .isEqualTo(2030);
            assertThat(t.rows())
                    .extracting(TableLine::number, TableLine::cells)
                    .containsExactly(
                            org.assertj.core.groups.Tuple.tuple(4, List.of("地区生产总值年均增长（%）", "", "5 左右", "预期性")),
                            org.assertj.core.groups.Tuple.tuple(5, List.of("全员劳动生产率年均增长（%）", "", "高于甲增长", "预期性")),
                            org.assertj.core.groups.Tuple.tuple(
                                    6, List.of("规上数字经济核心产业营业收入占规上企业营业收入比重（%）", "", "32.5", "预期性")),
                            org.assertj.core.groups.Tuple.tuple(8, List.of("人均预期寿命（岁）", "", "80", "约束性")),
                            org.assertj.core.groups.Tuple.tuple(
                                    9, List.of("居民人均可支配收入年均增速（%）", "", "与地区生产总值增长同步", "预期性")));
        });
    }

    /**
     * Beijing's outline as its PDF's text: a group heading over three lines, a row's number alone
     * on its line, a name and a target cell wrapped, base and target side by side, and a row whose
     * target cannot be read kept in the table (to be reported) instead of ending it.
     */
    @Test
    void shouldReadRowsAndGroupsWrappedOverSeveralLines() {
        List<String> lines = List.of(
                "“十五五”时期经济社会发展主要指标",
                "类别 序号 指标 2025年 2030年目标 属性",
                "创新",
                "发展",
                "(3项)",
                "1",
                "全社会研究与试验发展经费支出占地区生",
                "产总值比重(%)",
                "6左右∗ >6 预期性",
                "2 地区生产总值年均增速(%) 5.4",
                "4.5-5,",
                "努力争取",
                "更好结果",
                "预期性",
                "3 外资研发中心数量(家) 332 500左右 预期性",
                "绿色",
                "发展",
                "(2项)",
                "4 细颗粒物年均浓度(微克/立方米) 27",
                "达到国家",
                "要求",
                "约束性",
                "5 生产生活用水总量(亿立方米) 25.02 <30 约束性");
        assertThat(ListTableFinder.find("x.txt", lines))
                .singleElement()
                .satisfies(t -> assertThat(t.rows())
                        .extracting(TableLine::number, r -> r.cell(0), r -> r.cell(2))
                        .containsExactly(
                                org.assertj.core.groups.Tuple.tuple(6, "全社会研究与试验发展经费支出占地区生产总值比重(%)", ">6"),
                                org.assertj.core.groups.Tuple.tuple(10, "地区生产总值年均增速(%)", "4.5-5, 努力争取更好结果"),
                                org.assertj.core.groups.Tuple.tuple(15, "外资研发中心数量(家)", "500左右"),
                                org.assertj.core.groups.Tuple.tuple(19, "细颗粒物年均浓度(微克/立方米)", "达到国家要求"),
                                org.assertj.core.groups.Tuple.tuple(23, "生产生活用水总量(亿立方米)", "<30")));
    }

    /**
     * A numbered group whose sub-indicators stand on the lines below it without numbers, the
     * attribute merged over them and printed once after them (北京's 食品药品安全); the numbers go
     * on after the group. Each sub-indicator is a row of its own with the group's attribute.
     */
    @Test
    void shouldReadTheSubIndicatorsOfANumberedGroupEachAsARow() {
        List<String> lines = List.of(
                "“十五五”时期经济社会发展主要指标",
                "类别 序号 指标 2025年 2030年目标 属性",
                "1 地区生产总值年均增速(%) 5.4 5左右 预期性",
                "2 甲乙安全",
                "甲抽检合格率(%) >97∗ >97.5",
                "乙抽检合格率(%) >98∗ >98",
                "约束性",
                "3 外资研发中心数量(家) 300 400左右 预期性");
        assertThat(ListTableFinder.find("x.txt", lines))
                .singleElement()
                .satisfies(t -> assertThat(t.rows())
                        .extracting(TableLine::number, r -> r.cell(0), r -> r.cell(2), r -> r.cell(3))
                        .containsExactly(
                                org.assertj.core.groups.Tuple.tuple(3, "地区生产总值年均增速(%)", "5左右", "预期性"),
                                org.assertj.core.groups.Tuple.tuple(5, "甲抽检合格率(%)", ">97.5", "约束性"),
                                org.assertj.core.groups.Tuple.tuple(6, "乙抽检合格率(%)", ">98", "约束性"),
                                org.assertj.core.groups.Tuple.tuple(8, "外资研发中心数量(家)", "400左右", "预期性")));
    }

    /** Numbered headings over sentences of goals are prose, no group of a table's rows: left to the running-text reader. */
    @Test
    void shouldNotTakeNumberedHeadingsOverSentencesOfGoalsForGroups() {
        List<String> lines = List.of(
                "二、主要目标",
                "1 经济发展",
                "地区生产总值年均增长5%左右",
                "全员劳动生产率提高到20万元/人",
                "2 民生福祉",
                "城镇调查失业率控制在5.5%以内",
                "人均预期寿命达到80岁",
                "3 生态环境",
                "森林覆盖率达到42%",
                "空气质量优良天数比率达到92%");
        assertThat(ListTableFinder.find("x.txt", lines)).isEmpty();
    }

    @Test
    void shouldReadItemsNumberedInParenthesesWithTheTargetAfterAVerb() {
        List<String> lines =
                List.of("到2030年，主要目标是：", "（1）研发经费投入强度达到3.2%以上", "（2）人均预期寿命提高到81.5岁", "", "（3）城镇调查失业率控制在5.5%以内");
        assertThat(ListTableFinder.find("x.txt", lines)).singleElement().satisfies(t -> {
            assertThat(t.columns(ColumnRole.TARGET))
                    .singleElement()
                    .extracting(Column::year)
                    .isEqualTo(2030);
            assertThat(t.rows())
                    .extracting(TableLine::cells)
                    .containsExactly(
                            List.of("研发经费投入强度", "%", "达到3.2%以上", ""),
                            List.of("人均预期寿命", "岁", "提高到81.5岁", ""),
                            List.of("城镇调查失业率", "%", "控制在5.5%以内", ""));
        });
    }

    @Test
    void shouldReadAFigureSetApartBySpacesAfterANameWithItsUnit() {
        List<String> lines = List.of("主要指标", "1．人均预期寿命（岁）   80", "2．甲（%）   70", "3．乙（万人）   12.5");
        assertThat(ListTableFinder.find("x.txt", lines))
                .singleElement()
                .satisfies(t -> assertThat(t.rows())
                        .extracting(l -> l.cell(0) + "|" + l.cell(2))
                        .containsExactly("人均预期寿命（岁）|80", "甲（%）|70", "乙（万人）|12.5"));
    }

    @Test
    void shouldTakeAnItemWithoutANumberAfterAColonOnlyAmongItemsWithNumbers() {
        List<String> list =
                List.of("1. 甲增长（%）：保持在合理区间、各年度视情提出（预期性）", "2. 乙（岁）：80（约束性）", "3. 丙：不低于15%（预期性）", "4. 丁（%）：5左右（预期性）");
        assertThat(ListTableFinder.find("x.txt", list))
                .singleElement()
                .satisfies(t -> assertThat(t.rows())
                        .extracting(l -> l.cell(2))
                        .containsExactly("保持在合理区间、各年度视情提出", "80", "不低于15%", "5左右"));
        List<String> words = List.of("主要指标", "1. 甲：保持稳定", "2. 乙：持续提升", "3. 丙（%）：5左右");
        assertThat(ListTableFinder.find("x.txt", words)).isEmpty();
    }

    @Test
    void shouldTakeTheTargetYearFromTheHeadingNotFromAYearItComparesWith() {
        List<String> compared = List.of("主要指标（与2025年相比）", "1. 甲（%）：5左右", "2. 乙（岁）：80", "3. 丙（%）：70");
        assertThat(ListTableFinder.find("x.txt", compared))
                .singleElement()
                .satisfies(t ->
                        assertThat(t.columns(ColumnRole.TARGET).get(0).year()).isNull());
        List<String> named = List.of("“十五五”时期主要指标", "1. 甲（%）：5左右", "2. 乙（岁）：80", "3. 丙（%）：70");
        assertThat(ListTableFinder.find("x.txt", named))
                .singleElement()
                .satisfies(t ->
                        assertThat(t.columns(ColumnRole.TARGET).get(0).year()).isEqualTo(2030));
    }

    @Test
    void shouldGiveAnItemWithoutAnAttributeNoneRatherThanTheOneAbove() {
        List<String> lines = List.of("1. 甲（%）：5左右（约束性）", "2. 乙（岁）：80", "3. 丙（%）：70（预期性）");
        PlanTable list = ListTableFinder.find("x.txt", lines).get(0);
        assertThat(RowReader.read(list)).extracting(IndicatorRow::attribute).containsExactly("约束性", "", "预期性");
    }

    @Test
    void shouldReadOnAcrossAGroupHeadingWhereTheNumbersGoOn() {
        List<String> lines = List.of(
                "主要指标",
                "经济发展",
                "1. 甲（%）：5左右",
                "2. 乙（%）：70",
                "民生福祉",
                "3. 丙（岁）：80",
                "",
                "绿色低碳",
                "",
                "4. 丁（%）：下降13.5%",
                "这一段是正文，不是小标题。",
                "5. 戊（%）：90");
        assertThat(ListTableFinder.find("x.txt", lines))
                .singleElement()
                .satisfies(
                        t -> assertThat(t.rows()).extracting(TableLine::number).containsExactly(3, 4, 6, 10));
    }

    @Test
    void shouldLeaveNumberedProseAlone() {
        List<String> lines = List.of(
                "1. 妇女儿童健康发展工程。市、县均建设 1 所标准化妇幼保健机构，床位增至 2.2 张。",
                "2. 儿童友好型城市建设工程。加强儿童医院、儿童图书馆建设，建成 3 个示范点。",
                "3. 家庭发展政策体系建设工程。至少建成1-2家示范性婴幼儿照护服务机构。");
        assertThat(ListTableFinder.find("x.txt", lines)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                // two items are no list
                "1. 甲（%）：5左右\n2. 乙（岁）：80",
                // numbering that does not follow on
                "1. 甲（%）：5左右\n3. 乙（岁）：80\n4. 丙（%）：70",
                // a bare number without a unit or a bound
                "1. 建设项目 5\n2. 培育企业 20\n3. 新增平台 3",
                // headings, no targets
                "1. 发展目标\n2. 主要任务\n3. 保障措施",
                // the styles do not mix
                "1. 甲（%）：5左右\n（2）乙（岁）：80\n3. 丙（%）：70",
                // a line of a tab-separated table
                "1.\t甲（%）\t5左右\n2.\t乙（岁）\t80\n3.\t丙（%）\t70",
            })
    void shouldNotTakeForAListWhatIsNotPlainlyOne(String text) {
        String announced = "主要指标\n" + text;
        assertThat(ListTableFinder.find("x.txt", announced.lines().toList())).isEmpty();
    }

    @Test
    void shouldTakeAListOnlyWhereItSaysItIsOneOfIndicators() {
        List<String> projects = List.of("新建项目", "1. 新建学校5所", "2. 改造道路12公里", "3. 新增公园3个");
        assertThat(ListTableFinder.find("x.txt", projects)).isEmpty();
        List<String> targets = List.of("主要目标", "1. 新建学校5所", "2. 改造道路12公里", "3. 新增公园3个");
        assertThat(ListTableFinder.find("x.txt", targets)).hasSize(1);
        List<String> attributed = List.of("1. 甲（%）：5左右【预期性】", "2. 乙（岁）：80", "3. 丙（%）：70[约束性指标]");
        assertThat(ListTableFinder.find("x.txt", attributed))
                .singleElement()
                .satisfies(t -> assertThat(t.rows()).extracting(l -> l.cell(3)).containsExactly("预期性", "", "约束性"));
    }

    @Test
    void shouldFindNoListInTheSeedDocuments() throws IOException {
        try (Stream<Path> files = Files.list(Seeds.directory())) {
            for (Path file : files.filter(f -> f.toString().endsWith(".txt")).toList()) {
                List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
                assertThat(ListTableFinder.find(file.getFileName().toString(), lines))
                        .as(file.getFileName().toString())
                        .isEmpty();
            }
        }
    }

    @Test
    void shouldImportTheTargetsOfAList(@TempDir Path dir) throws IOException {
        Path plan = dir.resolve("plan.txt");
        Files.writeString(plan, """
                江门市国民经济和社会发展第十五个五年规划纲要
                专栏1 江门市“十五五”时期经济社会发展主要指标
                1. 地区生产总值增长（%）：5左右（预期性）
                2. 人均预期寿命（岁）：80（预期性）
                3. 城镇调查失业率：控制在5.5%以内（预期性）

                到2030年，经济实力再上新台阶。
                """);
        CatalogueImporter.Result r = CatalogueImporter.bundled().read(List.of(plan));
        assertThat(r.problems()).isEmpty();
        assertThat(r.targets())
                .extracting(Target::indicator, Target::kind, Target::bound, Target::targetValue, Target::targetYear)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                                "gdp_growth", TargetKind.ANNUAL_GROWTH, Bound.ABOUT, 5.0, 2030),
                        org.assertj.core.groups.Tuple.tuple(
                                "life_expectancy", TargetKind.LEVEL, Bound.EXACT, 80.0, 2030),
                        org.assertj.core.groups.Tuple.tuple(
                                "surveyed_urban_unemployment", TargetKind.LEVEL, Bound.AT_MOST, 5.5, 2030));
        assertThat(r.targets()).allSatisfy(t -> {
            assertThat(t.attribute()).isEqualTo(Attribute.ANTICIPATORY);
            assertThat(t.source()).startsWith("plan.txt:");
        });
        assertThat(r.targets().get(1).unit()).isEqualTo("岁");
        assertThat(r.targets().get(2).source()).isEqualTo("plan.txt:5");
    }
}
