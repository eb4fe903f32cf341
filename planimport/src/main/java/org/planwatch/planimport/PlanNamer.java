package org.planwatch.planimport;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.planwatch.domain.Names;
import org.planwatch.domain.Region;
import org.planwatch.domain.RegionDictionary;

/**
 * Names plans from their titles: region, subject and period, and from them the plan id.
 *
 * <p>The region is the one the caller gives ({@code --region CODE}) if any, else the one the
 * title names (国民经济 is not 国民, the nation), else the nation when a national body issues the
 * plan (see {@link NationalIssuer}). The subject comes from the plan's own title (see {@link
 * PlanSubject}), never from a subtitle or a table; the period from the title (see {@link
 * PlanPeriod}), else from the year the targets are for.
 */
public final class PlanNamer {
    static final String NATION = "CN";
    /** How many non-blank lines of a report its lead may take. */
    private static final int LEAD_LINES = 12;
    /** A sentence that names a plan: 十五五规划, 《…纲要》, 行动方案, 国民健康规划. */
    private static final java.util.regex.Pattern NAMES_A_PLAN =
            java.util.regex.Pattern.compile(PlanPeriod.WORD + "|第十[一二三四五六七八九]个五年|规划|纲要|方案|战略\\(|行动|意见");

    /** A period a sentence looks back from: “十三五”以来, 十四五时期以来. */
    private static final java.util.regex.Pattern NAMES_A_PAST_PERIOD =
            java.util.regex.Pattern.compile("“?" + PlanPeriod.WORD + "”?(?:时期|期间)?以来");

    /** Who hands a quota down (国家下达, 国家要求): no region whose plan the sentence names. */
    private static final java.util.regex.Pattern QUOTA_ISSUER = java.util.regex.Pattern.compile("国家(?=下达|要求|分解|确定|规定)");

    private static final java.util.regex.Pattern BRACKETED_TITLE = java.util.regex.Pattern.compile("《([^》]{2,80})》");

    private final RegionDictionary regions;
    private final Optional<Region> override;

    /** The year a report's 今年 means, where the user gave it. */
    private final Optional<Integer> reportYear;

    /** The period of a plan no line names, where the user gave it (--period). */
    private final Optional<PlanPeriod> givenPeriod;

    /** The year the import runs in: the five-year period then in force is the default one. */
    private final int currentYear;

    /**
     * @param regionCode the region every plan read belongs to, as the user gives it; empty to read it
     *     from each title
     * @throws IllegalArgumentException if {@code regions} has no region {@code regionCode}
     */
    public PlanNamer(RegionDictionary regions, Optional<String> regionCode) {
        this(regions, regionCode, Optional.empty());
    }

    /** As above, with the year a report's 今年 means where the user gives it (--year). */
    public PlanNamer(RegionDictionary regions, Optional<String> regionCode, Optional<Integer> reportYear) {
        this(
                regions,
                new ImportOptions(
                        regionCode,
                        reportYear,
                        Optional.empty(),
                        java.time.Year.now().getValue()));
    }

    /** As the user tells an import: the region, the year a report speaks in, the period of a plan named nowhere. */
    public PlanNamer(RegionDictionary regions, ImportOptions options) {
        this.regions = regions;
        this.reportYear = options.year();
        this.givenPeriod = options.period();
        this.currentYear = options.currentYear();
        Optional<String> regionCode = options.region();
        this.override = regionCode.map(code -> regions.code(code)
                .orElseThrow(() ->
                        new IllegalArgumentException("no region with code '" + code + "' in the region dictionary")));
    }

    /**
     * The plan of a table: the region its title names, else that of the nearest plan title above
     * it; the subject of that plan title (of the table's own title where none is above); the
     * period the table's title names, else the plan title's, else the one its target columns end.
     */
    public Plan ofTable(PlanTable table, List<String> lines) {
        int from = table.titleLine() > 0 ? table.titleLine() : table.headerLine();
        // a table right under the plan's title (a markdown copy: # title, then the table) is titled by it
        Optional<PlanTitle> planTitle = PlanTitle.above(lines, from)
                .or(() -> table.titleLine() > 0 && PlanTitle.isTitle(lines.get(table.titleLine() - 1))
                        ? Optional.of(PlanTitle.at(lines, table.titleLine() - 1))
                        : Optional.empty());
        String context = table.title() + " " + planTitle.map(PlanTitle::text).orElse("");
        Optional<Integer> columnsYear = columnsYear(table);
        // a period the table's title names by word, else the plan title's, else a year the table's title
        // names: 主要量化指标（2025年基期值→2030年目标值） under a 十五五 outline's title is that outline's
        Optional<PlanPeriod> named = PlanPeriod.namedPeriod(table.title())
                .or(() -> planTitle.flatMap(t -> PlanPeriod.in(t.text())))
                .or(() -> PlanPeriod.in(table.title()));
        int targetYear = columnsYear
                .or(() -> named.map(PlanPeriod::endYear))
                .orElseThrow(() ->
                        new PlanTextException(table.file(), table.headerLine(), "the table names no target year"));
        PlanPeriod period = named.orElseGet(() -> PlanPeriod.ending(targetYear));
        Optional<Region> ofPlanTitle = planTitle.flatMap(t -> regionOf(t, lines));
        // 与全国同步 in a paragraph over a province's table compares; it does not make the table the nation's
        Region region = override.or(
                        () -> regionIn(table.title()).filter(r -> !r.code().equals(NATION) || ofPlanTitle.isEmpty()))
                .or(() -> ofPlanTitle)
                .or(() -> countsNationalAccounts(table) ? regions.code(NATION) : Optional.empty())
                .orElseThrow(() -> new PlanTextException(
                        table.file(),
                        table.headerLine(),
                        "cannot tell the region of the table '" + table.title() + "' from its title or the plan"
                                + " title above it; add the region's name to regions.tsv or give --region"));
        String subject = PlanSubject.of(planTitle.map(PlanTitle::text).orElse(table.title()), nameIn(context, region));
        return new Plan(
                id(region, subject, period),
                region,
                targetYear,
                period.baseYear(),
                planTitle.map(t -> titleOf(t.text(), period)).orElse(null));
    }

    /** A table of a year's goals (主要预期目标, 2026年工作安排): the year a report speaks in, where it names none. */
    private static final java.util.regex.Pattern YEARS_GOALS = java.util.regex.Pattern.compile("目标|工作安排|计划");

    /**
     * The plan of a table under a heading that is no plan's title but says whose the document is
     * (文山州2026年预期目标与十五五开局): {@code region}'s, of no subject, for the years its columns or its title
     * name; a table of the goals of the year a report speaks in (主要预期目标 | 2026年目标) is that year's plan.
     */
    public Plan ofTableIn(PlanTable table, List<String> lines, Region region) {
        Optional<PlanPeriod> named = PlanPeriod.namedPeriod(table.title());
        Optional<Integer> spoken = reportYear.or(() -> ReportYear.of(lines));
        int targetYear = columnsYear(table)
                .or(() -> named.map(PlanPeriod::endYear))
                .or(() -> spoken.filter(y -> YEARS_GOALS.matcher(table.title()).find()))
                .orElseThrow(() ->
                        new PlanTextException(table.file(), table.headerLine(), "the table names no target year"));
        if (named.isEmpty() && spoken.isPresent() && spoken.get() == targetYear) {
            return annual(region, targetYear);
        }
        PlanPeriod period = named.orElseGet(() -> PlanPeriod.ending(targetYear));
        return new Plan(id(region, "", period), region, targetYear, period.baseYear());
    }

    private static Optional<Integer> columnsYear(PlanTable table) {
        return table.columns(ColumnRole.TARGET).stream()
                .map(Column::year)
                .filter(y -> y != null)
                .max(Integer::compare);
    }

    /**
     * The plan of a whole document, from the title near its top; where it names no period, the
     * period ending in {@code targetYear}.
     */
    public Plan ofDocument(String file, List<String> lines, int targetYear) {
        return PlanTitle.ofDocument(lines)
                .flatMap(title -> ofTitle(title, lines, targetYear))
                .or(() -> override.map(region -> givenPeriod
                        .map(p -> plan(region, "", "", p, p.endYear()))
                        .orElseGet(() -> plan(region, "", "", PlanPeriod.ending(targetYear), targetYear))))
                .orElseThrow(() -> new PlanTextException(
                        file,
                        1,
                        "cannot tell the plan's region from its title; add the region's name to regions.tsv"
                                + " or give --region"));
    }

    /**
     * The plan each line of a document belongs to, for its running text: that of the nearest plan
     * title at or above the line (a bundle of plans holds several), empty before the first title and
     * under a title whose region cannot be told, so that no sentence is put in the wrong plan. Where
     * the document has no title, the region the user gives holds for all of it. The period of a
     * title that names none ends with the latest 到YYYY年 under it.
     *
     * @return one entry per line, in order
     */
    public List<Optional<Plan>> ofLines(List<String> lines) {
        List<Integer> starts = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (PlanTitle.isTitle(lines.get(i)) && startsAPlan(PlanTitle.at(lines, i), lines)) {
                starts.add(i);
            }
        }
        List<Optional<Plan>> out = new ArrayList<>(Collections.nCopies(lines.size(), Optional.empty()));
        if (starts.isEmpty()) {
            int year = TextTargets.documentYear(lines);
            // with the region given, the period given, else the latest the text names (a 十五五 digest looks back
            // on 十四五 and prints 2025 bases), else the one its 到YYYY年 ends
            // a lead on the goals of the next five years (未来五年主要目标任务) dates them by its term, whatever
            // period a goal below recalls (力争到“十四五”末…)
            Optional<PlanPeriod> named = givenPeriod
                    .or(() -> leadLines(lines)
                                    .anyMatch(l ->
                                            TERM.matcher(Names.normalize(l)).find())
                            ? termOf(lines)
                            : Optional.empty())
                    .or(() -> latestNamedPeriod(lines));
            Optional<Plan> whole = override.filter(region -> year > 0 || named.isPresent())
                    .map(region -> named.map(p -> plan(region, "", "", p, p.endYear()))
                            .orElseGet(() -> plan(region, "", "", PlanPeriod.ending(year), year)))
                    .or(() -> ofLead(lines));
            Collections.fill(out, whole);
            if (whole.isEmpty()) {
                goalsChapters(lines, out);
                annualReport(lines, out);
            }
            if (out.stream().allMatch(Optional::isEmpty)) {
                Collections.fill(out, ofGivenRegion(lines));
            }
            return out;
        }
        for (int s = 0; s < starts.size(); s++) {
            int from = starts.get(s);
            int to = s + 1 < starts.size() ? starts.get(s + 1) : lines.size();
            List<String> section = lines.subList(from, to);
            PlanTitle title = PlanTitle.at(lines, from);
            int year = TextTargets.documentYear(section);
            Optional<Plan> plan = PlanPeriod.in(title.text()).isPresent() || year > 0
                    ? ofTitle(title, lines, year, reachBack(section, year))
                    : Optional.empty();
            for (int i = from; i < to; i++) {
                out.set(i, plan);
            }
        }
        leadQuotingTitle(lines, starts.get(0), out);
        return out;
    }

    /**
     * A news lead above the plan's title that quotes it (杭州市经信局就《…三年行动方案(2025-2027年)(征求意见稿)》
     * 公开征求意见。征求意见稿指出，…2027年，实现…工业总产值超200亿元): the plan's own summary, read as the plan's.
     */
    private static void leadQuotingTitle(List<String> lines, int firstTitle, List<Optional<Plan>> out) {
        Optional<Plan> plan = out.get(firstTitle);
        String title = Names.normalize(PlanTitle.at(lines, firstTitle).text()).strip();
        if (plan.isEmpty() || title.length() < 6) {
            return; // a title as short as 规划 would start any quotation
        }
        for (int i = 0; i < firstTitle; i++) {
            java.util.regex.Matcher quoted = BRACKETED_TITLE.matcher(lines.get(i));
            while (quoted.find()) {
                if (Names.normalize(quoted.group(1)).strip().startsWith(title)) {
                    out.set(i, plan);
                    break;
                }
            }
        }
    }

    /**
     * The plan of a document that names none and sets no year (a chapter of an outline, a
     * department's digest of it), where the user says whose it is (--region): of the period they give
     * (--period), else of the latest its text names (十五五 in a heading; not “十四五”以来, which looks
     * back), else of the five-year period in force. Empty where no region was given.
     */
    Optional<Plan> ofGivenRegion(List<String> lines) {
        if (givenPeriod.isEmpty()
                && lines.stream().anyMatch(l -> TERM.matcher(l).find())) {
            return Optional.empty(); // 今后五年 with no date to count from: its years cannot be told, not guessed
        }
        return override.map(region -> {
            PlanPeriod period =
                    givenPeriod.or(() -> latestNamedPeriod(lines)).orElseGet(() -> PlanPeriod.holding(currentYear));
            return plan(region, "", "", period, period.endYear());
        });
    }

    /** Whether the user gave the region of every plan (--region). */
    boolean regionGiven() {
        return override.isPresent();
    }

    /**
     * The latest five-year period the lines name, looks back (“十四五”以来) aside: a document on a plan
     * names the one before it (十四五末, its base) as often as its own.
     */
    static Optional<PlanPeriod> latestNamedPeriod(List<String> lines) {
        return lines.stream()
                .flatMap(line -> PlanPeriod.allNamed(
                        NAMES_A_PAST_PERIOD.matcher(Names.normalize(line)).replaceAll("")))
                .max(java.util.Comparator.comparingInt(PlanPeriod::endYear));
    }

    /**
     * The plan a report with no title line is about, from its lead: the first sentence near the top
     * that names a plan (《福建省…第十五个五年规划纲要》, 十五五规划, …行动方案) and so its region (the
     * region the bracketed title names, else the sentence; 国务院, 国家, 全国 are the nation's) and its
     * period (the one it names, else the span of the years its text sets targets for). A report
     * that names no plan there is no plan's: its text is not read.
     */
    Optional<Plan> ofLead(List<String> lines) {
        ReportSpeaker speaker = ReportSpeaker.of(lines);
        // a text passed by a local congress, or that says 我市, is some region's, never a guess at the nation's
        boolean localVoice = ReportSpeaker.localVoice(lines);
        Optional<Integer> spokenIn = reportYear.or(() -> ReportYear.of(lines));
        Optional<Region> lead = leadRegion(lines);
        int read = 0;
        for (int i = 0; i < lines.size() && read < LEAD_LINES; i++) {
            if (lines.get(i).isBlank()) {
                continue;
            }
            read++;
            if (ProseTime.opensChapter(lines.get(i))) {
                continue; // a chapter on a plan's goals is that chapter's plan (goalsChapters), not the report's
            }
            int lineNumber = i + 1;
            for (String sentence : lines.get(i).split("[。!！?？]")) {
                // 作为“十五五”开局之年 dates a report's year; it names no plan
                String s = AnnualGoals.withoutPlaceInPeriod(Names.normalize(sentence));
                Optional<PlanPeriod> term = TERM.matcher(s).find() ? termOf(lines) : Optional.empty();
                if (!NAMES_A_PLAN
                                .matcher(NAMES_A_PAST_PERIOD.matcher(s).replaceAll(""))
                                .find()
                        && term.isEmpty()) {
                    continue; // “十三五”以来 in a look back names no plan the report is about
                }
                java.util.regex.Matcher bracketed = BRACKETED_TITLE.matcher(s);
                boolean hasTitle = bracketed.find();
                String title = hasTitle ? bracketed.group(1) : "";
                if (title.endsWith("政府工作报告")) {
                    continue; // a year's report, not a plan: its goals are the year's (annualReport) or a period's it
                    // names
                }
                // after the plan's title the sentence reports what it says (方案指出，“十四五”期间…): a period
                // named there is its content's, not the plan's
                // “十三五”以来 looks back: the period it names is no plan's
                String naming = NAMES_A_PAST_PERIOD
                        .matcher(hasTitle ? s.substring(0, bracketed.end()) : s)
                        .replaceAll("");
                // a national special plan (健康中国行动, 碳达峰行动方案) need not say 全国: where the lead names
                // no region at all, the plan is the nation's
                // 国家下达的目标 in a province's report names who hands a quota down, not whose plan it is
                // 西安—咸阳一体化 in 咸阳's report: of the regions the sentence names, the one its lead is about
                Optional<Region> region = regionIn(title)
                        .or(() -> lead.filter(r -> mentions(s, r)))
                        .or(() -> regionIn(QUOTA_ISSUER.matcher(s).replaceAll("")))
                        // a page on the national outline, approved by the National People's Congress, naming no region
                        .or(() -> lead.isEmpty() && NationalIssuer.signedNear(lines, lineNumber)
                                ? regions.code(NATION)
                                : Optional.empty())
                        .or(() -> lead.isEmpty() && !speaker.local() && !localVoice
                                ? regions.code(NATION)
                                : Optional.empty());
                if (region.isEmpty()
                        || !speaker.couldBe(region.get())
                        // 获全国平安建设考评优秀省 in a report to a province's congress: an honour, not the nation's plan
                        || (localVoice && region.get().code().equals(NATION))) {
                    continue; // a city's report quoting the nation's or its province's 《…建议》: not that plan
                }
                Optional<PlanPeriod> named = PlanPeriod.in(title)
                        .or(() -> PlanPeriod.namedPeriod(naming))
                        .or(() -> PlanPeriod.labelledSpanIn(naming))
                        .or(() -> term);
                if (named.isPresent()
                        && speaker.local()
                        && spokenIn.filter(y -> named.get().endYear() < y).isPresent()) {
                    continue; // a government's 2026 report on its “十四五” achievements: a look back, not its plan
                }
                int[] years = TextTargets.documentYears(lines);
                // a page on a plan that sets no 到YYYY年 may state its period in the lead (规划期 2026–2030 年)
                Optional<PlanPeriod> stated = named.isEmpty() && years.length == 0 ? leadSpan(lines) : named;
                if (stated.isEmpty() && years.length == 0) {
                    return Optional.empty();
                }
                // a plan without a named period runs from before its first target year to its last
                PlanPeriod period = stated.orElseGet(() -> {
                    int end = years[years.length - 1];
                    return new PlanPeriod(String.valueOf(end), Math.min(years[0], end) - 1, end);
                });
                Plan p = plan(region.get(), title, nameIn(title, region.get()), period, period.endYear());
                return Optional.of(new Plan(p.id(), p.region(), period.endYear(), period.baseYear(), p.title()));
            }
        }
        return Optional.empty();
    }

    /** The first span of years the lead lines of a report state (规划期 2026–2030 年), if any. */
    private static Optional<PlanPeriod> leadSpan(List<String> lines) {
        return leadLines(lines)
                .map(PlanPeriod::labelledSpanIn)
                .flatMap(Optional::stream)
                .findFirst();
    }

    /**
     * The five years a report's 今后五年 (a party congress's or a new government's goals for its
     * term) covers, counted from the date the report carries (2023年01月12日): from that year, or
     * from the next where the report comes in the year's last quarter (a congress in October sets
     * goals for the five years that follow). Empty where the report carries no date: the years
     * cannot be told.
     */
    private static Optional<PlanPeriod> termOf(List<String> lines) {
        int[] first = null; // year and month of the first date near the top
        for (int i = 0; i < Math.min(lines.size(), DATELINE_LINES); i++) {
            String line = Names.normalize(lines.get(i));
            java.util.regex.Matcher date = DATE.matcher(line);
            while (date.find()) {
                int[] found = {Integer.parseInt(date.group(1)), Integer.parseInt(date.group(2))};
                if (ReportYear.labelsAsPublished(line.substring(0, date.start()))) {
                    return Optional.of(termFrom(found)); // the page's own date, over a portal's clock above it
                }
                first = first == null ? found : first;
            }
        }
        return Optional.ofNullable(first).map(PlanNamer::termFrom);
    }

    /** The five years a term set on {@code yearAndMonth} covers: from the next year, where it is set in its last quarter. */
    private static PlanPeriod termFrom(int[] yearAndMonth) {
        int first = yearAndMonth[1] >= 10 ? yearAndMonth[0] + 1 : yearAndMonth[0];
        return new PlanPeriod(String.valueOf(first + 4), first - 1, first + 4);
    }

    /** A term's five years, in a report on its goals. */
    private static final java.util.regex.Pattern TERM = java.util.regex.Pattern.compile("(今后|未来)五年");
    /** A report's date: 2023年01月12日, 2023-01-12. */
    private static final java.util.regex.Pattern DATE =
            java.util.regex.Pattern.compile("(20\\d\\d)(?:年|[-./])(\\d{1,2})(?:月|[-./])\\d{1,2}日?");
    /** How far down a report its date line may stand. */
    private static final int DATELINE_LINES = 20;

    /**
     * A report that names no plan in its lead may still have a chapter on a plan's goals
     * (二、“十五五”时期主要目标和重大任务 in a summary of a government work report): that chapter, up to
     * the next, is the plan's, whose period its heading names; the region is the one the lead names,
     * the nation's where it names none. The report's other chapters (this year's work) are no plan's.
     */
    private void goalsChapters(List<String> lines, List<Optional<Plan>> out) {
        Optional<Region> region =
                leadRegion(lines).or(() -> namesNoRegion(lines) ? regions.code(NATION) : Optional.empty());
        if (region.isEmpty()) {
            return;
        }
        for (int i = 0; i < lines.size(); i++) {
            String heading = Names.normalize(lines.get(i));
            if (!GOALS_HEADING.matcher(heading).matches()) {
                continue;
            }
            // 二、…主要目标任务 runs past its own （一）…（八） to the next 三、; an unnumbered heading to any heading
            int rank = rank(heading);
            int end = i + 1;
            while (end < lines.size() && rank(Names.normalize(lines.get(end))) > rank) {
                end++;
            }
            // the period its heading names (“十五五”时期主要目标), else the span of the years it sets targets for
            int[] years = TextTargets.documentYears(lines.subList(i, end));
            Optional<PlanPeriod> period = PlanPeriod.namedPeriod(goalsPart(heading))
                    .or(() -> PlanPeriod.namedPeriod(heading))
                    .or(() -> years.length == 0
                            ? Optional.empty()
                            : Optional.of(new PlanPeriod(
                                    String.valueOf(years[years.length - 1]),
                                    Math.min(years[0], years[years.length - 1]) - 1,
                                    years[years.length - 1])));
            if (period.isEmpty()) {
                continue;
            }
            Optional<Plan> plan = Optional.of(
                    plan(region.get(), "", "", period.get(), period.get().endYear()));
            for (int j = i; j < end; j++) {
                out.set(j, plan);
            }
            i = end - 1;
        }
    }

    /**
     * A government work report, or news of one, that names no plan in its lead but sets this year's
     * goals (今年经济社会发展的主要预期目标是…, 2026年工作安排): the lines no plan chapter holds are the
     * annual plan's of the year it speaks in ({@link ReportYear}), for the region its lead names.
     */
    private void annualReport(List<String> lines, List<Optional<Plan>> out) {
        AnnualGoals goals = AnnualGoals.of(lines, reportYear);
        Optional<Integer> year = goals.year();
        // a digest of several regions' reports is no one region's: the nation holds it, and each goal goes to the
        // region that states it (RegionalVoice)
        // news of the State Council's report names the nation only as 国务院: where no region leads, the nation's
        Optional<Region> nation = regions.code(NATION);
        // a national sector's conference lists the places of its work (广州、重庆等枢纽机场): they are not whose goals
        Optional<Region> region = override.or(() -> RegionalVoice.isDigest(lines) || nationalConference(lines)
                ? nation
                : leadRegion(lines).or(() -> statesReport(lines) ? nation : Optional.empty()));
        if (year.isEmpty() || region.isEmpty() || !goals.announcedIn(lines)) {
            return;
        }
        Optional<Plan> annual = Optional.of(annual(region.get(), year.get()));
        for (int i = 0; i < lines.size(); i++) {
            // a news item on the districts' reports (秦州区 / 麦积区 each over its own list): each its own
            Optional<Region> part = regionHeading(lines.get(i), region.get());
            if (part.isPresent()) {
                annual = Optional.of(annual(part.get(), year.get()));
            }
            if (out.get(i).isEmpty()) {
                out.set(i, annual);
            }
        }
    }

    /** A line that is only the name of a region inside {@code whole} (秦州区 in a report on 天水's districts). */
    private Optional<Region> regionHeading(String line, Region whole) {
        String name = Names.normalize(line).replaceAll("[#*\\s:：]", "");
        if (name.isEmpty() || name.length() > 12) {
            return Optional.empty();
        }
        String prefix = whole.code().replaceFirst("(00)+$", "");
        return regions.named(name)
                .filter(r -> !r.code().equals(whole.code()))
                .filter(r -> NATION.equals(whole.code())
                        || (r.code().startsWith(prefix) && r.code().matches("\\d{6}")));
    }

    /** The five-year plan of a region ending in {@code year}, as a report names it by its period: {@code hlj-15}. */
    static Plan fiveYear(Region region, int year) {
        return plan(region, "", "", PlanPeriod.ending(year), year);
    }

    /** The plan of one year's goals (a government work report's, an annual plan's): {@code sc-annual-2026}. */
    static Plan annual(Region region, int year) {
        return plan(region, "", "", PlanPeriod.oneYear(year), year);
    }

    /** Where a section's heading starts: 一、, （一）, 第三章. */
    private static final String SECTION_START =
            "^\\s*(?:#+\\s*)?(?:\\*\\*)?\\s*(?:[(（][一二三四五六七八九十]+[)）]|[一二三四五六七八九十]+、|第[一二三四五六七八九十百\\d]+[章节篇])";

    private static final java.util.regex.Pattern SECTION_HEADING = java.util.regex.Pattern.compile(SECTION_START);

    /**
     * 二、“十四五”时期发展成就和“十五五”时期主要目标任务: the part that names the goals, after the last 和 before
     * them (二、“十五五”时期总体要求和目标任务 names its period before it, in the heading as a whole).
     */
    private static String goalsPart(String heading) {
        int goals = heading.indexOf("目标");
        return goals < 0 ? heading : heading.substring(heading.lastIndexOf('和', goals) + 1);
    }

    /**
     * How high a heading stands: 第…篇 0, 第…章 and 一、 1, 第…节 and （一） 2; a line that is no numbered
     * heading {@link Integer#MAX_VALUE}, and an unnumbered goals heading just above that (any heading ends it).
     */
    private static int rank(String line) {
        java.util.regex.Matcher m = SECTION_HEADING.matcher(line);
        if (!m.find()) {
            return GOALS_HEADING.matcher(line).matches() ? Integer.MAX_VALUE - 1 : Integer.MAX_VALUE;
        }
        String number = m.group().strip();
        return number.endsWith("篇") ? 0 : number.endsWith("节") || number.contains("（") || number.contains("(") ? 2 : 1;
    }
    /**
     * A section on a plan's goals: 二、“十五五”时期主要目标和重大任务, （一）工作目标和主要指标, 二、“十五五”时期…重点任务; or, unnumbered, a line
     * that is only a period's goals or tasks (“十五五”时期主要目标 in a summary of a work report).
     */
    private static final java.util.regex.Pattern GOALS_HEADING = java.util.regex.Pattern.compile(SECTION_START
            + "[^。，,]{0,30}(?:目标|主要指标)[^。，,]{0,20}$"
            // 二、“十五五”时期经济社会发展重点任务 (or 重点方向): a period's tasks, where a report sets that period's goals
            + "|" + SECTION_START + "[^。，,]{0,4}“?" + PlanPeriod.WORD + "”?(?:时期|期间)?[^。，,]{0,16}(?:重点|主要|重大)(?:任务|方向)$"
            // unnumbered, a line that is only a period's goals or tasks (“十五五”重点任务 in a research report)
            + "|^\\s*(?:\\*\\*)?[“\"]?" + PlanPeriod.WORD + "[”\"]?(?:时期|期间)?(?:的)?(?:经济社会发展)?"
            + "(?:(?:主要|发展)?目标(?:任务)?|(?:重点|主要|重大)任务)(?:\\*\\*)?\\s*$");

    /**
     * A place's name that names an institution (北京大学, 广州日报, 浙江卫视, 人民网-云南频道) or where a reporter files from
     * (记者…北京报道, 新华社北京3月5日电): not the region a report is about.
     */
    private static final java.util.regex.Pattern INSTITUTION = java.util.regex.Pattern.compile(
            "[\\p{IsHan}]{2,8}?(?:大学|学院|日报|晚报|商报|卫视|电视台|广播电台|银行|研究院|研究所|频道|新闻网|融媒体中心)"
                    // 记者…／北京－台北报导: every place of a dateline, not only the last
                    + "|(?:[\\p{IsHan}]{2,4}[－\\-—/／、])*[\\p{IsHan}]{2,4}(?:\\d{1,2}月\\d{1,2}日电|报道|报导|讯(?![\\p{IsHan}]))");

    /** {@code text} without the institutions and datelines that name a place ({@link #INSTITUTION}). */
    static String withoutInstitutions(String text) {
        return INSTITUTION.matcher(text).replaceAll("");
    }
    /** The State Council's government work report, as news of it says: 国务院总理…做政府工作报告, 李强总理向十四届全国人大…作; not a deputy's (全国人大代表、市长). */
    private static final java.util.regex.Pattern STATE_COUNCIL_REPORT =
            java.util.regex.Pattern.compile("总理[^。]{0,40}政府工作报告|政府工作报告[^。]{0,20}总理|全国人大(?!代表)[^。]{0,30}政府工作报告");

    /** Whether a report's lead says it is of the State Council's work report: the nation's goals. */
    private static boolean statesReport(List<String> lines) {
        return ReportSpeaker.of(lines).national()
                || leadLines(lines)
                        .anyMatch(l ->
                                STATE_COUNCIL_REPORT.matcher(Names.normalize(l)).find());
    }

    /** Whether a report's lead says it is of a national sector's work conference ({@link #NATIONAL_CONFERENCE}). */
    private static boolean nationalConference(List<String> lines) {
        return leadLines(lines)
                .anyMatch(l -> NATIONAL_CONFERENCE.matcher(Names.normalize(l)).find());
    }

    /** The lead of a report: its first {@link #LEAD_LINES} lines that are not blank. */
    private static java.util.stream.Stream<String> leadLines(List<String> lines) {
        return lines.stream().filter(l -> !l.isBlank()).limit(LEAD_LINES);
    }

    /**
     * News of a national sector's yearly work conference as its own event, which sets that sector's goals for the
     * year: 全国民航工作会议在京召开, 在…召开的全国民航工作会议上获悉, 中国国家铁路集团有限公司工作会议在北京召开. Not a
     * province's meeting that studies it (学习贯彻全国交通运输工作会议精神), nor a company's (国家能源集团).
     */
    private static final java.util.regex.Pattern NATIONAL_CONFERENCE = java.util.regex.Pattern.compile(
            "(?<!贯彻|学习|传达|落实|精神)(?:全国[\\p{IsHan}]{1,12}?|(?:中国)?国家铁路集团(?:有限公司)?[^。，,]{0,12}?)"
                    + "工作(?:电视电话)?会议(?:[^。，,]{0,12}?召开|[^。，,]{0,4}?举行|上)");

    /** The region other than the nation that the lead lines of a report name first, if any. */
    private Optional<Region> leadRegion(List<String> lines) {
        ReportSpeaker speaker = ReportSpeaker.of(lines);
        Optional<Region> named = speaker.name().flatMap(regions::named).filter(speaker::couldBe);
        if (named.isPresent()) {
            return named;
        }
        int read = 0;
        for (int i = 0; i < lines.size() && read < LEAD_LINES; i++) {
            if (!lines.get(i).isBlank()) {
                read++;
                // 北京大学教授 in a report's lead is a university's, not the report's region
                Optional<Region> r = regionIn(withoutInstitutions(lines.get(i)))
                        .filter(x -> !x.code().equals(NATION))
                        .filter(speaker::couldBe);
                if (r.isPresent()) {
                    return r;
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The first year a plan without a named period states targets for (到2025年 in a carbon-peak plan
     * whose last is 到2030年), if it comes within ten years of its end: its period reaches back to it,
     * or the 2025 targets would read as the past of a 2026-2030 plan. 0 where none is that early.
     */
    private static int reachBack(List<String> section, int end) {
        return java.util.Arrays.stream(TextTargets.documentYears(section))
                .filter(y -> y > end - 10 && y < end)
                .min()
                .orElse(0);
    }

    /**
     * Whether a table that names no region counts the nation's accounts: 国内生产总值 is the
     * country's product, a region's is 地区生产总值 (a national outline's 专栏1 copied on its own).
     */
    private static boolean countsNationalAccounts(PlanTable table) {
        List<String> cells = table.rows().stream()
                .flatMap(r -> r.cells().stream())
                .map(Names::normalize)
                .toList();
        return cells.stream().anyMatch(c -> c.contains("国内生产总值"))
                && cells.stream().noneMatch(c -> c.contains("地区生产总值"));
    }

    /**
     * Whether the lead lines of a report name no region but the nation, and no local government
     * speaks in them (我代表市人民政府: a city's report that does not name its city is no one's it can tell).
     */
    private boolean namesNoRegion(List<String> lines) {
        return leadRegion(lines).isEmpty() && !ReportSpeaker.of(lines).local();
    }

    /**
     * Whether a title opens a plan of its own: it names a region, an issuer or a period. A bold
     * line such as 实施乡村振兴战略行动计划 names none: a part of the plan it stands in.
     */
    private boolean startsAPlan(PlanTitle title, List<String> lines) {
        return PlanPeriod.in(title.text()).isPresent() || regionOf(title, lines).isPresent();
    }

    /** The plan a title names, if its region can be told; {@code targetYear} where it names no period. */
    Optional<Plan> ofTitle(PlanTitle title, List<String> lines, int targetYear) {
        return ofTitle(title, lines, targetYear, 0);
    }

    /**
     * @param firstYear the first year the text states targets for, where a period no title names
     *     reaches back before the five years to {@code targetYear} ({@link #reachBack}); 0 if none
     */
    private Optional<Plan> ofTitle(PlanTitle title, List<String> lines, int targetYear, int firstYear) {
        Optional<PlanPeriod> named = PlanPeriod.in(title.text());
        if (named.isEmpty() && targetYear <= 0) {
            return Optional.empty();
        }
        PlanPeriod period = named.orElseGet(() -> {
            PlanPeriod fiveYears = PlanPeriod.ending(targetYear);
            return firstYear > 0 && firstYear <= fiveYears.baseYear()
                    ? new PlanPeriod(fiveYears.idPart(), firstYear - 1, targetYear)
                    : fiveYears;
        });
        return override.or(() -> regionOf(title, lines))
                .map(region -> plan(region, title.text(), nameIn(title.text(), region), period, period.endYear()));
    }

    private static Plan plan(Region region, String title, String regionName, PlanPeriod period, int targetYear) {
        String subject = title.isEmpty() ? "" : PlanSubject.of(title, regionName);
        return new Plan(id(region, subject, period), region, targetYear, period.baseYear(), titleOf(title, period));
    }

    /**
     * The title the targets of {@code period} carry: none where it names another period (the 13th
     * plan's completion table in a 14th-plan outline is not that outline's target).
     */
    private static String titleOf(String title, PlanPeriod period) {
        boolean namesAnother = PlanPeriod.in(title)
                .filter(named -> !named.idPart().equals(period.idPart()))
                .isPresent();
        return namesAnother ? null : title; // Plan takes a blank title for none
    }

    private static String id(Region region, String subject, PlanPeriod period) {
        return region.slug() + (subject.isEmpty() ? "" : "-" + subject) + "-" + period.idPart();
    }

    /**
     * The region a plan title names, else the province whose document number it carries (苏政发〔2025〕108号), else
     * the nation if a national body issues the plan, else the local government that signs it (南京市人民政府).
     */
    private Optional<Region> regionOf(PlanTitle title, List<String> lines) {
        return regionIn(title.text())
                .or(() -> DocumentNumber.provinceNear(lines, title.line()).flatMap(regions::abbreviated))
                .or(() -> NationalIssuer.issues(title.text(), lines, title.line())
                        ? regions.code(NATION)
                        : Optional.empty())
                .or(() -> LocalIssuer.near(lines, title.line(), title.text()).stream()
                        .flatMap(place -> issuer(place).stream())
                        .findFirst());
    }

    /**
     * The region a local government's place names: exactly (南京市), or the innermost of a place with its city
     * (福州市鼓楼区); not a guess where the name is several regions' (朝阳区, in Beijing and in Changchun).
     */
    private Optional<Region> issuer(String place) {
        return regions.named(place).or(() -> regionIn(place).filter(r -> place.endsWith(r.nameZh())));
    }

    /**
     * The region a text names, the innermost where it names a region and one inside it (江门市蓬江区
     * is 蓬江区); 国民经济 (the economy of an outline) does not name the nation.
     */
    /**
     * The nation named as the measure a region holds itself to (与全国同步, 达到全国平均水平, 走在全国前列): a
     * comparison, not whose text it is.
     */
    private static final java.util.regex.Pattern BENCHMARK =
            java.util.regex.Pattern.compile("与全国[^，。,;；]{0,4}?同步|全国(?:平均水平|平均|前列|领先|先进|一流)");

    private Optional<Region> regionIn(String text) {
        String t =
                BENCHMARK.matcher(Names.normalize(text).replace("国民经济", "经济")).replaceAll("");
        Optional<Region> found = regions.mentionedIn(t);
        for (Optional<Region> inner = found; inner.isPresent(); ) {
            found = inner;
            for (String name : found.get().names()) {
                t = t.replace(Names.normalize(name), " ");
            }
            List<String> within = regions.within(found.get().code());
            inner = regions.mentionedIn(t).filter(r -> within.contains(r.code()));
        }
        return found;
    }

    /** Whether {@code text} names {@code region} by any of its names. */
    private static boolean mentions(String text, Region region) {
        return !nameIn(text, region).isEmpty();
    }

    /** The longest of the region's names printed in {@code text}, to take out of a subject. */
    private static String nameIn(String text, Region region) {
        String t = Names.normalize(text);
        return region.names().stream()
                .map(Names::normalize)
                .filter(t::contains)
                .max(Comparator.comparingInt(String::length))
                .orElse("");
    }
}
