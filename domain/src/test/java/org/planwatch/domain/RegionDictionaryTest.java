package org.planwatch.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RegionDictionaryTest {
    private final RegionDictionary regions = RegionDictionary.bundled();

    @Test
    void shouldListTheCuratedRegionsInsideARegionByItsCode() {
        assertThat(regions.within("440700"))
                .containsExactly("440703", "440704", "440705", "440781", "440783", "440784", "440785");
        assertThat(regions.within("442000")).containsExactly("442000-torch");
        assertThat(regions.within("440000")).hasSize(10).doesNotContain("440000", "CN");
        assertThat(regions.within("CN")).hasSize(12).contains("440000", "500110-wansheng");
        assertThat(regions.within("440703")).isEmpty();
        assertThat(regions.within("442000-torch")).isEmpty();
        assertThat(regions.within("320000")).as("no curated region in Jiangsu").isEmpty();
    }

    @Test
    void shouldKnowEveryDivisionOfChinaByItsCode() {
        assertThat(regions.all()).hasSizeGreaterThan(3_200);
        assertThat(regions.curated()).hasSize(13);
        assertThat(regions.code("320506"))
                .get()
                .extracting(Region::nameZh, Region::level, Region::departmentPrefix, Region::slug)
                .containsExactly("吴中区", "district", "区", "320506");
        assertThat(regions.code("150000"))
                .get()
                .extracting(Region::departmentPrefix)
                .isEqualTo("自治区");
        assertThat(regions.code("110000"))
                .get()
                .extracting(Region::departmentPrefix)
                .isEqualTo("市");
        assertThat(regions.code("422800")).get().extracting(Region::level).isEqualTo("city");
    }

    @Test
    void shouldKeepTheCuratedRegionsOverTheDivisionsWithTheSameCode() {
        assertThat(regions.code("440700")).get().extracting(Region::slug).isEqualTo("jm");
        assertThat(regions.named("中山")).get().extracting(Region::code).isEqualTo("442000");
        assertThat(regions.code("442000-torch")).get().extracting(Region::level).isEqualTo("zone");
    }

    @Test
    void shouldFindACountyOfAnotherProvinceInAPlanTitle() {
        assertThat(regions.mentionedIn("昆山市国民经济和社会发展第十五个五年规划纲要"))
                .get()
                .extracting(Region::code)
                .isEqualTo("320583");
        assertThat(regions.mentionedIn("伊金霍洛旗“十五五”卫生健康事业发展规划"))
                .get()
                .extracting(Region::code)
                .isEqualTo("150627");
        assertThat(regions.mentionedIn("恩施州“十五五”科技创新规划"))
                .as("an autonomous prefecture by its short form")
                .get()
                .extracting(Region::code)
                .isEqualTo("422800");
    }

    @Test
    void shouldPreferTheSmallerRegionOfTwoNamesAsLong() {
        assertThat(regions.mentionedIn("广东省江门市“十五五”规划"))
                .get()
                .extracting(Region::code)
                .isEqualTo("440700");
        assertThat(regions.mentionedIn("内蒙古自治区包头市国民经济和社会发展第十五个五年规划"))
                .get()
                .extracting(Region::code)
                .isEqualTo("150200");
    }

    @Test
    void shouldNameADivisionTwoCitiesShareOnlyWithItsCity() {
        assertThat(regions.named("朝阳区")).isEmpty();
        assertThat(regions.mentionedIn("北京市朝阳区“十五五”规划"))
                .get()
                .extracting(Region::code)
                .isEqualTo("110105");
        assertThat(regions.mentionedIn("长春市朝阳区“十五五”规划"))
                .get()
                .extracting(Region::code)
                .isEqualTo("220104");
    }

    @Test
    void shouldNotReadAProvincesOneCharacterAbbreviationInRunningText() {
        assertThat(regions.mentionedIn("推动粤港澳大湾区建设的若干措施")).isEmpty();
        assertThat(regions.abbreviated("粤")).get().extracting(Region::code).isEqualTo("440000");
        assertThat(regions.abbreviated("蒙")).get().extracting(Region::code).isEqualTo("150000");
    }

    @Test
    void shouldNotReadACountysShortFormThatIsAWordInATitle() {
        assertThat(regions.named("富裕")).get().extracting(Region::code).isEqualTo("230227");
        assertThat(regions.mentionedIn("浙江高质量发展建设共同富裕示范区实施方案"))
                .get()
                .extracting(Region::code)
                .isEqualTo("330000");
        assertThat(regions.mentionedIn("国家乡村振兴战略规划"))
                .get()
                .extracting(Region::code)
                .isEqualTo("CN");
        assertThat(regions.mentionedIn("富裕县国民经济和社会发展第十五个五年规划纲要"))
                .get()
                .extracting(Region::code)
                .isEqualTo("230227");
        assertThat(regions.mentionedIn("开平“十五五”规划"))
                .as("a curated region's short name is looked for")
                .get()
                .extracting(Region::code)
                .isEqualTo("440783");
    }

    @Test
    void shouldReadTheNationFromANationalIssuerButNotFromARank() {
        assertThat(regions.mentionedIn("国务院关于印发“十五五”国家老龄事业发展规划的通知"))
                .get()
                .extracting(Region::code)
                .isEqualTo("CN");
        assertThat(regions.mentionedIn("国家发展改革委“十五五”规划"))
                .get()
                .extracting(Region::code)
                .isEqualTo("CN");
        assertThat(regions.mentionedIn("创建国家级高新区的实施方案")).isEmpty();
        assertThat(regions.mentionedIn("开平市创建国家级全域旅游示范区规划"))
                .get()
                .extracting(Region::code)
                .isEqualTo("440783");
    }

    /** A micro-measure, printed: mentionedIn is asked once per table and per title candidate line. */
    @Test
    void shouldFindARegionInATitleQuicklyAmongThreeThousandDivisions() {
        String[] titles = {
            "江门市“十四五”时期卫生健康事业主要发展指标", "苏州市吴中区国民经济和社会发展第十五个五年规划和二〇四〇年远景目标纲要", "表1 主要指标", "中山火炬高技术产业开发区科技创新“十四五”规划"
        };
        int rounds = 20_000;
        int found = 0;
        for (int i = 0; i < 50_000; i++) { // warm-up: the JIT compiles the walk
            found += regions.mentionedIn(titles[i % titles.length]).isPresent() ? 1 : 0;
        }
        long start = System.nanoTime();
        for (int i = 0; i < rounds; i++) {
            found += regions.mentionedIn(titles[i % titles.length]).isPresent() ? 1 : 0;
        }
        long perCall = (System.nanoTime() - start) / rounds;
        System.out.printf(
                "RegionDictionary.mentionedIn: %,d ns per title over %,d regions (%d calls)%n",
                perCall, regions.all().size(), rounds);
        assertThat(found).isPositive();
    }
}
