package org.planwatch.planimport;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What a running-text clause states when it is unmistakably a quantified target, and what is none. */
class QuantifiedClauseTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "地区生产总值预期目标增长|true|地区生产总值增长",
                "地区生产总值预期增长|true|地区生产总值增长",
                "地区生产总值增长目标设定为|true|地区生产总值增长",
                "全社会研发投入强度目标|true|全社会研发投入强度",
                "单位地区生产总值能耗目标下降|true|单位地区生产总值能耗下降",
                // 预期 of the statistic's own name stays, and a goal that prints no figure keeps its word
                "人均预期寿命|true|人均预期寿命",
                "目标|true|目标",
                "碳排放双控目标|false|碳排放双控目标"
            })
    void shouldTakeTheGoalsWordsOffAName(String name, boolean beforeFigure, String statistic) {
        assertThat(QuantifiedClause.withoutGoalWords(name, beforeFigure)).isEqualTo(statistic);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "提出全社会研发经费投入年均增长7%以上|全社会研发经费投入|ANNUAL_GROWTH|AT_LEAST|7.0|",
                "单位国内生产总值二氧化碳排放比2005年下降65%以上|单位国内生产总值二氧化碳排放|RELATIVE_CHANGE|AT_LEAST|-65.0|2005",
                "人均国内生产总值比2020年翻一番、达到中等发达国家水平|人均国内生产总值|RELATIVE_CHANGE|EXACT|100.0|2020",
                "新增建设用地规模控制在2600万亩以内|新增建设用地规模|LEVEL|AT_MOST|2600.0|",
                "城镇调查失业率低于5.5%|城镇调查失业率|LEVEL|AT_MOST|5.5|",
                "大陆自然岸线保有率不低于35%|大陆自然岸线保有率|LEVEL|AT_LEAST|35.0|",
                "15岁以上吸烟率下降到23.3%|15岁以上吸烟率|LEVEL|EXACT|23.3|",
                "绿色低碳:粮食综合生产能力达到1.45万亿斤左右|粮食综合生产能力|LEVEL|ABOUT|1.45|",
                "个人卫生支出占卫生总费用的比例小于25%|个人卫生支出占卫生总费用的比例|LEVEL|AT_MOST|25.0|",
                "学生体质达标率逾90%|学生体质达标率|LEVEL|AT_LEAST|90.0|",
                "全省居民人均预期寿命从2015年的73.25岁增长到74岁|全省居民人均预期寿命|LEVEL|EXACT|74.0|2015",
                "5G网络覆盖率达到80%|5G网络覆盖率|LEVEL|EXACT|80.0|",
                "这七大重点流域水质优良比例总体达到75%以上|七大重点流域水质优良比例|LEVEL|AT_LEAST|75.0|",
                "高血压和2型糖尿病患者规范管理率达到65%|高血压和2型糖尿病患者规范管理率|LEVEL|EXACT|65.0|",
                "铁路网密度达到507公里/万平方公里|铁路网密度|LEVEL|EXACT|507.0|",
                "“十三五”期末地区生产总值达到10万亿元左右|地区生产总值|LEVEL|ABOUT|10.0|",
                "PM2.5浓度年均下降20%|PM2.5浓度|ANNUAL_GROWTH|EXACT|-20.0|",
                "城镇新增就业人数年均增长500万人|城镇新增就业人数|ANNUAL_CHANGE|EXACT|500.0|",
                "农村贫困人口脱贫年均在300万人|农村贫困人口脱贫|ANNUAL_CHANGE|EXACT|300.0|",
                "居民人均可支配收入实现4.2万元左右|居民人均可支配收入|LEVEL|ABOUT|4.2|",
                "空气质量达到二级标准的天数比例在72%|空气质量达到二级标准的天数比例|LEVEL|EXACT|72.0|",
                "村集体经济组织年经营性收入全部达5万元以上|村集体经济组织年经营性收入|LEVEL|AT_LEAST|5.0|",
                "江津班列到发量占全市50%|江津班列到发量占全市|LEVEL|EXACT|50.0|",
                "中心区城乡居民收入差距控制在2.2∶1以内|中心区城乡居民收入差距|LEVEL|AT_MOST|2.2|",
                "经济平均增速设定为7.5%左右|经济平均增速|ANNUAL_GROWTH|ABOUT|7.5|",
                "高新技术企业数量翻一番|高新技术企业数量|RELATIVE_CHANGE|EXACT|100.0|",
                "婴儿死亡率从2015年的5.28‰降到2030年的≤5‰|婴儿死亡率|LEVEL|AT_MOST|5.0|2015",
                "城乡建设用地规模减至2760平方公里左右|城乡建设用地规模|LEVEL|ABOUT|2760.0|",
                "城市集中式饮用水水源水质达到或优于Ⅲ类比例总体为95%左右|城市集中式饮用水水源水质达到或优于Ⅲ类比例|LEVEL|ABOUT|95.0|",
                "长江、黄河、珠江、松花江、淮河、海河、辽河等七大重点流域水质优良比例总体达到70%以上|七大重点流域水质优良比例|LEVEL|AT_LEAST|70.0|",
                "义务教育巩固率、高等教育毛入学率达到60%|义务教育巩固率、高等教育毛入学率|LEVEL|EXACT|60.0|",
                "新能源汽车销量占全市汽车销量的比重30%以上|新能源汽车销量占全市汽车销量的比重|LEVEL|AT_LEAST|30.0|",
                // the last of a report's list of indicators, its count after it (福建 2026)
                "城镇调查失业率低于5.5%等16个预期性指标|城镇调查失业率|LEVEL|AT_MOST|5.5|",
                // units of a report's period goals (重庆, 2026): output per worker, containers, trains
                "全员劳动生产率达到25万元/人|全员劳动生产率|LEVEL|EXACT|25.0|",
                "重庆经西部陆海新通道货运量达到50万标箱|重庆经西部陆海新通道货运量|LEVEL|EXACT|50.0|",
                "中欧班列(成渝)年开行量保持在4800列以上|中欧班列(成渝)年开行量|LEVEL|AT_LEAST|4800.0|",
                // a price level's rise a year, however it is worded (山西, 安徽 2026)
                "居民消费价格总水平上涨幅度控制在2%左右|居民消费价格总水平上涨幅度|ANNUAL_GROWTH|ABOUT|2.0|",
                // the period named before the statistic is when, not what
                "力争“十五五”时期地区生产总值年均增长5%左右|地区生产总值|ANNUAL_GROWTH|ABOUT|5.0|",
                // figures of a government work report's year
                "科技型中小企业突破5万家|科技型中小企业|LEVEL|AT_LEAST|5.0|",
                "人均地区生产总值突破3万美元|人均地区生产总值|LEVEL|AT_LEAST|3.0|",
                "粮食产量继续保持500亿斤以上|粮食产量|LEVEL|AT_LEAST|500.0|",
                "地区生产总值按增长5%安排|地区生产总值|ANNUAL_GROWTH|EXACT|5.0|",
                "全市生产总值增长目标设定为5%左右|全市生产总值增长|ANNUAL_GROWTH|ABOUT|5.0|",
                // a change in points or years of its own (健康报, 2026-03-17), not a percentage of the base
                "3岁以下婴幼儿入托率提高6个百分点|3岁以下婴幼儿入托率|CUMULATIVE_CHANGE|EXACT|6.0|",
                "城镇调查失业率比2025年下降0.5个百分点以上|城镇调查失业率|CUMULATIVE_CHANGE|AT_LEAST|-0.5|2025",
                "人均预期寿命提高1岁|人均预期寿命|CUMULATIVE_CHANGE|EXACT|1.0|",
                "现代服务业占服务业增加值比重每年提高1个百分点以上|现代服务业占服务业增加值比重|ANNUAL_CHANGE|AT_LEAST|1.0|",
                // service standards in hours and working days (黄石, 2026年十件民生实事)
                "中小学生每天综合体育活动时间不低于2小时|中小学生每天综合体育活动时间|LEVEL|AT_LEAST|2.0|",
                "生育津贴到账不超过7个工作日|生育津贴到账|LEVEL|AT_MOST|7.0|",
                // the nation's 2026 goals as a news page quotes them (聯合報, 2026-03-06; 经济通, 2026-02-09)
                "将国内生产总值增长目标设定在4.5%至5%|国内生产总值增长|ANNUAL_GROWTH|RANGE|4.5|",
                "赤字率拟按4%安排|赤字率|LEVEL|EXACT|4.0|",
                // a threshold of money inside what is counted (an action plan's clusters and firms, 2025-2027)
                "年营业收入超100亿元的特色产业集群数量达到50个|年营业收入超100亿元的特色产业集群数量|LEVEL|EXACT|50.0|",
                "营业收入超过10亿元的企业数量突破20家|营业收入超过10亿元的企业数量|LEVEL|AT_LEAST|20.0|",
                // 青海 2026 work report: the adverb before the verb is no part of the name
                "人均预期寿命再提高1.5岁|人均预期寿命|CUMULATIVE_CHANGE|EXACT|1.5|",
                // 北京 and 吉林 2026 work reports: a rate per a measure of another kind, a step reached
                "单位地区生产总值生产安全事故死亡率控制在0.6人/百亿元以下|单位地区生产总值生产安全事故死亡率|LEVEL|AT_MOST|0.6|",
                "粮食综合生产能力迈上1000亿斤新台阶|粮食综合生产能力|LEVEL|AT_LEAST|1000.0|",
                // a ratio printed without a unit (杭州 2026 work report)
                "城乡居民收入倍差缩小至1.58左右|城乡居民收入倍差|LEVEL|ABOUT|1.58|",
            })
    void shouldReadATargetClause(String text, String name, String kind, String bound, double value, Integer base) {
        assertThat(QuantifiedClause.read(text)).hasValueSatisfying(q -> {
            assertThat(q.name()).isEqualTo(name);
            assertThat(q.kind().name()).isEqualTo(kind);
            assertThat(q.bound().name()).isEqualTo(bound);
            assertThat(q.value()).isEqualTo(value);
            assertThat(q.baseYear()).isEqualTo(base);
        });
    }

    /**
     * A report's list of this year's goals names a statistic and its figure without a verb; a
     * growth named as such is its rate that year.
     */
    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "居民消费价格涨幅2%左右|居民消费价格涨幅|ANNUAL_GROWTH|ABOUT|2.0",
                "城镇新增就业85万人|城镇新增就业|LEVEL|EXACT|85.0",
                "地方一般公共预算收入增长2%|地方一般公共预算收入增长|ANNUAL_GROWTH|EXACT|2.0",
                "规模以上工业增加值增长7%|规模以上工业增加值增长|ANNUAL_GROWTH|EXACT|7.0",
                "设定GDP增长5%左右|GDP增长|ANNUAL_GROWTH|ABOUT|5.0",
                "地区生产总值增长5%左右、实际工作中力争更好结果|地区生产总值增长|ANNUAL_GROWTH|ABOUT|5.0",
                "生产总值预期目标增长5.5%以上|生产总值增长|ANNUAL_GROWTH|AT_LEAST|5.5",
                "地区生产总值增长5%—5.5%|地区生产总值增长|ANNUAL_GROWTH|RANGE|5.0",
                // 聯合報, 2026-03-06; 经济通, 2026-02-09: a unit of a trillion, and how a statistic turns before its goal
                "粮食产量1.4兆斤以上|粮食产量|LEVEL|AT_LEAST|1.4",
                "固定资产投资止跌回稳、力争增长5%|固定资产投资增长|ANNUAL_GROWTH|EXACT|5.0",
                // 杭州 2026 work report: a count per thousand, an age group in its name
                "每千名3岁以下婴幼儿拥有托位数300个|每千名3岁以下婴幼儿拥有托位数|LEVEL|EXACT|300.0",
                "全省土壤有机质平均含量28克/千克|全省土壤有机质平均含量|LEVEL|EXACT|28.0",
                // 山西 2026 work report: capacity added, counted in 千瓦
                "力争新增可再生能源装机1亿千瓦|新增可再生能源装机|LEVEL|EXACT|1.0",
            })
    void shouldReadAListedGoalOfTheYear(String text, String name, String kind, String bound, double value) {
        assertThat(QuantifiedClause.readListed(text)).hasValueSatisfying(q -> {
            assertThat(q.name()).isEqualTo(name);
            assertThat(q.kind().name()).isEqualTo(kind);
            assertThat(q.bound().name()).isEqualTo(bound);
            assertThat(q.value()).isEqualTo(value);
        });
    }

    /** A band is read as a band, with its top; one that runs from high to low is no target (PlanTextFuzzTest found it). */
    @org.junit.jupiter.api.Test
    void shouldReadABandOfGrowthWithItsTopAndNoBandThatRunsBackwards() {
        assertThat(QuantifiedClause.readListed("地区生产总值增长5%—5.5%"))
                .hasValueSatisfying(q -> assertThat(q.upper()).isEqualTo(5.5));
        assertThat(QuantifiedClause.readListed("地区生产总值增长5%—3%")).isEmpty();
    }

    @org.junit.jupiter.api.Test
    void shouldReadABandOfFallsAsTheRangeOfChangesItAllows() {
        assertThat(QuantifiedClause.read("二氧化碳排放比2005年下降60%~65%")).hasValueSatisfying(q -> {
            assertThat(q.kind().name()).isEqualTo("RELATIVE_CHANGE");
            assertThat(q.bound().name()).isEqualTo("RANGE");
            assertThat(q.value()).isEqualTo(-65.0);
            assertThat(q.upper()).isEqualTo(-60.0);
            assertThat(q.baseYear()).isEqualTo(2005);
        });
    }

    @ParameterizedTest
    @CsvSource({
        "经济增长4.5%", // no target verb
        "设置24项主要指标",
        "今年高技术制造业增加值达到20%", // this year's, not the plan's
        "二氧化碳排放比2005年下降60%~65%以上", // which end 以上 holds is not said
        "提高2个百分点",
        "新能源汽车占比提高5%", // a rise of a share: no level to reach (占 takes no verb into its name)
        "人民生活水平明显提高", // a direction, but of no statistic
        "居民收入增长和经济增长", // no adverb: a name, not a goal
        "进一步增长到76岁", // its subject was named before: not guessed
        "全员劳动生产率18.5万元", // no verb: a target only in a list of targets (readListed)
        "产量稳定在13亿吨左右", // the output of what was named before (煤炭): not guessed
        "营业收入100亿元的企业数量达到5家", // a figure in a name with no 超 or 以上 before 的: no threshold
    })
    void shouldNotReadAClauseThatIsNoQuantifiedTarget(String text) {
        assertThat(QuantifiedClause.read(text)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "单位地区生产总值能源消耗下降确保完成国家下达目标|单位地区生产总值能源消耗|QUOTA|true",
                "森林覆盖率完成省下达任务|森林覆盖率|QUOTA|false",
                // the quota first, then what it is of (2026 work reports)
                "完成省下达的节能减排降碳约束性指标和环境质量改善目标|节能减排降碳约束性指标和环境质量改善目标|QUOTA|false",
                "完成国家下达的单位地区生产总值二氧化碳排放降低目标|单位地区生产总值二氧化碳排放降低目标|QUOTA|false",
                "按照国家要求完成节能减排降碳任务|节能减排降碳任务|QUOTA|false",
                "居民消费率明显提高|居民消费率|RISING|false",
                "全要素生产率稳步提升|全要素生产率|RISING|false",
                "主要污染物排放总量持续减少|主要污染物排放总量|RISING|true",
                "能源消费总量基本稳定|能源消费总量|STABLE|false",
                "国际收支保持基本平衡|国际收支|STABLE|false",
                // a district's 2026 goals (浦东, 香洲): a rise said without a figure
                "全社会固定资产投资稳中有增|全社会固定资产投资|RISING|false",
                "固定资产投资实现正增长|固定资产投资|RISING|false",
                "居民收入和经济增长基本同步|居民收入增长|LINKED|false",
                "居民收入增长与经济增长保持同步|居民收入增长|LINKED|false",
                // in step with GDP, its growth unsaid (浙江 2026); the last of a listed few, its count after it (福建 2026)
                "居民收入增长与GDP同步|居民收入增长|LINKED|false",
                "居民人均可支配收入增长与经济增长同步等16个预期性指标|居民人均可支配收入增长|LINKED|false",
                "全员劳动生产率增速高于地区生产总值|全员劳动生产率增速|LINKED|false",
                // 2026 reports (湖南, 青海, 甘肃): not below the economy, the quota said to whom, a 控制目标
                "居民收入增速不低于经济增速|居民收入增速|LINKED|false",
                "完成国家下达我省碳排放双控目标|碳排放双控目标|QUOTA|false",
                "碳排放强度完成国家下达控制目标|碳排放强度|QUOTA|false",
                "各项约束性指标不折不扣完成国家下达任务|各项约束性指标|QUOTA|false",
            })
    void shouldReadAGoalThatPrintsNoFigure(String text, String name, String kind, boolean falls) {
        assertThat(QuantifiedClause.mayStateWithoutFigure(text)).isTrue();
        assertThat(QuantifiedClause.read(text)).hasValueSatisfying(q -> {
            assertThat(q.name()).isEqualTo(name);
            assertThat(q.kind().name()).isEqualTo(kind);
            assertThat(q.value()).isNull();
            assertThat(q.falls()).isEqualTo(falls);
        });
    }

    @org.junit.jupiter.api.Test
    void shouldReadAStatisticAndItsFigureInAListOfTargets() {
        assertThat(QuantifiedClause.readListed("全员劳动生产率18.5万元")).hasValueSatisfying(q -> {
            assertThat(q.name()).isEqualTo("全员劳动生产率");
            assertThat(q.value()).isEqualTo(18.5);
            assertThat(q.unit()).isEqualTo("万元");
        });
        assertThat(QuantifiedClause.readListed("研发经费支出占地区生产总值比重2.8%左右"))
                .hasValueSatisfying(q -> assertThat(q.bound().name()).isEqualTo("ABOUT"));
        assertThat(QuantifiedClause.readListed("学校12所"))
                .as("a thing counted, with no statistic's name nor a verb of what is added")
                .isEmpty();
    }

    @org.junit.jupiter.api.Test
    void shouldReadTheGoalsAnnouncedInTheClauseAndEventsHeld() {
        // 2026年…主要预期目标是 with no colon before the goal (中新社, 2026-01-31): the report's words, not the name
        assertThat(QuantifiedClause.readListed("2026年西藏经济社会发展主要预期目标是地区生产总值(GDP)增长7%以上"))
                .hasValueSatisfying(q -> {
                    assertThat(q.name()).isEqualTo("地区生产总值(GDP)增长");
                    assertThat(q.value()).isEqualTo(7.0);
                    assertThat(q.bound().name()).isEqualTo("AT_LEAST");
                });
        // 预期增长: the goal's word, as 预期目标增长
        assertThat(QuantifiedClause.readListed("地区生产总值预期增长5%以上"))
                .hasValueSatisfying(q -> assertThat(q.name()).isEqualTo("地区生产总值增长"));
        // events held are counted in 场
        assertThat(QuantifiedClause.readListed("举办乐购辽宁活动4000场以上")).hasValueSatisfying(q -> {
            assertThat(q.name()).isEqualTo("举办乐购辽宁活动");
            assertThat(q.value()).isEqualTo(4000.0);
            assertThat(q.unit()).isEqualTo("场");
            assertThat(q.bound().name()).isEqualTo("AT_LEAST");
        });
        assertThat(QuantifiedClause.readListed("建设3个农贸市场"))
                .hasValueSatisfying(q -> assertThat(q.unit()).isEqualTo("个"));
    }

    @org.junit.jupiter.api.Test
    void shouldReadACountAfterACompoundVerbButNotWhatIsOnlyImproved() {
        assertThat(QuantifiedClause.readListed("改造提升1个区域性养老服务中心"))
                .hasValueSatisfying(q -> assertThat(q.name()).isEqualTo("区域性养老服务中心"));
        // 提升 alone improves the things counted: their number is no goal (新京报 on Beijing's 十五五 plan)
        assertThat(QuantifiedClause.readListed("提升39个韧性城市组团的自组织、自运转、互助支撑能力")).isEmpty();
    }

    @org.junit.jupiter.api.Test
    void shouldNotTakeWhereManyRegionsGoalsLieForATarget() {
        // a digest of 31 provinces' reports (HK01, 2026): where their goals mostly lie is no one's target
        assertThat(QuantifiedClause.readListed("一般公共预算收入增长目标多在2%左右")).isEmpty();
    }

    @org.junit.jupiter.api.Test
    void shouldReadACountOfWhatIsToBeAddedInAListOfTargets() {
        // a report's list of targets counts what is to be built (江津日报, 2023-01-12)
        assertThat(QuantifiedClause.readListed("新增国家级旅游度假区1个")).hasValueSatisfying(q -> {
            assertThat(q.name()).isEqualTo("新增国家级旅游度假区");
            assertThat(q.value()).isEqualTo(1.0);
            assertThat(q.unit()).isEqualTo("个");
        });
        assertThat(QuantifiedClause.readListed("新建公园20个以上"))
                .hasValueSatisfying(q -> assertThat(q.bound().name()).isEqualTo("AT_LEAST"));
        // outside a list of targets a count of activity is no statistic's goal
        assertThat(QuantifiedClause.read("新建公园20个以上")).isEmpty();
        // a work report's year: other verbs, and counts in units of area, volume and machines
        assertThat(QuantifiedClause.readListed("新增海外仓20万平方米以上")).hasValueSatisfying(q -> {
            assertThat(q.name()).isEqualTo("新增海外仓");
            assertThat(q.unit()).isEqualTo("万平方米");
            assertThat(q.bound().name()).isEqualTo("AT_LEAST");
        });
        assertThat(QuantifiedClause.readListed("入库国家科技型中小企业8000家以上"))
                .hasValueSatisfying(q -> assertThat(q.name()).isEqualTo("入库国家科技型中小企业"));
        assertThat(QuantifiedClause.readListed("更新住宅老旧电梯3000台"))
                .hasValueSatisfying(q -> assertThat(q.value()).isEqualTo(3000.0));
        assertThat(QuantifiedClause.readListed("实施城市更新项目100个"))
                .hasValueSatisfying(q -> assertThat(q.name()).isEqualTo("实施城市更新项目"));
        // where it is done, before the verb (十堰, 2026年民生实事), and people moved to work (甘肃, 2026)
        assertThat(QuantifiedClause.readListed("在主城区配置AED1100台")).hasValueSatisfying(q -> {
            assertThat(q.name()).isEqualTo("在主城区配置AED");
            assertThat(q.unit()).isEqualTo("台");
            assertThat(q.value()).isEqualTo(1100.0);
        });
        assertThat(QuantifiedClause.readListed("输转城乡富余劳动力480万人"))
                .hasValueSatisfying(q -> assertThat(q.unit()).isEqualTo("万人"));
        // an action plan's counts (天津, 上海, 十堰, 2024-2025): what is to be mastered or gathered
        assertThat(QuantifiedClause.readListed("攻克100项关键核心技术"))
                .hasValueSatisfying(q -> assertThat(q.value()).isEqualTo(100.0));
        assertThat(QuantifiedClause.readListed("集聚100家以上关键配套企业"))
                .hasValueSatisfying(q -> assertThat(q.bound().name()).isEqualTo("AT_LEAST"));
        assertThat(QuantifiedClause.readListed("聚集产业链相关企业100家"))
                .hasValueSatisfying(q -> assertThat(q.name()).isEqualTo("聚集产业链相关企业"));
        // a count whose name runs past a pause is not cut there to a name it does not count
        assertThat(QuantifiedClause.readListed("重点支持10家以上电动垂直起降航空器、工业级无人机和新能源通航飞机研发制造领军企业落地发展"))
                .isEmpty();
    }

    @org.junit.jupiter.api.Test
    void shouldTellAStatisticsNameFromAnActivitys() {
        assertThat(QuantifiedClause.read("每千人病床数达4.5张"))
                .hasValueSatisfying(q -> assertThat(q.namesAStatistic()).isTrue());
        assertThat(QuantifiedClause.read("三甲医院达30家"))
                .hasValueSatisfying(q -> assertThat(q.namesAStatistic()).isFalse());
    }

    /** What stands before a count's verb is no part of its name; people served are counted too, a 5人制 pitch is not. */
    @org.junit.jupiter.api.Test
    void shouldReadACountAfterItsVerbsWillAndCountPeopleServed() {
        assertThat(QuantifiedClause.readListed("将新建农村生活污水预处理池5座")).hasValueSatisfying(q -> {
            assertThat(q.name()).isEqualTo("新建农村生活污水预处理池");
            assertThat(q.value()).isEqualTo(5.0);
        });
        assertThat(QuantifiedClause.readListed("重点打造3个羽毛球场"))
                .hasValueSatisfying(q -> assertThat(q.name()).isEqualTo("羽毛球场"));
        assertThat(QuantifiedClause.readListed("完成外墙瓷砖脱落整治1.5万平方米"))
                .hasValueSatisfying(q -> assertThat(q.unit()).isEqualTo("万平方米"));
        assertThat(QuantifiedClause.readListed("扶持返乡就业创业1.6万人以上")).hasValueSatisfying(q -> {
            assertThat(q.unit()).isEqualTo("万人");
            assertThat(q.bound().name()).isEqualTo("AT_LEAST");
        });
        assertThat(QuantifiedClause.readListed("建设5人制足球场")).isEmpty();
        // a bound before the count: 不少于5期 is at least 5
        assertThat(QuantifiedClause.readListed("实施项目化培训不少于5期")).hasValueSatisfying(q -> {
            assertThat(q.name()).isEqualTo("实施项目化培训");
            assertThat(q.bound().name()).isEqualTo("AT_LEAST");
            assertThat(q.unit()).isEqualTo("期");
        });
        assertThat(QuantifiedClause.readListed("加装更新电梯150部"))
                .hasValueSatisfying(q -> assertThat(q.unit()).isEqualTo("部"));
    }
}
