package org.planwatch.planimport;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Pattern;
import org.planwatch.domain.Names;

/**
 * What a plan is about, from its title, as a short slug for plan ids. An outline (国民经济和社会发展…
 * 规划纲要) has none; health and science keep the slugs the catalogue has always used; common
 * special plans have a slug of their own (生态环境 {@code eco}, 教育 {@code edu}); any other special
 * plan gets a short stable hash of the words left when region, period and plan words are taken out,
 * so that two special plans of one region and period never share an id.
 */
final class PlanSubject {
    private static final Pattern OUTLINE = Pattern.compile("国民经济和社会发展|经济和社会发展|经济社会发展");

    private record Slug(Pattern words, String slug) {}

    /** First match wins: the narrower subjects stand before the words they contain (卫生 before 生). */
    private static final List<Slug> SLUGS = List.of(
            slug("卫生|健康", "health"),
            slug("科技|创新|科学技术", "sti"),
            slug("生态环境|环境保护|生态文明|污染防治", "eco"),
            slug("教育", "edu"),
            slug("交通", "transport"),
            slug("能源", "energy"),
            slug("水利|水资源|水安全", "water"),
            slug("农业|农村|乡村振兴", "agri"),
            slug("文化和旅游|文旅", "culture-tourism"),
            slug("文化", "culture"),
            slug("旅游", "tourism"),
            slug("体育", "sport"),
            slug("人力资源|社会保障|就业", "hrss"),
            slug("养老|老龄", "ageing"),
            slug("应急|安全生产|防灾减灾", "emergency"),
            slug("制造业|工业", "industry"),
            slug("数字|信息化", "digital"),
            slug("海洋", "marine"),
            slug("城镇化|城乡建设|住房", "urban"),
            slug("国土空间|自然资源", "land"),
            slug("金融", "finance"),
            slug("食品安全", "food-safety"),
            slug("商务|开放型经济|对外开放|消费", "commerce"),
            slug("民政|社会救助", "civil-affairs"),
            slug("公共服务", "public-services"),
            slug("林业|绿化", "forestry"));

    /** Words that say a text is a plan and when, not what about. */
    private static final Pattern PLAN_WORDS = Pattern.compile("“|”|\"|《|》|[（(][^）)]*[）)]|" + PlanPeriod.WORD + "|"
            + "第十[一二三四五六七八九]个五年|\\d{4}年?|远景目标|要点|摘要|概要|解读|节选|全文|规划纲要|规划|纲要|实施方案|方案|行动计划|计划|发展|事业|时期|和|的|建设");

    private PlanSubject() {}

    /**
     * The subject slug of a plan titled {@code title}, whose region is named {@code regionName}
     * in it (taken out before hashing); empty for an outline.
     */
    static String of(String title, String regionName) {
        String t = Names.normalize(PlanPeriod.arabicYears(title));
        if (OUTLINE.matcher(t).find()) {
            return "";
        }
        for (Slug s : SLUGS) {
            if (s.words().matcher(t).find()) {
                return s.slug();
            }
        }
        String words = PLAN_WORDS
                .matcher(regionName.isEmpty() ? t : t.replace(regionName, ""))
                .replaceAll("");
        return words.isEmpty() ? "" : hash(words);
    }

    private static String hash(String words) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(words.getBytes(StandardCharsets.UTF_8));
            return "s" + HexFormat.of().formatHex(digest, 0, 3);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    private static Slug slug(String words, String slug) {
        return new Slug(Pattern.compile(words), slug);
    }
}
