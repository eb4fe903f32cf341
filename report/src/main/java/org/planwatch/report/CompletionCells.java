package org.planwatch.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.planwatch.domain.Region;
import org.planwatch.domain.RegionDictionary;
import org.planwatch.domain.Target;
import org.planwatch.domain.TargetWording;
import org.planwatch.evaluation.Evaluation;
import org.planwatch.evaluation.FinalAssessment;

/**
 * The columns of the completion table and what each row puts in them: the one place every
 * format takes its cells from. A cell is a {@link String}, an {@link Integer} year, a {@link
 * Double} figure, or null where the plan or the readings give none; the spreadsheet keeps numbers
 * as numbers, the text formats print them with {@link Figures}.
 */
final class CompletionCells {
    private static final RegionDictionary REGIONS = RegionDictionary.bundled();

    private CompletionCells() {}

    /** Column headers, in Chinese as the plans print them and in English. */
    static final List<String> HEADERS = List.of(
            "序号 No.",
            "指标",
            "Indicator",
            "地区 Region",
            "单位 Unit",
            "基期年 Base year",
            "基期值 Base",
            "目标年 Target year",
            "目标 Target",
            "年份 Year",
            "完成值/最新值 Outcome or latest",
            "完成情况 Status",
            "属性 Attribute",
            "责任部门 Department",
            "来源 Source");

    static final int YEAR = HEADERS.indexOf("年份 Year");
    static final int LATEST = HEADERS.indexOf("完成值/最新值 Outcome or latest");
    static final int STATUS = HEADERS.indexOf("完成情况 Status");

    static List<Object> of(int number, CompletionRow row, boolean simulated) {
        Target t = row.target();
        Evaluation latest = row.latest().orElse(null);
        FinalAssessment.Result printed = row.printedOutcome();
        List<Object> cells = new ArrayList<>();
        cells.add(number);
        cells.add(t.nameZh() == null ? t.indicator() : t.nameZh());
        cells.add(row.nameEn());
        // a plan with a breakdown by district repeats one indicator per region: the region tells them apart
        cells.add(REGIONS.code(t.region()).map(Region::nameZh).orElse(t.region()));
        cells.add(t.unit());
        cells.add(t.baseYear());
        cells.add(t.baseValue());
        cells.add(t.targetYear());
        cells.add(TargetWording.of(t));
        if (latest != null) {
            cells.add(latest.year());
            cells.add(latest.actual());
            cells.add(status(latest, simulated));
        } else if (printed != null) {
            // the plan's own figure, not a reading: never simulated
            cells.add(t.targetYear());
            cells.add(printed.outcome());
            cells.add(
                    printed.status().zh() + "（规划所列完成值） " + printed.status().en() + " (outcome as the plan prints it)");
        } else {
            cells.add(null);
            cells.add(null);
            cells.add("无读数 no readings");
        }
        cells.add(attribute(t));
        cells.add(department(t));
        cells.add(source(row));
        return cells;
    }

    /** The reason printed beneath the row: the evaluation's own sentence, Chinese then English. */
    static String reason(CompletionRow row) {
        if (row.latest().isPresent()) {
            return row.latest().get().reason();
        }
        return row.printedOutcome() != null
                ? row.printedOutcome().reason()
                : "没有该指标在规划期内的读数。No reading of this indicator in the plan period.";
    }

    private static String status(Evaluation e, boolean simulated) {
        return e.status().zh() + (simulated ? "（模拟）" : "") + " " + e.status().en();
    }

    /** 约束性 is marked so that it stands out in a column of 预期性, as the plans mark it with ★. */
    private static String attribute(Target t) {
        return t.binding() ? "★约束性" : t.attribute().zh();
    }

    private static String department(Target t) {
        if (t.department() == null || t.department().isBlank()) {
            return null;
        }
        return t.departmentInferred() ? t.department() + "（按指标推断）" : t.department();
    }

    /** Where the target is printed, and the readings the status rests on: {@code r.csv:4,5,6}, a file named once. */
    private static String source(CompletionRow row) {
        Map<String, List<String>> linesByFile = new LinkedHashMap<>();
        row.latest()
                .ifPresent(e -> e.used().forEach(o -> {
                    String id = o.readingId();
                    int colon = id.lastIndexOf(':');
                    String file = colon < 0 ? id : id.substring(0, colon);
                    String line = colon < 0 ? "" : id.substring(colon + 1);
                    linesByFile.computeIfAbsent(file, f -> new ArrayList<>()).add(line);
                }));
        StringBuilder s = new StringBuilder("规划 ").append(row.target().source());
        String sep = "；读数 ";
        for (Map.Entry<String, List<String>> file : linesByFile.entrySet()) {
            s.append(sep).append(file.getKey());
            List<String> lines =
                    file.getValue().stream().filter(l -> !l.isEmpty()).toList();
            if (!lines.isEmpty()) {
                s.append(':').append(String.join(",", lines));
            }
            sep = " ";
        }
        return s.toString();
    }
}
