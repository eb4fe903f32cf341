package org.planwatch.planimport.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Plain text: tab rows as they are, space- and pipe-aligned tables made tab rows, line N kept line N. */
class PlainTextDocumentTest {

    private static PlanDocument read(String text) {
        return PlanDocuments.read("plan.txt", text.getBytes(StandardCharsets.UTF_8), null);
    }

    @Test
    void shouldDropThePinyinAPortalPrintsAfterEachCharacter() {
        PlanDocument d = read("到2027年，通用新材料產(chǎn)業(yè)工業(yè)總產(chǎn)值達到600億元，創(chuàng )新體系（xì）完備。\n"
                + "地区生产总值(GDP)年均增长5%，行动方案(2025-2027)，单位(元)。\n");
        assertThat(d.lines())
                .containsExactly("到2027年，通用新材料產業工業總產值達到600億元，創新體系完備。", "地区生产总值(GDP)年均增长5%，行动方案(2025-2027)，单位(元)。");
    }

    @Test
    void shouldPassTabRowsThroughUnchanged() {
        List<String> lines = new ArrayList<>(List.of("“十五五”时期经济社会发展主要指标", ""));
        lines.addAll(IndicatorTables.tabRows(IndicatorTables.FIFTEENTH_PLAN));
        lines.add("\t专栏1  强化创新引领作用");

        PlanDocument document = read(String.join("\n", lines) + "\n");

        assertThat(document.format()).isEqualTo(DocumentFormat.TEXT);
        assertThat(document.charset()).isEqualTo(StandardCharsets.UTF_8);
        assertThat(document.lines()).isEqualTo(lines);
    }

    @Test
    void shouldKeepTheLineNumbersOfEveryLineEnding() {
        PlanDocument document = read("第一行\r\n\r\n第三行\r第四行\n\n第六行");

        assertThat(document.lines()).containsExactly("第一行", "", "第三行", "第四行", "", "第六行");
    }

    @Test
    void shouldReadTablesAlignedWithSpacesAsTabRows() {
        String text = """
                主要指标
                指标              单位   2025年   2030年            属性
                国内生产总值增长  %      5.0      保持在合理区间    预期性
                研发经费投入强度  %      2.68     3.2以上           预期性
                人均预期寿命      岁     79       80                预期性
                单位国内生产总值二氧化碳排放降低  %  —  [17]  约束性
                """;

        assertThat(read(text).lines()).first().isEqualTo("主要指标");
        assertThat(read(text).lines().subList(1, 6)).isEqualTo(IndicatorTables.tabRows(IndicatorTables.FIFTEENTH_PLAN));
    }

    /**
     * A grouping column (分类) printed only on a group's first row, the others opening with its
     * gap, and a cell wrapped onto a line of its own (Nanjing's outline as four-space text).
     */
    @Test
    void shouldKeepABlankGroupingCellAndJoinAWrappedCell() {
        String text = String.join(
                "\n",
                "分类    序号    指标    属性    2030年目标值",
                "经济强    1    地区生产总值年均增长率（%）    预期性    5以上",
                "    2    制造业增加值占比（%）    预期性    基本稳定",
                "百姓富    3    居民人均可支配收入增长    预期性    与经济增长",
                "保持同步",
                "    4    人均预期寿命（岁）    预期性    ≥85",
                "",
                "　　这是一段缩进的正文。",
                "　　又一段正文。");
        assertThat(read(text).lines())
                .containsExactly(
                        "分类\t序号\t指标\t属性\t2030年目标值",
                        "经济强\t1\t地区生产总值年均增长率（%）\t预期性\t5以上",
                        "\t2\t制造业增加值占比（%）\t预期性\t基本稳定",
                        "百姓富\t3\t居民人均可支配收入增长\t预期性\t与经济增长保持同步",
                        "",
                        "\t4\t人均预期寿命（岁）\t预期性\t≥85",
                        "",
                        "　　这是一段缩进的正文。",
                        "　　又一段正文。");
    }

    /**
     * A web page's table as the browser copies it, one cell per line with blank lines between, a
     * header cell wrapped (2025年 / 预计), a group label on its group's first row only, a target
     * wrapped after its words, a unit wrapped after its slash, and a row that does not lay out,
     * kept in the table as one cell to be reported.
     */
    @Test
    void shouldRebuildRowsThatEndInTheirAttribute() {
        String text = String.join(
                "\n",
                "类别",
                "",
                "指标",
                "单位",
                "2025年",
                "预计",
                "2030年",
                "属性",
                "",
                "经济发展",
                "（2项）",
                "1. 甲增长",
                "%",
                "5.2",
                "“十五五”年均增长",
                "5左右",
                "预期性",
                "",
                "2. 乙",
                "万元/人",
                "29.6",
                "35",
                "预期性",
                "",
                "3. 丙/丁",
                "亿吨/",
                "万标箱",
                "6.99/2805",
                "7.4/3100",
                "预期性",
                "",
                "4. 戊",
                "%",
                "85",
                "86",
                "约束性",
                "",
                "5. 己",
                "%",
                "85",
                "“十五五”",
                "累计",
                "86",
                "约束性");
        List<String> lines = read(text).lines();
        assertThat(lines.stream().filter(l -> !l.isEmpty()).toList())
                .containsExactly(
                        "类别\t指标\t单位\t2025年预计\t2030年\t属性",
                        "经济发展（2项）\t1. 甲增长\t%\t5.2\t“十五五”年均增长5左右\t预期性",
                        "\t2. 乙\t万元/人\t29.6\t35\t预期性",
                        "\t3. 丙/丁\t亿吨/万标箱\t6.99/2805\t7.4/3100\t预期性",
                        "\t4. 戊\t%\t85\t86\t约束性",
                        "5. 己 % 85 “十五五”累计 86 约束性\t");
        assertThat(lines).hasSize(text.split("\n", -1).length);
    }

    /**
     * Shanghai's outline as a browser's text: one cell per line between whitespace lines, rows that
     * open with their number, 属性 before the targets, and “十五五”目标 merged over two columns.
     */
    @Test
    void shouldRebuildRowsThatOpenWithTheirNumberUnderAMergedHeading() {
        String text = String.join(
                "\n",
                "指标",
                " ",
                "单位",
                "属性",
                " ",
                "“十五五”目标",
                "2030年",
                "年均［累计］",
                "",
                "1",
                "地区生产总值年均增速",
                "%",
                "预期性",
                "—",
                "力争达到5%左右",
                " ",
                "2",
                "全员劳动生产率",
                "万元/人",
                "预期性",
                "> 52",
                "—",
                "",
                "3",
                "社区公共服务设施15分钟步行",
                "可达覆盖率",
                "%",
                "预期性",
                "95",
                "—",
                "",
                "4",
                "城镇调查失业率",
                "%",
                "预期性",
                "2",
                "—");
        List<String> lines = read(text).lines();
        assertThat(lines.stream().filter(l -> !l.isBlank()).toList())
                .containsExactly(
                        "序号\t指标\t单位\t属性\t2030年\t年均［累计］",
                        "1\t地区生产总值年均增速\t%\t预期性\t—\t力争达到5%左右",
                        "2\t全员劳动生产率\t万元/人\t预期性\t> 52\t—",
                        "3\t社区公共服务设施15分钟步行可达覆盖率\t%\t预期性\t95\t—",
                        "4\t城镇调查失业率\t%\t预期性\t2\t—");
        assertThat(lines).hasSize(text.split("\n", -1).length);
    }

    @Test
    void shouldReadTablesAlignedWithFullWidthSpacesAsTabRows() {
        String text = "指标　单位　2025年　2030年　属性\n" + "国内生产总值增长　%　5.0　保持在合理区间　预期性\n" + "研发经费投入强度　%　2.68　3.2以上　预期性\n";

        assertThat(read(text).lines()).isEqualTo(IndicatorTables.tabRows(IndicatorTables.FIFTEENTH_PLAN.subList(0, 3)));
    }

    @Test
    void shouldReadPipeTablesAsTabRowsAndTheirSeparatorsAsBlankLines() {
        String text = """
                表1 主要指标
                | 指标 | 单位 | 2025年 | 2030年 | 属性 |
                |------|:----:|-------:|--------|------|
                | 国内生产总值增长 | % | 5.0 | 保持在合理区间 | 预期性 |
                | 研发经费投入强度 | % | 2.68 | 3.2以上 | 预期性 |
                正文继续。
                """;

        assertThat(read(text).lines())
                .containsExactly(
                        "表1 主要指标",
                        "指标\t单位\t2025年\t2030年\t属性",
                        "",
                        "国内生产总值增长\t%\t5.0\t保持在合理区间\t预期性",
                        "研发经费投入强度\t%\t2.68\t3.2以上\t预期性",
                        "正文继续。");
    }

    @Test
    void shouldReadPipeRowsWithoutASeparatorLine() {
        assertThat(read("| 人均预期寿命 | 岁 | 79 | 80 | 预期性 |\n").lines()).containsExactly("人均预期寿命\t岁\t79\t80\t预期性");
    }

    @Test
    void shouldKeepProseWithSingleSpacesAsProse() {
        String text = """
                到 2030 年，研发经费投入强度达到 3.2% 以上，人均预期寿命达到 80 岁。
                The plan sets 20 main indicators in five groups.
                Growth stays in a reasonable range, with prices stable.
                """;

        assertThat(read(text).lines()).isEqualTo(text.lines().toList());
    }

    @Test
    void shouldKeepLongSentencesWithWideGapsAsProse() {
        String text = "　　坚持创新驱动发展，全面塑造发展新优势。  加快建设科技强国，完善科技创新体制机制，提升企业技术创新能力。\n"
                + "　　形成强大国内市场，构建新发展格局。  坚持扩大内需这个战略基点，加快培育完整内需体系，把实施扩大内需战略同深化供给侧结构性改革有机结合起来。\n";

        assertThat(read(text).lines()).isEqualTo(text.lines().toList());
    }

    @Test
    void shouldReadTextCopiedFromABrowserWithTabs() {
        // a browser copies a web page's table as tab-separated cells, often with a trailing tab
        String text = "指标\t单位\t2025年\t2030年\t属性\t\n国内生产总值增长\t%\t5.0\t保持在合理区间\t预期性\t\n";

        assertThat(read(text).lines())
                .containsExactly("指标\t单位\t2025年\t2030年\t属性\t", "国内生产总值增长\t%\t5.0\t保持在合理区间\t预期性\t");
    }

    @Test
    void shouldRebuildATableCopiedOneCellPerLineKeepingLineNumbers() {
        StringBuilder text = new StringBuilder("主要指标\n");
        IndicatorTables.FIFTEENTH_PLAN
                .subList(0, 3)
                .forEach(row -> row.forEach(c -> text.append(c).append('\n')));
        text.append("\n到2030年，人均预期寿命达到80岁。\n");

        List<String> lines = read(text.toString()).lines();

        assertThat(lines).hasSize(1 + 15 + 2);
        assertThat(lines.get(1)).isEqualTo("指标\t单位\t2025年\t2030年\t属性");
        assertThat(lines.subList(2, 6)).containsOnly("");
        assertThat(lines.get(6)).isEqualTo("国内生产总值增长\t%\t5.0\t保持在合理区间\t预期性");
        assertThat(lines.get(11)).isEqualTo("研发经费投入强度\t%\t2.68\t3.2以上\t预期性");
        assertThat(lines.get(17)).isEqualTo("到2030年，人均预期寿命达到80岁。");
    }

    @Test
    void shouldLeaveShortLinesWithoutATableHeaderAlone() {
        String text = "指标体系\n单位\n2025年\n一、总体要求\n";

        assertThat(read(text).lines()).isEqualTo(text.lines().toList());
    }

    /**
     * A city outline copied one cell per line, rows numbered inside their name cell (Guangzhou's
     * shape): a bracket wrapped open, a base after a period mark alone, a parent over two sub-rows
     * whose second lost its attribute to the merged cell above, a target wrapped after its words.
     */
    @Test
    void shouldJoinCellsACopyWrappedAndCloseARowWithoutItsAttributeAtTheNextNumber() {
        String text = String.join(
                "\n",
                "类别",
                "指标",
                "单位",
                "2025年",
                "完成值",
                "2030年",
                "目标值",
                "属性",
                "",
                "经济发展",
                "1. 甲年均增长",
                "%",
                "“十四五”年均增长4.0",
                "“十五五”年均增长",
                "5.0左右",
                "预期性",
                "",
                "2. 细颗粒物（PM",
                "2.5",
                "）年均浓度",
                "微克/立方米",
                "21.5",
                "≤20",
                "约束性",
                "",
                "3. 累计城镇新增就业人数",
                "万人",
                "“十四五”",
                "累计新增160",
                "完成省下达目标",
                "预期性",
                "",
                "4. 每千人口拥有医护人员数",
                "每千人口拥有执业（助理）医师数",
                "人",
                "4.45",
                "4.50",
                "预期性",
                "",
                "每千人口拥有注册护士数",
                "人",
                "5.21",
                "5.30",
                "",
                "5. 乙",
                "张",
                "5500",
                "≥7000",
                "预期性");
        List<String> lines = read(text).lines();
        assertThat(lines.stream().filter(l -> !l.isEmpty()).toList())
                .containsExactly(
                        "类别\t指标\t单位\t2025年完成值\t2030年目标值\t属性",
                        "经济发展\t1. 甲年均增长\t%\t“十四五”年均增长4.0\t“十五五”年均增长5.0左右\t预期性",
                        "\t2. 细颗粒物（PM2.5）年均浓度\t微克/立方米\t21.5\t≤20\t约束性",
                        "\t3. 累计城镇新增就业人数\t万人\t“十四五”累计新增160\t完成省下达目标\t预期性",
                        "\t每千人口拥有执业（助理）医师数\t人\t4.45\t4.50\t预期性",
                        "\t每千人口拥有注册护士数\t人\t5.21\t5.30\t",
                        "\t5. 乙\t张\t5500\t≥7000\t预期性");
        assertThat(lines).hasSize(text.split("\n", -1).length);
    }

    /**
     * Rows numbered in a 序号 column of their own (Hangzhou's shape): a group label only on a
     * group's first row, a sub-row with neither label nor number, a base with its year below it, a
     * target in words or with its bound wrapped onto the next line.
     */
    @Test
    void shouldRebuildRowsNumberedInAColumnOfTheirOwn() {
        String text = String.join(
                "\n",
                "类别",
                "序号",
                "指标名称",
                "2025年",
                "预计",
                "2030年",
                "目标",
                "年均/",
                "累计",
                "属性",
                "民生福祉",
                "（3项）",
                "1",
                "甲（%）",
                "21.5",
                "（2024年）",
                "22",
                "—",
                "预期性",
                "",
                "2",
                "每千人口拥有医护人员数",
                "执业医师数（人）",
                "4.9",
                "5.0",
                "—",
                "预期性",
                "",
                "注册护士数（人）",
                "5.92",
                "6.02",
                "—",
                "预期性",
                "",
                "3",
                "乙比例（%）",
                "—",
                "稳步",
                "提高",
                "—",
                "预期性",
                "",
                "4",
                "城乡居民收入倍差",
                "1.62",
                "1.58",
                "左右",
                "—",
                "预期性");
        List<String> lines = read(text).lines();
        assertThat(lines.stream().filter(l -> !l.isEmpty()).toList())
                .containsExactly(
                        "类别\t序号\t指标名称\t2025年预计\t2030年目标\t年均/累计\t属性",
                        "民生福祉（3项）\t1\t甲（%）\t21.5（2024年）\t22\t—\t预期性",
                        "\t2\t执业医师数（人）\t4.9\t5.0\t—\t预期性",
                        "\t\t注册护士数（人）\t5.92\t6.02\t—\t预期性",
                        "\t3\t乙比例（%）\t—\t稳步提高\t—\t预期性",
                        "\t4\t城乡居民收入倍差\t1.62\t1.58左右\t—\t预期性");
    }

    /**
     * A table whose TABs became runs of four spaces (Nanjing's outline as copied): a gap of two or
     * three widths is an empty cell or two, so a sub-row keeps its columns.
     */
    @Test
    void shouldKeepTheEmptyCellsOfATableWhoseTabsBecameSpaces() {
        String text = String.join(
                "\n",
                "分类    序号    指标    属性    2030年目标值",
                "经济强    1    甲（%）    预期性    5以上",
                "    2    乙（%）    预期性    基本稳定",
                "城市安全韧性    3    生产安全事故    起数下降（%）    约束性    〔20〕",
                "            死亡人数下降（%）        〔16〕");
        assertThat(read(text).lines())
                .containsExactly(
                        "分类\t序号\t指标\t属性\t2030年目标值",
                        "经济强\t1\t甲（%）\t预期性\t5以上",
                        "\t2\t乙（%）\t预期性\t基本稳定",
                        "城市安全韧性\t3\t生产安全事故\t起数下降（%）\t约束性\t〔20〕",
                        "\t\t\t死亡人数下降（%）\t\t〔16〕");
    }

    /**
     * Rows opening with their number, one of them wider than the header by cells a copy wrapped (a
     * bracket left open, a unit cut after its slash), and the text's next heading after the last.
     */
    @Test
    void shouldRebuildNumberedRowsWiderThanTheHeaderByWrappedCells() {
        String text = String.join(
                "\n",
                "指标",
                "单位",
                "属性",
                "“十五五”目标",
                "2030年",
                "年均［累计］",
                "",
                "1",
                "细颗粒物（PM",
                "2.5",
                "）浓度",
                "微克/立方米",
                "约束性",
                "完成国家下达目标",
                "—",
                "",
                "2",
                "单位生产总值生产安全事故死亡率",
                "人/",
                "亿元",
                "约束性",
                "< 0.006",
                "—",
                "",
                "三、提升国际经济中心地位");
        List<String> lines = read(text).lines();
        assertThat(lines.stream().filter(l -> !l.isBlank()).toList())
                .containsExactly(
                        "序号\t指标\t单位\t属性\t2030年\t年均［累计］",
                        "1\t细颗粒物（PM2.5）浓度\t微克/立方米\t约束性\t完成国家下达目标\t—",
                        "2\t单位生产总值生产安全事故死亡率\t人/亿元\t约束性\t< 0.006\t—",
                        "三、提升国际经济中心地位");
    }
}
