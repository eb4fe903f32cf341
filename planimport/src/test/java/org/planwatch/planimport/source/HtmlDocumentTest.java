package org.planwatch.planimport.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Web pages: tables as full grids of tab rows, text blocks as lines, page furniture left out. */
class HtmlDocumentTest {

    private static PlanDocument read(String name, String html) {
        return PlanDocuments.read(name, html.getBytes(StandardCharsets.UTF_8), null);
    }

    @Test
    void shouldReadTheTableAsTabRowsBetweenBlankLines() {
        String html = DocumentWriters.html("utf-8", "“十五五”规划纲要", "表1 主要指标", IndicatorTables.FIFTEENTH_PLAN);

        PlanDocument document = read("plan.html", html);

        assertThat(document.format()).isEqualTo(DocumentFormat.HTML);
        assertThat(document.lines())
                .containsExactly(
                        "“十五五”规划纲要",
                        "",
                        "表1 主要指标",
                        "",
                        "指标\t单位\t2025年\t2030年\t属性",
                        "国内生产总值增长\t%\t5.0\t保持在合理区间\t预期性",
                        "研发经费投入强度\t%\t2.68\t3.2以上\t预期性",
                        "人均预期寿命\t岁\t79\t80\t预期性",
                        "单位国内生产总值二氧化碳排放降低\t%\t—\t[17]\t约束性");
    }

    @Test
    void shouldReadRowspanCellsAsEmptyBelow() {
        String html = "<table>"
                + "<tr><th>类别</th><th>指标</th><th>2030年</th></tr>"
                + "<tr><td rowspan=\"2\">创新驱动</td><td>研发经费投入强度</td><td>3.2以上</td></tr>"
                + "<tr><td>每万人口高价值发明专利拥有量</td><td>18</td></tr>"
                + "</table>";

        assertThat(read("plan.html", html).lines())
                .containsExactly("类别\t指标\t2030年", "创新驱动\t研发经费投入强度\t3.2以上", "\t每万人口高价值发明专利拥有量\t18");
    }

    @Test
    void shouldReadColspanHeadersAsTextThenEmptyCells() {
        String html = "<table>"
                + "<tr><th rowspan=\"2\">指标</th><th colspan=\"2\">目标值</th><th rowspan=\"2\">属性</th></tr>"
                + "<tr><th>2025年</th><th>2030年</th></tr>"
                + "<tr><td>人均预期寿命</td><td>79</td><td>80</td><td>预期性</td></tr>"
                + "</table>";

        assertThat(read("plan.html", html).lines())
                .containsExactly("指标\t目标值\t\t属性", "\t2025年\t2030年\t", "人均预期寿命\t79\t80\t预期性");
    }

    @Test
    void shouldReadLineBreaksInACellAsSpaces() {
        String html = "<table><tr><td>单位国内生产总值<br>二氧化碳排放降低</td><td>[17]</td></tr>"
                + "<tr><td>人均预期<br/>寿命</td><td>80</td></tr></table>";

        assertThat(read("plan.html", html).lines()).containsExactly("单位国内生产总值 二氧化碳排放降低\t[17]", "人均预期 寿命\t80");
    }

    @Test
    void shouldLeaveOutScriptsStylesAndNavigation() {
        String html = "<html><head><style>p{}</style></head><body><nav>首页 | 政务公开</nav>"
                + "<script>document.write('2030年')</script><div>正文<p>到2030年，人均预期寿命达到80岁。</p></div>"
                + "<ul><li>第一项</li><li>第二项</li></ul></body></html>";

        assertThat(read("plan.html", html).lines())
                .containsExactly("正文", "", "到2030年，人均预期寿命达到80岁。", "", "第一项", "", "第二项");
    }

    @Test
    void shouldReadATableAlignedInPreformattedTextAsTabRows() {
        String html = "<p>主要指标</p><pre>\n指标              2030年   属性\n人均预期寿命      80       预期性\n</pre><p>正文</p>";

        assertThat(read("plan.html", html).lines())
                .containsExactly("主要指标", "", "指标\t2030年\t属性", "人均预期寿命\t80\t预期性", "", "正文");
    }

    @Test
    void shouldReadALayoutTableAsTheBlocksItHolds() {
        String html = "<table><tr><td><p>规划纲要</p><table>"
                + "<tr><td>指标</td><td>2030年</td></tr><tr><td>人均预期寿命</td><td>80</td></tr>"
                + "</table></td></tr></table>";

        assertThat(read("page.htm", html).lines()).containsExactly("规划纲要", "", "指标\t2030年", "人均预期寿命\t80");
    }

    /**
     * A document's text put into a page as it was, its lines its structure (a table one cell per
     * line): read as lines, as the same text in a file would be; a paragraph wrapped in the page's
     * source stays one line.
     */
    @Test
    void shouldReadAPagesTextCopyByItsLines() {
        StringBuilder copy = new StringBuilder("\n某市“十五五”时期经济社会发展主要指标\n类别\n序号\n指标名称\n2025年\n2030年\n属性\n");
        for (int n = 1; n <= 4; n++) {
            copy.append(n == 1 ? "经济发展\n" : "")
                    .append(n)
                    .append("\n指标")
                    .append(n)
                    .append("（%）\n")
                    .append(n)
                    .append("\n")
                    .append(n + 1)
                    .append("\n预期性\n\n");
        }
        String html = "<html><body><p>第一段\n在页面源代码里\n折行</p><div class=\"content\">" + copy + "</div></body></html>";

        List<String> lines = read("plan.html", html).lines().stream()
                .filter(l -> !l.isBlank())
                .toList();

        assertThat(lines)
                .containsExactly(
                        "第一段 在页面源代码里 折行",
                        "某市“十五五”时期经济社会发展主要指标",
                        "类别\t序号\t指标名称\t2025年\t2030年\t属性",
                        "经济发展\t1\t指标1（%）\t1\t2\t预期性",
                        "\t2\t指标2（%）\t2\t3\t预期性",
                        "\t3\t指标3（%）\t3\t4\t预期性",
                        "\t4\t指标4（%）\t4\t5\t预期性");
    }
}
