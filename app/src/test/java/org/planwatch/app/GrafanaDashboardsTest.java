package org.planwatch.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Grafana cannot run on this machine, so the provisioned dashboards are held to the rules Grafana
 * applies when it loads and draws them, as far as they can be checked without it: core panel and
 * transformation types (Grafana 12), a grid of 24 columns with no panel on top of another, one
 * refId per query, only declared variables, and for a trend chart an x field that is a number
 * rising along the rows (its documented requirement: join the queries on it, convert it, sort).
 * That every query returns data from a real scrape is {@link DeployArtefactsIT}'s check.
 */
class GrafanaDashboardsTest {
    private static final Path DASHBOARDS = Path.of("..", "deploy", "grafana", "dashboards");
    private static final Set<String> CORE_PANELS = Set.of(
            "barchart",
            "bargauge",
            "gauge",
            "heatmap",
            "histogram",
            "logs",
            "piechart",
            "stat",
            "state-timeline",
            "status-history",
            "table",
            "text",
            "timeseries",
            "trend",
            "xychart");
    private static final Set<String> CORE_TRANSFORMATIONS = Set.of(
            "calculateField",
            "convertFieldType",
            "filterByValue",
            "filterFieldsByName",
            "groupBy",
            "joinByField",
            "labelsToFields",
            "merge",
            "organize",
            "reduce",
            "renameByRegex",
            "seriesToRows",
            "sortBy");
    private static final Pattern VARIABLE = Pattern.compile("\\$(\\w+)");

    @Test
    void everyDashboardShouldFollowGrafanasRulesForPanelsQueriesAndVariables() throws IOException {
        List<String> problems = new ArrayList<>();
        int panels = 0;
        for (Path file : dashboards()) {
            JsonNode dashboard = new ObjectMapper().readTree(file.toFile());
            String name = file.getFileName().toString();
            assertThat(dashboard.path("schemaVersion").isInt()).as(name).isTrue();
            Set<String> declared = new HashSet<>();
            dashboard
                    .at("/templating/list")
                    .forEach(v -> declared.add(v.get("name").asText()));
            Set<Integer> ids = new HashSet<>();
            List<int[]> cells = new ArrayList<>();
            for (JsonNode panel : dashboard.get("panels")) {
                panels++;
                String where = name + ": " + panel.path("title").asText("(untitled)");
                if (!ids.add(panel.path("id").asInt(-1))) {
                    problems.add(where + ": id missing or used twice");
                }
                if (!CORE_PANELS.contains(panel.path("type").asText())) {
                    problems.add(where + ": no core panel type " + panel.path("type"));
                }
                int[] cell = grid(panel.path("gridPos"));
                if (cell[2] < 1 || cell[3] < 1 || cell[0] < 0 || cell[0] + cell[2] > 24) {
                    problems.add(where + ": outside the 24-column grid " + panel.path("gridPos"));
                }
                for (int[] other : cells) {
                    if (overlap(cell, other)) {
                        problems.add(where + ": on top of another panel");
                    }
                }
                cells.add(cell);
                Set<String> refIds = new HashSet<>();
                for (JsonNode target : panel.path("targets")) {
                    if (!refIds.add(target.path("refId").asText())) {
                        problems.add(where + ": refId " + target.path("refId") + " twice");
                    }
                    Matcher m = VARIABLE.matcher(target.path("expr").asText());
                    while (m.find()) {
                        if (!declared.contains(m.group(1))) {
                            problems.add(where + ": $" + m.group(1) + " is not a variable of the dashboard");
                        }
                    }
                }
                for (JsonNode t : panel.path("transformations")) {
                    if (!CORE_TRANSFORMATIONS.contains(t.path("id").asText())) {
                        problems.add(where + ": no core transformation " + t.path("id"));
                    }
                }
                if (panel.path("type").asText().equals("trend")) {
                    problems.addAll(trendProblems(where, panel));
                }
            }
        }
        assertThat(problems).isEmpty();
        assertThat(panels).isGreaterThan(10);
    }

    @Test
    void theIndicatorShouldBeDrawnOverItsPlansYearsNotOverClockTime() throws IOException {
        JsonNode detail = new ObjectMapper()
                .readTree(DASHBOARDS.resolve("indicator-detail.json").toFile());
        List<JsonNode> byYear = new ArrayList<>();
        detail.get("panels").forEach(p -> {
            if (p.path("type").asText().equals("trend")) {
                byYear.add(p);
            }
        });
        assertThat(byYear).hasSize(1);
        assertThat(byYear.get(0).findValuesAsText("expr"))
                .anyMatch(e -> e.startsWith("planwatch_indicator_figure_by_year{"))
                .anyMatch(e -> e.startsWith("planwatch_indicator_path_by_year{"));
    }

    /**
     * A trend chart draws its rows along a numeric x field that must rise: each query an instant
     * table (one row per label set), joined on the x field, converted to a number and sorted by it.
     */
    private static List<String> trendProblems(String where, JsonNode panel) {
        List<String> problems = new ArrayList<>();
        String x = panel.at("/options/xField").asText();
        if (x.isEmpty()) {
            problems.add(where + ": a trend chart names its x field");
            return problems;
        }
        for (JsonNode target : panel.path("targets")) {
            if (!target.path("instant").asBoolean()
                    || !target.path("format").asText().equals("table")) {
                problems.add(where + ": query " + target.path("refId") + " is not an instant table");
            }
        }
        Set<String> steps = new TreeSet<>();
        for (JsonNode t : panel.path("transformations")) {
            String id = t.path("id").asText();
            JsonNode o = t.path("options");
            if (id.equals("joinByField") && o.path("byField").asText().equals(x)) {
                steps.add("join");
            }
            if (id.equals("convertFieldType")) {
                o.path("conversions").forEach(c -> {
                    if (c.path("targetField").asText().equals(x)
                            && c.path("destinationType").asText().equals("number")) {
                        steps.add("number");
                    }
                });
            }
            if (id.equals("sortBy")
                    && o.at("/sort/0/field").asText().equals(x)
                    && !o.at("/sort/0/desc").asBoolean()) {
                steps.add("sort");
            }
            if (id.equals("organize") && o.path("renameByName").has(x)) {
                problems.add(where + ": the x field is renamed, so the name the chart asks for is gone");
            }
        }
        if (!steps.equals(Set.of("join", "number", "sort"))) {
            problems.add(
                    where + ": the x field " + x + " is joined on, made a number and sorted rising; found " + steps);
        }
        return problems;
    }

    private static int[] grid(JsonNode pos) {
        return new int[] {
            pos.path("x").asInt(-1),
            pos.path("y").asInt(-1),
            pos.path("w").asInt(0),
            pos.path("h").asInt(0)
        };
    }

    private static boolean overlap(int[] a, int[] b) {
        return a[0] < b[0] + b[2] && b[0] < a[0] + a[2] && a[1] < b[1] + b[3] && b[1] < a[1] + a[3];
    }

    private static List<Path> dashboards() throws IOException {
        try (Stream<Path> files = Files.list(DASHBOARDS)) {
            return files.filter(f -> f.toString().endsWith(".json")).sorted().toList();
        }
    }
}
