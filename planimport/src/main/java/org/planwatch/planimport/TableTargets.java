package org.planwatch.planimport;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import org.planwatch.domain.Attribute;
import org.planwatch.domain.Bound;
import org.planwatch.domain.Departments;
import org.planwatch.domain.Indicator;
import org.planwatch.domain.IndicatorDictionary;
import org.planwatch.domain.IndicatorResolver;
import org.planwatch.domain.Milestone;
import org.planwatch.domain.Names;
import org.planwatch.domain.PathForm;
import org.planwatch.domain.Region;
import org.planwatch.domain.RegionDictionary;
import org.planwatch.domain.Target;
import org.planwatch.domain.TargetExpression;
import org.planwatch.domain.TargetExpression.Form;
import org.planwatch.domain.TargetKind;

/**
 * Turns the rows of an indicator table into typed targets. One row may state more than one: a
 * 2020 level and an average annual growth rate are two targets, the rate on the indicator's
 * growth counterpart ({@code gdp_growth} of {@code gdp}). A cumulative change beside a level
 * ({@code 70 | [2.37]}) stays with the level. A row that states no target of its own is kept as
 * {@link TargetKind#UNSTATED} for its base and outcome figures.
 */
public final class TableTargets {
    private final IndicatorDictionary indicators;
    private final IndicatorResolver resolver;
    private final Departments departments;
    private final RegionDictionary regions;

    public TableTargets(IndicatorDictionary indicators, RegionDictionary regions, Departments departments) {
        this.departments = departments;
        this.indicators = indicators;
        this.resolver = new IndicatorResolver(indicators);
        this.regions = regions;
    }

    /**
     * What one table gave: the number of indicator rows it read, their targets, and the rows it
     * could not read, each as {@code file:line: reason}.
     */
    /**
     * @param unread the rows no cell grammar reads, each with its problem: the importer reads their
     *     target cell again as clauses (a digest's 数字经济核心产业增加值占GDP比重达8%左右；城镇调查失业率5.5%左右)
     */
    public record Result(int rows, List<Target> targets, List<String> problems, List<UnreadRow> unread) {}

    /** A row of {@code name} at {@code line} whose target {@code cell} could not be read, and why. */
    public record UnreadRow(int line, String name, String cell, String problem) {}

    /** What a cell asks of one indicator, before it becomes a target. */
    /** The dictionary's GDP growth: what 与经济增长同步 moves with. */
    /** What 与经济增长同步 moves in step with, in a table and in prose. */
    static final String GDP_GROWTH = "gdp_growth";

    private record Statement(
            Indicator indicator, TargetKind kind, Bound bound, Double value, String unit, Double upper) {
        Statement(Indicator indicator, TargetKind kind, Bound bound, Double value, String unit) {
            this(indicator, kind, bound, value, unit, null);
        }
    }

    /** The columns that make a table a plan's: a target, a planned growth, a base or an outcome. */
    private static final java.util.Set<ColumnRole> PLAN_FIGURES = java.util.EnumSet.of(
            ColumnRole.TARGET,
            ColumnRole.TARGET_GROWTH,
            ColumnRole.MILESTONE,
            ColumnRole.BASE,
            ColumnRole.ACTUAL,
            ColumnRole.ACTUAL_GROWTH);

    public Result read(PlanTable table, Plan plan) {
        if (!table.breakdown() && table.columns().stream().noneMatch(c -> PLAN_FIGURES.contains(c.role()))) {
            // 指标 | 数值 | 同比 under a plan's title: this year's statistics so far, no goal of the plan
            return new Result(
                    0,
                    List.of(),
                    List.of(table.file() + ":" + table.headerLine() + ": the table has no column of targets, bases or"
                            + " outcomes (目标, 2030年, 基期): its figures are not read as the plan's"),
                    List.of());
        }
        List<Target> targets = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        List<UnreadRow> unread = new ArrayList<>();
        TargetExpression mergedGrowth = null;
        List<IndicatorRow> rows = RowReader.read(table);
        for (IndicatorRow row : rows) {
            try {
                if (row.name().isBlank() && row.parent().isBlank()) {
                    // a row whose cells could not be laid out under the header stands in one cell
                    throw new IllegalArgumentException("a row without an indicator name in its column: its cells do not"
                            + " line up with the header ('" + String.join(" ", lineText(table, row)) + "')");
                }
                RowCells cells = new RowCells(row);
                // a growth cell left blank under a quota of the row above was merged with it (粤 表2 14-17)
                if (cells.growthBlank() && cells.target().form() == Form.NONE && mergedGrowth != null) {
                    cells = cells.withGrowth(mergedGrowth);
                }
                mergedGrowth = cells.growth().form() == Form.QUOTA ? cells.growth() : null;
                targets.addAll(targetsOf(table, plan, row, cells));
            } catch (RuntimeException e) {
                String problem = table.file() + ":" + row.line() + ": " + e.getMessage();
                problems.add(problem);
                // only a cell no grammar reads is read again as clauses: a unit or an attribute that does not fit
                // the row is a problem of the row, whatever words its cell prints
                boolean unreadable = e.getMessage() != null && e.getMessage().contains("target expression '");
                String cell = !unreadable
                        ? ""
                        : table.columns(ColumnRole.TARGET).stream()
                                .findFirst()
                                .map(c -> row.values().getOrDefault(c, ""))
                                .orElse("");
                if (!cell.isEmpty()) {
                    unread.add(new UnreadRow(row.line(), row.name(), cell, problem));
                }
            }
        }
        return new Result(rows.size(), targets, problems, unread);
    }

    private static List<String> lineText(PlanTable table, IndicatorRow row) {
        return table.rows().stream()
                .filter(l -> row.lines().contains(l.number()))
                .flatMap(l -> l.cells().stream())
                .filter(c -> !c.isBlank())
                .toList();
    }

    private List<Target> targetsOf(PlanTable table, Plan plan, IndicatorRow row, RowCells cells) {
        // a row the dictionary does not know, in a table without a unit column: the unit its cells print (35%),
        // not a growth cell's %: the row's amount is not in it. GDP年均增速 | 5%左右 is then a growth rate.
        String printed = java.util.stream.Stream.of(cells.target(), cells.base())
                .map(TargetExpression::unit)
                .filter(u -> u != null && !u.isEmpty())
                .findFirst()
                .orElse("");
        String rowUnit = row.unit().isEmpty() ? printed : row.unit();
        Indicator rowOwn = resolver.resolve(row.parent(), row.name(), rowUnit);
        // 研发强度 | 2030年全社会研发经费投入强度达3.2%左右: the dictionary may know the name the cell restates
        Optional<String> restated = IndicatorResolver.isGenerated(rowOwn)
                ? TargetExpression.restatedName(cells.raw(ColumnRole.TARGET))
                : Optional.empty();
        Optional<Indicator> known = restated.map(n -> resolver.resolve(row.parent(), n, rowUnit))
                .filter(i -> !IndicatorResolver.isGenerated(i));
        Indicator own = known.orElse(rowOwn);
        String ownName = known.isPresent() ? restated.get() : row.name();
        String unit = unitOf(row, own);
        if ((unit == null || unit.isEmpty()) && own.units().isEmpty() && !printed.isEmpty()) {
            unit = printed;
        }
        Region region = row.region().isEmpty()
                ? plan.region()
                : regions.named(row.region())
                        .orElseThrow(() -> new IllegalArgumentException(
                                "region '" + row.region() + "' is not in the region dictionary (regions.tsv)"));

        Map<String, Statement> statements = new LinkedHashMap<>();
        TargetExpression target = cells.target();
        if (target.form() != Form.NONE) {
            add(statements, statementOf(target, own, unit, false));
        }
        TargetExpression growth = cells.growth();
        Statement growthStatement = null;
        if (growth.form() != Form.NONE) {
            Statement s = statementOf(growth, own, unit, true);
            Statement level = statements.get(own.code());
            if (s.kind() == TargetKind.CUMULATIVE_CHANGE && level != null && level.kind() == TargetKind.LEVEL) {
                growthStatement = s; // [2.37] beside 70: the change the level implies, kept with it
            } else {
                add(statements, s);
            }
        }

        // 地区生产总值 | 迈上4万亿元新台阶（2030） | 年均增长5—5.5%: a digest's base column holding the goal of the
        // target's year, of the level whose growth the target column states, in the unit it prints (万亿元); one in a
        // unit the indicator is not measured in (迈上2万美元台阶, 万亿级) gives no goal, and the row reads as before
        Optional<TargetExpression> goalInBase =
                cells.goalInBase(plan).filter(g -> g.unit() != null && own.measuresIn(g.unit()));
        if (goalInBase.isPresent() && !statements.containsKey(own.code())) {
            add(statements, statementOf(goalInBase.get(), own, goalInBase.get().unit(), false));
        }

        Integer baseYear = cells.baseYear();
        Double baseValue = null;
        TargetExpression base = cells.base();
        if (base.form() == Form.LEVEL && own.isGrowthRate() && !fitsUnit(base, own, unit)) {
            // 固定资产投资增速 | 与上年持平 | 537.69亿: the base cell of a growth prints the level beside it, another
            // statistic; the target stands without a base, the cell still in its printed expression (a level's
            // base in a foreign unit, 5.1岁 for a rate, is a misread, said below)
            baseValue = null;
        } else if (base.form() == Form.LEVEL) {
            printedUnit(base, own, unit);
            baseValue = base.value();
            if (base.from2019()) {
                baseYear = 2019;
            }
        } else if (base.form() == Form.NONE && target.baseValue() != null) {
            // 81.5（2025年79）: the base printed in the target's cell; 63%→67.5% in a digest names no year: the
            // figure before the arrow is where the plan starts
            baseYear = target.baseYear() != null ? target.baseYear() : plan.baseYear();
            baseValue = target.baseValue();
        }
        Double actual = cells.actualValue();
        Double actualGrowth = cells.actualGrowthValue();
        boolean growthElsewhere = statements.values().stream()
                .anyMatch(s -> s.kind() == TargetKind.ANNUAL_GROWTH && s.indicator() != own);
        if (statements.isEmpty()
                && actual == null
                && actualGrowth == null
                && target.statesNothing()
                && growth.statesNothing()) {
            // 人均GDP | 48,547元 | — : the row lists a figure of the start, the plan sets nothing for it
            return List.of();
        }
        if (!statements.containsKey(own.code()) && (statements.isEmpty() || baseValue != null || actual != null)) {
            // no target of its own: kept for its figures (地区生产总值 | 2264.19 | — | 9% | 3200.95); a row
            // whose one statement is its growth's (居民人均可支配收入 | 年均增长5%) has no other to keep
            statements.put(own.code(), new Statement(own, TargetKind.UNSTATED, Bound.EXACT, null, unit));
        }

        int targetYear = cells.targetYear(plan);
        // a growth to the year after the base is that year's growth, no yearly average
        boolean oneYear = targetYear == (baseYear != null ? baseYear : plan.baseYear()) + 1;
        List<Target> targets = new ArrayList<>();
        for (Statement s : statements.values()) {
            boolean isOwn = s.indicator() == own;
            Target.Builder b = Target.builder(
                            plan.id(), region.code(), s.indicator().code())
                    .planTitle(plan.title())
                    .names(
                            isOwn ? ownName : nameOf(row, s, oneYear),
                            s.indicator().nameEn())
                    .unit(s.unit())
                    .kind(s.kind(), s.bound())
                    .target(targetYear, s.value())
                    .targetUpper(s.upper())
                    // a cell of one statement words it (降至13.6%); a cell of several words them all at once
                    .direction(
                            statements.size() == 1
                                    ? IndicatorResolver.directionOf(s.indicator(), cells.raw(ColumnRole.TARGET))
                                    : s.indicator().direction())
                    .attribute(Attribute.of(
                            row.attribute().isBlank()
                                    ? TargetExpression.notedAttribute(cells.raw(ColumnRole.TARGET))
                                            .orElse("")
                                    : row.attribute()))
                    .linkedTo(s.kind() == TargetKind.LINKED ? linkOf(s.indicator()) : null)
                    .expression(cells.printed())
                    .source(table.file() + ":" + row.line());
            department(b, cells, s.indicator(), region);
            if (isOwn) {
                b.base(baseYear, baseValue)
                        .milestones(cells.milestone().map(List::of).orElse(List.of()))
                        .targetChange(growthStatement == null ? null : growthStatement.value())
                        .outcome(actual, growthElsewhere ? null : actualGrowth);
            } else if (s.kind() == TargetKind.ANNUAL_GROWTH) {
                b.base(cells.baseYear(), null).outcome(actualGrowth, null);
            } else {
                b.base(cells.baseYear(), null);
            }
            targets.add(b.build());
        }
        return targets;
    }

    /**
     * What an expression asks, and of which indicator: a growth rate of a level goes to the level's
     * growth counterpart; a national standard to the indicator the standard limits.
     */
    private Statement statementOf(TargetExpression e, Indicator own, String unit, boolean growthColumn) {
        Double v = e.value();
        return switch (e.form()) {
            case LEVEL, ABOUT, FLOOR, CEILING, RANGE -> {
                // a range (5—5.5%) keeps both ends: its low end as the value, its high end as the upper
                Bound bound = e.bound();
                Double upper = e.upper();
                if (own.isGrowthRate()) {
                    yield new Statement(own, TargetKind.ANNUAL_GROWTH, bound, v, unit, upper);
                }
                Optional<Indicator> rate = indicators.growthOf(own);
                if (growthColumn && e.form() != Form.CEILING && rate.isPresent()) {
                    yield new Statement(
                            rate.get(),
                            TargetKind.ANNUAL_GROWTH,
                            bound,
                            v,
                            rate.get().unit(),
                            upper);
                }
                // an indicator the dictionary lacks, its figure in the growth column (地区生产总值增长 | 年均 5以上):
                // the growth the row's name speaks of
                if (growthColumn
                        && e.form() != Form.CEILING
                        && IndicatorResolver.isGenerated(own)
                        && "%".equals(unit)) {
                    yield new Statement(own, TargetKind.ANNUAL_GROWTH, bound, v, unit, upper);
                }
                // a reduction rate's figure in the target column (建设用地使用面积下降率 | 18) is the fall over
                // the period, as its bracketed form [18] is: a fall is never a level
                if (!growthColumn && own.path() == PathForm.REDUCTION && e.form() != Form.CEILING) {
                    yield new Statement(own, TargetKind.CUMULATIVE_CHANGE, bound, v, unit, upper);
                }
                // a rate printed in the growth column (失业率 5.5左右, 居民消费价格指数 103) is a level
                printedUnit(e, own, unit);
                yield new Statement(own, TargetKind.LEVEL, bound, v, unit, upper);
            }
            case ANNUAL_GROWTH -> {
                if (own.isGrowthRate()) {
                    yield new Statement(own, TargetKind.ANNUAL_GROWTH, e.bound(), v, unit, e.upper());
                }
                // 城镇调查失业率 | 年均5.5%左右: a rate held on average each year, not a growth
                if (indicators.growthOf(own).isEmpty()
                        && own.units().contains("%")
                        && !e.text().matches(".*(增长|增速|增幅|下降|降低|减少).*")) {
                    yield new Statement(own, TargetKind.LEVEL, e.bound(), v, "%");
                }
                // an indicator of the plan's own (全社会研发经费投入 | 年均增长6%): its growth is one of its own too
                if (IndicatorResolver.isGenerated(own)
                        && indicators.growthOf(own).isEmpty()) {
                    Indicator rate =
                            resolver.resolve("", Names.normalize(own.names().get(0)) + "年均增长", "%");
                    yield new Statement(rate, TargetKind.ANNUAL_GROWTH, e.bound(), v, "%", e.upper());
                }
                Indicator rate = indicators
                        .growthOf(own)
                        .orElseThrow(() -> new IllegalArgumentException("'" + e.text() + "' is a growth rate, and "
                                + own.code() + " has no growth indicator in the dictionary (growth_of)"));
                yield new Statement(rate, TargetKind.ANNUAL_GROWTH, e.bound(), v, rate.unit(), e.upper());
            }
            case CUMULATIVE, CUMULATIVE_FLOOR, CHANGE_FROM_BASE ->
                new Statement(own, TargetKind.CUMULATIVE_CHANGE, e.bound(), v, unit, e.upper());
            case CHANGE_EVERY_YEAR -> new Statement(own, TargetKind.ANNUAL_CHANGE, e.bound(), v, unit);
            case RELATIVE_REDUCTION -> new Statement(own, TargetKind.RELATIVE_CHANGE, e.bound(), -v, "%");
            case STANDARD -> {
                Indicator limited = Optional.ofNullable(own.standard())
                        .flatMap(indicators::code)
                        .orElseThrow(() -> new IllegalArgumentException("'" + e.text()
                                + "' states a national standard, and " + own.code()
                                + " names no indicator the standard limits (standard)"));
                yield new Statement(limited, TargetKind.LEVEL, Bound.AT_MOST, v, limited.unit());
            }
            case RELATIVE_TO_AVERAGE -> new Statement(own, TargetKind.RELATIVE_TO_AVERAGE, e.bound(), v, unit);
            case BELOW_AVERAGE -> new Statement(own, TargetKind.BELOW_AVERAGE, Bound.EXACT, null, unit);
            case LINKED_TO_GDP, LINKED_TO, PROPORTIONAL -> {
                // 与经济增长同步 names what it moves with, whether or not the dictionary knows the row
                Indicator linked = e.form() == Form.LINKED_TO
                        ? own.withLink(indicators
                                .find("", e.reference())
                                .map(Indicator::code)
                                .orElseThrow(() -> new IllegalArgumentException("'" + e.text() + "' moves in step with "
                                        + e.reference() + ", which the indicator dictionary does not name")))
                        : own.linkedTo() == null && e.form() == Form.LINKED_TO_GDP ? own.withLink(GDP_GROWTH) : own;
                linkOf(linked);
                // 高于经济增长: at least in step
                yield new Statement(linked, TargetKind.LINKED, e.bound(), null, unit);
            }
            case STABLE -> new Statement(own, TargetKind.STABLE, Bound.EXACT, null, unit);
            case RISING -> new Statement(own, TargetKind.RISING, Bound.EXACT, null, unit);
            case QUOTA -> new Statement(own, TargetKind.QUOTA, Bound.EXACT, null, unit);
            case NONE -> throw new IllegalStateException("no statement in an empty cell");
        };
    }

    /** A unit printed in a level's cell (80.5岁) is the row's or one of the indicator's, or the cell is misread. */
    private static void printedUnit(TargetExpression e, Indicator own, String rowUnit) {
        if (!fitsUnit(e, own, rowUnit)) {
            String printed = e.unit();
            throw new IllegalArgumentException("cell '" + e.text() + "' prints the unit '" + printed + "', and "
                    + own.code() + " is in " + (rowUnit == null || rowUnit.isEmpty() ? own.units() : rowUnit));
        }
    }

    /** Whether a cell prints no unit, the row's, or one the indicator measures in. */
    private static boolean fitsUnit(TargetExpression e, Indicator own, String rowUnit) {
        String printed = e.unit();
        return printed == null || printed.equals(rowUnit) || own.measuresIn(printed) || magnitudeOf(printed, own);
    }

    /**
     * 720.42亿 of retail sales: a magnitude printed alone (亿, 万) for the indicator's one unit of that
     * magnitude (亿元), as tables shorten it.
     */
    private static boolean magnitudeOf(String printed, Indicator own) {
        return MAGNITUDE.matcher(printed).matches()
                && own.units().stream()
                                .filter(u -> u.startsWith(printed) && u.length() > printed.length())
                                .count()
                        == 1;
    }

    private static final java.util.regex.Pattern MAGNITUDE = java.util.regex.Pattern.compile("万亿|亿|万|千");

    /** A step a figure reaches, 迈上4万亿元新台阶: the figure and its unit. */
    private static final java.util.regex.Pattern STEP_REACHED =
            java.util.regex.Pattern.compile("^(?:迈上|迈入|跨上|登上)(\\d+(?:\\.\\d+)?)([\\p{IsHan}a-z/%]{0,6}?)新?台阶");

    /** Two cells of a row on one indicator must agree: 完成市下达任务 twice is one quota. */
    private static void add(Map<String, Statement> statements, Statement s) {
        Statement before = statements.putIfAbsent(s.indicator().code(), s);
        if (before != null && !before.equals(s)) {
            throw new IllegalArgumentException("the row states two different targets for "
                    + s.indicator().code() + ": " + before.kind() + " " + before.value() + " and "
                    + s.kind() + " " + s.value());
        }
    }

    private String linkOf(Indicator i) {
        if (i.linkedTo() == null) {
            throw new IllegalArgumentException(
                    i.code() + " moves in step with another indicator, and the dictionary names none (linked_to)");
        }
        return i.linkedTo();
    }

    /** @param oneYear whether the target is the year after the base's, where a growth is that year's, no average */
    private static String nameOf(IndicatorRow row, Statement s, boolean oneYear) {
        return s.kind() == TargetKind.ANNUAL_GROWTH
                ? row.name() + (oneYear ? "增长" : "年均增长")
                : s.indicator().names().get(0);
    }

    private static String unitOf(IndicatorRow row, Indicator indicator) {
        if (row.unit().isEmpty()) {
            return indicator.unit();
        }
        if (!indicator.measuresIn(row.unit())) {
            throw new IllegalArgumentException("unit '" + row.unit() + "' is not one of " + indicator.code()
                    + "'s units " + indicator.units() + " in the dictionary");
        }
        return row.unit();
    }

    private void department(Target.Builder b, RowCells cells, Indicator indicator, Region region) {
        String printed = cells.department();
        if (!printed.isEmpty()) {
            b.department(printed, false);
        } else if (indicator.department() != null) {
            b.department(departments.nameIn(indicator.department(), region), true);
        }
    }

    /** The value cells of one row, read by the role of their column. */
    private static final class RowCells {
        private final IndicatorRow row;
        private final Map<ColumnRole, Column> columns = new LinkedHashMap<>();
        private TargetExpression growthOverride;

        RowCells(IndicatorRow row) {
            this.row = row;
            // in column order: the row's values come in a map without one
            row.values().keySet().stream()
                    .sorted(java.util.Comparator.comparingInt(Column::index))
                    .forEach(c -> columns.putIfAbsent(c.role(), c));
        }

        RowCells withGrowth(TargetExpression growth) {
            this.growthOverride = growth;
            return this;
        }

        String raw(ColumnRole role) {
            Column c = columns.get(role);
            return c == null ? "" : row.values().getOrDefault(c, "").strip();
        }

        TargetExpression parse(ColumnRole role) {
            String text = raw(role);
            try {
                return TargetExpression.parse(text);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(
                        "cell '" + text + "' of column '" + columns.get(role).group() + "': " + e.getMessage());
            }
        }

        /**
         * The base cell; one that states no figure of the base year (迈上4万亿元新台阶（2030）, a digest's
         * words in the base column) gives none, and the target beside it still stands ({@link #goalInBase}).
         */
        TargetExpression base() {
            try {
                return parse(ColumnRole.BASE);
            } catch (IllegalArgumentException notAFigure) {
                return TargetExpression.parse("");
            }
        }

        /**
         * A bound the base cell sets for the target's year, dated in its brackets: a step reached
         * (迈上4万亿元新台阶（2030）, 4 or more) or a bounded figure; a base states neither.
         */
        Optional<TargetExpression> goalInBase(Plan plan) {
            Matcher step = STEP_REACHED.matcher(raw(ColumnRole.BASE));
            TargetExpression base = step.find() ? TargetExpression.parse(step.group(1) + step.group(2) + "以上") : base();
            boolean bound = base.form() == Form.FLOOR || base.form() == Form.CEILING || base.form() == Form.ABOUT;
            return bound
                            && base.value() != null
                            && CellClauses.yearInPlan(raw(ColumnRole.BASE), plan)
                                    .equals(Optional.of(targetYear(plan)))
                    ? Optional.of(base)
                    : Optional.empty();
        }

        /** The target cell; where it is blank and the base cell holds a statement, the two were merged. */
        TargetExpression target() {
            TargetExpression t = parse(ColumnRole.TARGET);
            if (raw(ColumnRole.TARGET).isEmpty() && columns.containsKey(ColumnRole.TARGET)) {
                TargetExpression base = base();
                if (base.form() != Form.NONE && base.form() != Form.LEVEL) {
                    return base; // 能源综合生产能力 | 完成市下达任务 (one cell across the row)
                }
            }
            return t;
        }

        TargetExpression growth() {
            return growthOverride != null ? growthOverride : parse(ColumnRole.TARGET_GROWTH);
        }

        boolean growthBlank() {
            return columns.containsKey(ColumnRole.TARGET_GROWTH)
                    && raw(ColumnRole.TARGET_GROWTH).isEmpty();
        }

        Integer baseYear() {
            Column c = columns.get(ColumnRole.BASE);
            return c == null ? null : c.year();
        }

        int targetYear(Plan plan) {
            Column c = columns.get(ColumnRole.TARGET);
            int columnYear = c != null && c.year() != null ? c.year() : plan.targetYear();
            return CellClauses.yearInPlan(raw(ColumnRole.TARGET), plan).orElse(columnYear);
        }

        Optional<Milestone> milestone() {
            Column c = columns.get(ColumnRole.MILESTONE);
            if (c == null || c.year() == null) {
                return Optional.empty();
            }
            TargetExpression m = parse(ColumnRole.MILESTONE);
            return switch (m.form()) {
                case LEVEL, ABOUT, FLOOR, CEILING -> Optional.of(new Milestone(c.year(), m.value()));
                default -> Optional.empty();
            };
        }

        /** An outcome is a figure, not a target: a cell that states none (省未下达任务) gives none. */
        Double actualValue() {
            return outcome(raw(ColumnRole.ACTUAL), row.unit());
        }

        Double actualGrowthValue() {
            return outcome(raw(ColumnRole.ACTUAL_GROWTH), "");
        }

        /** A figure in a unit other than the row's (达到22微克/立方米 in a row in %) is not the row's outcome. */
        private static Double outcome(String text, String rowUnit) {
            try {
                TargetExpression e = TargetExpression.parse(text);
                if (e.unit() != null
                        && !rowUnit.isEmpty()
                        && !Names.normalize(e.unit()).equals(Names.normalize(rowUnit))) {
                    return null;
                }
                return switch (e.form()) {
                    case LEVEL, ABOUT, FLOOR, CEILING, CUMULATIVE, CUMULATIVE_FLOOR -> e.value();
                    default -> null;
                };
            } catch (IllegalArgumentException notAFigure) {
                return null; // 达到22微克/立方米: kept in the expression as printed
            }
        }

        String department() {
            return raw(ColumnRole.DEPARTMENT);
        }

        /** The row's value cells as printed, for the reader who wants to see them. */
        String printed() {
            List<String> printed = new ArrayList<>(columns.values().stream()
                    .filter(c -> c.role() != ColumnRole.ATTRIBUTE
                            && c.role() != ColumnRole.DEPARTMENT
                            && c.role() != ColumnRole.SEQUENCE
                            && c.role() != ColumnRole.NOTE)
                    .filter(c -> !raw(c.role()).isEmpty())
                    .map(c -> label(c) + ": " + raw(c.role()))
                    .toList());
            // every note column, by its header: 备注, or a column the header reader did not know
            row.values().entrySet().stream()
                    .filter(e -> e.getKey().role() == ColumnRole.NOTE
                            && !e.getValue().isBlank())
                    .sorted(Map.Entry.comparingByKey(java.util.Comparator.comparingInt(Column::index)))
                    .forEach(e ->
                            printed.add(e.getKey().group() + ": " + e.getValue().strip()));
            return String.join("; ", printed);
        }

        private static String label(Column c) {
            String role = c.role().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
            return c.year() == null ? role : role + " " + c.year();
        }
    }
}
