package org.planwatch.planimport;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.planwatch.domain.Seeds;

class RowReaderTest {

    @ParameterizedTest(name = "{0}: {1} indicator rows")
    @CsvSource({"001, 12", "002, 204", "004, 57"})
    void shouldReadEveryIndicatorRowOfEachDocument(String document, int rows) throws Exception {
        assertThat(TableFinder.find(Seeds.file(document)).stream()
                        .mapToInt(t -> RowReader.read(t).size())
                        .sum())
                .isEqualTo(rows);
    }

    /** Rows read by eye from the documents, the awkward ones first. */
    @ParameterizedTest(name = "{0}:{1} {3}")
    @CsvSource(
            delimiter = '|',
            value = {
                // sub-indicator one cell right of its parent's name
                "002|1576||城镇化率|常住人口城镇化率|%|预期性|BASE=64.84 TARGET=73 TARGET_GROWTH=— ACTUAL=67.63 ACTUAL_GROWTH=—",
                "002|1577||城镇化率|户籍人口城镇化率|%|约束性|BASE=42.07 TARGET=— TARGET_GROWTH=[4] ACTUAL=54.35 ACTUAL_GROWTH=[12.28]",
                // attribute merged with the row above
                "002|1586||互联网普及率|移动宽带家庭普及率|%|预期性|BASE=63 TARGET=118 TARGET_GROWTH=[29.6] ACTUAL=118 ACTUAL_GROWTH=[30]",
                // a name cut by a page break, continued after the repeated header
                "002|1587|1591||高技术制造业增加值占规模以上工业增加值比重|%|预期性|BASE=7.36 TARGET=10 TARGET_GROWTH=— ACTUAL=11.8 ACTUAL_GROWTH=—",
                // parent and sub-indicator both cut by a page break
                "002|1612|1616|地表水质量|达到或好于III类水体比例|%|约束性|BASE=— TARGET=88.9 TARGET_GROWTH=— ACTUAL=100 ACTUAL_GROWTH=—",
                "002|1617||地表水质量|劣V类水体比例|%|约束性|BASE=— TARGET=0 TARGET_GROWTH=— ACTUAL=0 ACTUAL_GROWTH=—",
                // the parent's unit is its sub-indicators' unit; spaces the PDF put inside words removed
                "002|1618||主要污染物排放总量控制|化学需氧量|万吨|约束性|BASE=9.72 TARGET=8.66 TARGET_GROWTH=— ACTUAL=8.80* ACTUAL_GROWTH=—",
                "002|1604|||万元GDP用水量|立方米|约束性|BASE=120.6 TARGET=— TARGET_GROWTH=[-33] ACTUAL=78.34 ACTUAL_GROWTH=[-35.04]",
                // a unit column, and 其中 as a sub-indicator of the row above
                "002|3344|||每千人口拥有医疗卫生机构床位数|张|预期性|BASE=5.20 MILESTONE=5.60 TARGET=6.15",
                "002|3346||每千人口拥有执业（助理）医师数|每千人口拥有中医类别执业（助理）医师数|人|预期性|BASE=0.43 MILESTONE=0.48 TARGET=0.62",
                "002|3357|||个人卫生支出占卫生总费用的比重|%|约束性|BASE=26.13 MILESTONE=26 TARGET=25左右",
                // a name two cells wide; a row printed short: its first cells were merged
                "004|161|||万元GDP用水量|立方米|约束性|TARGET=完成市下达任务 TARGET_GROWTH=完成市下达任务 ACTUAL=27.8 ACTUAL_GROWTH=—",
                "004|165||森林发展|森林覆盖率|%|约束性|TARGET=31.4 TARGET_GROWTH=— ACTUAL=26 ACTUAL_GROWTH=—",
                "004|254|||地区生产总值增长|%|预期性|BASE=— TARGET=— TARGET_GROWTH=6.5%以上",
                "001|211|||研发经费投入增长|%||BASE=13.16 TARGET=年均增长 10 左右 DEPARTMENT=市科技局",
            })
    void shouldReadTheRowAsThePlanMeantIt(
            String document,
            int line,
            Integer continuedOn,
            String parent,
            String name,
            String unit,
            String attribute,
            String values)
            throws Exception {
        IndicatorRow row = rowAt(document, line);
        assertThat(row.lines()).isEqualTo(continuedOn == null ? List.of(line) : List.of(line, continuedOn));
        assertThat(row.parent()).isEqualTo(parent == null ? "" : parent);
        assertThat(row.name()).isEqualTo(name);
        assertThat(row.unit()).isEqualTo(unit);
        assertThat(row.attribute()).isEqualTo(attribute == null ? "" : attribute);
        assertThat(values(row)).isEqualTo(values);
    }

    @Test
    void shouldGiveOneRowPerRegionAndIndicatorOfABreakdown() throws Exception {
        List<IndicatorRow> rows = TableFinder.find(Seeds.file("002")).stream()
                .filter(PlanTable::breakdown)
                .flatMap(t -> RowReader.read(t).stream())
                .toList();
        assertThat(rows).hasSize(32);
        IndicatorRow pengjiangBeds = rows.stream()
                .filter(r -> r.region().equals("蓬江区") && r.name().equals("每千人口拥有医疗卫生机构床位数"))
                .findFirst()
                .orElseThrow();
        assertThat(pengjiangBeds.line()).isEqualTo(3368);
        assertThat(values(pengjiangBeds)).isEqualTo("BASE=2.41 MILESTONE=2.81 TARGET=3.36");
    }

    @Test
    void shouldTakeSectionsFromTheirRowsAndKeepThemOutOfTheIndicators() throws Exception {
        IndicatorRow gdp = rowAt("002", 1573);
        assertThat(gdp.section()).isEqualTo("一、经济发展");
        assertThat(gdp.name()).isEqualTo("地区生产总值");
        assertThat(rowAt("002", 1593).section()).isEqualTo("三、民生福祉");
        assertThat(findRow("002", 1572)).isEmpty();
    }

    @Test
    void shouldLeaveANoteInParenthesesInTheName() throws Exception {
        IndicatorRow cpi = rowAt("002", 1579);
        assertThat(cpi.name()).isEqualTo("居民消费价格指数(以上年为100)");
        assertThat(cpi.unit()).isEmpty();
    }

    @Test
    void shouldReadANoteColumnRightOfTheNameAsANoteNotAsASubIndicator() {
        List<String> lines =
                List.of("表 1 主要指标", "指标\t口径说明\t2025年\t2030年\t属性", "甲（%）\t按常住人口\t1\t2\t预期性", "乙（岁）\t\t3\t4\t约束性");
        List<IndicatorRow> rows =
                RowReader.read(TableFinder.find("x.txt", lines).get(0));
        assertThat(rows).extracting(IndicatorRow::parent).containsOnly("");
        assertThat(rows).extracting(IndicatorRow::name).containsExactly("甲", "乙");
        assertThat(rows)
                .extracting(RowReaderTest::values)
                .containsExactly("NOTE=按常住人口 BASE=1 TARGET=2", "NOTE= BASE=3 TARGET=4");
        assertThat(rows).extracting(IndicatorRow::attribute).containsExactly("预期性", "约束性");
    }

    @Test
    void shouldAlignTheCellsOfANoteColumnAfterTheAttribute() {
        List<String> lines = List.of("表 1 主要指标", "指标\t2025年\t2030年\t属性\t备注", "甲（%）\t1\t2\t预期性\t新增指标");
        IndicatorRow row =
                RowReader.read(TableFinder.find("x.txt", lines).get(0)).get(0);
        assertThat(values(row)).isEqualTo("BASE=1 TARGET=2 NOTE=新增指标");
    }

    @Test
    void shouldTakeTheUnitOfTheTargetColumnsHeaderForARowThatPrintsNone() {
        List<String> lines = List.of("表 1 主要指标", "指标\t2025年\t2030年（%）", "甲\t1\t2", "乙（岁）\t3\t4");
        List<IndicatorRow> rows =
                RowReader.read(TableFinder.find("x.txt", lines).get(0));
        assertThat(rows).extracting(IndicatorRow::unit).containsExactly("%", "岁");
    }

    private static IndicatorRow rowAt(String document, int line) throws Exception {
        return findRow(document, line)
                .orElseThrow(() -> new AssertionError("no indicator row starts on " + document + ":" + line));
    }

    private static Optional<IndicatorRow> findRow(String document, int line) throws Exception {
        return TableFinder.find(Seeds.file(document)).stream()
                .flatMap(t -> RowReader.read(t).stream())
                .filter(r -> r.line() == line)
                .findFirst();
    }

    private static String values(IndicatorRow row) {
        return row.values().entrySet().stream()
                .filter(e -> e.getKey().role() != ColumnRole.ATTRIBUTE)
                .sorted(Map.Entry.comparingByKey(java.util.Comparator.comparingInt(Column::index)))
                .map(e -> e.getKey().role() + "=" + e.getValue())
                .collect(Collectors.joining(" "));
    }
}
