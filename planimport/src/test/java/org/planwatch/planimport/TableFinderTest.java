package org.planwatch.planimport;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.planwatch.domain.Seeds;

class TableFinderTest {

    @ParameterizedTest(name = "{0}: {1} tables")
    @CsvSource({"000, 0", "001, 1", "002, 8", "003, 0", "004, 2"})
    void shouldFindEveryIndicatorTableOfEachPlanDocument(String document, int tables) throws Exception {
        assertThat(TableFinder.find(Seeds.file(document))).hasSize(tables);
    }

    /** Header line, title line, first and last body line, and the columns, read by eye from the documents. */
    @ParameterizedTest(name = "{0}:{1} {5}")
    @CsvSource(
            delimiter = '|',
            value = {
                "001|210|209|211|222|SEQUENCE NAME BASE@2020 TARGET@2025 DEPARTMENT",
                "002|163|161|164|184|AREA NAME BASE@2020 TARGET@2025 ATTRIBUTE",
                "002|1570|1568|1572|1621|NAME BASE@2015 TARGET@2020 TARGET_GROWTH ACTUAL@2020 ACTUAL_GROWTH ATTRIBUTE",
                "002|1719|1717|1720|1744|SEQUENCE NAME BASE@2020 TARGET@2025 TARGET_GROWTH ATTRIBUTE",
                "002|3334|3332|3335|3357|AREA SEQUENCE NAME UNIT BASE@2020 MILESTONE@2023 TARGET@2025 ATTRIBUTE",
                "002|3365|3363|3367|3374|REGION BASE@2020 MILESTONE@2023 TARGET@2025 BASE@2020 MILESTONE@2023"
                        + " TARGET@2025 BASE@2020 MILESTONE@2023 TARGET@2025 BASE@2020 MILESTONE@2023 TARGET@2025",
                "002|3904|3902|3906|3946|NAME BASE@2015 TARGET@2020 TARGET_GROWTH ACTUAL@2020 ACTUAL_GROWTH ATTRIBUTE",
                "002|4054|4052|4055|4079|SEQUENCE NAME BASE@2020 TARGET@2025 TARGET_GROWTH ATTRIBUTE",
                "002|6616|6614|6617|6630|AREA NAME BASE@2015 MILESTONE@2020 TARGET@2030 REFERENCE@2030",
                "004|131|129|133|174|NAME SUBNAME TARGET@2020 TARGET_GROWTH ACTUAL@2020 ACTUAL_GROWTH ATTRIBUTE",
                "004|252|250|253|280|SEQUENCE NAME BASE@2020 TARGET@2025 TARGET_GROWTH ATTRIBUTE",
            })
    void shouldRecogniseEachTablesColumnsFromItsHeader(
            String document, int header, int title, int firstRow, int lastRow, String layout) throws Exception {
        PlanTable table = TableFinder.find(Seeds.file(document)).stream()
                .filter(t -> t.headerLine() == header)
                .findFirst()
                .orElseThrow(() -> new AssertionError("no table with its header on line " + header));
        assertThat(table.titleLine()).isEqualTo(title);
        assertThat(table.rows().get(0).number()).isEqualTo(firstRow);
        assertThat(table.rows().get(table.rows().size() - 1).number()).isEqualTo(lastRow);
        assertThat(layout(table)).isEqualTo(layout);
    }

    @Test
    void shouldKeepTheIndicatorOfEachBreakdownColumn() throws Exception {
        PlanTable breakdown = TableFinder.find(Seeds.file("002")).stream()
                .filter(PlanTable::breakdown)
                .findFirst()
                .orElseThrow();
        assertThat(breakdown.columns(ColumnRole.TARGET))
                .extracting(Column::group)
                .containsExactly("每千人口拥有医疗卫生机构床位数", "每千人口拥有执业（助理）医师数", "每千人口拥有注册护士数", "每千人口拥有3岁以下婴幼儿托位数");
    }

    @Test
    void shouldJoinAPageBreaksRepeatedHeaderAndStopAtRunningText() {
        List<String> lines = List.of(
                "表 2 主要指标表",
                "序号\t指标\t2020 年\t2025 年\t年均增长\t属性",
                "",
                "\t\t\t\t[累计]\t",
                "1\t甲 (%)\t1\t2\t[1]\t预期性",
                "",
                "序号\t指标\t2020 年\t2025 年\t年均增长 [累计]\t属性",
                "2\t乙 (%)\t3\t4\t[1]\t约束性",
                "注：说明文字。",
                "3\t不是表格的一部分\t5\t6\t[1]\t预期性");
        List<PlanTable> tables = TableFinder.find("x.txt", lines);
        assertThat(tables).singleElement().satisfies(t -> {
            assertThat(t.title()).isEqualTo("表 2 主要指标表");
            assertThat(t.rows()).extracting(TableLine::number).containsExactly(5, 8);
            assertThat(layout(t)).isEqualTo("SEQUENCE NAME BASE@2020 TARGET@2025 TARGET_GROWTH ATTRIBUTE");
        });
    }

    @Test
    void shouldKeepAColumnItDoesNotKnowAsANoteInsteadOfRejectingTheTable() {
        List<String> lines = List.of("", "", "序号\t指标\t2020 年\t口径变化\t属性", "1\t甲\t1\tx\t预期性");
        assertThat(TableFinder.find("x.txt", lines)).singleElement().satisfies(t -> {
            assertThat(layout(t)).isEqualTo("SEQUENCE NAME TARGET@2020 NOTE ATTRIBUTE");
            assertThat(t.columns(ColumnRole.NOTE)).extracting(Column::group).containsExactly("口径变化");
        });
    }

    /** Each header word of the 15th plans' tables, in a table of its own. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "指标名称\t单位\t2025年\t2030年\t属性|NAME UNIT BASE@2025 TARGET@2030 ATTRIBUTE",
                "指标项\t计量单位\t基期值\t目标值\t指标属性|NAME UNIT BASE TARGET ATTRIBUTE",
                "具体指标\t现状值\t2030年目标\t指标性质|NAME BASE TARGET@2030 ATTRIBUTE",
                "主要指标\t2025年（基期）\t2030年目标值\t属性|NAME BASE@2025 TARGET@2030 ATTRIBUTE",
                "指标\t2025年现状\t规划目标\t性质|NAME BASE@2025 TARGET ATTRIBUTE",
                "指标\t2025年\t预期目标\t属性|NAME BASE@2025 TARGET ATTRIBUTE",
                "指标\t2025年\t目标\t属性|NAME BASE@2025 TARGET ATTRIBUTE",
                "指标\t基期\t十五五末\t属性|NAME BASE TARGET@2030 ATTRIBUTE",
                "指标\t2025 年\t2030 年（%）\t属性|NAME BASE@2025 TARGET@2030 ATTRIBUTE",
                "序号\t类别\t指标\t2025年\t2030年\t属性|SEQUENCE AREA NAME BASE@2025 TARGET@2030 ATTRIBUTE",
                "类别\t指标\t2030年|AREA NAME TARGET@2030",
                "类型\t指标\t2030年|AREA NAME TARGET@2030",
                "分类\t指标\t2030年|AREA NAME TARGET@2030",
                "方面\t指标\t2030年|AREA NAME TARGET@2030",
                "编号\t指标\t2030年|SEQUENCE NAME TARGET@2030",
                "指标\t2030年\t备注|NAME TARGET@2030 NOTE",
                "指标\t2030年\t说明|NAME TARGET@2030 NOTE",
                "指标\t2030年\t出处|NAME TARGET@2030 NOTE",
                "指标\t2030年\t责任单位|NAME TARGET@2030 DEPARTMENT",
                "指标\t2030年\t牵头单位|NAME TARGET@2030 DEPARTMENT",
                "指标\t2030年\t牵头部门|NAME TARGET@2030 DEPARTMENT",
                "指标\t2030年\t责任部门|NAME TARGET@2030 DEPARTMENT",
            })
    void shouldReadEachSynonymOfAHeaderWord(String header, String layout) {
        List<String> lines = List.of("表 1 主要指标", header.replace("\\t", "\t"), "1\t甲\t1\t2\t3\t预期性");
        assertThat(TableFinder.find("x.txt", lines))
                .singleElement()
                .satisfies(t -> assertThat(layout(t)).isEqualTo(layout));
    }

    @Test
    void shouldReadAYearOfItsOwnBesideATargetYearUnderWordsAsTheBase() {
        List<String> lines =
                List.of("表 1 “十五五”主要指标", "指标\t2025年（预计）\t“十五五”目标\t\t属性", "\t\t2030年\t年均增长\t", "甲（%）\t1\t2\t3\t预期性");
        assertThat(TableFinder.find("x.txt", lines))
                .singleElement()
                .satisfies(t -> assertThat(layout(t)).isEqualTo("NAME BASE@2025 TARGET@2030 TARGET_GROWTH ATTRIBUTE"));
    }

    @Test
    void shouldReadAYearWrittenWithAGapAndATargetNamedByItsPeriodOnASecondHeaderRow() {
        List<String> lines = List.of("表 1 “十五五”主要指标", "指标\t基期值\t目标值\t属性", "\t2025 年\t十五五末\t", "甲（%）\t1\t2\t预期性");
        assertThat(TableFinder.find("x.txt", lines)).singleElement().satisfies(t -> {
            assertThat(layout(t)).isEqualTo("NAME BASE@2025 TARGET@2030 ATTRIBUTE");
            assertThat(t.rows()).extracting(TableLine::number).containsExactly(4);
        });
    }

    private static String layout(PlanTable table) {
        return table.columns().stream()
                .map(c -> c.role() + (c.year() == null ? "" : "@" + c.year()))
                .collect(Collectors.joining(" "));
    }
}
