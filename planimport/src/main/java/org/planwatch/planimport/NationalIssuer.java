package org.planwatch.planimport;

import java.util.List;
import java.util.regex.Pattern;
import org.planwatch.domain.Names;

/**
 * Tells a national plan by who issues it: national special plans never name 全国 (“十五五”国民健康规划,
 * “十五五”生态环境保护规划), but the State Council, a national commission or a ministry signs
 * them, on a line near the title, in the notice that publishes it (国务院办公厅关于印发…的通知) or in
 * a sentence that says who signed it and under what number.
 */
final class NationalIssuer {
    private static final String ISSUER = "(国务院(办公厅)?|中共中央(办公厅)?|全国人民代表大会|国家[\\p{IsHan}]{1,10}?(部|委|委员会|局|总局|署|院)"
            + "|(教育|科学技术|科技|工业和?信息化|民政|财政|人力资源和?社会保障|自然资源|生态环境|住房和?城乡建设|交通运输|水利|农业农村"
            + "|商务|文化和?旅游|应急管理|公安|司法|退役军人事务|外交|国防)部)";
    /** A line of issuers only: 国家发展改革委 国家卫生健康委, 国务院办公厅. */
    private static final Pattern ISSUERS = Pattern.compile(ISSUER + "([\\s、]+" + ISSUER + ")*");
    /** The notice publishing a plan: 国务院办公厅关于印发“十五五”国民健康规划的通知. */
    private static final Pattern NOTICE = Pattern.compile(ISSUER + "关于印发.*");
    /**
     * A national body's signature in a sentence near the title (国务院 2026-06-11 印发, 国务院残疾人工作委员会…印发,
     * 经国务院同意, 全国人大…批准), or a national document number (国发〔2026〕16号, 国函〔2026〕60号, 发改能源〔2026〕1067号,
     * 人社部发〔2026〕3号, 林规发〔2026〕23号). Not a national document the plan cites or quotes ({@link #CITES}):
     * a region's plan follows those; and not 经国务院批准, which a province's territorial plan says too.
     */
    private static final Pattern SIGNED = Pattern.compile(ISSUER + "[^。；;《]{0,24}?印发(?![的了]?《)|经国务院同意"
            // the national outline, approved by the National People's Congress (十四届全国人大四次会议批准)
            + "|全国人(?:民代表)?大(?:会)?[^。；;《]{0,16}?(?:批准|审议通过)"
            + "|(?<![\\p{IsHan}])(?:国发|国办发|国办函|国函|中发|中办发|国[\\p{IsHan}]{1,4}|林[规办草生资改保护科造]?发"
            + "|发改[\\p{IsHan}]{0,4}|[\\p{IsHan}]{1,4}部(?:联)?[\\p{IsHan}]{0,2}"
            // the ministries' own prefixes (环生态〔2026〕47号, 教发, 财建), in the forms no county's (环县's 环政发) takes
            + "|环(?:生态|综合|大气|水体|土壤|固体|气候|规财|法规|科技|环评|执法)|教(?:发|职成|高|基|师|体艺|研|技)|财(?:建|农|社|教|科教|资环|预))"
            + "[〔\\[(（]20\\d\\d[〕\\])）]\\d+号");
    /** A clause that cites another document (根据《…》（国发〔2021〕33号）): its numbers are not the plan's. */
    private static final Pattern CITES = Pattern.compile("《|根据|依据|贯彻|落实|按照");
    /** Whether a clause of {@code text} signs the plan, not one that cites another document ({@link #CITES}). */
    private static boolean signs(String text) {
        java.util.regex.Matcher m = SIGNED.matcher(text);
        while (m.find()) {
            if (!CITES.matcher(text.substring(lastPause(text, m.start()), nextPause(text, m.end())))
                    .find()) {
                return true;
            }
        }
        return false;
    }

    private static int lastPause(String text, int before) {
        for (int i = before - 1; i >= 0; i--) {
            if ("。，,；;".indexOf(text.charAt(i)) >= 0) {
                return i + 1;
            }
        }
        return 0;
    }

    private static int nextPause(String text, int after) {
        for (int i = after; i < text.length(); i++) {
            if ("。，,；;".indexOf(text.charAt(i)) >= 0) {
                return i;
            }
        }
        return text.length();
    }

    /** A plan that says it is the nation's: 全国…规划, 国家…规划. */
    private static final Pattern NATIONAL_TITLE = Pattern.compile("(国家|.*全国).*");

    private NationalIssuer() {}

    /** Whether the plan titled {@code title} on 1-based line {@code line} is a national one. */
    static boolean issues(String title, List<String> lines, int line) {
        return NATIONAL_TITLE.matcher(Names.normalize(title)).matches() || signedNear(lines, line);
    }

    /** Whether a national body signs the plan on a line near {@code line} (1-based). */
    static boolean signedNear(List<String> lines, int line) {
        for (String near : PlanTitle.near(lines, line)) {
            String text = near.strip().replace("**", "").replaceFirst("^#+", "").strip();
            if (ISSUERS.matcher(text).matches() || NOTICE.matcher(text).matches() || signs(Names.normalize(text))) {
                return true;
            }
        }
        return false;
    }
}
